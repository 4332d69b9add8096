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


def eval_command(
    suite: Annotated[
        list[str] | None,
        typer.Option(help="default, smoke, dev or myntra; repeatable (default: all available)."),
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
    myntra: Annotated[
        Path | None, typer.Option(help="The Myntra CSV for the myntra suite.")
    ] = None,
):
    """Score answer quality on the eval suites; write evals/results/<time>/, diff the baseline."""
    from ..settings import get_settings
    from . import run as evals
    from .report import diff_lines
    from .suites import SUITES

    if engine not in ("offline", "llm"):
        err.print("[red]error:[/red] --engine must be offline or llm")
        raise typer.Exit(2)
    csv_path = myntra or evals.MYNTRA_CSV
    suites = suite or evals.available_suites(csv_path)
    unknown = [s for s in suites if s not in SUITES]
    if unknown:
        err.print(
            f"[red]error:[/red] no suite {', '.join(unknown)}: choose from {', '.join(SUITES)}"
        )
        raise typer.Exit(2)
    with _eval_bars() as (bar, indexing):
        try:
            done = evals.run(get_settings(), suites, engine=engine, limit=limit, judge=judge,
                             out=out, myntra_csv=csv_path, bar=bar, indexing=indexing)  # fmt: skip
        except (evals.EvalError, FileNotFoundError, ValueError) as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(2) from None
    _print_summary(done.results)
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


def _print_summary(results) -> None:
    from .runner import TABLE

    table = Table("metric", *[r.name for r in results])
    for key in TABLE:
        if any(key in r.summary for r in results):
            cells = [r.summary.get(key) for r in results]
            table.add_row(key, *["–" if c is None else f"{c:g}" for c in cells])
    Console().print(table)
