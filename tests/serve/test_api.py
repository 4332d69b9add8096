"""The HTTP API over the fixture catalog."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from assistant.serve.api import create_app


@pytest.fixture(scope="module")
def client(mini):
    with TestClient(create_app(mini.settings, mini)) as client:
        yield client


def test_health_says_ready_with_what_is_indexed(client):
    health = {"status": "ok", "products": 24, "guides": 2, "kinds": 26,
              "embedder": "all-MiniLM-L6-v2"}  # fmt: skip
    assert client.get("/health").json() == health


def test_search_returns_products_meeting_the_constraints(client):
    body = client.post(
        "/search", json={"query": "black running shoes for men under 500 yuan", "k": 5}
    ).json()
    assert {p["id"] for p in body["products"]} == {"S1", "S5"}
    assert body["constraints"]["price_max"] == 500


def test_search_accepts_explicit_filters(client):
    body = client.post("/search", json={"query": "hat", "filters": {"colors": ["black"]}}).json()
    assert body["products"] and all(p["attributes"]["color"] == "black" for p in body["products"])


@pytest.mark.parametrize(
    "payload, word",
    [
        ({"query": ""}, "query"),
        ({"query": "   "}, "empty"),
        ({"query": "hat", "k": 0}, "k"),
        ({"query": "x" * 2001}, "query"),
        ({"q": "hat"}, "query"),
        ({"query": 5}, "query"),
    ],
)
def test_bad_search_requests_get_a_422_saying_what_to_fix(client, payload, word):
    response = client.post("/search", json=payload)
    assert response.status_code == 422 and word in response.text


def test_products_by_id_and_a_clear_404(client):
    assert client.get("/products/H1").json()["title"] == "Harbor & Pine Black Wool Felt Fedora"
    missing = client.get("/products/nope")
    assert missing.status_code == 404 and "nope" in missing.json()["detail"]


def test_an_empty_index_says_how_to_fill_it(fresh):
    result = fresh.search("hat")  # nothing ingested into this data dir
    assert result.products == [] and "wenwen ingest" in result.empty_reason


def test_ask_answers_and_continues_a_conversation_by_session_id(client):
    first = client.post("/ask", json={"question": "hat for a round face"}).json()
    assert first["engine"] == "offline" and first["dimensions"] and first["session_id"]
    assert all(p["category"].startswith("Accessories > Hats") for p in first["products"])
    then = client.post("/ask", json={"question": "under 100 yuan",
                                     "session_id": first["session_id"]}).json()  # fmt: skip
    assert then["session_id"] == first["session_id"] and then["products"]
    assert all(p["price"] <= 100 and "Hats" in p["category"] for p in then["products"])


@pytest.mark.parametrize("payload, word", [
    ({"question": ""}, "question"), ({"question": " \n "}, "empty"),
    ({"question": "hat", "persona": "poet"}, "persona"), ({"question": "x" * 2001}, "question"),
])  # fmt: skip
def test_bad_ask_requests_get_a_422_saying_what_to_fix(client, payload, word):
    response = client.post("/ask", json=payload)
    assert response.status_code == 422 and word in response.text


def test_odd_input_never_breaks_a_conversation(client):
    first = client.post("/ask", json={"question": "hat for a round face"}).json()
    sid = first["session_id"]
    for odd in ("show me #9", "compare the fourth and the ninth"):
        answer = client.post("/ask", json={"question": odd, "session_id": sid}).json()
        assert answer["clarifying_question"] and answer["products"] == []
    chinese = client.post("/ask", json={"question": "我想买帽子", "session_id": sid}).json()
    assert "英文" in chinese["summary"] and chinese["products"] == []  # told in Chinese
    assert (first["language"], chinese["language"]) == ("en", "zh")  # for a client's own page
    again = client.post("/ask", json={"question": "the first one", "session_id": sid}).json()
    assert [p["id"] for p in again["products"]] == [first["products"][0]["id"]]


def test_filters_are_normalised_and_infinite_prices_rejected(client):
    upper = client.post("/search", json={"query": "hat", "filters": {"colors": ["Black"]}})
    assert upper.json()["products"]
    infinite = client.post("/search", json={"query": "hat", "filters": {"price_max": "Infinity"}})
    assert infinite.status_code == 422


def test_ask_stream_sends_the_parts_then_the_whole_answer(client):
    with client.stream("POST", "/ask/stream", json={"question": "hat for a round face"}) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        body = "".join(r.iter_text())
    events = [block.split("\n", 1) for block in body.strip().split("\n\n")]
    names = [e[0].removeprefix("event: ") for e in events]
    assert names[0] == "summary" and names[-1] == "answer"
    assert "dimension" in names and names.count("product") >= 3
    final = json.loads(events[-1][1].removeprefix("data: "))
    assert len(final["products"]) == names.count("product") and final["session_id"]


def test_product_pages_show_the_catalog_facts_escaped(fresh, tmp_path):
    hostile = tmp_path / "hostile.jsonl"
    hostile.write_text(
        json.dumps(
            {
                "id": "x/1",
                "title": "<script>alert(1)</script> Hat",
                "price": 99,
                "attributes": {"note": "<b>bold</b>"},
            }
        )
        + "\n"
    )
    fresh.ingest_files([hostile])
    with TestClient(create_app(fresh.settings, fresh)) as c:
        page = c.get("/p/x/1")
        assert page.status_code == 200 and "text/html" in page.headers["content-type"]
        assert (
            "<script>alert" not in page.text
            and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
        )
        assert "&lt;b&gt;bold&lt;/b&gt;" in page.text and "¥99" in page.text
        assert c.get("/p/nope").status_code == 404


def test_an_api_key_guards_ask_and_search_but_not_health_or_pages(mini):
    keyed = mini.settings.model_copy(update={"api_key": "s3cret"})
    with TestClient(create_app(keyed, mini)) as c:
        for path, body in (("/ask", {"question": "hat"}), ("/search", {"query": "hat"}),
                           ("/ask/stream", {"question": "hat"})):  # fmt: skip
            assert c.post(path, json=body).status_code == 401
            wrong = {"Authorization": "Bearer nope"}
            assert c.post(path, json=body, headers=wrong).status_code == 401
            right = {"Authorization": "Bearer s3cret"}
            assert c.post(path, json=body, headers=right).status_code == 200
        assert c.get("/health").status_code == 200 and c.get("/p/H1").status_code == 200
