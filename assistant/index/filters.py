"""The one rule for hard constraints: which filter terms a product carries, and which clauses a
``Constraints`` makes of them. The store's ``where`` filter and search's in-memory mask are both
built from these clauses, so the two can never disagree.

A product carries terms per field: ``color`` (one value), ``gender`` (each gender its cell names),
``kind`` (its
kinds: every category path prefix, or without a category the head word of its title), ``size``
(size tokens, ranges spelt out), ``attr`` (``key=value`` for every attribute value) and ``word``
(the words of its title, as ``words`` spells them: "no strings" rules out a title's "string").
A clause asks for any of some terms of a field, for none of them, or for a price bound.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..language.kinds import EXCLUDED_KINDS, EXCLUDED_WORDS, kinds_of
from ..language.text import gender_terms, norm, norm_color, size_tokens, words
from ..schemas import Constraints, Product

SCALAR = ("color",)  # fields with one value per product; the rest hold lists
# A product made for no one in particular (a kettle, a school bag without a gender column) is not
# ruled out by "for my son": who it is for constrains only the products that say.
UNGENDERED = "-"


def product_terms(product: Product) -> dict[str, list[str]]:
    """The filter terms of ``product``, by field."""
    attrs = product.attributes
    terms: dict[str, list[str]] = {}
    if isinstance(attrs.get("color"), str):
        terms["color"] = [norm_color(attrs["color"])]
    if isinstance(attrs.get("gender"), str):
        terms["gender"] = gender_terms(attrs["gender"])
    elif not attrs.get("gender"):
        terms["gender"] = [UNGENDERED]
    kinds = kinds_of(product)
    if kinds:
        terms["kind"] = kinds
    if attrs.get("size"):
        terms["size"] = size_tokens(attrs["size"])
    title = list(dict.fromkeys(words(product.title)))
    if title:
        terms["word"] = title
    pairs = [attribute_term(k, v) for k, vs in attrs.items() for v in _listed(vs)]
    if pairs:
        terms["attr"] = pairs
    return terms


def attribute_term(key: str, value: object) -> str:
    return f"{norm(key)}={norm(value)}"


def _listed(value: object) -> list:
    return value if isinstance(value, list) else [value]


@dataclass(frozen=True)
class Clause:
    """One condition every product shown must meet."""

    field: str
    op: Literal["any", "none", "min", "max"]
    values: tuple[str, ...] = ()
    bound: float = 0.0


def clauses(c: Constraints) -> list[Clause]:
    """The constraints as clauses over filter terms (values normalised)."""
    out = []
    if c.price_min is not None:
        out.append(Clause("price", "min", bound=float(c.price_min)))
    if c.price_max is not None:
        out.append(Clause("price", "max", bound=float(c.price_max)))
    # a category asked for is a kind: a level of the category path, or a title's head word
    for field, values in (("color", c.colors), ("gender", c.genders), ("kind", c.categories),
                          ("size", c.sizes)):  # fmt: skip
        if values:
            extra = (UNGENDERED,) if field == "gender" else ()
            out.append(Clause(field, "any", tuple(norm(v) for v in values) + extra))
    for key, values in c.attributes.items():
        out.append(Clause("attr", "any", tuple(attribute_term(key, v) for v in values)))
    for key, values in c.exclude.items():
        if key == EXCLUDED_KINDS:  # "without heels", "not a backpack"
            out.append(Clause("kind", "none", tuple(norm(v) for v in values)))
        elif key == EXCLUDED_WORDS:  # "no strings": a word no title shown may hold
            out.append(Clause("word", "none", tuple(w for v in values for w in words(v))))
        else:
            out.append(Clause("attr", "none", tuple(attribute_term(key, v) for v in values)))
    return out


def where(c: Constraints, *extra: Clause) -> dict | None:
    """The constraints (and ``extra`` clauses) as a Chroma ``where`` with bound values (never a
    built string)."""
    parts: list[dict] = []
    for clause in [*clauses(c), *extra]:
        if clause.op in ("min", "max"):
            parts.append({"price": {"$gte" if clause.op == "min" else "$lte": clause.bound}})
        elif clause.op == "none":
            parts += [{clause.field: {"$not_contains": v}} for v in clause.values]
        elif clause.field in SCALAR:
            parts.append({clause.field: {"$in": list(clause.values)}})
        else:
            options = [{clause.field: {"$contains": v}} for v in clause.values]
            parts.append(options[0] if len(options) == 1 else {"$or": options})
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else {"$and": parts}
