"""The HTTP API: an app factory whose lifespan builds the model, store and search snapshot once."""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.concurrency import run_in_threadpool

from . import __version__
from .pipeline import Assistant
from .schemas import Answer, AskRequest, Product, SearchRequest, SearchResult
from .settings import Settings, get_settings


def create_app(settings: Settings | None = None, assistant: Assistant | None = None) -> FastAPI:
    """A Wenwen API over one data dir; builds the default index at start-up when there is none."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.assistant = assistant or Assistant(settings)
        await run_in_threadpool(app.state.assistant.ensure_index)
        await run_in_threadpool(lambda: app.state.assistant.retriever)
        yield

    app = FastAPI(
        title="Wenwen (问问)",
        version=__version__,
        lifespan=lifespan,
        description="A shopping assistant over your own catalog: search with hard "
        "constraints, grounded in the catalog.",
    )

    @app.get("/health", summary="Ready to serve")
    def health(assistant: AssistantDep) -> dict:
        retriever = assistant.retriever
        return {
            "status": "ok",
            "products": len(retriever.products),
            "guides": len(retriever.guides),
        }

    @app.post("/search", response_model=SearchResult, summary="Search the catalog")
    def search(body: SearchRequest, assistant: AssistantDep) -> SearchResult:
        if not body.query.strip():
            raise HTTPException(422, "query is empty: write what you are looking for")
        return assistant.search(body.query, body.k, body.filters)

    @app.post("/ask", response_model=Answer, summary="Ask Wenwen")
    def ask(body: AskRequest, assistant: AssistantDep) -> Answer:
        """Advice in named dimensions plus ranked catalog products; send `session_id` back to
        continue the conversation ("under 150 yuan", "compare the first two")."""
        if not body.question.strip():
            raise HTTPException(422, "question is empty: write what you are looking for")
        return assistant.ask(body.question, body.session_id, body.persona)

    @app.get("/products/{product_id:path}", response_model=Product, summary="One product")
    def product(product_id: str, assistant: AssistantDep) -> Product:
        found = assistant.product(product_id)
        if found is None:
            raise HTTPException(404, f"no product with id {product_id!r}")
        return found

    return app


def _assistant(request: Request) -> Assistant:
    return request.app.state.assistant


AssistantDep = Annotated[Assistant, Depends(_assistant)]
