"""A product's kind read from its title, for catalogs without a category column.

The kind is the head word of the title's main item ("Women Black Solid Heels" -> ``heel``;
"Kurta with Palazzos" -> ``kurta``), as ``words`` spells it, so a question's "heels" meets it.
A catalog with categories has its category path's levels as kinds instead (``index/filters.py``).
"""

from __future__ import annotations

import re

from ..schemas import Product
from .lexicon import lexicon
from .text import category_prefixes, detect_language, words

EXCLUDED_KINDS = "category"  # the key of ``Constraints.exclude`` that rules kinds out
EXCLUDED_WORDS = "title"  # the key of ``Constraints.exclude`` that rules out words of titles
WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|-(?=[^\W\d_]))*")  # letters, hyphens inside ("t-shirt")


def title_kind(title: str) -> str | None:
    """The head word of ``title``'s main item, or None when it has none."""
    if detect_language(title) == "zh":
        return None  # a Chinese title's words are ruled out or ranked as words, not as a kind
    rules = lexicon("en").catalog
    main = rules.kind_ends.split(f" {title} ", maxsplit=1)[0]
    for token in reversed(WORD.findall(main.lower())):
        if token not in rules.not_kinds and len(token) > 1:
            return " ".join(words(token.replace("-", " ")))
    return None


def kinds_of(product: Product) -> list[str]:
    """The kinds ``product`` is one of, broadest first: every level of its category path, or
    the head word of its title when it has no category."""
    if product.category:
        return category_prefixes(product.category)
    kind = title_kind(product.title)
    return [kind] if kind else []
