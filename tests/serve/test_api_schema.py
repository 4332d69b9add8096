"""Schemathesis against the app's own OpenAPI schema: whatever a client sends, never a 5xx.

Valid requests (positive) go to every operation; invalid ones (negative) to those with a body,
the only ones a request can break the schema of. Each is a few dozen generated cases, in-process.
"""

from __future__ import annotations

import os

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from assistant.serve.api import create_app

READ = ["GET /health", "GET /p/{product_id}", "GET /products/{product_id}"]
WRITE = ["POST /search", "POST /ask", "POST /ask/stream"]
CASES = [(op, GenerationMode.POSITIVE) for op in READ + WRITE]
CASES += [(op, GenerationMode.NEGATIVE) for op in WRITE]
EXAMPLES = int(os.environ.get("WENWEN_SCHEMA_EXAMPLES", "25"))  # more to search harder


@pytest.fixture(scope="module")
def api(mini):
    """The real app over the fixture catalog, API key off, called in-process (no sockets)."""
    settings = mini.settings.model_copy(update={"api_key": None})
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(settings, mini))


def test_the_schema_lists_every_operation(api):
    assert sorted(r.ok().label for r in api.get_all_operations()) == sorted(READ + WRITE)


@pytest.mark.parametrize("label, mode", CASES, ids=[f"{op}-{m.value}" for op, m in CASES])
def test_no_request_gets_a_server_error(api, label, mode):
    operation = next(r.ok() for r in api.get_all_operations() if r.ok().label == label)

    @given(case=operation.as_strategy(mode))
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    def check(case):
        case.call_and_validate(checks=[not_a_server_error])

    check()


@pytest.fixture(scope="module")
def client(mini):
    with TestClient(create_app(mini.settings.model_copy(update={"api_key": None}), mini)) as c:
        yield c


@pytest.mark.parametrize(
    "path, body, status",
    [  # what schemathesis found, pinned: each was a 500
        ("/search", '{"query": "hat", "filters": {"attributes": {"material": []}}}', 200),
        ("/search", '{"query": "hat \\ud800"}', 422),  # legal JSON, but not Unicode text
        ("/ask", '{"question": "hat", "session_id": "\\ud800"}', 422),
        ("/ask/stream", '{"question": "\\ud800"}', 422),
    ],
)
def test_requests_that_once_broke_the_server_get_an_answer_or_a_422(client, path, body, status):
    response = client.post(path, content=body, headers={"content-type": "application/json"})
    assert response.status_code == status
    if status == 422:
        assert response.json()["detail"][0]["loc"][-1] in ("query", "session_id", "question")


def test_a_huge_request_gets_a_short_422_naming_the_limit(client):
    response = client.post("/ask", json={"question": "x" * 1_000_000})
    assert response.status_code == 422 and len(response.content) < 500
    assert "at most 2000 characters" in response.text
    too_long_id = client.get("/products/" + "x" * 1000)
    assert too_long_id.status_code == 422 and "at most 200" in too_long_id.text
