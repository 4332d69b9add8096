"""The offline engine's judgement of candidates: rank by relevance plus advice followed, and give
each a reason from its own attributes (the dimensions the catalog itself offers are in
``spread.py``)."""

from __future__ import annotations

from collections import Counter

import numpy as np

from ..language.text import norm
from ..language.wording import wording
from ..schemas import AnswerProduct, Dimension, SearchHit
from ..search.advice import satisfies
from .format import facts

DIFFERING = 20  # candidates looked at for the dimensions they differ on
LONG_VALUE = 40  # longer values are prose, not a dimension's options
NOT_DIMENSIONS = {"size", "url", "image", "description", "sku", "pid"}  # ids, links, prose


def rank(
    hits: list[SearchHit], dimensions: list[Dimension], language: str = "en"
) -> list[AnswerProduct]:
    """Relevance (normalised) plus the share of advice followed; reasons from real attributes."""
    advised = [d for d in dimensions if d.implies]
    top = max((h.score for h in hits), default=1.0) or 1.0
    scored = []
    for position, hit in enumerate(hits):
        matched = [d for d in advised if satisfies(hit.attributes, d.implies)]
        share = len(matched) / len(advised) if advised else 0.0
        scored.append((hit.score / top + share, -position, hit, matched))
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [
        AnswerProduct(
            **hit.model_dump(),
            reason=reason(hit, matched, dimensions, language),
            matched_dimensions=[d.name for d in matched],
        )
        for _, _, hit, matched in scored
    ]


def reason(
    hit: SearchHit, matched: list[Dimension], dimensions: list[Dimension], language: str = "en"
) -> str:
    """Why this product: the dimensions it satisfies, with its own values for them."""
    w = wording(language)
    if matched:
        parts = [w.say("reason_part", name=d.name, facts=facts(hit, d.implies, d.name, language))
                 for d in matched[:4]]  # fmt: skip
        return w.say("reason_advice", parts=w.join(parts))
    keys = [k for d in dimensions for k in d.implies]
    keys = keys or [d.attribute for d in dimensions if d.attribute] or list(hit.attributes)
    shown = facts(hit, keys[:4], language=language)
    return w.say("reason_close_facts", facts=shown) if shown else w.say("reason_close")


def differing(hits: list[SearchHit], n: int) -> list[tuple[str, Counter]]:
    """The ``n`` attributes whose values spread most among the matches, with their counts."""
    values: dict[str, Counter] = {}
    for hit in hits[:DIFFERING]:
        for key, value in hit.attributes.items():
            items = value if isinstance(value, list) else [value]
            if key in NOT_DIMENSIONS or isinstance(value, bool):
                continue
            if any(len(str(v)) > LONG_VALUE for v in items):
                continue
            for v in items:
                values.setdefault(key, Counter())[norm(v)] += 1
    spread = [(k, c) for k, c in values.items() if len(c) >= 2 and sum(c.values()) >= 3]
    spread.sort(key=lambda kc: (-_entropy(kc[1]), kc[0]))
    return spread[:n]


def _entropy(counts: Counter) -> float:
    total = sum(counts.values())
    p = np.array(list(counts.values())) / total
    return float(-(p * np.log(p)).sum())
