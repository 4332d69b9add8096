"""The LLM answer engine: LangChain ChatOpenAI against any OpenAI-compatible endpoint.

The model sees the question, the fitting guides and the candidate products, and returns a
structured reply, whose summary streams to the shopper as the model writes it. Grounding: it may
only pick candidate ids; titles, prices and links are filled in from the catalog, and invented ids
are dropped and counted. Any failure (timeout, HTTP error, unusable output) falls back to the
fallback engine's answer, with a notice saying so. "We don't carry it" is the catalog's call.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator

from langchain_core.runnables import Runnable, RunnableSequence
from langchain_core.utils.json import parse_partial_json
from pydantic import BaseModel, Field

from ..language.wording import wording
from ..schemas import Answer, AnswerProduct, Dimension
from ..settings import Settings
from . import parts
from .evidence import Engine, Evidence
from .format import facts, price_text
from .honesty import is_absent

log = logging.getLogger("wenwen.llm")


class LLMDimension(BaseModel):
    name: str = Field(description="A named aspect of the decision, e.g. 'Shape'.")
    advice: str = Field(description="Concrete advice on this aspect, two or three sentences.")


class LLMPick(BaseModel):
    id: str = Field(description="A product id copied exactly from CANDIDATES.")
    reason: str = Field(description="One sentence: why it fits, from its real attributes.")
    matched_dimensions: list[str] = Field(description="Names of the dimensions it satisfies.")


class LLMReply(BaseModel):
    """Wenwen's answer as the model writes it (products by id only)."""

    summary: str = Field(description="The answer in two to four sentences.")
    dimensions: list[LLMDimension] = Field(description="The named dimensions of the advice.")
    picks: list[LLMPick] = Field(description="Up to 5 products from CANDIDATES, best first.")
    follow_ups: list[str] = Field(description="2-4 short next questions the shopper could click.")
    clarifying_question: str | None = Field(description="One question if the need is too vague.")
    steps: list[str] = Field(description="Ordered steps for how-to or recipes; else empty.")
    checklist: list[str] = Field(description="What to pack or do, for trips; else empty.")
    copy_text: str | None = Field(description="The written text, for the copywriter; else null.")


def structured_model(settings: Settings, schema: type[BaseModel]):
    """The configured chat model, answering in ``schema`` (no retries: failures fall back)."""
    from langchain_openai import ChatOpenAI

    chat = ChatOpenAI(
        model=settings.llm_model,
        base_url=settings.openai_base_url,
        api_key=settings.openai_api_key or "not-needed",
        timeout=settings.llm_timeout,
        max_retries=0,
        temperature=0,
    )
    return chat.with_structured_output(schema, method=settings.llm_method)


SHOWN = 5  # products the model may pick
GUIDES_SHOWN = 2  # guides in the prompt
LANGUAGE_NAMES = {
    "en": "English",
    "zh": "Simplified Chinese (简体中文)",
}  # what the model writes in
ATTRIBUTES_SHOWN = 12  # attributes per candidate in the prompt


