"""The offline answer engine: guides + catalog attributes -> dimensions, ranked products, reasons.

Deterministic and grounded: every product, price and link comes from the catalog, and every
reason quotes the product's own attributes. Nothing here knows any particular question or product.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from .retrieve import satisfies
from .schemas import (
    Answer,
    AnswerProduct,
    Comparison,
    ComparisonRow,
    Constraints,
    Dimension,
    Guide,
    SearchHit,
    SearchResult,
)
from .store import norm
from .understand import singular

SHOWN = 5  # products in an answer
FALLBACK_DIMENSIONS = 4
SYMBOLS = {"CNY": "¥", "RMB": "¥", "INR": "₹", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
STOPWORDS = set(
    "a an the i me my we our you your it its is are was be to of for in on at and or but with "
    "do does did how what which who where when why can could should would will shall need want "
    "looking look find get buy sell have has any some something thing things please pls help "
    "choose pick recommend good best new one ones this that these those there here about from "
    "as so if by up out not no yes just really very much more most like im i'm am".split()
)
SKIP_KEYS = {"size", "url", "image", "description", "sku", "pid"}


@dataclass
class Evidence:
    """What the engines answer from: the question, its role, the guides and the candidates."""

    question: str
    persona: str
    search: SearchResult
    guide: Guide | None = None
    guides: list[tuple[Guide, float]] = field(default_factory=list)
    product_similarity: float = 0.0
    missing_words: list[str] = field(default_factory=list)
    content_words: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def price_text(price: float | None, currency: str) -> str:
    """``¥129`` / ``₹1,499`` / ``129 XYZ``."""
    if price is None:
        return "price on request"
    symbol = SYMBOLS.get(currency.upper())
    amount = f"{price:,.0f}" if price == int(price) else f"{price:,.2f}"
    return f"{symbol}{amount}" if symbol else f"{amount} {currency}"


def compose(ev: Evidence) -> Answer:
    """The offline answer for one question."""
    if is_absent(ev):
        return _absent(ev)
    question = clarifying_question(ev)
    if question:
        ev.guide = None  # a guide for a narrower need would presume too much
    dimensions = list(ev.guide.dimensions) if ev.guide else distinguishing(ev.search.products)
    products = rank(ev.search.products, dimensions)[:SHOWN]
    answer = Answer(
        persona=ev.persona,
        summary=_summary(ev, products),
        dimensions=dimensions,
        products=products,
        constraints=ev.search.constraints,
        sources=[ev.guide.id] if ev.guide else [],
        notices=list(ev.notices),
    )
    _role_shape(answer, ev)
    answer.clarifying_question = question
    answer.follow_ups = follow_ups(answer, ev.search.products)
    return answer


# -- ranking and reasons ---------------------------------------------------------------------
def rank(hits: list[SearchHit], dimensions: list[Dimension]) -> list[AnswerProduct]:
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
            reason=reason(hit, matched, dimensions),
            matched_dimensions=[d.name for d in matched],
        )
        for _, _, hit, matched in scored
    ]


def reason(hit: SearchHit, matched: list[Dimension], dimensions: list[Dimension]) -> str:
    """Why this product: the dimensions it satisfies, with its own values for them."""
    if matched:
        parts = [f"{d.name} ({facts(hit, d.implies, d.name)})" for d in matched[:4]]
        return "Follows the advice on " + ", ".join(parts) + "."
    keys = [k for d in dimensions for k in d.implies] or list(hit.attributes)
    shown = facts(hit, dict.fromkeys(keys[:4], []))
    return f"A close match for what you asked ({shown})." if shown else "A close match."


def facts(hit: SearchHit, implies: dict[str, list[str]], topic: str = "") -> str:
    """The product's own values for these attributes, e.g. ``crown height high, brim wide``;
    the attribute's name is left out where the topic already says it ("Colour (black)")."""
    said = {w[:4] for w in re.findall(r"[a-z]+", topic.lower())}
    out = []
    for key in implies:
        value = hit.attributes.get(key)
        if value in (None, "", []):
            continue
        text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        name = key.replace("_", " ")
        out.append(text if {w[:4] for w in name.split()} <= said else f"{name} {text}")
    return ", ".join(out)


