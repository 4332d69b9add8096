"""The default catalog and buying guides: what a real-feeling store and its advice need."""

from __future__ import annotations

import json
import os
import re
import statistics
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml

from assistant.schemas import Guide

# WENWEN_CATALOG_CHECK_DIR lets a generator author check a partial catalog while writing it.
CATALOG = Path(
    os.environ.get("WENWEN_CATALOG_CHECK_DIR") or Path(__file__).resolve().parents[2] / "catalog"
)
CANONICAL = ("color", "gender", "size")
PERSONAS = {"shopping_guide", "life_expert", "food_expert", "travel_planner", "copywriter"}
FIELDS = {
    "id": str,
    "title": str,
    "category": str,
    "brand": str,
    "price": (int, float),
    "currency": str,
    "rating": (int, float),
    "review_count": int,
    "attributes": dict,
    "description": str,
    "url": str,
}


@pytest.fixture(scope="module")
def products() -> list[dict]:
    lines = (CATALOG / "products.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def guides() -> list[dict]:
    return [
        yaml.safe_load(p.read_text(encoding="utf-8")) | {"_file": p.stem}
        for p in sorted((CATALOG / "guides").glob("*.yaml"))
    ]


def top(p: dict) -> str:
    return p["category"].split(" > ")[0]


def sub(p: dict) -> str:
    return " > ".join(p["category"].split(" > ")[:2])


def values(v) -> list:
    """Values as compared; a bare YAML ``yes`` (read as True) means the word, as in the app."""
    items = v if isinstance(v, list) else [v]
    return [("yes" if x else "no") if isinstance(x, bool) else str(x).lower() for x in items]


def test_catalog_is_large_and_spans_the_categories_shoppers_ask_about(products):
    assert len(products) >= 1000
    tops = Counter(top(p) for p in products)
    assert len(tops) >= 15, tops
    assert min(tops.values()) >= 30, tops


def test_every_product_has_every_field_with_the_right_type(products):
    for p in products:
        for field, kind in FIELDS.items():
            assert isinstance(p.get(field), kind), (p.get("id"), field)
        assert p["currency"] == "CNY" and p["price"] > 0
        assert 1 <= p["rating"] <= 5 and p["review_count"] >= 0
        assert p["url"] == f"/p/{p['id']}"
        assert p["category"].count(" > ") >= 1, p["id"]
        assert p["title"].strip() and len(p["description"]) >= 80, p["id"]


def test_ids_and_descriptions_are_unique_and_names_read_like_a_store(products):
    assert len({p["id"] for p in products}) == len(products)
    assert len({p["description"] for p in products}) == len(products)
    assert len({p["title"] for p in products}) >= 0.97 * len(products)
    generic = re.compile(r"\b(product|item|sample|test)\s*#?\d+\b", re.I)
    assert not [p["title"] for p in products if generic.search(p["title"])]
    assert len({p["brand"] for p in products}) >= 60


def test_prices_and_ratings_spread_like_a_real_shop(products):
    for name, group in _by(products, top).items():
        prices = [p["price"] for p in group]
        assert max(prices) >= 2.5 * min(prices), name
    ratings = [p["rating"] for p in products]
    assert 0.1 <= statistics.pstdev(ratings) <= 0.5
    assert 4.0 <= statistics.mean(ratings) <= 4.8
    reviews = sorted(p["review_count"] for p in products)
    assert reviews[len(reviews) // 2] < reviews[-1] / 20  # long tail


def test_each_category_has_four_well_filled_attributes_of_its_own(products):
    for name, group in _by(products, top).items():
        filled = Counter(
            k
            for p in group
            for k, v in p["attributes"].items()
            if k not in CANONICAL and v not in (None, "", [])
        )
        own = [k for k, n in filled.items() if n >= 0.9 * len(group)]
        assert len(own) >= 4, (name, filled.most_common(8))


def test_canonical_attributes_are_present_wherever_they_apply(products):
    for name, group in _by(products, sub).items():
        for key in CANONICAL:
            having = [p for p in group if key in p["attributes"]]
            assert not having or len(having) == len(group), (name, key)
    for p in products:
        attrs = p["attributes"]
        if "gender" in attrs:
            assert attrs["gender"] in {"men", "women", "unisex", "kids"}, p["id"]
        if "color" in attrs:
            assert isinstance(attrs["color"], str) and attrs["color"] == attrs["color"].lower()
        if "size" in attrs:
            assert isinstance(attrs["size"], list) and attrs["size"], p["id"]


def test_hats_are_many_and_varied_enough_to_have_right_and_wrong_answers(products):
    hats = [p for p in products if p["category"].startswith("Accessories > Hats")]
    assert len(hats) >= 40
    needed = (
        "style",
        "crown_height",
        "brim_width",
        "material",
        "color",
        "size",
        "decoration",
        "season",
    )
    for h in hats:
        assert all(k in h["attributes"] for k in needed), h["id"]
        assert all("cm" in s for s in h["attributes"]["size"]), h["id"]
    for key in ("style", "crown_height", "brim_width", "material", "color"):
        assert len({str(h["attributes"][key]) for h in hats}) >= 3, key


def test_there_are_150_guides_covering_every_aisle_and_role(guides, products):
    assert len(guides) >= 150
    aisles = {sub(p) for p in products}  # every second-level category has a guide of its own
    covered = {sub({"category": c}) for g in guides for c in g.get("categories", [])}
    assert aisles <= covered, aisles - covered
    roles = Counter(g["persona"] for g in guides)
    assert set(roles) == PERSONAS and min(roles.values()) >= 3, roles


def test_each_guide_is_well_formed(guides):
    for g in guides:
        assert g["id"] == g["_file"], g["_file"]
        assert g["persona"] in PERSONAS and g["title"] and g["summary"], g["id"]
        assert len(g["needs"]) >= 3, g["id"]
        names = [d["name"] for d in g["dimensions"]]
        assert len(names) >= 3 and len(set(names)) == len(names), g["id"]
        assert all(len(d["advice"]) >= 40 for d in g["dimensions"]), g["id"]
        if g["persona"] == "life_expert":
            assert len(g.get("steps") or []) >= 3, g["id"]
        if g["persona"] == "travel_planner":
            assert len(g.get("checklist") or []) >= 5, g["id"]


def test_no_two_guides_share_a_need(guides):
    seen: dict[str, str] = {}
    for g in guides:
        for need in [*g["needs"], *(g.get("zh") or {}).get("needs", [])]:
            key = " ".join(need.lower().split())
            assert key not in seen, (need, g["id"], seen.get(key))
            seen[key] = g["id"]


def test_dimensions_are_specific_to_each_need(guides):
    lists = Counter(tuple(sorted(d["name"].lower() for d in g["dimensions"])) for g in guides)
    assert lists.most_common(1)[0][1] <= 3, lists.most_common(3)
    assert len({d["name"].lower() for g in guides for d in g["dimensions"]}) >= 80


def test_every_implied_attribute_exists_in_the_categories_the_guide_points_to(guides, products):
    for g in guides:
        scope = [
            p for p in products if any(p["category"].startswith(c) for c in g.get("categories", []))
        ]
        assert scope or not g.get("categories"), (g["id"], "points to no products")
        seen: dict[str, set] = defaultdict(set)
        for p in scope:
            for k, v in p["attributes"].items():
                seen[k].update(values(v))
        implied = [d for d in g["dimensions"] if d.get("implies")]
        assert implied or not scope, (g["id"], "no dimension implies attributes")
        for d in implied:
            for key, wanted in d["implies"].items():
                assert key in seen, (g["id"], d["name"], key)
                missing = set(values(wanted)) - seen[key]
                assert not missing, (g["id"], d["name"], key, missing)


def _by(products, key) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for p in products:
        groups[key(p)].append(p)
    return groups


def test_every_guide_speaks_chinese_too_one_for_one(guides):
    han = re.compile(r"[\u4e00-\u9fff]")
    for g in guides:
        zh = Guide(**{k: v for k, v in g.items() if k != "_file"}).zh
        assert zh is not None, g["id"]
        assert han.search(zh.title) and han.search(zh.summary), g["id"]
        assert len(zh.needs) >= 4 and all(han.search(n) for n in zh.needs), g["id"]
        names = [d.name for d in zh.dimensions]
        assert len(set(names)) == len(names) == len(g["dimensions"]), g["id"]
        assert all(han.search(d.name) and len(d.advice) >= 30 for d in zh.dimensions), g["id"]
        # a folded YAML line leaves no space inside Chinese text
        assert not re.search(r"[\u4e00-\u9fff，。] [\u4e00-\u9fff，。]", zh.summary), g["id"]
