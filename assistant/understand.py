"""Query understanding: pull hard constraints (price, colour, gender, category, size) out of text.

Colour, category and size words come from the indexed catalog's own values (``Vocabulary``), so
they work on an imported catalog too; only the everyday words for genders ("my husband") and the
price phrasings are fixed here. Which of the found constraints actually apply is decided later,
against the products the question is about (``retrieve.py``).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .schemas import Constraints, Product
from .store import category_prefixes, norm, norm_color, size_tokens

WORD = re.compile(r"[a-z0-9]+")
GENDER_WORDS = {
    "men": (
        "men",
        "man",
        "mens",
        "male",
        "guy",
        "guys",
        "husband",
        "boyfriend",
        "dad",
        "daddy",
        "father",
        "grandpa",
        "grandfather",
        "brother",
        "him",
        "gentleman",
        "gentlemen",
        "his",
    ),
    "women": (
        "women",
        "woman",
        "womens",
        "female",
        "lady",
        "ladies",
        "wife",
        "girlfriend",
        "mum",
        "mom",
        "mother",
        "grandma",
        "grandmother",
        "sister",
        "her",
        "she",
    ),
    "kids": (
        "kid",
        "kids",
        "child",
        "children",
        "toddler",
        "boy",
        "boys",
        "girl",
        "girls",
        "son",
        "daughter",
        "baby",
    ),
    "unisex": ("unisex",),
}
ADULT = ("men", "women")
CHEAP_WORDS = (
    "cheap",
    "inexpensive",
    "affordable",
    "budget",
    "bargain",
    "low cost",
    "便宜",
    "实惠",
)
NEGATIONS = ("not", "no", "without", "except", "non", "nothing", "but", "avoid")
NUM = r"(\d[\d,]*(?:\.\d+)?)\s*(k\b)?"
CUR = r"(?:¥|￥|\$|₹|rmb|cny|yuan|kuai|元|块|rs\.?|inr|rupees?|dollars?|usd)"
UNIT_AFTER = re.compile(
    r"\s*(?:cm|mm|ml|l|g|kg|mah|w|wh|days?|nights?|persons?|people|"
    r"pcs|pack|x|%|inch|in\b|m\b|hours?|h\b|years?|months?)",
    re.I,
)
PRICE_PATTERNS: list[tuple[str, re.Pattern]] = [
    (
        "range",
        re.compile(
            rf"(?:between|from)\s*{CUR}?\s*{NUM}\s*{CUR}?\s*(?:and|to|-|~)\s*{CUR}?\s*"
            rf"{NUM}\s*{CUR}?",
            re.I,
        ),
    ),
    (
        "range",
        re.compile(rf"{CUR}?\s*{NUM}\s*{CUR}?\s*(?:-|–|~|to)\s*{CUR}?\s*{NUM}\s*{CUR}", re.I),
    ),
    ("range", re.compile(rf"{CUR}\s*{NUM}\s*(?:-|–|~|to)\s*{CUR}?\s*{NUM}", re.I)),
    (
        "max",
        re.compile(
            rf"(?:under|below|less than|cheaper than|max(?:imum)?|up to|within|"
            rf"no more than|at most|not more than|<=?|≤|lower than)\s*{CUR}?\s*{NUM}\s*{CUR}?",
            re.I,
        ),
    ),
    (
        "min",
        re.compile(
            rf"(?:over|above|more than|at least|from|starting at|>=?|≥|higher than|"
            rf"pricier than)\s*{CUR}?\s*{NUM}\s*{CUR}?",
            re.I,
        ),
    ),
    (
        "around",
        re.compile(rf"(?:around|about|roughly|approximately|~)\s*{CUR}?\s*{NUM}\s*{CUR}?", re.I),
    ),
    ("max", re.compile(rf"(?:低于|少于|不超过|小于){CUR}?\s*{NUM}\s*{CUR}?")),
    ("min", re.compile(rf"(?:高于|超过|大于|多于){CUR}?\s*{NUM}\s*{CUR}?")),
    ("max", re.compile(rf"{NUM}\s*{CUR}?\s*(?:以下|以内|之内)")),
    ("min", re.compile(rf"{NUM}\s*{CUR}?\s*以上")),
    ("around", re.compile(rf"{NUM}\s*{CUR}?\s*(?:左右|上下)")),
]
# Words that, within CONTEXT_WINDOW words before a category word, make it the situation rather
# than the product wanted: possessives (things the shopper has) and situational prepositions.
CONTEXT_WORDS = {
    "my",
    "our",
    "his",
    "her",
    "their",
    "your",
    "in",
    "into",
    "inside",
    "at",
    "on",
    "when",
    "while",
    "with",
    "without",
    "from",
    "during",
    "after",
    "before",
    "because",
    "since",
    "down",
    "up",
    "over",
    "around",
    "near",
}
CONTEXT_WINDOW = 3
SIZE_LETTERS = {"xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl", "2xl", "3xl", "4xl"}


def singular(word: str) -> str:
    """A crude English singular, applied alike to queries and catalog words so they meet."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Lower-case singular word tokens (``'s`` dropped, grey and gray alike)."""
    text = re.sub(r"['’]s\b", "", text.lower()).replace("gray", "grey")
    return [singular(w) for w in WORD.findall(text)]


