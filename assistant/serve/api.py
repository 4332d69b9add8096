"""The HTTP API: an app factory whose lifespan builds the model, store and search snapshot once."""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Annotated

import anyio
from fastapi import Depends, FastAPI, HTTPException, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .. import __version__
from ..answer import parts
from ..answer.parts import Reply
from ..catalog.cells import MAX_ID
from ..pipeline import Assistant
from ..schemas import Answer, AskRequest, Product, SearchRequest, SearchResult
from ..settings import Settings, get_settings
from .pages import not_found_page, product_page


def create_app(settings: Settings | None = None, assistant: Assistant | None = None) -> FastAPI:
    """A Wenwen API over one data dir; builds the default index at start-up when there is none."""
    settings = settings or get_settings()
    # Answering is CPU-bound: a few at a time answer fastest, and the rest wait their turn
    # without holding threads, so /health and the UI stay responsive under load.
    limiter = anyio.CapacityLimiter(settings.answer_workers)

    async def work(fn, *args):
        return await anyio.to_thread.run_sync(fn, *args, limiter=limiter)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.settings = settings
        app.state.assistant = assistant or Assistant(settings)
        await run_in_threadpool(app.state.assistant.ensure_index)
        await run_in_threadpool(app.state.assistant.warm)
        app.state.assistant.watch()  # reload after an ingest by another process or replica
        yield
        app.state.assistant.stop_watching()

    app = FastAPI(
        title="Wenwen (问问)",
        version=__version__,
        lifespan=lifespan,
        description="A shopping assistant over your own catalog: search with hard "
        "constraints, grounded in the catalog.",
    )
    app.add_exception_handler(RequestValidationError, invalid_request)

    @app.get("/health", summary="Ready to serve")
    async def health(assistant: AssistantDep) -> dict:
        searcher = assistant.searcher
        health = {
            "status": "ok",
            "products": len(searcher.products),
            "guides": len(searcher.guides),
            "kinds": len(searcher.kinds),
            "embedder": assistant.embedder.model_id,
        }
        return health | ({"notice": assistant.notice} if assistant.notice else {})

    @app.post("/search", response_model=SearchResult, summary="Search the catalog",
              dependencies=[Depends(require_key)])  # fmt: skip
    async def search(body: SearchRequest, assistant: AssistantDep) -> SearchResult:
        if not body.query.strip():
            raise HTTPException(422, "query is empty: write what you are looking for")
        return await work(assistant.search, body.query, body.k, body.filters)

    @app.post("/ask", response_model=Answer, summary="Ask Wenwen",
              dependencies=[Depends(require_key)])  # fmt: skip
    async def ask(body: AskRequest, assistant: AssistantDep) -> Answer:
        """Advice in named dimensions plus ranked catalog products; send `session_id` back to
        continue the conversation ("under 150 yuan", "compare the first two")."""
        if not body.question.strip():
            raise HTTPException(422, "question is empty: write what you are looking for")
        return await work(assistant.ask, body.question, body.session_id, body.persona)

    @app.post("/ask/stream", summary="Ask Wenwen, answer streamed as Server-Sent Events",
              dependencies=[Depends(require_key)],
              response_class=StreamingResponse)  # fmt: skip
    async def ask_stream(body: AskRequest, assistant: AssistantDep) -> StreamingResponse:
        """Events as the answer is written: `summary_delta` (a piece of a model's summary),
        `summary`, `clarify`, one `dimension` each, `steps`, `checklist`, `copy`, `comparison`,
        one `product` each, one `notice` each, `follow_ups`; then `answer` with the whole Answer
        (the same object `POST /ask` returns)."""
        if not body.question.strip():
            raise HTTPException(422, "question is empty: write what you are looking for")
        reply = assistant.stream(body.question, body.session_id, body.persona)
        return StreamingResponse(_streamed(answer_events(reply), work),
                                 media_type="text/event-stream")  # fmt: skip

    @app.get("/p/{product_id:path}", response_class=HTMLResponse, summary="Product page")
    def page(product_id: ProductId, assistant: AssistantDep) -> HTMLResponse:
        found = assistant.product(product_id)
        if found is None:
            return HTMLResponse(not_found_page(product_id), status_code=404)
        return HTMLResponse(product_page(found))

    @app.get("/products/{product_id:path}", response_model=Product, summary="One product")
    def product(product_id: ProductId, assistant: AssistantDep) -> Product:
        found = assistant.product(product_id)
        if found is None:
            raise HTTPException(404, f"no product with id {product_id!r}")
        return found

    return mount_ui(app)


