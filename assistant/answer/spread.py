"""Advice from the catalog itself, when no guide fits the question.

The products that match are looked at as a shop assistant would look at a shelf: on which
attributes do they really differ, what is usual, what is the range, and what does the difference
cost. Each such attribute becomes a dimension named in a shopper's words ("Capacity", not
``capacity_ml``), with advice made only of the catalog's own counts, ranges and prices, in the
answer's language. Nothing is invented: every number is counted from the products found.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..language.kinds import kinds_of
from ..language.lexicon import lexicon
from ..language.text import norm, words
from ..language.wording import wording
from ..schemas import Dimension, SearchHit
from .format import attribute_words, price_text, unit_text

LOOKED_AT = 20  # the best matches whose attributes are compared
TOP_KIND = 5  # the best matches whose shared kind the others must be of
DIMENSIONS = 4  # dimensions drawn from the catalog
COVERED = 0.5  # an attribute counts when at least this share of the matches has it
MIN_PRODUCTS = 3  # ... and at least this many
LONG_VALUE = 40  # longer values are prose, not options
PRICE_GAP = 0.15  # a price difference worth saying: this share of the lower average
BESIDES_MIN = 6  # matches that must have an attribute for it to follow a guide's dimensions
ASKED_BONUS = 1.0  # an attribute whose name the question uses comes first
NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-z%°]*)\s*$", re.I)
YES, NO = frozenset({"yes", "true", "y"}), frozenset({"no", "false", "n"})


@dataclass(frozen=True)
class Spread:
    """How the matches spread on one attribute: ``kind`` is number, flag or choice."""

    key: str
    kind: str
    values: list[tuple[object, float | None]]  # (a product's value, its price)
    having: int  # matches that have the attribute
    score: float


def catalog_dimensions(
    hits: Sequence[SearchHit],
    question: str = "",
    language: str = "en",
    n: int = DIMENSIONS,
    besides: Sequence[Dimension] = (),
) -> list[Dimension]:
    """The ``n`` attributes on which the matches differ most, each a dimension with advice
    from their counts, ranges and prices; those the question names come first. ``besides``:
    a guide's dimensions, whose attributes and names are not repeated."""
    shown = _same_kind(list(hits[:LOOKED_AT]))
    if len(shown) < MIN_PRODUCTS:
        return []
    asked = set(re.findall(r"[a-z]+", question.lower()))
    said = {k for d in besides for k in d.implies}
    named = " ".join(d.name.lower() for d in besides)
    keys = [
        k for k in _keys(shown, language)
        if k not in said and attribute_words(k, language)[0] not in named
    ]  # fmt: skip
    spreads = [s for key in keys if (s := _spread(key, shown, asked))]
    if besides:  # after a guide, only what most of a full shelf shows
        spreads = [s for s in spreads if s.having >= BESIDES_MIN]
    spreads.sort(key=lambda s: (-s.score, s.key))
    currency = next((h.currency for h in shown if h.currency), "CNY")
    return [_dimension(s, currency, language) for s in spreads[:n]]


def _same_kind(hits: list[SearchHit]) -> list[SearchHit]:
    """The matches of the kind most of the best ones are (a shelf, not the whole shop): the
    most specific kind shared by most of the top few; all of them when none is."""
    top = Counter(k for h in hits[:TOP_KIND] for k in kinds_of(h))
    shared = [k for k, c in top.items() if c > TOP_KIND / 2]
    if not shared:
        return hits
    kind = max(shared, key=lambda k: (k.count(" > "), top[k]))
    same = [h for h in hits if kind in kinds_of(h)]
    return same if len(same) >= MIN_PRODUCTS else hits


def _keys(hits: list[SearchHit], language: str) -> list[str]:
    """The attributes that record a choice: not the listing's bookkeeping and, on a shelf of
    things eaten or used up, not how much is in the pack."""
    books = [lexicon("en").catalog, lexicon(language).catalog]
    skip = set().union(*(b.not_advice for b in books))
    kind = {w for h in hits for w in words(h.category or "")}
    pack = set().union(*(b.pack_words for b in books)) if kind & set().union(
        *(b.consumed for b in books)) else set()  # fmt: skip
    keys = dict.fromkeys(k for h in hits for k in h.attributes)
    names = {k: re.split(r"[_\s]+", k.lower()) for k in keys}
    return [k for k in keys if " ".join(names[k]) not in skip and names[k][0] not in pack]