@dataclass
class Vocabulary:
    """The words of one catalog: its colours, genders, category names and sizes."""

    colors: set[str] = field(default_factory=set)
    genders: set[str] = field(default_factory=set)
    categories: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    sizes: set[str] = field(default_factory=set)

    @classmethod
    def from_products(cls, products: Iterable[Product]) -> Vocabulary:
        vocab = cls(categories=defaultdict(set))
        for p in products:
            attrs = p.attributes
            if isinstance(attrs.get("color"), str):
                vocab.colors.add(norm_color(attrs["color"]))
            if isinstance(attrs.get("gender"), str):
                vocab.genders.add(norm(attrs["gender"]))
            if attrs.get("size"):
                vocab.sizes.update(size_tokens(attrs["size"]))
            for prefix in category_prefixes(p.category):
                segment = prefix.rsplit(" > ", 1)[-1]
                parts = re.split(r"\s*(?:&|\band\b|,)\s*", segment)  # "Coats & Jackets"
                for phrase in {segment, *parts}:
                    key = tuple(words(phrase))
                    if key:
                        vocab.categories[key].add(prefix)
        vocab.categories = dict(vocab.categories)
        return vocab


@dataclass
class Understanding:
    """What a question asks for: constraints, the text left to search, the category words."""

    constraints: Constraints
    text: str
    category_phrases: dict[str, list[str]] = field(default_factory=dict)


def understand(query: str, vocab: Vocabulary) -> Understanding:
    """Parse a question into constraints (not yet checked against the catalog's products)."""
    constraints = Constraints()
    text = parse_price(query, constraints)
    tokens = words(text)
    used = _categories(tokens, vocab, constraints)
    phrases = {" ".join(tokens[i] for i in span): prefixes for span, prefixes in used}
    taken = {i for span, _ in used for i in span}
    constraints.colors = _colors(tokens, taken, vocab)
    constraints.genders = _genders(tokens, vocab)
    constraints.sizes = _sizes(text, vocab)
    constraints.cheap = any(
        re.search(rf"\b{w}\b" if w.isascii() else w, text.lower()) for w in CHEAP_WORDS
    )
    return Understanding(constraints, text, phrases)


