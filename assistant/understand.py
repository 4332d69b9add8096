"""Query understanding: pull hard constraints (price, colour, gender, category, size) out of text.

Colour, category and size words come from the indexed catalog's own values (``Vocabulary``), so
they work on an imported catalog too; only the everyday words for genders ("my husband") and the
price phrasings are fixed here. Which of the found constraints actually apply is decided later,
against the products the question is about (``retrieve.py``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .attributes import BREAK, AttributeIndex, tokens_of
from .prices import parse_price
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
NEGATIONS = ("not", "no", "without", "except", "non", "nothing", "avoid", "never", "hate",
             "allergic", "dislike", "dont", "don", "nor")  # fmt: skip
# "no preference", "not sure": a negation that rules nothing out
NOT_NEGATING = {"sure", "preference", "idea", "problem", "matter", "worry", "worries", "rush"}
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
    "same",  # "same phone problem": the situation again, not a phone
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


# Everyday British and Australian words for what catalogs name in American English.
SYNONYMS = {"sunnies": "sunglasses", "trainers": "sneakers", "trainer": "sneaker",
            "jumper": "sweater", "jumpers": "sweaters", "specs": "glasses", "mobile": "phone",
            "cellphone": "phone", "rucksack": "backpack", "rucksacks": "backpacks",
            "nappy": "diaper", "nappies": "diapers", "pram": "stroller", "prams": "strollers",
            "pushchair": "stroller"}  # fmt: skip


def plain(text: str) -> str:
    """``text`` with everyday synonyms in the catalog's words ("sunnies" -> "sunglasses")."""
    return re.sub(r"[A-Za-z]+", lambda m: SYNONYMS.get(m[0].lower(), m[0]), text)


def words(text: str) -> list[str]:
    """Lower-case singular word tokens (``'s`` dropped, grey and gray alike, "trainers" read as
    "sneakers")."""
    text = re.sub(r"['’]s\b", "", text.lower()).replace("gray", "grey")
    return [singular(SYNONYMS.get(w, w)) for w in WORD.findall(text)]


@dataclass
class Vocabulary:
    """The words of one catalog: its colours, genders, category names and sizes."""

    colors: set[str] = field(default_factory=set)
    genders: set[str] = field(default_factory=set)
    categories: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    sizes: set[str] = field(default_factory=set)
    attributes: AttributeIndex = field(default_factory=AttributeIndex)

    @classmethod
    def from_products(cls, products: Iterable[Product]) -> Vocabulary:
        products = list(products)
        vocab = cls(categories=defaultdict(set), attributes=AttributeIndex.from_products(products))
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
    attribute_options: list[dict[str, set[str]]] = field(default_factory=list)


def understand(query: str, vocab: Vocabulary) -> Understanding:
    """Parse a question into constraints (not yet checked against the catalog's products)."""
    constraints = Constraints()
    text = parse_price(plain(query), constraints)
    tokens = words(text)
    used = _categories(tokens, vocab, constraints)
    phrases = {" ".join(tokens[i] for i in span): prefixes for span, prefixes in used}
    taken = {i for span, _ in used for i in span}
    constraints.colors = _colors(tokens, taken, vocab)
    constraints.genders = _genders(tokens, vocab, text)
    constraints.sizes = _sizes(text, vocab)
    options = _attributes(text, {tokens[i] for i in taken}, vocab, constraints)
    constraints.cheap = constraints.price_max is None and any(
        re.search(rf"\b{w}\b" if w.isascii() else w, text.lower()) for w in CHEAP_WORDS
    )
    return Understanding(constraints, text, phrases, options)


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
            if prefixes and not _context(tokens, start) and not negated(tokens, start):
                used.append((span, prefixes))
                taken |= set(span)
    constraints.categories = sorted({p for _, prefixes in used for p in prefixes})
    return used


def _colors(tokens: list[str], taken: set[int], vocab: Vocabulary) -> list[str]:
    found: set[str] = set()
    multi = {tuple(c.split()): c for c in vocab.colors}
    for i in range(len(tokens)):
        if i in taken or negated(tokens, i) or tokens[max(i - 1, 0)] == "than":
            continue  # "not black", "easier to spot than black"
        for key, color in multi.items():
            if tuple(tokens[i : i + len(key)]) == key:
                found.add(color)
        if tokens[i] in {w for c in vocab.colors for w in c.split()}:
            found.update(c for c in vocab.colors if tokens[i] in c.split())
    return sorted(found)


