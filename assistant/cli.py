"""The ``wenwen`` command: ingest, search, serve. Results on stdout; logs and progress on stderr."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape as e
from rich.table import Table

from .answer import parts
from .answer.format import price_text
from .catalog.read import parse_mapping
from .console import err, progress_bar
from .evals.command import eval_command
from .schemas import PERSONAS

app = typer.Typer(
    help="Wenwen (问问): a shopping assistant over your own catalog.",
    no_args_is_help=True,
    add_completion=False,
)


def _ready(sessions=None):
    """An Assistant over the configured data dir, its default index built (with a bar) if absent."""
    from .index.embeddings import EmbedderMismatch
    from .pipeline import Assistant
    from .settings import get_settings

    assistant = Assistant(get_settings(), sessions=sessions)
    assistant.store  # noqa: B018 - an unreadable data dir is moved aside here, before the bar
    if assistant.notice:
        err.print(assistant.notice, style="yellow", markup=False)
    try:
        assistant.embedder_setting()  # an index built with another embedder: say so, start nothing
        with progress_bar("building the default index") as update:
            assistant.ensure_index(progress=update)
    except EmbedderMismatch as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    return assistant


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="More logs.")] = False):
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )


@app.command()
def ingest(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="CSV, JSONL or Parquet files (default: the bundled catalog)."),
    ] = None,
    map_: Annotated[
        list[str] | None, typer.Option("--map", help="FIELD=COLUMN, repeatable.")
    ] = None,
    currency: Annotated[str | None, typer.Option(help="Currency of the prices, e.g. INR.")] = None,
    replace: Annotated[bool, typer.Option(help="Make the index hold exactly these files.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
):
    """Import catalogs into the index; bad rows are reported and the rest is ingested."""
    try:
        mapping = parse_mapping(map_ or [])
        for path in paths or []:
            if not path.is_file():
                raise ValueError(f"no such file: {path}")
        with progress_bar("embedding") as update:
            from .pipeline import Assistant  # no default index first: never merged into yours

            assistant = Assistant()
            assistant.store  # noqa: B018 - a damaged index is moved aside here, with a notice
            if assistant.notice:
                err.print(assistant.notice, style="yellow", markup=False)
            report = assistant.ingest_files(
                paths or [], mapping, currency, replace=replace, progress=update
            )
        # Building the search snapshot learns the kinds; it is saved in this data dir, so the
        # next `wenwen serve` here starts faster.
        report.kinds = assistant.searcher.kinds.by_name()
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from None
    if as_json:
        print(report.model_dump_json(exclude={"embedded", "guides"}))
        return
    err.print(
        f"added {report.added}, updated {report.updated}, unchanged {report.unchanged}, "
        f"removed {report.removed}, rejected {report.rejected}, warned {len(report.warnings)} "
        f"(embedded {report.embedded}; {report.guides} guides; {len(report.kinds)} product kinds)"
    )
    # Reasons quote catalog text: printed as is, never read as rich markup.
    for error in report.errors[:50]:
        err.print(f"  {error.file or ''} row {error.row}: {error.reason}", markup=False)
    for w in report.warnings[:50]:
        err.print(f"  {w.file or ''} row {w.row} (kept): {w.reason}", markup=False)
    hidden = max(0, len(report.errors) - 50) + max(0, len(report.warnings) - 50)
    if hidden:
        err.print(f"  … and {hidden} more (use --json for all)")


guides_app = typer.Typer(help="A shop's own buying guides.", no_args_is_help=True)
app.add_typer(guides_app, name="guides")


@guides_app.command("check")
def guides_check(
    folders: Annotated[
        list[Path] | None,
        typer.Argument(help="Guide folders (default: WENWEN_GUIDES_DIR).", show_default=False),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
):
    """Check guides against the catalog indexed in WENWEN_DATA_DIR: implied attributes and
    values it does not have, categories it does not sell, needs two guides share. Exits 0 when
    they are clean, 1 on a problem, 2 on a usage error."""
    from .catalog.guides_check import check_guides
    from .catalog.read import guide_folders
    from .pipeline import Assistant

    assistant = Assistant()
    chosen = guide_folders(
        [f for arg in folders or [assistant.settings.guides_dir] for f in guide_folders(arg)]
    )
    missing = [str(f) for f in chosen if not f.is_dir()]
    if missing:
        err.print(f"[red]error:[/red] no such folder: {', '.join(missing)}")
        raise typer.Exit(2)
    if not assistant.has_index():
        err.print(
            f"[red]error:[/red] no catalog is indexed in {assistant.settings.data_dir}: run "
            "`wenwen ingest YOUR_CATALOG` first (or point WENWEN_DATA_DIR at its index)"
        )
        raise typer.Exit(2)
    report = check_guides(chosen, assistant.store.all_products())
    if as_json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        console = Console(soft_wrap=True)
        for p in report.problems:  # messages quote the guides' text: never read as markup
            console.print(f"{p.file}: {p.kind}: {p.message}", markup=False, highlight=False)
        verdict = "clean" if report.clean else f"{len(report.problems)} problem(s)"
        summary = f"{report.files} guide files, {report.guides} read: {verdict}"
        console.print(summary, markup=False, highlight=False)
    if not report.clean:
        raise typer.Exit(1)


@app.command()
def search(
    query: Annotated[str | None, typer.Argument(help="What the shopper asks for.")] = None,
    k: Annotated[int, typer.Option(min=1, max=100, help="How many products.")] = 10,
    batch: Annotated[Path | None, typer.Option(help="A file with one query per line.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
):
    """Search the catalog, honouring the constraints the query states (price, colour, size...)."""
    if (query is None) == (batch is None):
        err.print("[red]error:[/red] give a QUERY or --batch FILE (one of them)")
        raise typer.Exit(2)
    assistant = _ready()
    if batch:
        for line in batch.read_text(encoding="utf-8").splitlines():
            print(assistant.search(line, k).model_dump_json(), flush=True)
        return
    result = assistant.search(query, k)
    if as_json:
        print(result.model_dump_json())
    else:
        _print_result(result)


def _print_result(result) -> None:
    console = Console()
    shown = ", ".join(
        f"{k}={v}" for k, v in result.constraints.model_dump(exclude_defaults=True).items()
    )
    console.print(f"[bold]{result.query}[/bold]  [dim]{shown}[/dim]")
    if not result.products:
        console.print(result.empty_reason or "nothing found")
        return
    table = Table("id", "title", "price", "rating", "category")
    for p in result.products:
        price = "" if p.price is None else f"{p.price:g} {p.currency}"
        table.add_row(p.id, p.title, price, str(p.rating or ""), p.category)
    console.print(table)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="What the shopper asks.")],
    persona: Annotated[
        str | None, typer.Option(help="Force a role: " + ", ".join(PERSONAS))
    ] = None,
    session: Annotated[str | None, typer.Option(help="Continue this conversation.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the Answer as JSON.")] = False,
):
    """Answer a question like a senior shop assistant (advice + products)."""
    if persona and persona not in PERSONAS:
        err.print(f"[red]error:[/red] --persona must be one of {', '.join(PERSONAS)}")
        raise typer.Exit(2)
    if not question.strip():
        err.print("[red]error:[/red] the question is empty")
        raise typer.Exit(2)
    reply = _conversational().stream(question, session, persona)
    if as_json:
        print(reply.whole().model_dump_json())
    else:
        show(reply, Console())


@app.command()
def chat(persona: Annotated[str | None, typer.Option(help="Force a role.")] = None):
    """A conversation in the terminal (empty line or Ctrl-D to leave)."""
    assistant = _conversational()
    console, session = Console(), None
    console.print("[bold]Wenwen[/bold] 问问 — ask me anything about the catalog.")
    while True:
        try:
            question = console.input("[bold cyan]you>[/bold cyan] ").strip()
        except (EOFError, KeyboardInterrupt):
            break
        if not question:
            break
        reply = assistant.stream(question, session, persona)
        session = reply.session_id
        show(reply, console)


def _conversational():
    """A ready Assistant whose conversations live in the data dir, across CLI calls."""
    from .conversation.sessions import FileSessionStore
    from .settings import get_settings

    return _ready(FileSessionStore(get_settings().data_dir / "sessions"))


def show(reply, console: Console) -> None:
    """An answer for people, each part printed as the engine yields it. Text from the catalog or
    a model is escaped, never read as rich markup."""
    numbered, streamed = 0, False
    for part in reply:
        numbered += isinstance(part, parts.Product)
        if isinstance(part, parts.Summary) and streamed:
            console.print()  # the summary came in pieces, already printed
        else:
            _show_part(part, reply.answer, numbered, console)
        streamed = streamed or isinstance(part, parts.SummaryDelta)
    console.print(f"[dim]session {reply.session_id}[/dim]")


def _show_part(part: parts.AnswerPart, answer, n: int, console: Console) -> None:
    match part:
        case parts.Begin():
            console.print(f"[dim]{answer.persona}[/dim]  ", end="")
        case parts.SummaryDelta():
            console.print(e(part.text), end="")
        case parts.Summary():
            console.print(e(part.text))
        case parts.Clarify():
            console.print(f"[bold]?[/bold] {e(part.question)}")
        case parts.Dimension():
            console.print(f"[bold]{e(part.dimension.name)}[/bold]: {e(part.dimension.advice)}")
        case parts.Steps() | parts.Checklist():
            for i, step in enumerate(part.items, start=1):
                console.print(f"  {i}. {e(step)}")
        case parts.Copy():
            console.print(part.text, markup=False)
        case parts.ComparisonPart():
            ids = part.comparison.product_ids
            table = Table("", *[e(i) for i in ids])
            for row in part.comparison.rows:
                table.add_row(e(row.dimension), *[e(str(row.values.get(i, ""))) for i in ids])
            console.print(table)
        case parts.Product():
            p = part.product
            console.print(f"{n}. [bold]{e(p.title)}[/bold] {price_text(p.price, p.currency)} "
                          f"★{p.rating or '–'}  {e(p.url)}\n   {e(p.reason)}")  # fmt: skip
        case parts.Notice():
            console.print(f"[yellow]note:[/yellow] {e(part.text)}")
        case parts.FollowUps() if part.items:
            console.print("[dim]try: " + " · ".join(map(e, part.items)) + "[/dim]")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Default: WENWEN_HOST or 127.0.0.1.")] = None,
    port: Annotated[int | None, typer.Option(help="Default: WENWEN_PORT or 8000.")] = None,
):
    """Build the default index if there is none, then serve the API."""
    import uvicorn

    from .serve.api import create_app

    assistant = _ready()
    settings = assistant.settings
    assistant.warm()  # the search snapshot and the role router, before the port opens
    err.print(f"Wenwen serving on http://{host or settings.host}:{port or settings.port}")
    uvicorn.run(
        create_app(settings, assistant),
        host=host or settings.host,
        port=port or settings.port,
        log_level="warning",
    )


app.command("eval")(eval_command)
