"""What an engine answers from: the question read, its role, what search found."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from ..language.plans import Card, NewNeed
from ..language.wording import wording
from ..schemas import Guide, RejectedSource, SearchResult
from ..search.search import Found
from .parts import AnswerPart


@dataclass
class Evidence:
    """The question, its role, the guides that fit and the candidate products."""

    question: str
    persona: str
    search: SearchResult
    guide: Guide | None = None
    guides: list[tuple[Guide, float]] = field(default_factory=list)
    product_similarity: float = 0.0  # how near the closest product comes to the need
    content_words: list[str] = field(default_factory=list)
    asked_thing: str = ""  # the thing named, as the shopper named it
    unknown_thing: bool = False  # the catalog never uses its word
    unsold_thing: bool = False  # its word names no kind and no title of the catalog
    rejected: list[RejectedSource] = field(default_factory=list)  # near guides of another kind
    card: Card = field(default_factory=Card)
    notices: list[str] = field(default_factory=list)
    language: str = "en"  # the shopper's: everything the engine writes is in it
    # Whether "we don't carry it" can be told: not across languages, where a Chinese word is
    # never the English catalog's and a Chinese need sits as far from every English title.
    can_refuse: bool = True


class Engine(Protocol):
    """Writes an answer from evidence, part by part."""

    def stream(self, evidence: Evidence) -> Iterator[AnswerPart]: ...


def gather(plan: NewNeed, found: Found, can_refuse: bool = True) -> Evidence:
    """The evidence for a need: what the reader made of the words, what search found; guides
    in the shopper's language. ``can_refuse``: False when search crossed languages (the
    Chinese route), where "we don't carry it" cannot be told; nor can it when the thing asked
    for is named by no kind word ("something nice to write in")."""
    lang = plan.language
    notes = [wording(lang).say("showing", note=note) for note in plan.notes]
    guide = found.guide.in_language(lang) if found.guide else None
    return Evidence(
        question=plan.question, persona=plan.persona, search=found.result, guide=guide,
        guides=[(g.in_language(lang), s) for g, s in found.guides],
        product_similarity=found.nearest, content_words=plan.content_words,
        asked_thing=plan.asked_thing, unknown_thing=plan.unknown_thing, card=plan.card,
        notices=notes + found.result.notices, language=lang,
        can_refuse=can_refuse and not plan.vague_thing, unsold_thing=plan.unsold_thing,
        rejected=[RejectedSource(id=g.id, score=round(s, 3)) for g, s in found.rejected],
    )  # fmt: skip
