"""Progress bars on stderr, shared by the ``wenwen`` commands (results go to stdout)."""

from __future__ import annotations

from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

err = Console(stderr=True)


@contextmanager
def progress_bar(label: str):
    """A progress callback drawing a bar on stderr (nothing when stderr is not a terminal)."""
    bar = Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=False,
    )
    with bar:
        yield task_updater(bar, label)


def task_updater(bar: Progress, label: str):
    """A ``(done, total)`` progress callback drawing one task of ``bar``, added on first call."""
    task = None

    def update(done: int, total: int) -> None:
        nonlocal task
        if task is None:
            task = bar.add_task(label, total=total)
        bar.update(task, completed=done, total=total)

    return update