def parse_price(query: str, constraints: Constraints) -> str:
    """Set the price bounds the query states; return the query with those phrases removed."""
    text = query
    for kind, pattern in PRICE_PATTERNS:
        for match in list(pattern.finditer(text)):
            if UNIT_AFTER.match(text, match.end()) and not re.search(CUR, match[0], re.I):
                continue
            numbers = _numbers(match.groups())
            if not numbers:
                continue
            if kind == "range" and len(numbers) == 2:
                constraints.price_min, constraints.price_max = sorted(numbers)
            elif kind == "max":
                constraints.price_max = numbers[0]
            elif kind == "min":
                constraints.price_min = numbers[0]
            elif kind == "around":
                constraints.price_min, constraints.price_max = numbers[0] * 0.8, numbers[0] * 1.2
            text = text.replace(match[0], " ")
    return re.sub(r"\s+", " ", text).strip()


def _numbers(groups: tuple) -> list[float]:
    values = []
    for i in range(0, len(groups) - 1, 2):
        if groups[i]:
            value = float(groups[i].replace(",", "")) * (1000 if groups[i + 1] else 1)
            if math.isfinite(value) and value < 1e12:  # "under 999…9" is no price
                values.append(value)
    return values


def _context(tokens: list[str], start: int) -> bool:
    """Whether the words just before ``start`` make it the situation, not the thing wanted."""
    return any(t in CONTEXT_WORDS for t in tokens[max(0, start - CONTEXT_WINDOW) : start])


def _categories(tokens: list[str], vocab: Vocabulary, constraints: Constraints):
    """Longest category phrases first; each token belongs to at most one phrase. A phrase in
    context ("descale my kettle", "when pitching the tent") names the situation, not the
    product wanted, so it does not become a filter."""
    used: list[tuple[tuple[int, ...], set[str]]] = []
    taken: set[int] = set()
    longest = max((len(k) for k in vocab.categories), default=0)
    for size in range(min(longest, len(tokens)), 0, -1):
        for start in range(len(tokens) - size + 1):
            span = tuple(range(start, start + size))
            if taken & set(span):
                continue
            prefixes = vocab.categories.get(tuple(tokens[start : start + size]))
            if prefixes and not _context(tokens, start):
                used.append((span, prefixes))
                taken |= set(span)
    constraints.categories = sorted({p for _, prefixes in used for p in prefixes})
    return used


def _colors(tokens: list[str], taken: set[int], vocab: Vocabulary) -> list[str]:
    found: set[str] = set()
    multi = {tuple(c.split()): c for c in vocab.colors}
    for i in range(len(tokens)):
        if i in taken or negated(tokens, i):
            continue
        for key, color in multi.items():
            if tuple(tokens[i : i + len(key)]) == key:
                found.add(color)
        if tokens[i] in {w for c in vocab.colors for w in c.split()}:
            found.update(c for c in vocab.colors if tokens[i] in c.split())
    return sorted(found)


def negated(tokens: list[str], i: int) -> bool:
    """Whether a negation ("not", "anything but", "no") stands just before token ``i``."""
    return any(t in NEGATIONS for t in tokens[max(0, i - 2) : i])


def _genders(tokens: list[str], vocab: Vocabulary) -> list[str]:
    wanted = {g for g, ws in GENDER_WORDS.items() for w in ws if singular(w) in tokens}
    wanted |= {t for t in tokens if t in vocab.genders}
    if wanted & set(ADULT) and "unisex" in vocab.genders:
        wanted.add("unisex")
    return sorted(g for g in wanted if g in vocab.genders)


def _sizes(text: str, vocab: Vocabulary) -> list[str]:
    """Sizes asked for: anything after "size"; a bare "57cm" or "eu 42" if the catalog has it."""
    lowered = text.lower()
    asked = {m.replace(" ", "") for m in re.findall(r"\bsize[:\s]+(\d+\s?cm|[a-z0-9.]+)", lowered)}
    found = set(re.findall(r"\b(xxs|xs|xxxl|xxl|xl|[234]xl)\b", lowered))
    found |= {f"{m}cm" for m in re.findall(r"\b(\d{2})\s?cm\b", lowered)}
    found |= set(re.findall(r"\beu\s?(\d{2})\b", lowered))
    return sorted(asked | {s for s in found if s in vocab.sizes or s in SIZE_LETTERS})
