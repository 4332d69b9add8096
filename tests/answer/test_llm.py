"""The LLM engine through the real openai client and LangChain, over HTTP, against a scripted
OpenAI-compatible server on 127.0.0.1: good answers are grounded, failures fall back offline."""

from __future__ import annotations

import json
import threading
import time

import httpx
import pytest

from assistant.answer.offline import OfflineEngine
from assistant.pipeline import Assistant
from assistant.serve.api import create_app
from tests.conftest import make_settings, serving
from tests.llm_server import Held, Json, ScriptedLLM, Slow, Status, Text

QUESTION = "My face is big and round, how do I choose a hat?"
TIMEOUT = 1.5


def reply(*picks, summary="Go tall and angular.") -> Json:
    return Json({
        "summary": summary,
        "dimensions": [{"name": "Shape", "advice": "A high, pinched crown adds length."},
                       {"name": "Colour", "advice": "Dark solids slim the face."}],
        "picks": [{"id": i, "reason": f"{i} has a high crown.", "matched_dimensions": ["Shape"]}
                  for i in picks],
        "follow_ups": ["under ¥150"], "clarifying_question": None, "steps": [],
        "checklist": [], "copy_text": None,
    })  # fmt: skip


@pytest.fixture(scope="module")
def server():
    with ScriptedLLM() as llm:
        yield llm


@pytest.fixture
def llm(server, mini, embedder):
    server.reset()
    settings = make_settings(mini.settings.data_dir, openai_base_url=server.base_url,
                             openai_api_key="test-key", llm_timeout=TIMEOUT)  # fmt: skip
    return server, Assistant(settings, embedder)


def test_a_good_reply_is_used_and_grounded_in_the_catalog(llm):
    server, assistant = llm
    server.enqueue(reply("H1", "H2"))
    answer = assistant.ask(QUESTION)
    assert answer.engine == "llm" and answer.summary == "Go tall and angular."
    assert [p.id for p in answer.products] == ["H1", "H2"]
    real = assistant.product("H1")
    assert (answer.products[0].title, answer.products[0].price) == (real.title, real.price)
    assert answer.products[0].matched_dimensions == ["Shape"]
    sent = str(server.requests[0]["messages"])
    assert "H1" in sent and "CANDIDATES" in sent and "hat-round-face" in sent
    assert server.requests[0]["model"] == assistant.settings.llm_model


def test_invented_product_ids_are_dropped_and_counted(llm):
    server, assistant = llm
    server.enqueue(reply("H1", "FAKE-42", "H999"))
    answer = assistant.ask(QUESTION)
    assert [p.id for p in answer.products] == ["H1"]
    assert any("Dropped 2 product id(s)" in n for n in answer.notices)


@pytest.mark.parametrize("failure, says", [
    (Text("not json {"), "no usable answer"),
    (Status(500, "upstream exploded"), "LLM unavailable"),
    (Json({"summary": "missing every other field"}), "no usable answer"),
])  # fmt: skip
def test_bad_output_or_an_error_falls_back_to_the_offline_engine(llm, failure, says):
    server, assistant = llm
    server.enqueue(failure)
    answer = assistant.ask(QUESTION)
    assert answer.engine == "offline" and any(says in n for n in answer.notices)
    assert len(answer.products) >= 3 and answer.dimensions  # the offline answer, whole


def test_a_reply_slower_than_the_timeout_falls_back_in_time(llm):
    server, assistant = llm
    server.enqueue(Slow(TIMEOUT + 3, reply("H1")))
    start = time.perf_counter()
    answer = assistant.ask(QUESTION)
    assert time.perf_counter() - start < TIMEOUT + 1.5
    assert answer.engine == "offline" and any("LLM unavailable" in n for n in answer.notices)


def test_without_a_key_or_endpoint_the_offline_engine_answers(mini):
    assert isinstance(mini.engine, OfflineEngine) and mini.ask(QUESTION).engine == "offline"


@pytest.mark.parametrize("method", ["function_calling", "json_schema"])
def test_the_summary_streams_to_the_shopper_before_the_model_has_finished(server, mini, embedder,
                                                                        method):  # fmt: skip
    server.reset()
    gate = threading.Event()
    held = Held(reply("H1", "H2", summary="Go tall and angular, with a pinched crown."), gate)
    server.enqueue(held)
    settings = make_settings(mini.settings.data_dir, openai_base_url=server.base_url,
                             openai_api_key="k", llm_timeout=30, llm_method=method)  # fmt: skip
    assistant = Assistant(settings, embedder)
    names = []
    with (
        serving(create_app(settings, assistant)) as url,
        httpx.Client(timeout=60) as client,
        client.stream("POST", f"{url}/ask/stream", json={"question": QUESTION}) as r,
    ):
        for line in r.iter_lines():
            if line.startswith("event: "):
                names.append(line.removeprefix("event: "))
                if names[-1] == "summary_delta":
                    gate.set()  # only now may the model go on
            elif names and names[-1] == "answer" and line.startswith("data: "):
                final = json.loads(line.removeprefix("data: "))
    assert held.timed_out is False  # the first piece reached the shopper while the model held
    assert names.index("summary_delta") < names.index("summary") < names.index("product")
    assert final["engine"] == "llm" and final["summary"].startswith("Go tall and angular")
    assert [p["id"] for p in final["products"]] == ["H1", "H2"]