def _attributes(
    text: str, used: set[str], vocab: Vocabulary, constraints: Constraints
) -> list[dict[str, set[str]]]:
    """Asked-for and ruled-out attribute values, and ruled-out colours ("anything but green");
    returns each asked-for phrase's options (key -> values, most common sense first)."""
    toks = tokens_of(text)
    colour_words = {w for c in vocab.colors for w in c.split()}
    skip = used | colour_words | {singular(w) for ws in GENDER_WORDS.values() for w in ws}
    taken = {i for i, t in enumerate(toks) if t in skip}
    options, ruled_out = vocab.attributes.match(toks, taken, lambda i: _negated_phrase(toks, i))
    kept = ({k: v - ruled_out.get(k, set()) for k, v in o.items()} for o in options)
    options = [o for o in ({k: v for k, v in o.items() if v} for o in kept) if o]
    # Without the products in question, each phrase means its most common sense.
    constraints.attributes = {}
    for option in options:
        key = next(iter(option))
        constraints.attributes[key] = sorted(set(constraints.attributes.get(key, [])) | option[key])
    colours = {c for c in vocab.colors
               if {t for i, t in enumerate(toks) if negated(toks, i)} & set(c.split())}  # fmt: skip
    if colours:
        ruled_out["color"] = colours
        constraints.colors = [c for c in constraints.colors if c not in colours]
    constraints.exclude = {k: sorted(v) for k, v in ruled_out.items()}
    return options


def _negated_phrase(tokens: list[str], i: int) -> bool:
    """A negation within three words before token ``i`` in the same clause ("I don't want
    leather"), unless it negates something else ("not sure if wool", "no, something in wool")."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if tokens[j] == BREAK:
            return False
        if _negates(tokens, j):
            return True
    return False


def negated(tokens: list[str], i: int) -> bool:
    """Whether a negation ("not", "anything but", "no") stands just before token ``i``."""
    return any(_negates(tokens, j) for j in range(max(0, i - 2), i))


def _negates(tokens: list[str], j: int) -> bool:
    word, after = tokens[j], tokens[j + 1] if j + 1 < len(tokens) else ""
    if word == "but":  # "anything but black", not "cheap but good"
        return j > 0 and tokens[j - 1] in ("anything", "everything", "all")
    return word in NEGATIONS and after not in NOT_NEGATING and after != BREAK


SELF = re.compile(r"\b(?:(?:i'?m|i am)\s+(?:a\s+)?|for me\s*\(\s*)"
                  r"(girl|woman|lady|female|f|boy|man|guy|male|m)\b", re.I)  # fmt: skip


GROWN = re.compile(r"\b(?:(?:he|she)(?:'s| is)\s+(?:1[3-9]|[2-9]\d)\b|(?:1[3-9]|[2-9]\d)\s*"
                   r"(?:years? old|yrs? old|yo)\b|uni\b|university|college)", re.I)  # fmt: skip


def _genders(tokens: list[str], vocab: Vocabulary, text: str = "") -> list[str]:
    myself = SELF.search(text)
    if myself:  # "im a girl btw": a grown-up speaking of herself, not a child
        tokens = [t for t in tokens if t not in ("girl", "boy")]
        she = myself[1].lower() in ("girl", "woman", "lady", "female", "f")
        tokens.append("woman" if she else "man")
    if GROWN.search(text):  # "my son, he's 17", "my daughter at uni": adult sizes
        tokens = [{"son": "man", "boy": "man", "daughter": "woman", "girl": "woman"}.get(t, t)
                  for t in tokens]  # fmt: skip
    wanted = {g for g, ws in GENDER_WORDS.items() for w in ws if singular(w) in tokens}
    wanted |= {t for t in tokens if t in vocab.genders}
    if wanted & set(ADULT) and "unisex" in vocab.genders:
        wanted.add("unisex")
    return sorted(g for g in wanted if g in vocab.genders)


def _sizes(text: str, vocab: Vocabulary) -> list[str]:
    """Sizes asked for: anything after "size"; a bare "57cm" or "eu 42" if the catalog has it."""
    lowered = text.lower()
    asked = {m.replace(" ", "") for m in re.findall(r"\b(?:size|waist)[:\s]+(\d+\s?cm|[a-z0-9.]+)",
                                                     lowered)}  # fmt: skip
    found = set(re.findall(r"\b(xxs|xs|xxxl|xxl|xl|[234]xl)\b", lowered))
    found |= {f"{m}cm" for m in re.findall(r"\b(\d{2})\s?cm\b", lowered)}
    found |= set(re.findall(r"\beu\s?(\d{2})\b", lowered))
    return sorted(asked | {s for s in found if s in vocab.sizes or s in SIZE_LETTERS})