def _spread(key: str, hits: list[SearchHit], asked: set[str]) -> Spread | None:
    values = [(h.attributes.get(key), h.price) for h in hits]
    values = [(v, p) for v, p in values if v not in (None, "", [])]
    if len(values) < max(MIN_PRODUCTS, COVERED * len(hits)):
        return None
    coverage = len(values) / len(hits)
    bonus = ASKED_BONUS if set(re.findall(r"[a-z]+", key.lower())) & asked else 0.0
    numbers = [_number(v) for v, _ in values]
    if all(x is not None for x in numbers):
        distinct = len(set(numbers))
        if distinct < 2:
            return None
        pairs = [(x, p) for x, (_, p) in zip(numbers, values, strict=True)]
        return Spread(key, "number", pairs, len(values), coverage * min(1.0, distinct / 3) + bonus)
    flags = [_flag(v) for v, _ in values]
    if all(f is not None for f in flags):
        yes = sum(flags)
        if yes in (0, len(flags)):
            return None
        pairs = [(f, p) for f, (_, p) in zip(flags, values, strict=True)]
        return Spread(key, "flag", pairs, len(values), coverage * _balance(Counter(flags)) + bonus)
    items = []
    for v, p in values:
        for one in v if isinstance(v, list) else [v]:
            if isinstance(one, bool) or len(str(one)) > LONG_VALUE:
                return None  # a mixed or prose attribute: no options to weigh
            items.append((norm(one), p))
    counts = Counter(v for v, _ in items)
    everywhere = [v for v, c in counts.items() if c == len(values)]  # no choice between them
    for v in everywhere:
        del counts[v]
    items = [(v, p) for v, p in items if v in counts]
    if len(counts) < 2 or counts.most_common(1)[0][1] < 2 or len(counts) >= len(values) >= 5:
        return None  # all alike, or a different value for each product (a model name, an id)
    return Spread(key, "choice", items, len(values), coverage * _balance(counts) + bonus)


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    match = NUMBER.match(str(value)) if isinstance(value, str) else None
    return float(match.group(1)) if match else None


def _flag(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    text = norm(value) if isinstance(value, str) else ""
    return True if text in YES else False if text in NO else None


def _balance(counts: Counter) -> float:
    """How evenly the values spread, 0..1 (normalised entropy)."""
    total = sum(counts.values())
    if len(counts) < 2:
        return 0.0
    entropy = -sum(c / total * math.log(c / total) for c in counts.values())
    return entropy / math.log(len(counts))


def _dimension(s: Spread, currency: str, language: str) -> Dimension:
    w = wording(language)
    words, unit = attribute_words(s.key, language)
    name = words[:1].upper() + words[1:]
    price = lambda v: price_text(round(v), currency, language)  # noqa: E731
    if s.kind == "number":
        xs = sorted(x for x, _ in s.values)
        low, high = _quartiles(xs)
        shown_unit = unit_text(unit, language)
        advice = w.say("spread_number", name=words, low=_num(xs[0]), high=_num(xs[-1]),
                       unit=shown_unit, q1=_num(low), q3=_num(high), n=s.having)  # fmt: skip
        median = xs[(len(xs) - 1) // 2]  # a value some product has
        upper = [p for x, p in s.values if x > median and p is not None]
        lower = [p for x, p in s.values if x <= median and p is not None]
        gap = _gap(upper, lower)
        if gap:
            advice += w.say("spread_number_price", name=words, median=_num(median),
                            unit=unit_text(unit, language), gap=price(gap))  # fmt: skip
    elif s.kind == "flag":
        yes = [p for f, p in s.values if f]
        advice = w.say("spread_flag", name=words, yes=len(yes), n=s.having)
        gap = _gap([p for p in yes if p is not None],
                   [p for f, p in s.values if not f and p is not None])  # fmt: skip
        if gap:
            advice += w.say("spread_flag_price", gap=price(gap))
    else:
        counts = Counter(v for v, _ in s.values)
        (top, top_n), *rest = counts.most_common(4)
        native = lexicon(language).text.native
        others = w.join([w.say("spread_count", value=native(v), count=c) for v, c in rest])
        advice = w.say("spread_choice", name=words, top=native(top), count=top_n,
                       n=s.having, others=others)  # fmt: skip
        prices = {v: [p for x, p in s.values if x == v and p is not None] for v, _ in rest[:1]}
        mine = [p for x, p in s.values if x == top and p is not None]
        for v, theirs in prices.items():
            if len(mine) >= 2 and len(theirs) >= 2 and _gap(mine, theirs, signed=True):
                lead = native(top)
                advice += w.say("spread_choice_price", top=lead[:1].upper() + lead[1:],
                                other=native(v),
                                top_price=price(statistics.mean(mine)),
                                other_price=price(statistics.mean(theirs)))  # fmt: skip
    return Dimension(name=name, advice=advice, attribute=s.key)


def _quartiles(xs: list[float]) -> tuple[float, float]:
    """The lower and upper quartile of sorted ``xs``, as values some product has."""
    return xs[len(xs) // 4], xs[(3 * len(xs)) // 4 - (1 if len(xs) % 4 == 0 else 0)]


def _gap(upper: list[float], lower: list[float], signed: bool = False) -> float | None:
    """How much more the first group costs on average, when both have two or more prices and
    the difference is worth saying (``signed``: either way, as a yes/no)."""
    if len(upper) < 2 or len(lower) < 2:
        return None
    a, b = statistics.mean(upper), statistics.mean(lower)
    if signed:
        return abs(a - b) if abs(a - b) >= PRICE_GAP * min(a, b) else None
    return a - b if a - b >= PRICE_GAP * b else None


def _num(x: float) -> str:
    return f"{x:,.0f}" if abs(x - round(x)) < 1e-9 or abs(x) >= 100 else f"{x:,.1f}"
