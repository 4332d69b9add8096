"""The ``wenwen eval`` command (registered in ``assistant/cli.py``); the evals load when it runs."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from ..console import err, task_updater
from .cases import SPLITS


def eval_command(
    suite: Annotated[
        list[str] | None,
        typer.Option(
            help="default, smoke, dev, zh (the demo store asked in Chinese), aisles (advice in "
            "every aisle of the demo store), or a real store (myntra, amazon_uk_toys, amazon_in, "
            "flipkart, jd); repeatable (default: all available)."
        ),
    ] = None,
    split: Annotated[
        str | None,
        typer.Option(help="dev (tune on it) or test (report it); default: both."),
    ] = None,
    engine: Annotated[str, typer.Option(help="offline or llm.")] = "offline",
    limit: Annotated[
        int | None, typer.Option(min=1, help="Only the first N cases per suite.")
    ] = None,
    judge: Annotated[
        bool, typer.Option(help="Also have the configured LLM grade answers.")
    ] = False,
    out: Annotated[
        Path | None, typer.Option(help="Results folder (default: a new timestamped one).")
    ] = None,
    data: Annotated[
        Path | None,
        typer.Option(help="The folder of the real stores' CSVs (default: ../shared/data)."),
    ] = None,
    labels: Annotated[
        bool,
        typer.Option(help="Only list each case with how many products count as right; run none."),
    ] = False,
):
    """Score answer quality on the eval suites; write evals/results/<time>/, diff the baseline."""
    from ..settings import get_settings
    from . import run as evals
    from .report import diff_lines
    from .suites import suite_names

    if engine not in ("offline", "llm"):
        err.print("[red]error:[/red] --engine must be offline or llm")
        raise typer.Exit(2)
    if split not in (None, *SPLITS):
        err.print("[red]error:[/red] --split must be dev or test")
        raise typer.Exit(2)
    shared = data or evals.SHARED_DATA
    names = suite_names(evals.EVALS_DIR / "datasets")
    suites = suite or evals.available_suites(shared)
    unknown = [s for s in suites if s not in names]
    if unknown:
        listed = ", ".join(names)
        err.print(f"[red]error:[/red] no suite {', '.join(unknown)}: choose from {listed}")
        raise typer.Exit(2)
    if labels:
        _print_labels(suites, shared, split)
        return
    with _eval_bars() as (bar, indexing):
        try:
            done = evals.run(get_settings(), suites, engine=engine, limit=limit, judge=judge,
                             out=out, split=split, shared=shared, bar=bar,
                             indexing=indexing)  # fmt: skip
        except (evals.EvalError, FileNotFoundError, ValueError) as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from None
    _print_summary(done.results)
    _print_floor(done.results)
    for line in diff_lines(done.diff):
        print(line)
    print(f"results: {done.out}")


@contextmanager
def _eval_bars():
    """One progress bar per suite (turns answered) and per index build, on stderr."""
    bars = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeRemainingColumn(), console=err)  # fmt: skip

    def bar(name: str, total: int):
        task = bars.add_task(f"eval {name}", total=total)
        return lambda n: bars.advance(task, n)

    with bars:
        yield bar, lambda label: task_updater(bars, label)


def _print_floor(results) -> None:
    """Wenwen's retrieval beside the floor, per suite and split; red where it is below."""
    from .floor import FLOORS
    from .report import floor_rows
    from .runner import FLOORED

    rows = floor_rows(results)
    if not rows:
        return
    short = {"ndcg_at_10": "nDCG@10", "recall_at_10": "R@10"}
    head = [f"{short.get(key, key)} {who}" for key in FLOORED for who in ("Wenwen", *FLOORS)]
    table = Table("suite", "split", *head, title="retrieval beside the floor (red: below it)")
    table.columns[0].no_wrap = True
    for row in rows:
        cells = ["–" if row[k][w] is None else f"{row[k][w]:.3f}"
                 for k in FLOORED for w in ("wenwen", *FLOORS)]  # fmt: skip
        style = "red" if row["below"] else None
        table.add_row(row["suite"], row["split"], *cells, style=style)
    Console().print(table)


def _print_summary(results) -> None:
    from .runner import TABLE

    table = Table("metric", *[r.name for r in results])
    for key in TABLE:
        if any(key in r.summary for r in results):
            cells = [r.summary.get(key) for r in results]
            table.add_row(key, *["–" if c is None else f"{c:g}" for c in cells])
    Console().print(table)


def _print_labels(suites: list[str], shared: Path, split: str | None) -> None:
    """Each case's first question and how many products count as right (0: none is right)."""
    from ..settings import get_settings
    from . import run as evals
    from .suites import labels

    for name in suites:
        table = Table("case", "split", "right", "question", title=name)
        try:
            rows = labels(name, evals.EVALS_DIR / "datasets", shared, get_settings().catalog)
        except (FileNotFoundError, ValueError) as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from None
        for case, right in rows:
            if split in (None, case.split):
                table.add_row(case.id, case.split, str(right), case.question)
        Console(width=200).print(table)
