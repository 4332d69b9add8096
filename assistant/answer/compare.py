"""Answers about products already shown: a side-by-side comparison (商品PK), a closer look at
one, a reference to products that were not shown; and the answer to words Wenwen cannot read."""

from __future__ import annotations

from collections.abc import Iterator

from ..language.wording import wording
from ..schemas import Comparison, ComparisonRow, Dimension, SearchHit, Session
from ..search.advice import satisfies
from . import parts
from .format import facts, price_text
from .ranking import rank


def compare(
    products: list[SearchHit], dimensions: list[Dimension], language: str = "en"
) -> Comparison:
    """One row per dimension of the previous answer, then price and rating."""
    say = wording(language).say
    rows = []
    for dim in dimensions:
        keys = (
            list(dim.implies)
            or ([dim.attribute] if dim.attribute else [])
            or [k for k in products[0].attributes if k in dim.name.lower()]
        )
        values = {p.id: facts(p, keys, dim.name, language) or "—" for p in products}
        meets = (
            {p.id: satisfies(p.attributes, dim.implies) for p in products} if dim.implies else {}
        )
        rows.append(ComparisonRow(dimension=dim.name, values=values, meets_advice=meets))
    prices = {p.id: price_text(p.price, p.currency, language) for p in products}
    rows.append(ComparisonRow(dimension=say("row_price"), values=prices))
    ratings = {p.id: str(p.rating or "—") for p in products}
    rows.append(ComparisonRow(dimension=say("row_rating"), values=ratings))
    met = {p.id: sum(r.meets_advice.get(p.id, False) for r in rows) for p in products}
    best = max(products, key=lambda p: (met[p.id], -(p.price or 0)))
    verdict = (
        say("verdict_more", title=best.title, met=met[best.id],
            total=sum(1 for d in dimensions if d.implies))
        if len(set(met.values())) > 1
        else say("verdict_equal")
    )  # fmt: skip
    return Comparison(product_ids=[p.id for p in products], rows=rows, verdict=verdict)


def comparison(
    session: Session, products: list[SearchHit], language: str = "en"
) -> Iterator[parts.AnswerPart]:
    """The products side by side, by the dimensions of the answer they came from."""
    result = compare(products, session.dimensions, language)
    yield _begin(session, language)
    yield parts.Summary(result.verdict)
    yield from (parts.Dimension(d) for d in session.dimensions)
    yield parts.ComparisonPart(result)
    yield from (parts.Product(p) for p in rank(products, session.dimensions, language))


def focus(session: Session, product: SearchHit, language: str = "en") -> Iterator[parts.AnswerPart]:
    """A closer look at one product shown before."""
    say = wording(language).say
    best = rank([product], session.dimensions, language)[0]
    price = price_text(best.price, best.currency, language)
    yield _begin(session, language)
    yield parts.Summary(say("focus", title=best.title, price=price, reason=best.reason))
    yield from (parts.Dimension(d) for d in session.dimensions)
    yield parts.Product(best)
    if len(session.product_ids) >= 2:
        yield parts.FollowUps((say("chip_compare"),))


def not_shown(
    session: Session, wanted: str, shown: list[SearchHit | None], language: str = "en"
) -> Iterator[parts.AnswerPart]:
    """A reference to products that were not shown (or are gone): say so, change nothing."""
    w = wording(language)
    gone = [str(n + 1) for n, h in enumerate(shown) if h is None]
    if gone:
        summary = w.say("shown_gone", n=len(shown), gone=w.join(gone))
    else:
        summary = w.say("shown_one") if len(shown) == 1 else w.say("shown_count", n=len(shown))
    yield parts.Begin(session.persona or "shopping_guide", constraints=session.constraints,
                      language=w.language)  # fmt: skip
    yield parts.Summary(summary)
    yield parts.Clarify(w.say("which_two" if wanted == "compare" else "which_one"))


def unreadable(session: Session, language: str = "en") -> Iterator[parts.AnswerPart]:
    """Words Wenwen cannot read here (Chinese on a catalog with no Chinese)."""
    say = wording(language).say
    yield parts.Begin(session.persona or "shopping_guide", language=wording(language).language)
    yield parts.Summary(say("unreadable"))
    yield parts.Clarify(say("unreadable_ask"))


def _begin(session: Session, language: str) -> parts.Begin:
    sources = (session.guide_id,) if session.guide_id else ()
    return parts.Begin(session.persona or "shopping_guide", "offline", session.constraints, sources,
                       wording(language).language)  # fmt: skip
