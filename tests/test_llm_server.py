"""The scripted LLM server answers the real openai client and LangChain over HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import threading
import time

import httpx
import openai
import pytest
from langchain_openai import ChatOpenAI
from pydantic import BaseModel

from tests.llm_server import Json, ScriptedLLM, Slow, Status, Text, ToolCall


class Pick(BaseModel):
    ids: list[str]
    reason: str


PICK = {"ids": ["hat-001", "hat-007"], "reason": "high crowns suit a round face"}


@pytest.fixture(scope="module")
def server():
    with ScriptedLLM() as running:
        yield running


@pytest.fixture
def llm(server):
    """One server for the module (stopping takes ~0.2 s), with a fresh script for each test."""
    server.reset()
    yield server
    server.reset()


def chat(llm: ScriptedLLM, **kwargs) -> ChatOpenAI:
    return ChatOpenAI(model="test", base_url=llm.base_url, api_key="x", max_retries=0, **kwargs)


def client(llm: ScriptedLLM, **kwargs) -> openai.OpenAI:
    return openai.OpenAI(base_url=llm.base_url, api_key="x", max_retries=0, **kwargs)


def test_openai_client_gets_scripted_text(llm):
    llm.enqueue(Text("Try a fedora."))
    completion = client(llm).chat.completions.create(
        model="test", messages=[{"role": "user", "content": "hat for a round face?"}]
    )
    choice = completion.choices[0]
    assert choice.message.content == "Try a fedora."
    assert choice.message.role == "assistant"
    assert choice.finish_reason == "stop"
    assert completion.model == "test"
    assert completion.usage.total_tokens > 0
    assert [m.id for m in client(llm).models.list()] == ["test"]


def test_replies_are_consumed_in_order_then_the_default_then_500(llm):
    llm.enqueue("first", {"n": 2})
    assert llm.pending == 2
    openai_client = client(llm)

    def ask() -> str | None:
        messages = [{"role": "user", "content": "hi"}]
        return (
            openai_client.chat.completions.create(model="test", messages=messages)
            .choices[0]
            .message.content
        )

    assert ask() == "first"
    assert json.loads(ask()) == {"n": 2}
    assert llm.pending == 0
    with pytest.raises(openai.InternalServerError, match="no scripted reply"):
        ask()
    llm.default = Text("again")
    assert [ask(), ask()] == ["again", "again"]
    assert len(llm.requests) == 5


@pytest.mark.parametrize("method", ["json_schema", "function_calling", "json_mode"])
def test_structured_output_parses_a_json_reply(llm, method):
    llm.enqueue(Json(PICK))
    kwargs = {} if method == "json_schema" else {"method": method}
    result = chat(llm).with_structured_output(Pick, **kwargs).invoke("hat for a round face?")
    assert result == Pick(**PICK)

    sent = llm.requests[0]
    if method == "json_schema":  # the default: strict json_schema, answered in content
        fmt = sent["response_format"]
        assert fmt["type"] == "json_schema"
        assert fmt["json_schema"]["name"] == "Pick"
        assert fmt["json_schema"]["strict"] is True
        assert fmt["json_schema"]["schema"]["additionalProperties"] is False
        assert "tools" not in sent
    elif method == "function_calling":  # answered as a call to the forced tool
        assert sent["tools"][0]["function"]["name"] == "Pick"
        assert sent["tool_choice"] == {"type": "function", "function": {"name": "Pick"}}
        assert "response_format" not in sent
    else:
        assert sent["response_format"] == {"type": "json_object"}


def test_function_calling_reply_is_a_tool_call(llm):
    llm.enqueue(Json(PICK))
    tools = [{"type": "function", "function": {"name": "pick", "parameters": {"type": "object"}}}]
    completion = client(llm).chat.completions.create(
        model="test", messages=[{"role": "user", "content": "x"}], tools=tools
    )
    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content is None
    call = choice.message.tool_calls[0]
    assert call.function.name == "pick"
    assert json.loads(call.function.arguments) == PICK


@pytest.mark.parametrize(
    ("method", "reply"),
    [
        ("json_schema", Text("not json {")),
        ("json_schema", Json({"ids": "not a list"})),
        ("function_calling", Json({"wrong": 1})),
        ("json_mode", Text("not json {")),
    ],
)
def test_bad_structured_output_raises(llm, method, reply):
    llm.enqueue(reply)
    structured = chat(llm).with_structured_output(Pick, method=method)
    with pytest.raises(ValueError):  # pydantic ValidationError or OutputParserException
        structured.invoke("x")


def test_function_calling_with_invalid_arguments_returns_none(llm):
    # LangChain files unparseable tool arguments under invalid_tool_calls and returns None
    # instead of raising: callers using function_calling must check for None.
    llm.enqueue(ToolCall("not json {"), Text("no tool call at all"))
    structured = chat(llm).with_structured_output(Pick, method="function_calling")
    assert structured.invoke("x") is None
    assert structured.invoke("x") is None


def test_status_reply_raises_an_openai_error(llm):
    llm.enqueue(Status(500, "model exploded"), Status(429, "slow down"))
    with pytest.raises(openai.InternalServerError, match="model exploded") as caught:
        chat(llm).invoke("x")
    assert caught.value.status_code == 500
    with pytest.raises(openai.RateLimitError):
        chat(llm).with_structured_output(Pick).invoke("x")


def test_slow_reply_times_out_quickly(llm):
    llm.enqueue(Slow(2, Text("too late")))
    start = time.monotonic()
    with pytest.raises(openai.APITimeoutError):
        chat(llm, timeout=0.5).invoke("x")
    assert time.monotonic() - start < 1.5


def test_slow_reply_does_not_block_other_requests(llm):
    llm.enqueue(Slow(0.8, Text("slow")), Text("fast"))
    answers: list[str] = []
    slow = threading.Thread(target=lambda: answers.append(chat(llm).invoke("a").content))
    slow.start()
    while not llm.requests:
        time.sleep(0.01)
    start = time.monotonic()
    answers.append(chat(llm).invoke("b").content)
    assert time.monotonic() - start < 0.5
    slow.join()
    assert answers == ["fast", "slow"]


def test_streaming_text(llm):
    llm.enqueue(Text("a high crown balances a round face"))
    chunks = [chunk.content for chunk in chat(llm).stream("hat?")]
    assert "".join(chunks) == "a high crown balances a round face"
    assert len([c for c in chunks if c]) > 1
    assert llm.requests[0]["stream"] is True


def test_streaming_with_usage_chunk(llm):
    llm.enqueue(Text("hello there"))
    stream = client(llm).chat.completions.create(
        model="test",
        messages=[{"role": "user", "content": "hi"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "hello there"
    assert chunks[-1].usage.total_tokens > 0


def test_streaming_tool_call_deltas(llm):
    llm.enqueue(Json(PICK))
    structured = chat(llm).with_structured_output(Pick, method="function_calling")
    assert list(structured.stream("x"))[-1] == Pick(**PICK)


def test_requests_are_recorded_and_replies_can_read_them(llm):
    def pick_from_prompt(body: dict) -> Json:
        prompt = body["messages"][-1]["content"]
        return Json({"ids": [w for w in prompt.split() if w.startswith("hat-")], "reason": "r"})

    llm.enqueue(pick_from_prompt)
    result = chat(llm).with_structured_output(Pick).invoke("candidates: hat-001 hat-042")
    assert result.ids == ["hat-001", "hat-042"]
    (sent,) = llm.requests
    assert sent["model"] == "test"
    assert sent["messages"] == [{"role": "user", "content": "candidates: hat-001 hat-042"}]
    assert sent["response_format"]["type"] == "json_schema"


def test_starts_fast_and_leaves_nothing_behind():
    before = {t.ident for t in threading.enumerate()}
    start = time.monotonic()
    with ScriptedLLM() as server:
        assert time.monotonic() - start < 1
        port = server.port
        assert server.base_url == f"http://127.0.0.1:{port}/v1"
        assert httpx.get(f"{server.base_url}/models").json()["data"][0]["id"] == "test"
        server.enqueue(Slow(30, Text("abandoned")))
        with pytest.raises(openai.APITimeoutError):
            chat(server, timeout=0.2).invoke("x")
        stop = time.monotonic()
    assert time.monotonic() - stop < 1.5  # the abandoned Slow reply does not hold shutdown
    assert {t.ident for t in threading.enumerate()} <= before
    with socket.socket() as probe, pytest.raises(ConnectionRefusedError):
        probe.connect(("127.0.0.1", port))
