"""Run eval suites through ``Assistant.ask`` and score every turn."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..conversation.sessions import SessionStore
from ..pipeline import Assistant
from ..schemas import Answer
from .cases import Case
from .judge import LLMJudge
from .metrics import EVALUATORS, Evaluator, Observed, attribute_values

# The keys every suite reports (None when no case in the suite measures it): the evaluators'.
RATES = tuple(key for evaluator in EVALUATORS for key in evaluator.keys)
COUNTS = ("latency_ms_p50", "latency_ms_p95", "cases", "turns")
# The rows of the summary table (printed after a run and in report.md).
TABLE = (*RATES, *LLMJudge.keys, *COUNTS)

Tick = Callable[[int], None]
# What a reader of a case needs of its answer (the catalog holds the rest).
LEAN = {
    "session_id": True,
    "dimensions": {"__all__": {"implies", "advice"}},
    "products": {"__all__": {"attributes", "matched_constraints", "score", "brand"}},
}


@dataclass
class SuiteResult:
    """A suite's summary and one record per case (every turn's answer and scores)."""

    name: str
    summary: dict
    cases: list[dict] = field(default_factory=list)


def run_suite(
    assistant: Assistant,
    cases: Sequence[Case],
    name: str,
    *,
    judge: Evaluator | None = None,
    keep_text: bool = True,
    tick: Tick | None = None,
) -> SuiteResult:
    """Ask every case's turns in a fresh conversation; score each turn with every evaluator."""
    evaluators = EVALUATORS + ([judge] if judge else [])
    products = list(assistant.searcher.products)
    catalog = {p.id: p for p in products}
    values = attribute_values(products)
    kept, assistant.sessions = assistant.sessions, SessionStore(len(cases) + 10, 3600)
    records = []
    try:
        for case in cases:
            records.append(_run_case(assistant, case, catalog, values, evaluators, keep_text))
            if tick:
                tick(len(case.turns))
    finally:
        assistant.sessions = kept
    return SuiteResult(name, summarise(records, [k for e in evaluators for k in e.keys]), records)


def _run_case(assistant, case: Case, catalog, values, evaluators, keep_text) -> dict:
    session, previous, turns = None, [], []
    for n, turn in enumerate(case.turns):
        start = time.perf_counter()
        answer = assistant.ask(turn.say, session)
        latency = (time.perf_counter() - start) * 1000
        session = answer.session_id
        grades = turn.grades(catalog.values()) if turn.labelled() else {}
        floor = min((p.price for p in previous if p.price is not None), default=None)
        if turn.cheaper and floor is not None:  # the right products are the cheaper ones
            grades = {i: g for i, g in grades.items() if (catalog[i].price or 0) < floor}
        ranking = []
        if n == 0 and grades:
            ranking = [h.id for h in assistant.search(turn.say, 10).products]
        obs = Observed(turn, answer, catalog, grades, ranking, previous, latency, n == 0, values)
        scores = {k: v for e in evaluators for k, v in e.scores(obs).items()}
        turns.append(_turn_record(turn.say, answer, grades, scores, latency, keep_text))
        if _new_list(answer, previous):
            previous = list(answer.products)  # the list the shopper now sees ("the second one")
    applicable = [s for t in turns for s in t["scores"].values() if s is not None]
    return {
        "id": case.id,
        "kind": case.kind,
        "score": round(float(np.mean(applicable)), 4) if applicable else None,
        "turns": turns,
    }


def _new_list(answer: Answer, previous: list) -> bool:
    """The answer shows a new list (not a comparison or a closer look at one shown product)."""
    if not answer.products or answer.comparison:
        return False
    return not (len(answer.products) == 1 and answer.products[0].id in {p.id for p in previous})


def _turn_record(say, answer: Answer, grades, scores, latency, keep_text: bool) -> dict:
    shown = [{"id": p.id, "relevant": p.id in grades} for p in answer.products]
    record = {
        "say": say,
        "scores": {k: None if v is None else round(v, 4) for k, v in scores.items()},
        "latency_ms": round(latency, 1),
        "relevant": len(grades),
        "products": shown,
    }
    if keep_text:
        record["answer"] = answer.model_dump(mode="json", exclude=LEAN)
    return record


def summarise(records: list[dict], keys: Sequence[str]) -> dict:
    """Mean of each metric over the turns it applies to; latency percentiles over all turns."""
    turns = [t for r in records for t in r["turns"]]
    summary: dict = {}
    measured: dict[str, int] = {}
    for key in dict.fromkeys([*RATES, *keys]):
        scores = [t["scores"].get(key) for t in turns]
        scores = [s for s in scores if s is not None]
        summary[key] = round(float(np.mean(scores)), 4) if scores else None
        measured[key] = len(scores)
    latencies = [t["latency_ms"] for t in turns] or [0.0]
    summary["latency_ms_p50"] = round(float(np.percentile(latencies, 50)), 1)
    summary["latency_ms_p95"] = round(float(np.percentile(latencies, 95)), 1)
    summary["cases"] = len(records)
    summary["turns"] = len(turns)
    summary["measured"] = measured  # how many turns each metric was measured on
    return summary
