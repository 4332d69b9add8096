"""A scripted answer engine: a real ``Engine`` that answers with what a test enqueued."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from assistant.answer.evidence import Evidence
from assistant.answer.parts import AnswerPart, parts_of
from assistant.schemas import Answer


class ScriptedEngine:
    """Answers each question with the next enqueued Answer (or list of parts), first in first
    out, and keeps the evidence it was given."""

    def __init__(self) -> None:
        self.script: deque[Answer | list[AnswerPart]] = deque()
        self.seen: list[Evidence] = []

    def enqueue(self, *replies: Answer | list[AnswerPart]) -> ScriptedEngine:
        self.script.extend(replies)
        return self

    def stream(self, evidence: Evidence) -> Iterator[AnswerPart]:
        self.seen.append(evidence)
        if not self.script:
            raise AssertionError(f"nothing scripted for {evidence.question!r}")
        reply = self.script.popleft()
        yield from parts_of(reply) if isinstance(reply, Answer) else reply
