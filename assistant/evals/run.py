"""``wenwen eval``: run the suites, write the results folder, compare with the baseline."""

from __future__ import annotations

import logging
import os
import platform
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..catalog.read import sample_titles
from ..index.embeddings import Embedder
from ..language.text import catalog_language
from ..pipeline import Assistant
from ..settings import PROJECT_ROOT, Settings
from .cases import Split
from .report import compare, write_results
from .runner import SuiteResult, run_suite
from .suites import load_store, store_csv, store_names, suite_cases

log = logging.getLogger("wenwen.evals")
EVALS_DIR = PROJECT_ROOT / "evals"
SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"  # the real stores' CSVs (never copied)
DEFAULT_CATALOG_PROBE = "HT0001"  # a product id of the bundled catalog


@dataclass
class Run:
    results: list[SuiteResult]
    diff: dict | None
    out: Path


class EvalError(Exception):
    """The eval cannot run as asked (a message for the person running it)."""


def engine_settings(settings: Settings, engine: str) -> Settings:
    """The settings that make ``engine`` answer: offline never calls a model."""
    if engine == "offline":
        return settings.model_copy(update={"openai_api_key": None, "openai_base_url": None})
    if not settings.llm_enabled:
        raise EvalError("--engine llm needs OPENAI_BASE_URL or OPENAI_API_KEY (see .env.example)")
    return settings


def run(
    settings: Settings,
    suites: Sequence[str],
    *,
    engine: str = "offline",
    limit: int | None = None,
    judge: bool = False,
    out: Path | None = None,
    split: Split | None = None,
    baseline: Path = EVALS_DIR / "results" / "baseline",
    shared: Path = SHARED_DATA,
    datasets: Path = EVALS_DIR / "datasets",
    embedder: Embedder | None = None,
    assistant: Assistant | None = None,
    bar: Callable[[str, int], Callable[[int], None]] | None = None,
    indexing: Callable[[str], Callable[[int, int], None]] | None = None,
) -> Run:
    """Run ``suites`` and write ``out`` (default ``evals/results/<timestamp>``); ``assistant``
    answers the bundled-catalog suites when given (its engine is then the caller's choice)."""
    configured, settings = settings, engine_settings(settings, engine)
    out = out or EVALS_DIR / "results" / datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    full = not limit and not split and sorted(suites) == sorted(available_suites(shared, datasets))
    if out.resolve() == baseline.resolve() and not full:
        raise EvalError(
            "only a full run (every available suite, both splits, no --limit) can be the baseline"
        )
    started = datetime.now(UTC)
    results = []
    demo = assistant or Assistant(settings, embedder)
    for name in suites:
        cases = suite_cases(name, datasets, shared, split)[:limit]
        real = name in store_names(datasets)  # a real store: its text is not ours to keep
        if real:
            assistant = store_assistant(name, settings, demo.embedder, shared, datasets, indexing)
        else:
            assistant = _demo(name, demo, settings, indexing)
        tick = bar(name, sum(len(c.turns) for c in cases)) if bar else None
        judge_model = _judge(configured) if judge else None
        results.append(run_suite(assistant, cases, name, judge=judge_model, keep_text=not real,
                                 tick=tick))  # fmt: skip
    diff = compare(results, baseline)
    meta = {"started": started.isoformat(timespec="seconds"), "engine": engine,
            "model": settings.llm_model if engine == "llm" else None, "limit": limit,
            "machine": f"{platform.machine()}, {os.cpu_count()} cores"}  # fmt: skip
    write_results(out, results, meta, diff)
    return Run(results, diff, out)


def _demo(name: str, demo: Assistant, settings: Settings, indexing) -> Assistant:
    demo.ensure_index(progress=indexing("building the default index") if indexing else None)
    if demo.product(DEFAULT_CATALOG_PROBE) is None:
        raise EvalError(
            f"suite {name!r} is written for the bundled catalog, but {settings.data_dir} holds "
            "another one: point WENWEN_DATA_DIR at an empty dir (it is built on first use)"
        )
    return demo


def store_assistant(
    name: str, settings: Settings, embedder, shared: Path, datasets: Path, indexing=None
) -> Assistant:
    """An assistant over a real store's CSV, imported into its own data dir beside the main
    index (kept between runs: a re-run re-embeds nothing unless the CSV changed)."""
    store = load_store(name, datasets)
    local = settings.model_copy(update={"data_dir": settings.data_dir / f"eval-{name}"})
    csv = store_csv(store, shared)
    if settings.embedder == "auto":  # a Chinese store gets e5, as `wenwen ingest` gives it
        titles = sample_titles([csv], store.columns, store.currency)
        embedder = embedder if catalog_language(titles) == "en" else None
    assistant = Assistant(local, embedder)
    progress = indexing(f"importing the {name} catalog") if indexing else None
    report = assistant.ingest_files([csv], store.columns, store.currency,
                                    replace=True, progress=progress)  # fmt: skip
    if report.rejected:
        log.warning("the %s import rejected %d rows", name, report.rejected)
    return assistant


def _judge(settings: Settings):
    if not settings.llm_enabled:
        raise EvalError("--judge needs an LLM: set OPENAI_BASE_URL or OPENAI_API_KEY")
    from .judge import LLMJudge

    return LLMJudge(settings)


def available_suites(
    shared: Path = SHARED_DATA, datasets: Path = EVALS_DIR / "datasets"
) -> list[str]:
    """What ``wenwen eval`` runs by default: the demo store's suites, and every real store whose
    CSV is there."""
    real = [n for n in store_names(datasets) if (shared / load_store(n, datasets).csv).is_file()]
    return ["default", "dev", "zh", "aisles", *real]
