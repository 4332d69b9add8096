"""The LLM answer engine: LangChain ChatOpenAI against any OpenAI-compatible endpoint.

The model sees the question, the fitting guides and the candidate products, and returns a
structured reply. Grounding: it may only pick candidate ids; titles, prices and links are filled
in from the catalog, and invented ids are dropped and counted. Any failure (timeout, HTTP error,
unusable output) falls back to the offline answer, with a notice saying so.
"""

from __future__ import annotations

import json
import logging

from pydantic import BaseModel, Field

from .compose import Evidence, facts, price_text
from .schemas import Answer, AnswerProduct, Dimension
from .settings import Settings

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


class LLMEngine:
    """Answers through a chat model; ``answer`` returns the offline answer on any failure."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._model = None

    def _structured(self):
        if self._model is None:
            self._model = structured_model(self.settings, LLMReply)
        return self._model

    def answer(self, ev: Evidence, offline: Answer) -> Answer:
        """The model's answer, grounded in the catalog; ``offline`` (with a notice) on failure."""
        try:
            reply = self._structured().invoke(self.messages(ev, offline))
        except ValueError as exc:  # output that does not parse into the schema
            log.warning("LLM output unusable, answering offline: %s", exc)
            reply = None
        except Exception as exc:  # noqa: BLE001 - any failure of the endpoint means: fall back
            log.warning("LLM failed, answering offline: %s", exc)
            return _fallback(offline, f"LLM unavailable ({type(exc).__name__}), answered offline.")
        if not isinstance(reply, LLMReply):
            return _fallback(offline, "LLM gave no usable answer, answered offline.")
        return self.ground(reply, ev, offline)

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
            for g, _ in ev.guides[:2]
        ]  # fmt: skip
        candidates = [
            {"id": h.id, "title": h.title, "category": h.category,
             "price": price_text(h.price, h.currency), "rating": h.rating,
             "attributes": facts(h, dict.fromkeys(list(h.attributes)[:12], []))}
            for h in ev.search.products
        ]  # fmt: skip
        user = {
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
            if pick.id in seen or len(products) == 5:
                continue
            seen.add(pick.id)
            matched = [n for n in pick.matched_dimensions if n in names]
            products.append(AnswerProduct(**hit.model_dump(), reason=pick.reason,
                                          matched_dimensions=matched))  # fmt: skip
        notices = list(offline.notices)
        if invented:
            notices.append(f"Dropped {invented} product id(s) the model invented.")
        if not products and offline.products:
            # The model's words may describe products it invented: keep the catalog's picks.
            notices.append("The model picked no catalog products; showing the offline picks.")
            products = offline.products
        return Answer(
            persona=offline.persona, summary=reply.summary,
            dimensions=_dimensions(reply, offline), products=products,
            steps=reply.steps or offline.steps, checklist=reply.checklist or offline.checklist,
            copy_text=reply.copy_text or offline.copy_text,
            follow_ups=reply.follow_ups[:5] or offline.follow_ups,
            clarifying_question=reply.clarifying_question, constraints=offline.constraints,
            sources=offline.sources, engine="llm", notices=notices,
        )  # fmt: skip


def _dimensions(reply: LLMReply, offline: Answer) -> list[Dimension]:
    """The model's dimensions, keeping the guide's implied attributes where the names agree."""
    implied = {d.name.lower(): d.implies for d in offline.dimensions}
    return [Dimension(name=d.name, advice=d.advice, implies=implied.get(d.name.lower(), {}))
            for d in reply.dimensions]  # fmt: skip


def _fallback(offline: Answer, notice: str) -> Answer:
    return offline.model_copy(update={"notices": [*offline.notices, notice]})
