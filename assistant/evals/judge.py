"""An optional LLM judge (RAGAS-style faithfulness, relevance) beside the deterministic scores."""

from __future__ import annotations

import json
import logging

from pydantic import BaseModel, Field

from ..answer.llm import structured_model
from ..settings import Settings
from .metrics import Evaluator, Observed

log = logging.getLogger("wenwen.evals")


class Verdict(BaseModel):
    faithfulness: float = Field(
        ge=0, le=1, description="Share of product claims the facts support."
    )
    relevance: float = Field(ge=0, le=1, description="How well the answer addresses the question.")
    why: str = Field("", description="One sentence.")


class LLMJudge(Evaluator):
    """Asks the configured LLM to grade each answer; a failed call scores None, never a guess."""

    keys = ("judge_faithfulness", "judge_relevance")

    def __init__(self, settings: Settings) -> None:
        self.model = structured_model(settings, Verdict)
        self.system = (settings.prompts_dir / "judge.md").read_text("utf-8")
        self.failures = 0

    def scores(self, obs: Observed) -> dict[str, float | None]:
        try:
            verdict = self.model.invoke([("system", self.system), ("user", self.prompt(obs))])
        except Exception as exc:  # noqa: BLE001 - a judge failure must not stop the run
            log.warning("judge failed: %s", exc)
            verdict = None
        if not isinstance(verdict, Verdict):
            self.failures += 1
            return dict.fromkeys(self.keys)
        return {"judge_faithfulness": verdict.faithfulness, "judge_relevance": verdict.relevance}

    @staticmethod
    def prompt(obs: Observed) -> str:
        answer = obs.answer
        shown = {
            "summary": answer.summary,
            "dimensions": [{"name": d.name, "advice": d.advice} for d in answer.dimensions],
            "products": [{"id": p.id, "reason": p.reason} for p in answer.products],
        }
        facts = [
            {"id": p.id, "title": real.title, "price": real.price, "currency": real.currency,
             "attributes": real.attributes}
            for p in answer.products if (real := obs.catalog.get(p.id))
        ]  # fmt: skip
        return (f"QUESTION:\n{obs.turn.say}\n\nANSWER:\n{json.dumps(shown, ensure_ascii=False)}"
                f"\n\nCATALOG FACTS:\n{json.dumps(facts, ensure_ascii=False)}")  # fmt: skip
