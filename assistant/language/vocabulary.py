"""The words of one catalog: its colours, genders, category names, sizes and attribute phrases.

Built from the indexed products (in the search snapshot), so reading works on any shop's
catalog: "burnt orange" is a colour where the catalog has burnt orange products.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..schemas import Product
from .attributes import AttributeIndex
from .kinds import kinds_of
from .text import HAN, category_prefixes, gender_terms, norm_color, size_tokens, word_roots, words


@dataclass
class Vocabulary:
    """What one catalog's words are: the values constraints compare, and every word it uses."""

    colors: set[str] = field(default_factory=set)
    genders: set[str] = field(default_factory=set)
    categories: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    # A title's head word, in a catalog without categories: a kind that can be ruled out
    # ("without heels"), but naming it filters nothing, since a "hat" may be titled a fedora.
    title_kinds: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    sizes: set[str] = field(default_factory=set)
    # title words by root ("hood" -> hood, hooded): the words a negation rules out ("no hood")
    title_words: dict[str, set[str]] = field(default_factory=dict)
    attributes: AttributeIndex = field(default_factory=AttributeIndex)
    known: set[str] = field(default_factory=set)  # every word of every product's text
    chinese: bool = False  # whether the products' text holds Chinese words

    @classmethod
    def from_products(cls, products: Iterable[Product], known: set[str] | None = None):
        products = list(products)
        vocab = cls(categories=defaultdict(set), title_kinds=defaultdict(set),
                    attributes=AttributeIndex.from_products(products))  # fmt: skip
        vocab.known = known if known is not None else set()
        vocab.chinese = any(HAN.match(w) for w in vocab.known)
        for p in products:
            attrs = p.attributes
            if isinstance(attrs.get("color"), str):
                vocab.colors.add(norm_color(attrs["color"]))
            if isinstance(attrs.get("gender"), str):
                vocab.genders.update(gender_terms(attrs["gender"]))
            if attrs.get("size"):
                vocab.sizes.update(size_tokens(attrs["size"]))
            for word in words(p.title):
                for root in word_roots(word):
                    vocab.title_words.setdefault(root, set()).add(word)
            if not p.category:
                for kind in kinds_of(p):
                    vocab.title_kinds[tuple(kind.split())].add(kind)
            for prefix in category_prefixes(p.category):
                segment = prefix.rsplit(" > ", 1)[-1]
                parts = re.split(r"\s*(?:&|\band\b|,)\s*", segment)  # "Coats & Jackets"
                for phrase in {segment, *parts}:
                    key = tuple(words(phrase))
                    if key:
                        vocab.categories[key].add(prefix)
        vocab.categories, vocab.title_kinds = dict(vocab.categories), dict(vocab.title_kinds)
        return vocab

    def categories_named(self, phrase: tuple[str, ...]) -> set[str]:
        """The category prefixes a phrase names: the categories called by it and, for a word
        that is itself a category's name, every kind it is the head of ("backpack" -> Bags >
        Backpacks and Outdoor > Hiking Backpacks). A word no category is called by names none:
        being the last word of one ("set" of "Gift Sets") does not make it a kind."""
        found = self.categories.get(phrase, set())
        if not found or len(phrase) != 1:
            return found
        # a word of its own in the kind's name: a low-top is no top, a T-shirt no shirt
        alone = re.compile(rf"(?<![\w-]){re.escape(phrase[0])}")
        named = [p for key, kinds in self.categories.items() if key[-1] == phrase[0] for p in kinds]
        heads = found | {p for p in named if alone.search(p.rsplit(" > ", 1)[-1].lower())}
        return {p for p in heads if not any(p.startswith(q + " > ") for q in heads)}

    def kinds_named(self, head: str) -> tuple[str, ...] | None:
        """The kinds a thing's head word names ("kettle" -> home & kitchen > small appliances >
        kettle); ``()`` when no category and no title uses the word (the shop sells no such
        thing); None when titles use it but no category is named by it."""
        kinds = {p for key, found in self.categories.items() if key[-1] == head for p in found}
        kinds |= {p for key, found in self.title_kinds.items() if key[-1] == head for p in found}
        if kinds:
            return tuple(sorted(kinds))
        in_categories = any(head in key for key in self.categories)
        return None if in_categories or head in self.title_words else ()

    @property
    def colour_words(self) -> set[str]:
        return {w for c in self.colors for w in c.split()}