def mount_ui(app: FastAPI) -> FastAPI:
    """The Gradio chat at ``/``, after the API routes (a mount at "/" catches whatever is left)."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # before gradio is imported
    import gradio as gr

    from .ui import build_ui

    return gr.mount_gradio_app(app, build_ui(lambda: app.state.assistant), path="/")


def answer_events(reply: Reply) -> Iterator[str]:
    """Each part of the answer as a Server-Sent Event as soon as the engine yields it, ending
    with the whole Answer."""
    for part in reply:
        event = _part_event(part, reply.answer)
        if event:
            yield event
    yield _event("answer", reply.answer.model_dump(mode="json"))


def _part_event(part: parts.AnswerPart, answer: Answer) -> str | None:
    match part:
        case parts.Begin():
            return None  # said with the summary: who answers, with which engine
        case parts.SummaryDelta():
            return _event("summary_delta", {"text": part.text})
        case parts.Summary():
            head = answer.model_dump(include={"persona", "summary", "engine", "session_id"})
            return _event("summary", head)
        case parts.Clarify():
            return _event("clarify", {"question": part.question})
        case parts.Dimension():
            return _event("dimension", part.dimension.model_dump())
        case parts.Steps() | parts.Checklist():
            return _event(part.kind, list(part.items))
        case parts.Copy():
            return _event("copy", {"text": part.text})
        case parts.ComparisonPart():
            return _event("comparison", part.comparison.model_dump())
        case parts.Product():
            return _event("product", part.product.model_dump())
        case parts.Notice():
            return _event("notice", {"text": part.text})
        case parts.FollowUps():
            return _event("follow_ups", list(part.items))
    return None


async def _streamed(events: Iterator[str], work) -> AsyncIterator[str]:
    """Run a blocking event iterator on the answer workers, one event at a time, so that each
    event leaves as soon as it is made and /health stays quick."""
    done = object()
    while True:
        event = await work(next, events, done)
        if event is done:
            return
        yield event


def _event(name: str, data) -> str:
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


async def invalid_request(request: Request, exc: Exception) -> JSONResponse:
    """A 422 saying where and what to fix, without FastAPI's echo of the input: that may be a
    megabyte, or hold a lone surrogate ("\\ud800") that no UTF-8 reply can carry (a 500)."""
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    detail = [
        {"loc": [p if isinstance(p, int) else _ascii(p)[:100] for p in e["loc"]],
         "msg": _ascii(e["msg"]), "type": e["type"]}
        for e in errors
    ]  # fmt: skip
    return JSONResponse({"detail": detail}, status_code=422)


def _ascii(text: object) -> str:
    return str(text).encode("utf-8", "backslashreplace").decode("utf-8")


bearer = HTTPBearer(auto_error=False)


Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


async def require_key(request: Request, credentials: Credentials) -> None:
    """When WENWEN_API_KEY is set, the caller must send it as ``Authorization: Bearer KEY``."""
    expected = request.app.state.settings.api_key
    if not expected:
        return
    given = credentials.credentials if credentials else ""
    if not secrets.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "missing or wrong API key: send 'Authorization: Bearer <key>'",
                            headers={"WWW-Authenticate": "Bearer"})  # fmt: skip


ProductId = Annotated[str, Path(max_length=MAX_ID, description="The catalog's product id.")]


async def _assistant(request: Request) -> Assistant:
    return request.app.state.assistant


AssistantDep = Annotated[Assistant, Depends(_assistant)]
