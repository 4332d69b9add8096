"""The offline engine: guides + catalog attributes -> dimensions, ranked products, reasons.

Deterministic and grounded: every product, price and link comes from the catalog, and every
reason quotes the product's own attributes. Nothing here knows any particular question or product.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ..language.lexicon import lexicon
from ..language.wording import wording
from ..schemas import AnswerProduct, Constraints, Guide, SearchHit
from . import parts
from .copywriter import write_copy
from .evidence import Evidence
from .format import price_text
from .honesty import absent, is_absent
from .ranking import differing, rank
from .spread import catalog_dimensions

SHOWN = 5  # products in an answer
ROLE_GUIDE_FITS = 0.4  # a guide of the answering role shapes steps and checklists from here
SHAPED = ("life_expert", "food_expert", "travel_planner")  # roles with steps or a checklist
VAGUE_WORDS = 2  # a need in this many content words or fewer, with nothing to narrow by, is vague
CLARIFY_OPTIONS = 2  # dimensions a clarifying question offers
BESIDES_GUIDE = 2  # dimensions from the catalog after a guide's, on what it does not cover


class OfflineEngine:
    """Answers from the guides and the catalog alone."""

    name = "offline"

    def stream(self, ev: Evidence) -> Iterator[parts.AnswerPart]:
        """The answer, part by part: who answers, summary, advice, role shape, products."""
        if is_absent(ev):
            yield from absent(ev)
            return
        question = clarifying_question(ev)
        guide = None if question else ev.guide  # a narrower need's guide would presume too much
        lang = ev.language
        dimensions = (
            [*guide.dimensions, *catalog_dimensions(ev.search.products, ev.question, lang,
                                                    BESIDES_GUIDE, guide.dimensions)]
            if guide
            else catalog_dimensions(ev.search.products, ev.question, lang)
        )  # fmt: skip
        products = rank(ev.search.products, dimensions, lang)[:SHOWN]
        role_guide = _guide_for(ev, guide)
        sources = [g.id for g in (guide, role_guide) if g]
        yield parts.Begin(ev.persona, "offline", ev.search.constraints,
                          tuple(dict.fromkeys(sources)), ev.language,
                          tuple(ev.rejected))  # fmt: skip
        yield parts.Summary(_summary(ev, guide, products))
        if question:
            yield parts.Clarify(question)
        yield from (parts.Dimension(d) for d in dimensions)
        yield from _role_shape(ev, role_guide, products)
        yield from (parts.Product(p) for p in products)
        yield from (parts.Notice(n) for n in ev.notices)
        yield parts.FollowUps(
            tuple(follow_ups(products, ev.search.products, ev.search.constraints, lang))
        )


def _summary(ev: Evidence, guide: Guide | None, products: list[AnswerProduct]) -> str:
    w = wording(ev.language)
    if not products:
        return ev.search.empty_reason or w.say("no_fit")
    lead = guide.summary if guide else _plain_lead(products, ev.language)
    best = products[0]
    price = price_text(best.price, best.currency, ev.language)
    return w.say("top_pick", lead=lead, title=best.title, price=price)


def _plain_lead(products: list[AnswerProduct], language: str) -> str:
    w = wording(language)
    aisles = Counter(p.category.split(" > ")[-1] for p in products if p.category)
    where = w.join([a for a, _ in aisles.most_common(2)])
    return w.say("plain_lead_in", aisles=where) if where else w.say("plain_lead")


def _role_shape(
    ev: Evidence, guide: Guide | None, products: list[AnswerProduct]
) -> Iterator[parts.AnswerPart]:
    """How-to steps, recipes, checklists and written copy for the roles that need them."""
    if ev.persona in ("life_expert", "food_expert") and guide:
        yield parts.Steps(tuple(guide.steps))
    elif ev.persona == "travel_planner" and guide:
        yield parts.Checklist(tuple(guide.checklist or guide.steps))
    elif ev.persona == "copywriter":
        yield parts.Copy(write_copy(ev.card, products[:1], ev.language))


def _guide_for(ev: Evidence, guide: Guide | None) -> Guide | None:
    """The guide that shapes the role's steps or checklist: the answer's own when it is of that
    role, else a near one of that role that is not about another kind of product. A shopping
    answer has no such shape: only its own guide."""
    if (guide and guide.persona == ev.persona) or ev.persona not in SHAPED:
        return guide
    other_kind = {r.id for r in ev.rejected}
    near = (
        g
        for g, sim in ev.guides
        if g.persona == ev.persona and sim >= ROLE_GUIDE_FITS and g.id not in other_kind
    )
    return next(near, guide)  # fmt: skip


def clarifying_question(ev: Evidence) -> str | None:
    """Asked when the need is too vague: few content words and nothing to narrow by."""
    c = ev.search.constraints
    narrowed = c.genders or c.colors or c.sizes or c.price_max or c.price_min or c.attributes
    if len(ev.content_words) > VAGUE_WORDS or narrowed or ev.persona != "shopping_guide":
        return None
    if lexicon(ev.language).turns.asks_advice.search(ev.question.lower()):
        return None  # "what should I look for in ...": the advice is the answer
    w = wording(ev.language)
    asks = []
    for key, counts in differing(ev.search.products, n=CLARIFY_OPTIONS):
        options = w.join([v for v, _ in counts.most_common(4)])
        asks.append(w.say("clarify_which", name=key.replace("_", " ").lower(), options=options))
    asks.append(w.say("clarify_budget"))
    return w.say("clarify", asks=w.join(asks[:-1]), last=asks[-1])


def follow_ups(
    shown: list[AnswerProduct], hits: list[SearchHit], c: Constraints, language: str = "en"
) -> list[str]:
    """Clickable next turns: price bands, colours, a comparison."""
    say = wording(language).say
    chips: list[str] = []
    prices = sorted(h.price for h in hits if h.price is not None)
    if len(prices) >= 3 and shown:
        low = _round_price(prices[len(prices) // 3])
        if low > prices[0]:
            chips.append(say("chip_under", price=price_text(low, shown[0].currency, language)))
    if not c.colors:
        colours = Counter(h.attributes.get("color") for h in hits if h.attributes.get("color"))
        native = lexicon(language).text.native  # a chip is a turn to read back: 要黑色的
        chips += [say("chip_colour", colour=native(c)) for c, _ in colours.most_common(2)]
    if len(shown) >= 2:
        chips.append(say("chip_compare"))
    return chips


def _round_price(value: float) -> float:
    step = 10 if value < 500 else 100
    return float(max(step, round(value / step) * step))
