"""Beyond one machine: WENWEN_CHROMA_URL points the store at a real `chroma run` server on
127.0.0.1; two assistants (two API replicas) share its index."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from assistant.pipeline import Assistant
from tests.conftest import make_settings

CHROMA = Path(sys.executable).parent / "chroma"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    binary = str(CHROMA) if CHROMA.exists() else shutil.which("chroma")
    if not binary:
        pytest.skip("the `chroma` command (from the chromadb package) is not installed")
    port = _free_port()
    server = subprocess.Popen(
        [binary, "run", "--path", str(tmp_path_factory.mktemp("chroma")), "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            pytest.fail("chroma run did not answer its heartbeat within 20 s")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.slow
def test_two_replicas_ingest_and_answer_through_one_chroma_server(chroma_url, tmp_path, embedder):
    first = Assistant(make_settings(tmp_path / "a", chroma_url=chroma_url), embedder)
    report = first.ingest_files([])
    assert report.added == 24 and report.guides == 2
    found = first.search("black running shoes for men under 500 yuan", 5).products
    assert found and all(p.price <= 500 and p.attributes["color"] == "black" for p in found)

    replica = Assistant(make_settings(tmp_path / "b", chroma_url=chroma_url), embedder)
    assert replica.has_index() and replica.ensure_index() is None  # nothing rebuilt
    answer = replica.ask("My face is big and round, how do I choose a hat?")
    assert answer.products and all(
        p.category.startswith("Accessories > Hats") for p in answer.products
    )
    again = replica.search("black running shoes for men under 500 yuan", 5).products
    assert [p.id for p in again] == [p.id for p in found]
    assert not (tmp_path / "b" / "chroma").exists()  # the replica keeps no index of its own


@pytest.mark.slow
def test_any_replica_continues_a_conversation_kept_in_the_shared_sessions_dir(
    chroma_url, tmp_path, embedder
):
    shared = {"chroma_url": chroma_url, "sessions_dir": tmp_path / "sessions"}
    one = Assistant(make_settings(tmp_path / "a", **shared), embedder)
    one.ensure_index()
    two = Assistant(make_settings(tmp_path / "b", **shared), embedder)
    first = one.ask("My face is big and round, how do I choose a hat?")
    cheaper = two.ask("under 150 yuan", first.session_id)
    assert cheaper.products and all(p.price <= 150 for p in cheaper.products)
    assert all(p.category.startswith("Accessories > Hats") for p in cheaper.products)
    compared = one.ask("compare the first two", first.session_id)
    assert compared.comparison.product_ids == [p.id for p in cheaper.products[:2]]


@pytest.mark.slow
def test_a_replica_picks_up_what_another_ingested_without_a_restart(chroma_url, tmp_path, embedder):
    settings = make_settings(tmp_path / "a", chroma_url=chroma_url, reload_check_s=0.2)
    serving = Assistant(settings, embedder)
    serving.ensure_index()
    before = len(serving.searcher.products)
    serving.watch()  # as `wenwen serve` does
    added = tmp_path / "more.jsonl"
    added.write_text(json.dumps({"id": "NEW-1", "title": "Copper Moka Pot", "price": 199}) + "\n")
    other = Assistant(make_settings(tmp_path / "b", chroma_url=chroma_url), embedder)
    other.ingest_files([added])  # `wenwen ingest` run elsewhere, against the same server

    deadline = time.monotonic() + 30
    while len(serving.searcher.products) != before + 1:  # reloaded in the background meanwhile
        assert time.monotonic() < deadline, "the replica never picked up the new product"
        time.sleep(0.1)
    assert serving.search("moka pot").products[0].id == "NEW-1"
    serving.stop_watching()
