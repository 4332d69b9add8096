"""Faults an operator meets: an LLM endpoint that is down, an ingest killed midway, a data dir
that cannot be read, a damaged saved search snapshot."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time

import numpy as np
import pytest

from assistant.index.store import Store
from assistant.pipeline import Assistant
from tests.conftest import FIXTURES, cli_env, make_settings

QUESTION = "My face is big and round, how do I choose a hat?"


def test_an_llm_endpoint_that_is_down_gets_the_offline_answer_in_time(mini, embedder):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = make_settings(mini.settings.data_dir, openai_base_url=f"http://127.0.0.1:{port}/v1",
                             openai_api_key="test-key", llm_timeout=5.0)  # fmt: skip
    assistant = Assistant(settings, embedder)
    assistant.ask("warm-up: the imports of a first call are no part of the fault")
    start = time.perf_counter()
    answer = assistant.ask(QUESTION)
    assert time.perf_counter() - start < 5.0 + 1.5  # refused at once: never the whole wait
    assert answer.engine == "offline" and any("LLM unavailable" in n for n in answer.notices)
    assert answer.products and answer.dimensions


def _catalog(path, n: int):
    """``n`` distinct products made from the fixture catalog."""
    base = [json.loads(line) for line in (FIXTURES / "mini_catalog.jsonl").read_text().splitlines()]
    with path.open("w") as f:
        for i in range(n):
            row = dict(base[i % len(base)], id=f"P{i:04d}")
            row["title"] = f"{row['title']} no. {i}"
            f.write(json.dumps(row) + "\n")
    return path


def test_an_ingest_killed_midway_is_completed_by_the_next_run(tmp_path, hashed):
    catalog = _catalog(tmp_path / "shop.jsonl", 120)
    env = cli_env(tmp_path / "data", ingest_chunk="8", embed_batch="8")
    command = [sys.executable, "-m", "assistant", "-v", "ingest", str(catalog)]
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    for line in process.stderr:  # kill -9 once some chunks are stored, mid-run
        if "stored 16 of 120 products" in line:
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL

    probe = Store(tmp_path / "data")
    partial = probe.count()
    probe.close()  # an embedded store is read by one process at a time
    assert 16 <= partial < 120
    rerun = subprocess.run([*command, "--json"], env=env, capture_output=True, text=True,
                           timeout=300)  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr
    report = json.loads(rerun.stdout)
    assert (report["unchanged"], report["added"]) == (partial, 120 - partial)  # only the rest
    assistant = Assistant(make_settings(tmp_path / "data"), hashed)
    ids = [p.id for p in assistant.searcher.products]
    assert len(ids) == len(set(ids)) == 120
    assert assistant.search("black wool fedora").products


@pytest.mark.parametrize("damage", ["not a database", "a file", "a damaged vector index"])
def test_an_unreadable_data_dir_is_moved_aside_and_a_fresh_index_answers(tmp_path, hashed,
                                                                         damage):  # fmt: skip
    data = tmp_path / "data"
    if damage == "not a database":
        (data / "chroma").mkdir(parents=True)
        (data / "chroma" / "chroma.sqlite3").write_text("these bytes are no database")
    elif damage == "a file":
        data.write_text("someone wrote a file where the data dir should be")
    else:  # enough vectors that Chroma writes its HNSW files, which are then cut short
        store = Store(data)
        vectors = np.random.default_rng(0).random((1500, 384))
        store.products.add(ids=[f"X{i}" for i in range(1500)], embeddings=vectors)
        store.close()  # as when the process that built it ended
        segments = list((data / "chroma").glob("*/data_level0.bin"))
        assert segments
        for segment in segments:
            segment.write_bytes(segment.read_bytes()[:100])
    assistant = Assistant(make_settings(data), hashed)
    assistant.ensure_index()

    (aside,) = [*tmp_path.glob("data.unreadable-*"), *data.glob("chroma.unreadable-*")]
    assert "could not be read" in assistant.notice and str(aside) in assistant.notice
    assert "wenwen ingest" in assistant.notice  # says how to bring a catalog back
    assert {p.name for p in aside.rglob("*")} & {"chroma.sqlite3", "data_level0.bin"} or (
        aside.is_file()  # nothing of the old dir is deleted
    )
    assert assistant.search("black wool fedora").products
    assert len(assistant.searcher.products) == 24


def test_a_healthy_index_is_never_moved_aside_for_an_error_that_is_not_damage(
    tmp_path, hashed, monkeypatch
):
    first = Assistant(make_settings(tmp_path / "data"), hashed)
    first.ensure_index()
    first.store.close()

    def denied(self):
        raise PermissionError(13, "Permission denied", str(tmp_path / "data"))

    monkeypatch.setattr(Store, "check", denied)
    with pytest.raises(PermissionError):
        Assistant(make_settings(tmp_path / "data"), hashed).store  # noqa: B018
    monkeypatch.undo()
    assert not [*tmp_path.rglob("*.unreadable-*")]
    assert len(Assistant(make_settings(tmp_path / "data"), hashed).searcher.products) == 24


def test_the_cli_says_what_happened_to_an_unreadable_data_dir(tmp_path):
    data = tmp_path / "data"
    (data / "chroma").mkdir(parents=True)
    (data / "chroma" / "chroma.sqlite3").write_text("these bytes are no database")
    env = cli_env(data)
    done = subprocess.run([sys.executable, "-m", "assistant", "search", "fedora", "--json"],
                          env=env, capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "moved aside" in done.stderr and "wenwen ingest" in done.stderr
    assert json.loads(done.stdout.splitlines()[0])["products"]


def test_a_restart_loads_the_saved_search_snapshot_instead_of_reading_the_store(
    tmp_path, hashed, monkeypatch
):
    first = Assistant(make_settings(tmp_path / "data"), hashed)
    first.ensure_index()
    expected = first.search("black wool fedora").products

    def no_full_read(self):
        raise AssertionError("the snapshot should have come from disk")

    monkeypatch.setattr(Store, "all_products", no_full_read)
    again = Assistant(make_settings(tmp_path / "data"), hashed)
    assert again.search("black wool fedora").products == expected
    monkeypatch.undo()

    for snapshot in (tmp_path / "data" / "snapshots").glob("*.pkl"):
        snapshot.write_bytes(b"damaged")
    third = Assistant(make_settings(tmp_path / "data"), hashed)
    assert third.search("black wool fedora").products == expected  # rebuilt, not an error