def distinguishing(hits: list[SearchHit], n: int = FALLBACK_DIMENSIONS) -> list[Dimension]:
    """When no guide fits: the attributes on which the matching products differ most."""
    values: dict[str, Counter] = {}
    for hit in hits[:20]:
        for key, value in hit.attributes.items():
            items = value if isinstance(value, list) else [value]
            if key in SKIP_KEYS or isinstance(value, bool) or any(len(str(v)) > 40 for v in items):
                continue
            for v in items:
                values.setdefault(key, Counter())[norm(v)] += 1
    spread = [(k, c) for k, c in values.items() if len(c) >= 2 and sum(c.values()) >= 3]
    spread.sort(key=lambda kc: (-_entropy(kc[1]), kc[0]))
    return [
        Dimension(
            name=key.replace("_", " ").capitalize(),
            advice=(
                f"The matches differ in {key.replace('_', ' ')}: "
                + ", ".join(v for v, _ in counts.most_common(4))
                + f". {counts.most_common(1)[0][0].capitalize()} is the most common."
            ),
        )
        for key, counts in spread[:n]
    ]


def _entropy(counts: Counter) -> float:
    total = sum(counts.values())
    p = np.array(list(counts.values())) / total
    return float(-(p * np.log(p)).sum())


# -- the shape of an answer ------------------------------------------------------------------
def _summary(ev: Evidence, products: list[AnswerProduct]) -> str:
    if not products:
        return ev.search.empty_reason or "I couldn't find products that fit."
    lead = ev.guide.summary if ev.guide else _plain_lead(ev, products)
    best = products[0]
    return f"{lead} Top pick: {best.title} at {price_text(best.price, best.currency)}."


def _plain_lead(ev: Evidence, products: list[AnswerProduct]) -> str:
    aisles = Counter(p.category.split(" > ")[-1] for p in products if p.category)
    where = ", ".join(a for a, _ in aisles.most_common(2))
    return f"Here is what fits best{' in ' + where if where else ''}."


def _role_shape(answer: Answer, ev: Evidence) -> None:
    """How-to steps, recipes, checklists and written copy for the roles that need them."""
    guide = _guide_for(ev, answer.persona)
    if answer.persona in ("life_expert", "food_expert") and guide:
        answer.steps = list(guide.steps)
    elif answer.persona == "travel_planner" and guide:
        answer.checklist = list(guide.checklist or guide.steps)
    elif answer.persona == "copywriter":
        answer.copy_text = write_copy(
            ev.question, answer.products[:1], guide, gift_phrase(ev.question)
        )
    if guide and guide.id not in answer.sources:
        answer.sources.append(guide.id)


def _guide_for(ev: Evidence, persona: str) -> Guide | None:
    if ev.guide and ev.guide.persona == persona:
        return ev.guide
    return next((g for g, sim in ev.guides if g.persona == persona and sim >= 0.4), ev.guide)


OCCASIONS = {
    "birthday": ("Happy birthday!", "Here's to a year as warm as you are."),
    "farewell": ("It won't be the same without you.", "Good luck with everything that comes next."),
    "leaving": ("It won't be the same without you.", "Good luck with everything that comes next."),
    "wedding": ("Congratulations on your wedding!", "Wishing you a lifetime of happy days."),
    "baby": ("Congratulations on your new arrival!", "Wishing your family sleep and joy."),
    "thank": ("Thank you, truly.", "I'm lucky to have you."),
    "anniversary": ("Happy anniversary!", "Here's to many more years together."),
    "retire": ("Happy retirement!", "Enjoy every unhurried morning."),
}
RECIPIENTS = {
    "mum": "Mum", "mom": "Mum", "mother": "Mum", "dad": "Dad", "father": "Dad",
    "grandma": "Grandma", "grandpa": "Grandpa", "wife": "my love", "husband": "my love",
    "colleague": "colleague", "teacher": "teacher", "friend": "friend", "boss": "boss",
}  # fmt: skip


GIFT = re.compile(
    r"\b(?:(?:go(?:es)? with|with|about|describe|alongside|selling) (?:this|these|my|the|a|an)"
    r"|for (?:this|these)) (?:new )?([a-z][a-z -]{1,30}?)(?=$|[,.;!?]| for | to | from | that )",
    re.I,
)


def gift_phrase(question: str) -> str | None:
    """The thing the text is about, e.g. "scarf" in "a card to go with this scarf"."""
    match = GIFT.search(question)
    return match.group(1).strip() if match else None


