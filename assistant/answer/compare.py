"""Answers about products already shown: a side-by-side comparison (商品PK), a closer look at
one, a reference to products that were not shown; and the answer to words Wenwen cannot read."""

from __future__ import annotations

from collections.abc import Iterator

from ..schemas import Comparison, ComparisonRow, Dimension, SearchHit, Session
from ..search.advice import satisfies
from . import parts
from .format import facts, price_text
from .ranking import rank


def compare(products: list[SearchHit], dimensions: list[Dimension]) -> Comparison:
    """One row per dimension of the previous answer, then price and rating."""
    rows = []
    for dim in dimensions:
        keys = list(dim.implies) or [k for k in products[0].attributes if k in dim.name.lower()]
        values = {p.id: facts(p, dict.fromkeys(keys, []), dim.name) or "—" for p in products}
        meets = (
            {p.id: satisfies(p.attributes, dim.implies) for p in products} if dim.implies else {}
        )
        rows.append(ComparisonRow(dimension=dim.name, values=values, meets_advice=meets))
    rows.append(ComparisonRow(dimension="Price", values={p.id: price_text(p.price, p.currency)
                                                         for p in products}))  # fmt: skip
    rows.append(ComparisonRow(dimension="Rating", values={p.id: str(p.rating or "—")
                                                          for p in products}))  # fmt: skip
    met = {p.id: sum(r.meets_advice.get(p.id, False) for r in rows) for p in products}
    best = max(products, key=lambda p: (met[p.id], -(p.price or 0)))
    verdict = (
        f"{best.title} follows more of the advice ({met[best.id]} of "
        f"{sum(1 for d in dimensions if d.implies)} dimensions)."
        if len(set(met.values())) > 1
        else "Both follow the advice equally; the cheaper one is the better buy."
    )
    return Comparison(product_ids=[p.id for p in products], rows=rows, verdict=verdict)


def comparison(session: Session, products: list[SearchHit]) -> Iterator[parts.AnswerPart]:
    """The products side by side, by the dimensions of the answer they came from."""
    result = compare(products, session.dimensions)
    yield _begin(session)
    yield parts.Summary(result.verdict)
    yield from (parts.Dimension(d) for d in session.dimensions)
    yield parts.ComparisonPart(result)
    yield from (parts.Product(p) for p in rank(products, session.dimensions))


def focus(session: Session, product: SearchHit) -> Iterator[parts.AnswerPart]:
    """A closer look at one product shown before."""
    best = rank([product], session.dimensions)[0]
    yield _begin(session)
    yield parts.Summary(f"{best.title}, {price_text(best.price, best.currency)}. {best.reason}")
    yield from (parts.Dimension(d) for d in session.dimensions)
    yield parts.Product(best)
    if len(session.product_ids) >= 2:
        yield parts.FollowUps(("compare the first two",))


def not_shown(
    session: Session, wanted: str, shown: list[SearchHit | None]
) -> Iterator[parts.AnswerPart]:
    """A reference to products that were not shown (or are gone): say so, change nothing."""
    gone = [n + 1 for n, h in enumerate(shown) if h is None]
    summary = f"I showed {len(shown)} product{'s' if len(shown) != 1 else ''}"
    summary += f"; number {', '.join(map(str, gone))} is no longer available." if gone else "."
    yield parts.Begin(session.persona or "shopping_guide", constraints=session.constraints)
    yield parts.Summary(summary)
    yield parts.Clarify("Which two should I compare?" if wanted == "compare" else "Which one?")


def unreadable(session: Session) -> Iterator[parts.AnswerPart]:
    """No English words to work with (the embedding model reads English only)."""
    yield parts.Begin(session.persona or "shopping_guide")
    yield parts.Summary("I can only read questions in English so far.")
    yield parts.Clarify('Could you ask in English, e.g. "a hat for a round face"?')


def _begin(session: Session) -> parts.Begin:
    sources = (session.guide_id,) if session.guide_id else ()
    return parts.Begin(session.persona or "shopping_guide", "offline", session.constraints, sources)
