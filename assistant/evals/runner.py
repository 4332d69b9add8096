"""Run eval suites through ``Assistant.ask`` and score every turn."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..conversation.sessions import SessionStore
from ..pipeline import Assistant
from ..schemas import Answer
from .cases import SPLITS, Case
from .floor import FLOORS, Floor
from .judge import LLMJudge
from .metrics import EVALUATORS, Evaluator, Observed, Retrieval, attribute_values

# The keys every suite reports (None when no case in the suite measures it): the evaluators'.
RATES = tuple(key for evaluator in EVALUATORS for key in evaluator.keys)
COUNTS = ("latency_ms_p50", "latency_ms_p95", "cases", "turns")
# Wenwen's retrieval metrics that the floor (plain dense retrieval and BM25) is scored on too.
FLOORED = ("ndcg_at_10", "recall_at_10")
FLOOR_METRICS = tuple(Retrieval(key) for key in FLOORED)
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

    def route(question: str):  # the Chinese route, where Wenwen searches the question with it
        return assistant.route.serving(question, None, assistant.searcher)

    floor = Floor(assistant.store, assistant.embedder, products, route)
    kept, assistant.sessions = assistant.sessions, SessionStore(len(cases) + 10, 3600)
    records = []
    try:
        for case in cases:
            record = _run_case(assistant, case, catalog, values, evaluators, keep_text, floor)
            records.append(record)
            if tick:
                tick(len(case.turns))
    finally:
        assistant.sessions = kept
    keys = [k for e in evaluators for k in e.keys]
    summary = summarise(records, keys)
    summary["splits"] = {
        split: summarise([r for r in records if r["split"] == split], keys) for split in SPLITS
    }
    return SuiteResult(name, summary, records)


def _run_case(assistant, case: Case, catalog, values, evaluators, keep_text, floor) -> dict:
    session, previous, turns = None, [], []
    for n, turn in enumerate(case.turns):
        start = time.perf_counter()
        answer = assistant.ask(turn.say, session)
        latency = (time.perf_counter() - start) * 1000
        session = answer.session_id
        grades = turn.grades(catalog.values()) if turn.labelled() else {}
        cheapest = min((p.price for p in previous if p.price is not None), default=None)
        if turn.cheaper and cheapest is not None:  # the right products are the cheaper ones
            grades = {i: g for i, g in grades.items() if (catalog[i].price or 0) < cheapest}
        ranking = []
        if n == 0 and grades:
            ranking = [h.id for h in assistant.search(turn.say, 10).products]
        obs = Observed(turn, answer, catalog, grades, ranking, previous, latency, n == 0, values)
        scores = {k: v for e in evaluators for k, v in e.scores(obs).items()}
        turns.append(_turn_record(turn.say, answer, grades, scores, latency, keep_text))
        if scores.get(FLOORED[0]) is not None:  # the floor is scored where Wenwen's search is
            turns[-1]["floor"] = _floor_scores(obs, floor)
        if _new_list(answer, previous):
            previous = list(answer.products)  # the list the shopper now sees ("the second one")
    applicable = [s for t in turns for s in t["scores"].values() if s is not None]
    return {
        "id": case.id,
        "kind": case.kind,
        "split": case.split,
        "score": round(float(np.mean(applicable)), 4) if applicable else None,
        "turns": turns,
    }


def _floor_scores(obs: Observed, floor: Floor) -> dict[str, dict[str, float | None]]:
    """The floor's retrieval metrics on the same question and labels."""
    out = {}
    for name, ranking in floor.rankings(obs.turn.say).items():
        seen = Observed(obs.turn, obs.answer, obs.catalog, obs.grades, ranking)
        out[name] = {m.key: round(m.score(seen) or 0.0, 4) for m in FLOOR_METRICS}
    return out


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
        summary[key] = _mean(scores)
        measured[key] = sum(s is not None for s in scores)
    latencies = [t["latency_ms"] for t in turns] or [0.0]
    summary["latency_ms_p50"] = round(float(np.percentile(latencies, 50)), 1)
    summary["latency_ms_p95"] = round(float(np.percentile(latencies, 95)), 1)
    summary["cases"] = len(records)
    summary["turns"] = len(turns)
    summary["measured"] = measured  # how many turns each metric was measured on
    floored = [t["floor"] for t in turns if "floor" in t]
    summary["floor"] = {
        name: {key: _mean([f[name][key] for f in floored]) for key in FLOORED} for name in FLOORS
    }
    return summary


def _mean(scores: list) -> float | None:
    scores = [s for s in scores if s is not None]
    return round(float(np.mean(scores)), 4) if scores else None
