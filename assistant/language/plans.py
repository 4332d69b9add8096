"""What the reader makes of a turn: a ``TurnPlan`` (a tagged union), and the ``Query`` a need
hands to search."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

import numpy as np

from ..schemas import Constraints, SearchHit
from .lexicon import Occasion

Option = dict[str, set[str]]  # an attribute phrase's senses: key -> values, most common first


class Router(Protocol):
    """Chooses the role that answers (``roles.PersonaRouter`` is one)."""

    def route(self, question: str, vector: np.ndarray | None = None) -> str: ...


@dataclass(frozen=True)
class Query:
    """What search is asked to find: the need in words and the constraints it states."""

    said: str  # the words searched for, as given
    text: str  # their keywords (price phrases taken out): what BM25 matches
    semantic: str  # what the products are embedded against
    need: str  # the need the guides and the nearest product are judged on
    stated: Constraints  # what ``said`` states; search keeps those that apply to its products
    options: list[Option] = field(default_factory=list)  # attribute phrases, every sense
    filters: Constraints | None = None  # fields set here override ``stated``: always hard
    carried: Constraints | None = None  # the conversation's constraints before this turn
    inferred: Constraints = field(default_factory=Constraints)  # rank, never filter
    k: int = 10
    persona: str | None = None  # guides of this role are preferred
    guide_id: str | None = None  # the conversation's guide, kept while it is refined
    language: str = "en"  # the shopper's language: what notices are written in
    # The kinds the thing asked for names ("how do I choose a kettle"); () when the shop sells
    # no such thing; None when no thing is named, or it names no kind: a guide must be about them.
    named_kinds: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Card:
    """What a copywriter's text is for: the gift it goes with, whom, on what occasion."""

    gift: str | None = None
    recipient: str | None = None
    occasion: Occasion | None = None


@dataclass(frozen=True)
class NewNeed:
    """A need to answer afresh."""

    question: str
    query: Query
    persona: str
    stated: Constraints  # what this turn's words state
    content_words: list[str]  # the need's words that carry meaning
    asked_thing: str  # the thing named, as in "do you sell X?"
    unknown_thing: bool  # it is a word the catalog never uses
    card: Card = field(default_factory=Card)
    unsold_thing: bool = False  # its word names no kind and no title of the catalog
    vague_thing: bool = False  # it is named by no kind word ("something sturdy")
    notes: list[str] = field(default_factory=list)  # what the reader did, for notices
    cheaper_cap: float | None = None
    language: str = "en"  # the shopper's language: the answer's
    kind: Literal["new"] = "new"


@dataclass(frozen=True)
class Refine(NewNeed):
    """The current need again, with what this turn adds or changes."""

    kind: Literal["refine"] = "refine"  # type: ignore[assignment]


@dataclass(frozen=True)
class Focus:
    """A closer look at one product shown before."""

    product: SearchHit
    question: str = ""
    language: str = "en"
    kind: Literal["focus"] = "focus"


@dataclass(frozen=True)
class Compare:
    """Products shown before, side by side."""

    products: list[SearchHit]
    question: str = ""
    language: str = "en"
    kind: Literal["compare"] = "compare"


@dataclass(frozen=True)
class NotShown:
    """A reference to products that were not shown, or are gone: ask which."""

    wanted: Literal["compare", "focus"]
    shown: list[SearchHit | None]
    language: str = "en"
    kind: Literal["not_shown"] = "not_shown"


@dataclass(frozen=True)
class Unreadable:
    """Words the reader cannot read."""

    language: str = "en"
    kind: Literal["unreadable"] = "unreadable"


TurnPlan = NewNeed | Refine | Focus | Compare | NotShown | Unreadable
