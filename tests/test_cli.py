"""The `wenwen` command as a user runs it: JSON on stdout only, logs and progress on stderr."""

from __future__ import annotations

import json
import os
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


SHOP_GUIDE = """\
id: hat-for-windy-coasts
title: A hat that stays on by the sea
categories: [Accessories > Hats, Accessories > Umbrellas]
needs: [a hat that will not blow off on a windy beach, which hats suit a chubby face]
summary: A snug fit and a chin strap.
dimensions:
  - name: Fit
    advice: A hat that fits snugly all round stays on where a loose one lifts at the first gust.
    implies: {crown_height: [high], chin_strap: [yes]}
  - name: Colour
    advice: A pale colour stays cooler in the sun on a long day by the water.
    implies: {color: [neon plaid]}
"""


def test_guides_check_says_what_is_wrong_with_a_shops_guides_and_exits_by_the_result(run, tmp_path):
    assert run("ingest").returncode == 0  # the fixture catalog, with its own guides
    clean = run("guides", "check", "--json")
    assert clean.returncode == 0, clean.stderr
    assert json.loads(clean.stdout)["clean"] is True

    shop = tmp_path / "shop"
    shop.mkdir()
    (shop / "windy.yaml").write_text(SHOP_GUIDE, encoding="utf-8")
    (shop / "broken.yaml").write_text("id: [not closed\n", encoding="utf-8")
    both = f"{shop}{os.pathsep}{FIXTURES / 'guides'}"
    checked = run("guides", "check", both, "--json")
    assert checked.returncode == 1
    report = json.loads(checked.stdout)
    found = {(p["file"].rsplit("/", 1)[-1], p["kind"]) for p in report["problems"]}
    assert found == {
        ("broken.yaml", "unreadable"),
        ("windy.yaml", "unsold_kind"),  # the fixture store sells no umbrellas
        ("windy.yaml", "unknown_attribute"),  # no hat has a chin strap
        ("windy.yaml", "unknown_value"),  # nor that colour
        ("hat-round-face.yaml", "shared_need"),  # the shop's guide, read first, claims its need
    }
    shared = next(p for p in report["problems"] if p["kind"] == "shared_need")
    assert "hat-for-windy-coasts" in shared["message"]
    broken = next(p for p in report["problems"] if p["kind"] == "unreadable")
    assert "not valid YAML" in broken["message"] and "(line " in broken["message"]

    readable = run("guides", "check", str(shop))  # the same, for a person
    assert readable.returncode == 1
    assert "chin_strap" in readable.stdout and "problem(s)" in readable.stdout

    assert run("guides", "check", str(tmp_path / "nowhere")).returncode == 2


def test_guides_check_without_an_index_is_a_usage_error(run):
    checked = run("guides", "check")
    assert checked.returncode == 2 and "wenwen ingest" in " ".join(checked.stderr.split())


def test_a_shops_own_guides_folder_is_indexed_beside_the_bundled_one(tmp_path):
    shop = tmp_path / "shop"
    shop.mkdir()
    (shop / "windy.yaml").write_text(SHOP_GUIDE.replace(", which hats suit a chubby face", ""))
    both = f"{shop}{os.pathsep}{FIXTURES / 'guides'}"
    wenwen = runner(tmp_path, guides_dir=both)
    ingested = wenwen("ingest", "--json")
    assert ingested.returncode == 0, ingested.stderr
    asked = wenwen("ask", "a hat that will not blow off on a windy beach", "--json")
    assert asked.returncode == 0, asked.stderr
    assert "hat-for-windy-coasts" in json.loads(asked.stdout)["sources"]
