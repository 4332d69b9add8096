"""Honesty: "we don't carry it", decided by the catalog, never by a model."""

from __future__ import annotations

from collections.abc import Iterator

from ..language.text import plural
from ..language.wording import wording
from ..schemas import AnswerProduct, Constraints
from .evidence import Evidence
from .parts import AnswerPart, Begin, Notice, Product, Summary

ABSENT_SIMILARITY = 0.3  # below this, even the closest product is not the thing asked for
NEAR_ENOUGH = 0.45  # only offer "nearest things" that really are near
NEAREST_SHOWN = 3


def is_absent(ev: Evidence) -> bool:
    """The catalog has nothing of the kind asked for, and no guide fits the need: the thing named
    is a word the catalog never uses, or one no kind and no title of it uses, or even the closest
    product is far from the question."""
    if not ev.content_words or ev.persona == "copywriter" or not ev.can_refuse:
        return False
    named_unsold = ev.unknown_thing or ev.unsold_thing
    return (named_unsold or ev.product_similarity < ABSENT_SIMILARITY) and not ev.guide


def absent(ev: Evidence) -> Iterator[AnswerPart]:
    """We don't carry it, and the nearest things when they are near."""
    near = [h for h in ev.search.products[:NEAREST_SHOWN] if h.score > 0]
    if ev.product_similarity < NEAR_ENOUGH:
        near = []
    say = wording(ev.language).say
    thing = plural(ev.asked_thing) if ev.language == "en" else ev.asked_thing
    summary = say("absent", thing=thing)
    if near:
        summary += say("absent_nearest")
    yield Begin(ev.persona, "offline", Constraints(), language=ev.language,
                rejected=tuple(ev.rejected))  # fmt: skip
    yield Summary(summary)
    for hit in near:
        yield Product(AnswerProduct(**hit.model_dump(), reason=say("absent_reason")))
    yield from (Notice(n) for n in ev.notices)
