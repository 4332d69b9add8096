"""An answer as a stream of typed parts, in the order a shopper sees them, and the fold that
makes them one ``Answer``.

Engines yield parts as they have them; ``/ask/stream``, the chat and ``wenwen chat`` show each
part as it comes, and ``Assistant.ask`` folds them, so the JSON ``Answer`` is the same whichever
way it is asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from ..schemas import Answer, AnswerProduct, Comparison, Constraints, RejectedSource
from ..schemas import Dimension as DimensionModel


@dataclass(frozen=True)
class Begin:
    """Who answers, with which engine, under which constraints, from which guides, in which
    language. Comes first; an engine that falls back begins again."""

    persona: str
    engine: Literal["offline", "llm"] = "offline"
    constraints: Constraints = field(default_factory=Constraints)
    sources: tuple[str, ...] = ()
    language: Literal["en", "zh"] = "en"
    rejected: tuple[RejectedSource, ...] = ()  # near guides not used: of another kind
    kind: Literal["begin"] = "begin"


@dataclass(frozen=True)
class SummaryDelta:
    """A piece of the summary as a model writes it."""

    text: str
    kind: Literal["summary_delta"] = "summary_delta"


@dataclass(frozen=True)
class Summary:
    """The whole summary (replaces any pieces before it)."""

    text: str
    kind: Literal["summary"] = "summary"


@dataclass(frozen=True)
class Clarify:
    question: str
    kind: Literal["clarify"] = "clarify"


@dataclass(frozen=True)
class Dimension:
    dimension: DimensionModel
    kind: Literal["dimension"] = "dimension"


@dataclass(frozen=True)
class Steps:
    items: tuple[str, ...]
    kind: Literal["steps"] = "steps"


@dataclass(frozen=True)
class Checklist:
    items: tuple[str, ...]
    kind: Literal["checklist"] = "checklist"


@dataclass(frozen=True)
class Copy:
    text: str
    kind: Literal["copy"] = "copy"


@dataclass(frozen=True)
class ComparisonPart:
    comparison: Comparison
    kind: Literal["comparison"] = "comparison"


@dataclass(frozen=True)
class Product:
    product: AnswerProduct
    kind: Literal["product"] = "product"


@dataclass(frozen=True)
class Notice:
    text: str
    kind: Literal["notice"] = "notice"


@dataclass(frozen=True)
class FollowUps:
    items: tuple[str, ...]
    kind: Literal["follow_ups"] = "follow_ups"


AnswerPart = (
    Begin | SummaryDelta | Summary | Clarify | Dimension | Steps | Checklist | Copy
    | ComparisonPart | Product | Notice | FollowUps
)  # fmt: skip


def fold(parts: Iterable[AnswerPart], session_id: str = "") -> Answer:
    """The ``Answer`` the parts make up."""
    answer = Answer(persona="shopping_guide", summary="", session_id=session_id)
    for part in parts:
        apply(answer, part)
    return answer


def apply(answer: Answer, part: AnswerPart) -> None:
    """Add one part to an answer being folded."""
    match part:
        case Begin():
            answer.persona, answer.engine = part.persona, part.engine  # type: ignore[assignment]
            answer.constraints, answer.sources = part.constraints, list(part.sources)
            answer.language, answer.rejected_sources = part.language, list(part.rejected)
        case SummaryDelta():
            answer.summary += part.text
        case Summary():
            answer.summary = part.text
        case Clarify():
            answer.clarifying_question = part.question
        case Dimension():
            answer.dimensions.append(part.dimension)
        case Steps():
            answer.steps = list(part.items)
        case Checklist():
            answer.checklist = list(part.items)
        case Copy():
            answer.copy_text = part.text
        case ComparisonPart():
            answer.comparison = part.comparison
        case Product():
            answer.products.append(part.product)
        case Notice():
            answer.notices.append(part.text)
        case FollowUps():
            answer.follow_ups = list(part.items)


def parts_of(answer: Answer) -> list[AnswerPart]:
    """An answer already whole, as its parts in the order they stream."""
    parts: list[AnswerPart] = [
        Begin(
            answer.persona,
            answer.engine,
            answer.constraints,
            tuple(answer.sources),
            answer.language,
        ),
        Summary(answer.summary),
    ]
    if answer.clarifying_question:
        parts.append(Clarify(answer.clarifying_question))
    parts += [Dimension(d) for d in answer.dimensions]
    if answer.steps:
        parts.append(Steps(tuple(answer.steps)))
    if answer.checklist:
        parts.append(Checklist(tuple(answer.checklist)))
    if answer.copy_text:
        parts.append(Copy(answer.copy_text))
    if answer.comparison:
        parts.append(ComparisonPart(answer.comparison))
    parts += [Product(p) for p in answer.products]
    parts += [Notice(n) for n in answer.notices]
    if answer.follow_ups:
        parts.append(FollowUps(tuple(answer.follow_ups)))
    return parts


class Reply:
    """One answer as it streams: iterate for its parts; ``answer`` is their fold so far."""

    def __init__(self, session_id: str, parts: Iterator[AnswerPart]) -> None:
        self.session_id, self._parts = session_id, parts
        self.answer = Answer(persona="shopping_guide", summary="", session_id=session_id)

    def __iter__(self) -> Iterator[AnswerPart]:
        for part in self._parts:
            apply(self.answer, part)
            yield part

    def whole(self) -> Answer:
        for _ in self:
            pass
        return self.answer
