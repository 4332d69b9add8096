"""The lexicon: the words and phrase patterns Wenwen reads shoppers' language with, as data.

One YAML file per language (``en.yaml``, ``zh.yaml``), validated against the models below when
first asked for and then kept: ``lexicon("en")``. Every pattern is a Python regular expression,
compiled once, matched without regard to case.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from importlib import resources
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, ignored_types=(cached_property,))


def _compile(pattern: str | re.Pattern) -> re.Pattern:
    return pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, re.IGNORECASE)


# A pattern in the file, compiled as it is read.
Regex = Annotated[re.Pattern, BeforeValidator(_compile)]


class Text(_Part):
    english: dict[str, str] = Field(
        {}, description="A word -> an English catalog's word for it (on a catalog without it)."
    )
    synonyms: dict[str, str] = Field(description="Everyday word -> the catalog's word for it.")

    @cached_property
    def english_re(self) -> re.Pattern | None:
        keys = sorted(self.english, key=len, reverse=True)
        return _compile("|".join(map(re.escape, keys))) if keys else None

    def native(self, catalog_word: str) -> str:
        """An English catalog's word in this language's shopping word, the first one the file
        lists for it ("black" -> "黑色"); the word itself when none is listed."""
        return self.native_words.get(catalog_word.lower(), catalog_word)

    @cached_property
    def native_words(self) -> dict[str, str]:
        return {v: k for k, v in reversed(self.english.items())}

    spellings: dict[str, str] = Field(description="A spelling -> the one spelling compared.")
    endings: dict[str, str] = Field(
        {}, description="A word ending spelt two ways -> the one compared (-iser -> -izer)."
    )
    plurals: dict[str, str] = Field(description="A plural the -s rule gets wrong -> singular.")
    uncountable: frozenset[str] = Field(
        frozenset(), description='Nouns with no plural ("we don\'t carry cat food").'
    )
    stopwords: frozenset[str] = Field(description="Words that carry no need of their own.")


class People(_Part):
    genders: dict[str, list[str]] = Field(description="Catalog gender -> words that mean it.")
    adults: frozenset[str] = Field(description="Genders a catalog's unisex products fit too.")
    speaker: Regex = Field(description="A shopper speaking of themself; group 1 is the word.")
    speaker_women: frozenset[str] = Field(description="Speaker words that mean a woman.")
    grown_up: Regex = Field(description="A child said to be grown up (adult sizes).")
    grown_up_as: dict[str, str] = Field(description="Child word -> adult word, when grown up.")


class PricePattern(_Part):
    kind: Literal["max", "min", "range", "around", "bare"]
    pattern: str


class Prices(_Part):
    number: str = Field(description="An amount: group 1 the digits, group 2 a 'k' suffix.")
    currency: str = Field(description="A currency word or sign (no groups).")
    amounts: dict[str, float] = Field(description="An amount said in words -> the number.")
    unit_after: Regex = Field(description="After a number, a unit that makes it no price.")
    patterns: list[PricePattern] = Field(description="Price phrases, tried in order.")
    around: float = Field(description="'around N' means N give or take this share.")
    cheap: list[str] = Field(description="Words asking for the cheaper part of the matches.")
    numerals: bool = Field(False, description="Read Chinese number words as digits first.")

    @cached_property
    def compiled(self) -> list[tuple[str, re.Pattern]]:
        expand = {"{num}": self.number, "{cur}": self.currency}
        out = []
        for p in self.patterns:
            text = p.pattern
            for key, value in expand.items():
                text = text.replace(key, value)
            out.append((p.kind, _compile(text)))
        return out

    @cached_property
    def currency_re(self) -> re.Pattern:
        return _compile(self.currency)

    @cached_property
    def cheap_res(self) -> list[re.Pattern]:
        return [_compile(rf"\b{w}\b" if w.isascii() else w) for w in self.cheap]


class Negation(_Part):
    words: frozenset[str] = Field(description="Words that rule out what follows.")
    not_negating: frozenset[str] = Field(description="After a negation word: it negates nothing.")
    but_after: frozenset[str] = Field(description="'but' negates only after these ('anything').")
    reach: int = Field(description="Words before a word that a negation reaches.")
    phrase_reach: int = Field(description="Words before an attribute phrase, in one clause.")
    comparing: frozenset[str] = Field(description="A colour after these is compared, not wanted.")
    title_words: frozenset[str] = Field(description="The negations that rule out a title's word.")
    describing: frozenset[str] = Field(description="After a negation, these describe; kept.")
    absent_after: frozenset[str] = Field(description="Before 'no': what is missing, not unwanted.")
    bare_words: int = Field(description="A follow-up this short rules title words out alone.")
    trailing: list[tuple[str, ...]] = Field(
        [],
        description="Words (as cut) that end a clause by ruling out what comes before ('X的不要').",
    )
    trailing_reach: int = Field(0, description="Words after a word that a trailing one reaches.")


class Context(_Part):
    words: frozenset[str] = Field(description="Before a kind word: it is the situation.")
    window: int = Field(description="How many words before a kind word are looked at.")
    wanting: frozenset[str] = Field(description="Between a context word and a kind: it is wanted.")
    owned: frozenset[str] = Field(description="Possessives: the words just after name a thing had.")
    owned_window: int = Field(description="How many words after a possessive it reaches.")
    owned_for: frozenset[str] = Field(description="After a possessive, still the one it is for.")
    situation_keys: frozenset[str] = Field(description="Attributes of the situation: they rank.")


class Sizes(_Part):
    asked: Regex = Field(description="A size after 'size' or 'waist': group 1.")
    bare: list[Regex] = Field(description="Bare sizes (group 1), kept when the catalog sells them.")
    centimetres: Regex = Field(description="A measure in centimetres: group 1 the number.")
    months: Regex = Field(description="A baby's age range in months: groups 1 and 2.")
    letters: frozenset[str] = Field(description="Letter sizes, kept whatever the catalog sells.")


class Attributes(_Part):
    free_of: frozenset[str] = Field(description="In a value, words that mean it lacks something.")
    everyday: frozenset[str] = Field(description="Adjectives that alone describe, not ask.")
    stressed: frozenset[str] = Field(description="Before an everyday adjective: it asks.")
    imitation: frozenset[str] = Field(description="A value with these is meant only when said.")
    generic: frozenset[str] = Field(description="Words that never ask for an attribute alone.")
    joins: frozenset[str] = Field(description="Words joining the items of a list.")
    compatible_suffix: str = Field(description="'<x>_<suffix>' is asked for by '<x>' alone.")
    ise_to_ize: bool = Field(description="Spell -ise, -ised, -ising as -ize... in long words.")


class Turns(_Part):
    ordinals: dict[str, int] = Field(description="Word -> position of a shown product.")
    numbered: Regex = Field(description="A position by number ('#2'): group 1.")
    bare_number: Regex = Field(description="A bare number, a position in a comparison.")
    leading: dict[str, int] = Field(description="Pattern -> how many leading products.")
    compare: Regex = Field(description="Asks for a comparison.")
    compare_words: frozenset[str] = Field(description="Words of a comparison request.")
    shown_ones: Regex = Field(description="Points at the products shown ('them', 'both').")
    reference_words: int = Field(description="Other words a bare reference may have.")
    filler: frozenset[str] = Field(description="Words around a reference ('show me the ...').")
    refine_start: Regex = Field(description="How a follow-up refining the need begins.")
    instead: Regex = Field(description="A switch of what is wanted ('for my dad instead').")
    cheaper: Regex = Field(description="Asks for cheaper than what was shown.")
    new_thing: Regex = Field(description="Announces a new need.")
    refers_back: Regex = Field(description="Refers back to what was shown.")
    any_colour: Regex = Field(description="Lifts the colour constraint.")
    qualifiers: frozenset[str] = Field(description="Words that only qualify the current need.")
    asides: frozenset[str] = Field(description="Words that are neither constraint nor need.")
    aside_words: int = Field(description="Other words a constraint-only follow-up may have.")
    new_need_words: int = Field(description="Content words from which a turn is a new need.")
    asks_advice: Regex = Field(
        "(?!)", description="Asks what to look for: advice wanted, however short the need."
    )

    @cached_property
    def ordinal_re(self) -> re.Pattern:
        """Any ordinal word; an English one only as a whole word ("1st", not "21st")."""
        keys = sorted(self.ordinals, key=len, reverse=True)
        return _compile("|".join(rf"\b{re.escape(k)}\b" if k.isascii() else re.escape(k)
                                 for k in keys))  # fmt: skip

    @cached_property
    def leading_res(self) -> list[tuple[re.Pattern, int]]:
        return [(_compile(p), n) for p, n in self.leading.items()]


class Honesty(_Part):
    thing: Regex = Field(description="'do you sell X': group 1 is the thing asked for.")
    short_word: int = Field(description="Content words are longer than this.")
    last: bool = Field(False, description="The thing is the last one asked for, not the first.")
    general: frozenset[str] = Field(
        frozenset(),
        description="Words for things no shop sells by that name, which any may answer (gift).",
    )
    vague: frozenset[str] = Field(
        frozenset(),
        description="Words that open a thing named by no kind at all (something sturdy): no "
        "shop can be said not to carry it.",
    )
    described_by: int = Field(
        99,
        description="An unknown head word with more known words "
        "describing it than this is a known thing.",
    )


class Cue(_Part):
    pattern: Regex
    weight: float


class Roles(_Part):
    cues: dict[str, list[Cue]] = Field(description="Role -> cues for what the shopper wants.")


class Occasion(_Part):
    opening: str
    wish: str


class Copywriter(_Part):
    gift: Regex = Field(description="What a card goes with ('with this scarf'): group 1.")
    recipients: dict[str, str] = Field(description="Word -> how the text addresses them.")
    occasions: dict[str, Occasion] = Field(description="Word start -> opening and wish.")


class Catalog(_Part):
    genders: dict[str, str] = Field(description="A catalog's gender cell -> the gender compared.")
    kind_ends: Regex = Field(description="Where a title's main item ends ('with', '&', '(').")
    not_kinds: frozenset[str] = Field(description="A title's last words that name no kind.")
    units: dict[str, str] = Field(
        {}, description="An attribute name's last word that is a unit -> how a value shows it."
    )
    not_advice: frozenset[str] = Field(
        frozenset(), description="Attribute names (words) that are bookkeeping, not a choice."
    )
    names: dict[str, str] = Field(
        {}, description="An attribute's name (its words) -> this language's word for it."
    )
    consumed: frozenset[str] = Field(
        frozenset(), description="Kind words of things eaten or used up (food, tea, litter)."
    )
    pack_words: frozenset[str] = Field(
        frozenset(), description="An attribute name's first word that makes it the pack's size."
    )


class Lexicon(_Part):
    """Everything one language's reader knows about words (see en.yaml)."""

    language: str
    text: Text
    people: People
    prices: Prices
    negation: Negation
    context: Context
    sizes: Sizes
    attributes: Attributes
    turns: Turns
    honesty: Honesty
    roles: Roles
    copywriter: Copywriter
    catalog: Catalog

    @cached_property
    def gender_words(self) -> frozenset[str]:
        """Every word that names who a product is for."""
        return frozenset(w for words in self.people.genders.values() for w in words)


@lru_cache
def lexicon(language: str = "en") -> Lexicon:
    """The lexicon of ``language``, read and checked once."""
    source = resources.files(__package__).joinpath(f"{language}.yaml")
    return Lexicon.model_validate(yaml.safe_load(source.read_text(encoding="utf-8")))
