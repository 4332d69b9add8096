"""Attribute phrases in a question: a material, a feature, "X free", a number with its name,
"no X".

The words come from the indexed catalog's own attribute keys and values, so this works on any
catalog. A phrase asks for the values that contain it (a material word asks for every blend
named with it) under the one key it mostly belongs to; a ruled-out phrase ("no X", "anything
but X", "X-free") excludes those values under every key. Whether an asked-for attribute applies to
the products in question is decided by search (``search/applies.py``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..schemas import Product
from .lexicon import Attributes, lexicon
from .text import BREAK, HAN, norm, tokens_of

NOT_PHRASES = {"color", "gender", "size", "description", "care", "url"}  # read elsewhere, or prose
FLAG_VALUES = {"yes", "no", "true", "false"}
MAX_WORDS = 3  # the longest attribute phrase matched
MAX_CHINESE = 8  # ... and the longest Chinese value, in characters
# A column whose values are mostly one-offs (review titles, model names, notes) is free text, not
# a facet a shopper picks from: its words never ask for an attribute.
FREE_TEXT_SHARE = 0.5  # distinct values per product carrying the key, above which it is free text
FREE_TEXT_MIN = 20  # products carrying a key before its values are judged
_RULES = lexicon("en").attributes


@dataclass
class AttributeIndex:
    """Which attribute values a word or phrase can mean, learned from one catalog."""

    phrases: dict[tuple[str, ...], dict[str, set[str]]] = field(default_factory=dict)
    products: dict[tuple[str, ...], Counter] = field(default_factory=dict)
    flags: dict[tuple[str, ...], str] = field(default_factory=dict)
    numeric: dict[tuple[str, ...], tuple[str, set[str]]] = field(default_factory=dict)
    whole: set[tuple[str, tuple[str, ...]]] = field(default_factory=set)  # (key, a whole value)

    @classmethod
    def from_products(cls, products: Iterable[Product]) -> AttributeIndex:
        products = list(products)
        phrases: dict = defaultdict(lambda: defaultdict(set))
        counts: dict = defaultdict(Counter)
        flags, numeric, whole = {}, defaultdict(lambda: ("", set())), set()
        skipped = NOT_PHRASES | free_text_keys(products)
        for p in products:
            for key, value in p.attributes.items():
                if key in skipped:
                    continue
                values = [norm(v) for v in (value if isinstance(value, list) else [value])]
                if set(values) <= FLAG_VALUES:
                    flags[tuple(tokens_of(key))] = key
                    if key.endswith(_RULES.compatible_suffix):
                        flags[tuple(tokens_of(key))[:-1]] = key
                    continue
                for v in values:
                    toks = tokens_of(v)
                    if not toks or (len(toks) > MAX_WORDS and not _short_chinese(v)):
                        continue
                    if all(t.replace(".", "").isdigit() for t in toks):
                        name = tuple(tokens_of(key))
                        numeric[name] = (key, numeric[name][1] | {v})
                        continue
                    whole.add((key, tuple(toks)))
                    for gram in _grams(toks):
                        phrases[gram][key].add(v)
                        counts[gram][key] += 1
        index = cls(flags=flags, numeric=dict(numeric), whole=whole)
        index.phrases = {g: dict(keys) for g, keys in phrases.items()}
        index.products = dict(counts)
        return index

    def match(
        self, toks: list[str], taken: set[int], negated, rules: Attributes = _RULES
    ) -> tuple[list[dict], dict]:
        """(asked-for options, ruled-out values) for question tokens ``toks``. Each asked-for
        phrase gives one option: key -> values for every key it can mean, the catalog's most
        common sense first (the products in question decide which applies). ``taken`` are
        positions other parsers used; ``negated(i)`` says if a negation stands before token i;
        ``rules`` are the question's language's."""
        found = self._phrases(toks, taken, negated, rules)
        wanted: list[dict[str, set[str]]] = []
        ruled_out: dict[str, set[str]] = defaultdict(set)
        for _, _, neg, keys in found:
            if neg:
                for key, values in keys.items():
                    ruled_out[key] |= values
            elif keys:
                wanted.append(keys)
        return wanted, dict(ruled_out)

    def _phrases(self, toks, taken, negated, rules) -> list[tuple[int, int, bool, dict]]:
        """(start, end, ruled out, key -> values) per phrase, longest phrases first, in order;
        a ruled-out phrase rules out the list that follows it ("no wool, cashmere or alpaca")."""
        used, found = set(taken), []
        for size in range(MAX_WORDS, 0, -1):
            for i in range(len(toks) - size + 1):
                span = set(range(i, i + size))
                gram = tuple(toks[i : i + size])
                if span & used or BREAK in gram or all(t in rules.generic for t in gram):
                    continue
                free = i + size < len(toks) and toks[i + size] == "free"
                neg = negated(i) or free
                keys = self._one(gram, toks, i + size, neg, rules)
                if neg and (gram + ("free",) in self.flags or gram + ("free",) in self.phrases):
                    neg, keys = False, self._one(gram + ("free",), toks, i + size, False, rules)
                # what it would rule out, should it turn out to be in a ruled-out list
                against = keys if neg else self._one(gram, toks, i + size, True, rules)
                if keys is not None or against is not None:
                    found.append([i, i + size + free, neg, keys, against])
                    used |= span | ({i + size} if free else set())
        found.sort(key=lambda f: f[0])
        joins = {BREAK} | rules.joins
        for before, this in zip(found, found[1:], strict=False):
            between = toks[before[1] : this[0]]
            bare = this[1] >= len(toks) or toks[this[1]] in joins  # a list item, not "wool socks"
            if before[2] and not this[2] and bare and all(t in joins for t in between):
                this[2], this[3] = True, this[4]
        return [(a, b, neg, keys) for a, b, neg, keys, _ in found if keys is not None]

    def _one(self, gram, toks, after, ruled_out: bool, rules) -> dict[str, set[str]] | None:
        if gram in self.flags:
            return {self.flags[gram]: {"yes"}}  # ruled out or asked for, the value it names
        if gram in self.numeric and after < len(toks):
            key, values = self.numeric[gram]
            return {key: {toks[after]}} if toks[after] in values else None
        keys = self.phrases.get(gram)
        if not keys or (len(gram) == 1 and len(gram[0]) < _shortest(gram[0], 3)):
            return None
        if ruled_out:  # ruling out a material rules out the words ending in it too
            one = len(gram) == 1 and len(gram[0]) >= _shortest(gram[0], 4)
            word = gram[0] if one else None
            more = [k for g, k in self.phrases.items()
                    if word and len(g) == 1 and g[0].endswith(word)]  # fmt: skip
            out = _union([keys, *more])
            if after < len(toks) and toks[after] == "free":  # "X free": not the values "no X"
                out = {
                    k: {v for v in vs if not rules.free_of & set(tokens_of(v))}
                    for k, vs in out.items()
                }
            return {k: vs for k, vs in out.items() if vs}
        # One word asks for an attribute only where it is a whole value ("wool": yes; "head",
        # which only occurs inside "shower heads": no).
        start = after - len(gram)
        stressed = start > 0 and toks[start - 1] in rules.stressed  # "really warm" asks
        if len(gram) == 1 and gram[0] in rules.everyday and not stressed:
            return None  # an everyday adjective describes; it does not ask for a value
        ranked = [k for k, _ in self.products[gram].most_common()]
        said = set(toks)
        options = {k: {v for v in keys[k] if said >= rules.imitation & set(tokens_of(v))}
                   for k in ranked if len(gram) > 1 or (k, gram) in self.whole}  # fmt: skip
        return {k: v for k, v in options.items() if v} or None


def _short_chinese(value: str) -> bool:
    """A Chinese value short enough to be one phrase, however jieba cuts it ("高硼硅玻璃")."""
    return bool(HAN.search(value)) and len(value) <= MAX_CHINESE


def _shortest(word: str, letters: int) -> int:
    """How long a word must be to count alone: ``letters`` for a Latin word, two characters of
    Chinese ("羊毛")."""
    return letters if word.isascii() else 2


def _union(maps: list[dict[str, set[str]]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for m in maps:
        for key, values in m.items():
            out[key] |= values
    return dict(out)


def _grams(toks: list[str]) -> list[tuple[str, ...]]:
    return [tuple(toks[i:j]) for i in range(len(toks)) for j in range(i + 1, len(toks) + 1)]


def free_text_keys(products: list[Product]) -> set[str]:
    """Attribute keys whose values are mostly one-offs: free text, not facets."""
    carriers: Counter = Counter()
    distinct: dict[str, set[str]] = defaultdict(set)
    for p in products:
        for key, value in p.attributes.items():
            carriers[key] += 1
            for v in value if isinstance(value, list) else [value]:
                distinct[key].add(norm(v))
    return {
        key
        for key, n in carriers.items()
        if n >= FREE_TEXT_MIN and len(distinct[key]) > FREE_TEXT_SHARE * n
    }
