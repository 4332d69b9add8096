"""A scripted OpenAI-compatible chat-completions server for tests.

Tests talk to it over real HTTP on 127.0.0.1 with the real ``openai`` client or LangChain's
``ChatOpenAI``; nothing in any SDK is patched.

    with ScriptedLLM() as llm:
        llm.enqueue(Json({"ids": ["p1", "p2"]}))
        model = ChatOpenAI(model="test", base_url=llm.base_url, api_key="x", max_retries=0)
        ...
        assert llm.requests[0]["response_format"]["type"] == "json_schema"

Each request to ``POST /v1/chat/completions`` consumes one scripted reply (first in, first out).
When none is queued, ``llm.default`` answers; when that is ``None`` too, the answer is HTTP 500
with an OpenAI-style error saying "no scripted reply".

Reply kinds:

- ``Json(obj)``: the reply is ``json.dumps(obj)``. When the request offers tools, it comes back as
  the arguments of a call to the chosen tool (``tool_choice`` if it names one, else the first
  tool), with ``content: null`` and ``finish_reason: "tool_calls"``; otherwise as
  ``message.content`` (what ``response_format`` json_schema / json_object expect).
- ``Text(content)``: ``message.content`` exactly as given, e.g. ``"not json {"``.
- ``ToolCall(arguments, name=None)``: a tool call whose arguments string is sent as is.
- ``Status(code, message)``: an HTTP error with an OpenAI-style error body.
- ``Slow(seconds, reply)``: waits (without blocking other requests), then answers ``reply``.
- ``Held(reply, gate, pieces)``: streams the first ``pieces`` pieces of ``reply``, then holds the
  rest until ``gate`` (a ``threading.Event``) is set; ``held.timed_out`` says if it never was.
- a callable ``fn(request_body) -> reply``: decides the reply from the request.

For convenience ``enqueue("text")`` means ``Text("text")`` and ``enqueue({...})`` means
``Json({...})``. ``stream: true`` is answered with server-sent ``chat.completion.chunk`` events
and ``data: [DONE]``, for content and tool-call replies alike.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import copy
import itertools
import json
import re
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

__all__ = ["Held", "Json", "Reply", "ScriptedLLM", "Slow", "Status", "Text", "ToolCall"]


@dataclass(frozen=True)
class Json:
    """A JSON reply: message content, or tool-call arguments when the request offers tools."""

    obj: Any


@dataclass(frozen=True)
class Text:
    """A raw ``message.content`` string, sent as is (it need not be valid JSON)."""

    content: str


@dataclass(frozen=True)
class ToolCall:
    """A call to a tool with ``arguments`` sent as is (a string need not be valid JSON).

    ``name`` defaults to the tool ``tool_choice`` names, else the first tool in the request.
    """

    arguments: str
    name: str | None = None


@dataclass(frozen=True)
class Status:
    """An HTTP error with an OpenAI-style body: ``{"error": {"message", "type", ...}}``."""

    code: int
    message: str = "scripted error"
    type: str | None = None  # defaults from the status code


@dataclass(frozen=True)
class Slow:
    """Wait ``seconds`` (asynchronously), then answer with ``reply``."""

    seconds: float
    reply: Reply


@dataclass
class Held:
    """Stream ``pieces`` pieces of ``reply``, then hold the rest until ``gate`` is set (at most
    ``patience`` seconds: a safety net, never the thing a test measures)."""

    reply: Json | Text | ToolCall
    gate: threading.Event
    pieces: int = 2
    patience: float = 30.0
    timed_out: bool | None = None


Reply = Json | Text | ToolCall | Status | Slow | Held | Callable[[dict[str, Any]], Any]

_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
}


def _as_reply(reply: Any) -> Reply:
    if isinstance(reply, str):
        return Text(reply)
    if isinstance(reply, dict | list):
        return Json(reply)
    if isinstance(reply, Json | Text | ToolCall | Status | Slow | Held) or callable(reply):
        return reply
    raise TypeError(f"not a scripted reply: {reply!r}")


def _error_body(code: int, message: str, type_: str | None = None) -> dict[str, Any]:
    kind = type_ or _ERROR_TYPES.get(
        code, "server_error" if code >= 500 else "invalid_request_error"
    )
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}


def _tool_name(body: dict[str, Any]) -> str | None:
    """The tool a Json reply calls: the one ``tool_choice`` names, else the first tool offered."""
    tools = body.get("tools") or []
    choice = body.get("tool_choice")
    if not tools or choice == "none":
        return None
    if isinstance(choice, dict):
        name = (choice.get("function") or {}).get("name") or choice.get("name")
        if name:
            return name
    first = tools[0]
    return (first.get("function") or {}).get("name") or first.get("name") or "tool"


def _tokens(text: str) -> int:
    return max(1, len(text) // 4)


def _pieces(text: str, size: int = 0) -> list[str]:
    """Split text for streaming: word by word, or in fixed-size pieces when ``size`` is set."""
    if size:
        return [text[i : i + size] for i in range(0, len(text), size)]
    return [p for p in re.split(r"(?<=\s)", text) if p]


class ScriptedLLM:
    """An OpenAI-compatible chat-completions server on 127.0.0.1 that answers from a script.

    Use it as a context manager; inside, ``base_url`` is ``http://127.0.0.1:PORT/v1``.
    Attributes: ``requests`` (every request body received, as dicts, in order), ``default``
    (the reply used when the queue is empty; ``None`` means HTTP 500 "no scripted reply"),
    ``model`` (the id listed by ``GET /v1/models``), ``pending`` (replies still queued).
    """

    def __init__(self, *, default: Any = None, model: str = "test", start_timeout: float = 5.0):
        self.default: Any = default
        self.model = model
        self.requests: list[dict[str, Any]] = []
        self.start_timeout = start_timeout
        self._queue: collections.deque[Reply] = collections.deque()
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closing: asyncio.Event | None = None
        self.port: int | None = None
        self.app = self._build_app()

    # -- script ---------------------------------------------------------------------------

    def enqueue(self, *replies: Any) -> ScriptedLLM:
        """Queue replies, consumed one per chat-completions request in the order given."""
        with self._lock:
            self._queue.extend(_as_reply(r) for r in replies)
        return self

    def reset(self) -> None:
        """Forget queued replies, recorded requests and the default, to reuse a running server."""
        with self._lock:
            self._queue.clear()
            self.requests.clear()
            self.default = None

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    @property
    def base_url(self) -> str:
        if self.port is None:
            raise RuntimeError("ScriptedLLM is not running; use it as a context manager")
        return f"http://127.0.0.1:{self.port}/v1"

    def _next_reply(self) -> Reply | None:
        with self._lock:
            if self._queue:
                return self._queue.popleft()
        return None if self.default is None else _as_reply(self.default)

    # -- lifecycle ------------------------------------------------------------------------

    def __enter__(self) -> ScriptedLLM:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("ScriptedLLM is already running")
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            log_config=None,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=2,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [sock]},
            name=f"ScriptedLLM:{self.port}",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + self.start_timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                sock.close()
                raise RuntimeError("ScriptedLLM did not start")
            time.sleep(0.005)
        # Started means listening; one real request proves it answers.
        httpx.get(f"{self.base_url}/models", timeout=self.start_timeout).raise_for_status()

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        # Wake any Slow reply still sleeping, so shutdown does not wait for it.
        if self._loop is not None and self._closing is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already closed
                self._loop.call_soon_threadsafe(self._closing.set)
        server.should_exit = True
        thread.join(timeout=5)
        if thread.is_alive():
            server.force_exit = True
            thread.join(timeout=5)
        self._server = self._thread = None
        self._loop = self._closing = None
        self.port = None

    # -- HTTP -----------------------------------------------------------------------------

    def _build_app(self) -> FastAPI:
        app = FastAPI(title="ScriptedLLM")

        @app.get("/v1/models")
        async def models() -> dict[str, Any]:
            self._bind_loop()
            entry = {"id": self.model, "object": "model", "created": 0, "owned_by": "scripted"}
            return {"object": "list", "data": [entry]}

        @app.post("/v1/chat/completions")
        async def chat_completions(request: Request) -> Response:
            self._bind_loop()
            try:
                body = json.loads(await request.body())
            except ValueError:
                return JSONResponse(_error_body(400, "request body is not JSON"), status_code=400)
            if not isinstance(body, dict):
                return JSONResponse(_error_body(400, "request body is not an object"), 400)
            with self._lock:
                self.requests.append(copy.deepcopy(body))
            return await self._answer(body, self._next_reply())

        return app

    def _bind_loop(self) -> None:
        if self._closing is None:
            self._loop = asyncio.get_running_loop()
            self._closing = asyncio.Event()

    async def _answer(self, body: dict[str, Any], reply: Reply | None) -> Response:
        held = None
        while True:
            if reply is None:
                return JSONResponse(_error_body(500, "no scripted reply"), status_code=500)
            if isinstance(reply, Slow):
                assert self._closing is not None
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._closing.wait(), timeout=reply.seconds)
                reply = reply.reply
            elif isinstance(reply, Status):
                return JSONResponse(
                    _error_body(reply.code, reply.message, reply.type), status_code=reply.code
                )
            elif isinstance(reply, Held):
                held, reply = reply, reply.reply
            elif isinstance(reply, Json | Text | ToolCall):
                break
            else:
                try:
                    reply = _as_reply(reply(body))
                except Exception as exc:  # report a broken script to the client, not as a crash
                    message = f"scripted reply failed: {exc!r}"
                    return JSONResponse(_error_body(500, message), status_code=500)

        model = body.get("model") or self.model
        content: str | None
        tool_calls: list[dict[str, Any]] | None = None
        tool = _tool_name(body) if isinstance(reply, Json) else None
        if isinstance(reply, Json):
            text = json.dumps(reply.obj)
        elif isinstance(reply, ToolCall):
            text, tool = reply.arguments, reply.name or _tool_name(body) or "tool"
        else:
            text = reply.content
        if tool is not None:
            content, finish = None, "tool_calls"
            call_id = f"call_scripted_{next(self._ids)}"
            tool_calls = [
                {"id": call_id, "type": "function", "function": {"name": tool, "arguments": text}}
            ]
        else:
            content, finish = text, "stop"

        usage = {
            "prompt_tokens": _tokens(json.dumps(body.get("messages", []))),
            "completion_tokens": _tokens(text),
        }
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        completion_id = f"chatcmpl-scripted-{next(self._ids)}"
        created = int(time.time())

        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            events = _stream(
                completion_id, created, model, content, tool_calls, finish, usage, include_usage
            )
            if held is not None:
                events = _holding(events, held)
            return StreamingResponse(events, media_type="text/event-stream")

        message: dict[str, Any] = {"role": "assistant", "content": content, "refusal": None}
        if tool_calls is not None:
            message["tool_calls"] = tool_calls
        return JSONResponse(
            {
                "id": completion_id,
                "object": "chat.completion",
                "created": created,
                "model": model,
                "choices": [
                    {"index": 0, "message": message, "finish_reason": finish, "logprobs": None}
                ],
                "usage": usage,
            }
        )


async def _holding(events: AsyncIterator[str], held: Held) -> AsyncIterator[str]:
    """The events of a streamed reply, stopping after the first pieces until the gate opens."""
    sent = 0
    async for event in events:
        yield event
        sent += 1
        if sent == held.pieces + 1:  # the role's chunk comes first, then the pieces
            opened = await asyncio.to_thread(held.gate.wait, held.patience)
            held.timed_out = not opened


async def _stream(
    completion_id: str,
    created: int,
    model: str,
    content: str | None,
    tool_calls: list[dict[str, Any]] | None,
    finish: str,
    usage: dict[str, int],
    include_usage: bool,
) -> AsyncIterator[str]:
    def event(choices: list[dict[str, Any]], **extra: Any) -> str:
        chunk = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": choices,
            **extra,
        }
        return f"data: {json.dumps(chunk)}\n\n"

    def delta(d: dict[str, Any], finish_reason: str | None = None) -> str:
        choice = {"index": 0, "delta": d, "finish_reason": finish_reason, "logprobs": None}
        return event([choice], usage=None) if include_usage else event([choice])

    if tool_calls is None:
        yield delta({"role": "assistant", "content": ""})
        for piece in _pieces(content or ""):
            yield delta({"content": piece})
    else:
        call = tool_calls[0]
        head = {
            "index": 0,
            "id": call["id"],
            "type": "function",
            "function": {"name": call["function"]["name"], "arguments": ""},
        }
        yield delta({"role": "assistant", "content": None, "tool_calls": [head]})
        for piece in _pieces(call["function"]["arguments"], size=16):
            yield delta({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]})
    yield delta({}, finish)
    if include_usage:
        yield event([], usage=usage)
    yield "data: [DONE]\n\n"