def write_copy(
    question: str, products: list[AnswerProduct], guide: Guide | None, gift: str | None = None
) -> str:
    """A short card or note in the shopper's voice, built from the question and the gift's facts."""
    tokens = re.findall(r"[a-z]+", question.lower())
    who = next((RECIPIENTS[t] for t in tokens if t in RECIPIENTS), "you")
    opening, wish = next(
        (v for k, v in OCCASIONS.items() if any(t.startswith(k) for t in tokens)),
        ("A little something for you.", "Hope it brings a smile."),
    )
    lines = [f"Dear {who},", "", opening]
    noun = gift or "gift"
    if products:
        first = products[0]
        noun = gift or (first.category.split(" > ")[-1] or "gift").lower()
        described = [str(first.attributes[k]) for k in ("color", "material")
                     if isinstance(first.attributes.get(k), str)]  # fmt: skip
        noun = " ".join([*described, noun]) if described else noun
    lines.append(f"I picked this {noun} for you and thought of you straight away.")
    lines += [wish, "", "With love,", "[your name]"]
    return "\n".join(lines)


def clarifying_question(ev: Evidence) -> str | None:
    """Asked when the need is too vague: few content words and nothing to narrow by."""
    c = ev.search.constraints
    narrowed = c.genders or c.colors or c.sizes or c.price_max or c.price_min or c.attributes
    if len(ev.content_words) > 2 or narrowed or ev.persona != "shopping_guide":
        return None
    asks = []
    for dim in distinguishing(ev.search.products, n=2):
        options = re.findall(r": (.*?)\.", dim.advice)
        if options:
            asks.append(f"which {dim.name.lower()} ({options[0]})")
    asks.append("roughly what budget")
    return "To find the right one: " + ", ".join(asks[:-1]) + f", and {asks[-1]}?"


def follow_ups(answer: Answer, hits: list[SearchHit]) -> list[str]:
    """Clickable next turns: price bands, colours, a comparison."""
    chips: list[str] = []
    prices = sorted(h.price for h in hits if h.price is not None)
    if len(prices) >= 3 and answer.products:
        currency = answer.products[0].currency
        low = _round_price(prices[len(prices) // 3])
        if low > prices[0]:
            chips.append(f"under {price_text(low, currency)}")
    if not answer.constraints.colors:
        colours = Counter(h.attributes.get("color") for h in hits if h.attributes.get("color"))
        chips += [f"in {c}" for c, _ in colours.most_common(2)]
    if len(answer.products) >= 2:
        chips.append("compare the first two")
    return chips


def _round_price(value: float) -> float:
    step = 10 if value < 500 else 100
    return float(max(step, round(value / step) * step))


# -- honesty -------------------------------------------------------------------------------------
ABSENT_SIMILARITY = 0.3  # below this, even the closest product is not the thing asked for
NEAREST_SIMILARITY = 0.45  # only offer "nearest things" that really are near
THING = re.compile(
    r"(?:do you (?:sell|have|carry|stock)|where can i (?:buy|get)|looking for|i need|i want|"
    r"need|want|buy|find|sell)\s+(?:an? |some |any |the |new |good |cheap )*(.+?)"
    r"(?:\?|$|,|\.| for | to | that | which | in | under )",
    re.I,
)


def is_absent(ev: Evidence) -> bool:
    """The catalog has nothing of the kind asked for: the thing named is a word the catalog never
    uses, or even the closest product is far from the question."""
    if not ev.content_words or ev.persona == "copywriter":
        return False
    match = THING.search(ev.question.strip())
    head = [w for w in re.findall(r"[a-z]+", match.group(1).lower()) if w not in STOPWORDS][-1:] \
        if match else []  # fmt: skip
    unknown = bool(head) and singular(head[0]) in ev.missing_words
    return (unknown and not ev.guide) or ev.product_similarity < ABSENT_SIMILARITY


def asked_thing(question: str, missing: list[str]) -> str:
    match = THING.search(question.strip())
    if match:
        return match.group(1).strip()
    return " ".join(missing) or question.strip().rstrip("?")


def _absent(ev: Evidence) -> Answer:
    thing = asked_thing(ev.question, ev.missing_words[:2])
    near = [h for h in ev.search.products[:3] if h.score > 0]
    if ev.product_similarity < NEAREST_SIMILARITY:
        near = []
    products = [AnswerProduct(**h.model_dump(), reason="The nearest thing we carry.") for h in near]
    summary = f"We don't carry {thing}."
    if products:
        summary += " The nearest things we do carry are below, in case one helps."
    return Answer(persona=ev.persona, summary=summary, products=products, notices=ev.notices,
                  constraints=Constraints())  # fmt: skip


# -- comparison and a closer look --------------------------------------------------------------
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
