"""Indexing: idempotent re-ingest, updates without needless embedding, --replace, resumability."""

from __future__ import annotations

import json

import pytest

from assistant.catalog import ingest
from assistant.catalog.read import load_catalog
from assistant.index.embeddings import HashEmbedder
from assistant.pipeline import Assistant
from tests.conftest import FIXTURES, make_settings

CATALOG = FIXTURES / "mini_catalog.jsonl"


def products():
    return load_catalog(CATALOG).products


def test_reingesting_an_unchanged_catalog_embeds_nothing(fresh):
    first = fresh.ingest(products())
    assert (first.added, first.embedded, first.guides) == (24, 24, 2)
    again = fresh.ingest(products())
    assert (again.added, again.updated, again.unchanged, again.embedded) == (0, 0, 24, 0)


def test_a_price_change_updates_without_reembedding_but_new_text_is_reembedded(fresh):
    fresh.ingest(products())
    changed = products()
    changed[0].price = 99
    changed[1].description = "A completely new description of this fedora."
    report = fresh.ingest(changed)
    assert (report.updated, report.embedded, report.unchanged) == (2, 1, 22)
    assert fresh.product(changed[0].id).price == 99


def test_replace_makes_the_index_hold_exactly_the_given_catalog(fresh):
    fresh.ingest(products())
    report = fresh.ingest(products()[:5], replace=True)
    assert report.removed == 19 and fresh.store.count() == 5
    assert sorted(p.id for p in fresh.searcher.products) == sorted(p.id for p in products()[:5])


def test_a_catalog_larger_than_one_window_streams_through_completely(fresh, tmp_path,
                                                                   monkeypatch):  # fmt: skip
    monkeypatch.setattr(ingest, "WINDOW", 5)  # 24 products and a bad row: five windows
    fresh.ingest(products())
    path = tmp_path / "shop.jsonl"
    rows = [p.model_dump(exclude_none=True) for p in products()[:13]]
    rows[2]["description"] = "Now sold with a spare band."  # new text, in the first window
    rows.insert(7, {"id": "x", "title": ""})  # a bad row mid-file
    rows.append(rows[0])  # a repeated id in a later window
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    seen = []
    report = fresh.ingest_files([path], replace=True, progress=lambda d, t: seen.append((d, t)))
    assert (report.unchanged, report.updated, report.embedded) == (12, 1, 1)
    assert (report.rejected, report.removed) == (2, 11)
    assert [e.row for e in report.errors] == [8, 15]
    assert sorted(p.id for p in fresh.searcher.products) == sorted(p.id for p in products()[:13])
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and seen[-1] == (15, 15)
    assert {t for _, t in seen} == {15}  # the rows in the file (rejected ones are done too)


def test_a_mapping_that_misses_in_a_later_file_stops_before_anything_is_stored(fresh, tmp_path):
    good, other = tmp_path / "hats.csv", tmp_path / "scarves.csv"
    good.write_text("sku,name,Colour\nA1,Linen Bucket Hat,beige\n")
    other.write_text("sku,name,Tint\nB1,Wool Scarf,grey\n")
    with pytest.raises(ValueError, match=r"scarves\.csv: --map: no column\(s\) \['Colour'\]"):
        fresh.ingest_files([good, other], {"color": "Colour"})
    assert fresh.store.count() == 0


def test_the_default_index_is_built_only_into_an_empty_data_dir(fresh, tmp_path):
    imported = tmp_path / "mine.jsonl"
    imported.write_text(json.dumps({"id": "mine-1", "title": "My Only Product"}) + "\n")
    fresh.ingest_files([imported])
    assert fresh.ensure_index() is None  # an imported catalog is never merged with the default
    assert [p.id for p in fresh.searcher.products] == ["mine-1"]


class Interrupted(HashEmbedder):
    """Hashed vectors, until the ingest is interrupted while embedding chunk ``at``."""

    def __init__(self, at: int) -> None:
        super().__init__()
        self.at, self.calls = at, 0

    def embed(self, texts, kind="document", batch_size=64):
        self.calls += 1
        if self.calls == self.at:
            raise KeyboardInterrupt
        return super().embed(texts, kind, batch_size)


def test_an_ingest_killed_midway_is_completed_by_the_next_run(tmp_path):
    settings = make_settings(tmp_path / "data", ingest_chunk=8)
    with pytest.raises(KeyboardInterrupt):
        Assistant(settings, Interrupted(at=3)).ingest(products())  # killed in the third chunk
    fresh = Assistant(settings, HashEmbedder())
    assert fresh.store.count() == 16
    report = fresh.ingest(products())
    assert (report.added, report.unchanged) == (8, 16)
    assert fresh.store.count() == 24 and len(fresh.store.hashes()) == 24


def test_rejected_rows_are_counted_and_reported_while_the_rest_is_ingested(fresh, tmp_path):
    path = tmp_path / "shop.csv"
    path.write_text(
        "sku,name,price,Material\nA1,Linen Bucket Hat,89,linen\nA2,,50,wool\n"
        "A3,Wool Beret,abc,wool\nA4,Felt Fedora,199,felt\n"
    )
    report = fresh.ingest_files([path])
    assert (report.added, report.rejected) == (2, 2)
    assert [(e.row, e.reason) for e in report.errors] == [
        (2, "missing title"),
        (3, "price 'abc' is not a number"),
    ]
    linen = fresh.search("hat", filters=None).products
    assert {p.id for p in linen} == {"A1", "A4"}
    assert fresh.search("linen hat").products[0].id == "A1"  # unmapped columns are searchable
