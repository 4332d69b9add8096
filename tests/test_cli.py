"""The `wenwen` command as a user runs it: JSON on stdout only, logs and progress on stderr."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, cli_env

PRODUCT_KEYS = {
    "id",
    "title",
    "category",
    "brand",
    "price",
    "currency",
    "rating",
    "url",
    "attributes",
    "score",
    "matched_constraints",
}


def runner(folder, **settings):
    """``wenwen`` run as a command over a data dir in ``folder``."""
    env = cli_env(folder / "data", **settings)

    def wenwen(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "assistant", *args],
            env=env,
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=300,
        )

    wenwen.env = env
    return wenwen


@pytest.fixture
def run(tmp_path):
    """Commands over hashed vectors: for what the commands do with files and output."""
    return runner(tmp_path)


@pytest.fixture(scope="module")
def run_model(tmp_path_factory):
    """Commands over the real model, one index for the module: for what a shopper is told."""
    return runner(tmp_path_factory.mktemp("cli-model"), embedder="minilm")


HATS = 10  # the fixture catalog's products under Accessories > Hats


def test_ingest_json_prints_exactly_the_counts_and_a_second_run_changes_nothing(run, tmp_path):
    bad = tmp_path / "extra.csv"
    bad.write_text("id,title,price\nZ1,Spare Hat,50\nZ2,Broken,-3\n")
    first = run("ingest", str(FIXTURES / "mini_catalog.jsonl"), str(bad), "--json")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    counts = {"added", "updated", "unchanged", "removed", "rejected", "errors", "warnings"}
    assert set(report) == counts | {"kinds", "embedder"}
    assert (report["added"], report["rejected"]) == (25, 1)
    # every level of a category path is a kind; a product without one is its title's head word
    assert report["kinds"]["accessories > hats"] == HATS and report["kinds"]["hat"] == 1
    assert report["errors"] == [{"row": 2, "reason": "price '-3' is negative", "file": "extra.csv"}]
    assert report["warnings"] == []
    again = json.loads(run("ingest", "--json").stdout)  # no PATH: the default catalog
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 0, 24)
    replaced = json.loads(run("ingest", str(bad), "--replace", "--json").stdout)
    assert (replaced["added"], replaced["removed"]) == (0, 24)


def test_search_json_and_batch_print_one_object_per_query(run, tmp_path):
    result = run("search", "black running shoes for men under 500 yuan", "--k", "5", "--json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    keys = {"query", "constraints", "inferred", "products", "empty_reason", "relaxed", "notices"}
    assert set(answer) == keys
    assert answer["products"] and all(set(p) == PRODUCT_KEYS for p in answer["products"])
    assert all(p["price"] <= 500 for p in answer["products"])
    queries = tmp_path / "queries.txt"
    queries.write_text("hat for a round face\nrunning shoes under 5 yuan\ngreen tea\n")
    batch = run("search", "--batch", str(queries), "--k", "3", "--json")
    lines = [json.loads(line) for line in batch.stdout.splitlines()]
    assert [line["query"] for line in lines] == queries.read_text().splitlines()
    assert lines[1]["products"] == [] and "price" in lines[1]["empty_reason"]


def test_mistakes_get_a_message_saying_what_to_fix(run):
    bad_map = run("ingest", str(FIXTURES / "mini_catalog.jsonl"), "--map", "colour")
    assert bad_map.returncode == 2 and "FIELD=COLUMN" in bad_map.stderr
    missing = run("ingest", "nowhere.csv")
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_ask_json_is_the_answer_and_a_session_carries_across_calls(run_model):
    run = run_model
    first = run("ask", "--session", "s1", "--json", "hat for a round face")
    assert first.returncode == 0, first.stderr
    answer = json.loads(first.stdout)
    assert answer["session_id"] == "s1" and answer["dimensions"] and answer["products"]
    then = json.loads(run("ask", "--session", "s1", "--json", "under 100 yuan").stdout)
    assert then["products"] and all(p["price"] <= 100 and "Hats" in p["category"]
                                    for p in then["products"])  # fmt: skip
    bad = run("ask", "--persona", "poet", "hat")
    assert bad.returncode == 2 and "--persona must be one of" in bad.stderr


def test_chat_holds_a_conversation_in_the_terminal(run_model, tmp_path):
    typed = "hat for a round face\nthe second one\n\n"
    chat = subprocess.run([sys.executable, "-m", "assistant", "chat"], input=typed, text=True,
                          capture_output=True, timeout=300, env=run_model.env,
                          cwd=tmp_path)  # fmt: skip
    assert chat.returncode == 0, chat.stderr
    out = chat.stdout
    assert out.count("session ") == 2 and "Shape" in out and "¥" in out