class LLMEngine:
    """Answers through a chat model, streaming its summary; ``fallback`` answers on any failure,
    and whenever the catalog lacks what was asked for."""

    def __init__(self, settings: Settings, fallback: Engine) -> None:
        self.settings, self.fallback = settings, fallback
        self._model = None

    def _structured(self):
        if self._model is None:
            self._model = structured_model(self.settings, LLMReply)
        return self._model

    def stream(self, ev: Evidence) -> Iterator[parts.AnswerPart]:
        """The model's answer part by part, grounded in the catalog."""
        offline = list(self.fallback.stream(ev))
        if is_absent(ev):
            yield from offline
            return
        fallback = parts.fold(offline)
        yield parts.Begin(fallback.persona, "llm", fallback.constraints, tuple(fallback.sources),
                          fallback.language, tuple(fallback.rejected_sources))  # fmt: skip
        try:
            reply = yield from self._reply(self.messages(ev, fallback))
        except ValueError as exc:  # output that does not parse into the schema
            log.warning("LLM output unusable, answering offline: %s", exc)
            reply = None
        except Exception as exc:  # noqa: BLE001 - any failure of the endpoint means: fall back
            log.warning("LLM failed, answering offline: %s", exc)
            why = wording(ev.language).say("llm_unavailable", error=type(exc).__name__)
            yield from _fallback(offline, why)
            return
        if not isinstance(reply, LLMReply):
            yield from _fallback(offline, wording(ev.language).say("llm_unusable"))
            return
        yield from parts.parts_of(self.ground(reply, ev, fallback))[1:]

    def _reply(self, messages) -> Iterator[parts.AnswerPart]:
        """Stream the model's reply, yielding the summary as it grows; returns the parsed reply."""
        model, parser = _split(self._structured())
        deadline = time.monotonic() + self.settings.llm_timeout
        whole, sent = None, ""
        for chunk in model.stream(messages):
            whole = chunk if whole is None else whole + chunk
            summary = _partial_summary(whole)
            if len(summary) > len(sent) and summary.startswith(sent):
                yield parts.SummaryDelta(summary[len(sent) :])
                sent = summary
            if time.monotonic() > deadline:
                raise TimeoutError(f"no whole answer within {self.settings.llm_timeout:g} s")
        if whole is None:
            raise ValueError("the model sent nothing")
        return parser.invoke(whole)

    def messages(self, ev: Evidence, offline: Answer) -> list[tuple[str, str]]:
        prompts = self.settings.prompts_dir
        system = (prompts / "answer.md").read_text(encoding="utf-8")
        role = prompts / "personas" / f"{ev.persona}.md"
        if role.is_file():
            system += "\n\n" + role.read_text(encoding="utf-8")
        guides = [
            {"id": g.id, "title": g.title, "summary": g.summary,
             "dimensions": [{"name": d.name, "advice": d.advice, "implies": d.implies}
                            for d in g.dimensions]}
            for g, _ in ev.guides[:GUIDES_SHOWN]
        ]  # fmt: skip
        candidates = [
            {"id": h.id, "title": h.title, "category": h.category,
             "price": price_text(h.price, h.currency, ev.language), "rating": h.rating,
             "attributes": facts(h, list(h.attributes)[:ATTRIBUTES_SHOWN])}
            for h in ev.search.products
        ]  # fmt: skip
        user = {
            "LANGUAGE": LANGUAGE_NAMES.get(ev.language, "English"),
            "QUESTION": ev.question,
            "CONSTRAINTS": offline.constraints.model_dump(exclude_defaults=True),
            "GUIDES": guides,
            "CANDIDATES": candidates,
        }
        return [("system", system), ("human", json.dumps(user, ensure_ascii=False))]

    def ground(self, reply: LLMReply, ev: Evidence, offline: Answer) -> Answer:
        """Products come from the candidates by id; everything shown about them is the catalog's."""
        candidates = {h.id: h for h in ev.search.products}
        names = {d.name for d in reply.dimensions}
        products, invented, seen = [], 0, set()
        for pick in reply.picks:
            hit = candidates.get(pick.id)
            if hit is None:
                invented += 1
                continue
            if pick.id in seen or len(products) == SHOWN:
                continue
            seen.add(pick.id)
            matched = [n for n in pick.matched_dimensions if n in names]
            products.append(AnswerProduct(**hit.model_dump(), reason=pick.reason,
                                          matched_dimensions=matched))  # fmt: skip
        say = wording(ev.language).say
        notices = list(offline.notices)
        if invented:
            notices.append(say("llm_invented", n=invented))
        if not products and offline.products:
            # The model's words may describe products it invented: keep the catalog's picks.
            notices.append(say("llm_no_picks"))
            products = offline.products
        return Answer(
            persona=offline.persona, summary=reply.summary,
            dimensions=_dimensions(reply, offline), products=products,
            steps=reply.steps or offline.steps, checklist=reply.checklist or offline.checklist,
            copy_text=reply.copy_text or offline.copy_text,
            follow_ups=reply.follow_ups[:SHOWN] or offline.follow_ups,
            clarifying_question=reply.clarifying_question, constraints=offline.constraints,
            sources=offline.sources, engine="llm", notices=notices,
        )  # fmt: skip


def _dimensions(reply: LLMReply, offline: Answer) -> list[Dimension]:
    """The model's dimensions, keeping the guide's implied attributes where the names agree."""
    implied = {d.name.lower(): d.implies for d in offline.dimensions}
    return [Dimension(name=d.name, advice=d.advice, implies=implied.get(d.name.lower(), {}))
            for d in reply.dimensions]  # fmt: skip


def _fallback(offline: list[parts.AnswerPart], notice: str) -> Iterator[parts.AnswerPart]:
    """The fallback engine's answer, beginning again as its own, with why it answered."""
    yield from offline[:-1] if isinstance(offline[-1], parts.FollowUps) else offline
    yield parts.Notice(notice)
    if isinstance(offline[-1], parts.FollowUps):
        yield offline[-1]


def _partial_summary(message) -> str:
    """The summary so far in a reply still arriving: JSON in the content, or in a tool call."""
    chunks = getattr(message, "tool_call_chunks", None) or []
    text = (chunks[0].get("args") or "") if chunks else message.content
    if not isinstance(text, str) or not text.lstrip().startswith("{"):
        return ""
    try:
        found = parse_partial_json(text)
    except ValueError:
        return ""
    summary = found.get("summary") if isinstance(found, dict) else None
    return summary if isinstance(summary, str) else ""


def _split(structured: RunnableSequence) -> tuple[Runnable, Runnable]:
    """LangChain's structured-output runnable is ``model | parser``: the model is streamed here,
    and the parser reads the whole reply."""
    steps = structured.steps
    return steps[0], steps[1] if len(steps) == 2 else RunnableSequence(*steps[1:])
