"""Importing catalogs: formats, column mapping, and bad rows reported while the rest loads."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from assistant.catalog.read import load_catalog, parse_mapping


def write_jsonl(path, rows):
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return path


def test_bad_jsonl_rows_are_reported_with_row_number_and_reason_and_the_rest_loads(tmp_path):
    path = write_jsonl(
        tmp_path / "c.jsonl",
        [
            {"id": "a1", "title": "Straw Fedora", "price": 129},
            "{not json",
            {"title": "No id here"},
            {"id": "a2", "title": ""},
            {"id": "a3", "title": "Negative", "price": -5},
            {"id": "a4", "title": "Words", "price": "twelve"},
            {"id": "a1", "title": "Repeated id"},
            {"id": "a5", "title": "Too good", "rating": 7},
            {"id": 6, "title": "Numeric id", "price": "¥1,299"},
        ],
    )
    result = load_catalog(path)
    assert [p.id for p in result.products] == ["a1", "6"]
    assert result.products[1].price == 1299
    reasons = {e.row: e.reason for e in result.errors}
    assert set(reasons) == {2, 3, 4, 5, 6, 7, 8}
    assert "invalid JSON" in reasons[2]
    assert reasons[3] == "missing id" and reasons[4] == "missing title"
    assert "negative" in reasons[5] and "not a number" in reasons[6]
    assert "duplicate id 'a1'" in reasons[7] and "row 1" in reasons[7]
    assert "outside 0-5" in reasons[8]


def test_common_column_names_map_themselves_and_other_columns_become_attributes(tmp_path):
    path = tmp_path / "shop.csv"
    path.write_text(
        "ProductID,ProductName,ProductBrand,Gender,Price (INR),PrimaryColor,Fabric\n"
        "00123,Linen Shirt,Loom,Men,1499,Navy Blue,linen\n"
    )
    product = load_catalog(path).products[0]
    assert product.id == "00123"  # exactly as imported, leading zeros kept
    assert (product.title, product.brand, product.price) == ("Linen Shirt", "Loom", 1499)
    assert product.currency == "INR"  # read from the "Price (INR)" header
    assert product.attributes == {"fabric": "linen", "color": "navy blue", "gender": "men"}
    assert product.url == "/p/00123"


def test_explicit_mapping_wins_and_currency_can_be_given(tmp_path):
    path = tmp_path / "shop.csv"
    path.write_text("code,label,cost,tint\nX-1,Wool Beanie,59,Charcoal\n")
    mapping = parse_mapping(["id=code", "title=label", "price=cost", "color=tint"])
    product = load_catalog(path, mapping, currency="usd").products[0]
    assert (product.id, product.title, product.price, product.currency) == (
        "X-1",
        "Wool Beanie",
        59,
        "USD",
    )
    assert product.attributes["color"] == "charcoal"


@pytest.mark.parametrize(
    "pairs, message",
    [
        (["title"], "FIELD=COLUMN"),
        (["colour=Tint"], "unknown field"),
        (["title=Nope"], "no column"),
    ],
)
def test_a_wrong_mapping_says_what_to_fix(tmp_path, pairs, message):
    path = tmp_path / "shop.csv"
    path.write_text("id,name\n1,Hat\n")
    with pytest.raises(ValueError, match=message):
        load_catalog(path, parse_mapping(pairs))


def test_parquet_loads_like_csv(tmp_path):
    path = tmp_path / "shop.parquet"
    pq.write_table(
        pa.table(
            {
                "sku": ["p-1", "p-2"],
                "name": ["Panama Hat", "Bucket Hat"],
                "price": [259.0, None],
                "colour": ["Beige", "Olive"],
            }
        ),
        path,
    )
    result = load_catalog(path)
    assert [p.id for p in result.products] == ["p-1", "p-2"]
    assert result.products[0].attributes["color"] == "beige" and result.products[1].price is None


def test_nested_category_trees_and_specification_lists_are_unpacked(tmp_path):
    path = tmp_path / "fk.csv"
    path.write_text(
        "uniq_id,product_name,product_category_tree,product_rating,"
        "product_specifications\n"
        '"u1","aw bellies","[""Footwear >> Women\'s Footwear >> Ballerinas""]",'
        "\"No rating available\",\"[{'key': 'Color', 'value': 'Red'}, "
        "{'key': 'Ideal For', 'value': 'Women'}]\"\n"
    )
    product = load_catalog(path).products[0]
    assert product.category == "Footwear > Women's Footwear > Ballerinas"
    assert product.rating is None
    assert product.attributes["color"] == "red" and product.attributes["gender"] == "women"


def test_rows_with_broken_text_or_shape_are_rejected_not_crashing(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"id,title\n1,Good Hat\n2,Bad \xff\xfe bytes\n3,Extra,cell\n4,Also Good\n")
    result = load_catalog(path)
    assert [p.id for p in result.products] == ["1", "4"]
    assert [(e.row, "UTF-8" in e.reason or "more cells" in e.reason) for e in result.errors] == [
        (2, True),
        (3, True),
    ]


def test_oversized_text_is_capped_or_rejected_never_stored_whole(tmp_path):
    path = write_jsonl(
        tmp_path / "big.jsonl",
        [
            {"id": "b1", "title": "Hat", "description": "word " * 300_000, "notes": "x " * 600_000},
            {"id": "b2", "title": "T" * 1000},
        ],
    )
    result = load_catalog(path)
    product = result.products[0]
    assert len(product.description) <= 5001 and len(product.attributes["notes"]) <= 5001
    assert [(e.row, "title is 1000 characters" in e.reason) for e in result.errors] == [(2, True)]


def test_the_guide_in_the_guides_readme_reads_as_a_guide(tmp_path):
    from assistant.catalog.read import read_guide

    readme = (Path(__file__).resolve().parents[2] / "catalog" / "guides" / "README.md").read_text()
    example = readme.split("```yaml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "example.yaml"
    path.write_text(example, encoding="utf-8")
    guide = read_guide(path)
    assert guide.id == "kettle-for-green-tea" and len(guide.needs) == 3
    assert guide.zh is not None and [d.name for d in guide.zh.dimensions] == ["控温", "保温"]
