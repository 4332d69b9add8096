"""Advice from the catalog itself when no guide fits: dimensions in a shopper's words, advice made
of the matches' own counts, ranges and prices, and reasons that cite each product's values."""

from __future__ import annotations

import re

import pytest

from assistant.answer.format import attribute_words
from assistant.answer.ranking import rank
from assistant.answer.spread import catalog_dimensions
from assistant.schemas import SearchHit

BOTTLES = [  # (capacity_ml, material, insulated, price)
    (500, "stainless steel", True, 129),
    (750, "stainless steel", True, 149),
    (750, "stainless steel", True, 159),
    (750, "tritan plastic", False, 59),
    (1000, "tritan plastic", False, 69),
    (600, "glass", False, 79),
]


def bottle(n: int, capacity: int, material: str, insulated: bool, price: float) -> SearchHit:
    return SearchHit(
        id=f"b{n}", title=f"Sports Bottle {n}", category="Sports > Bottles", brand="Acme",
        price=price, currency="CNY", rating=4.5, url=f"/p/b{n}", score=1.0 - n / 100,
        attributes={"capacity_ml": capacity, "material": material, "insulated": insulated,
                    "size": ["one size"], "sku": f"AC-{n:04d}", "NumImages": 4},
    )  # fmt: skip


@pytest.fixture
def bottles() -> list[SearchHit]:
    return [bottle(n, *row) for n, row in enumerate(BOTTLES)]


@pytest.mark.parametrize(
    "key, language, words",
    [
        ("capacity_ml", "en", ("capacity", "ml")),
        ("protein_pct", "en", ("protein", "%")),
        ("weight_kg", "en", ("weight", "kg")),
        ("temperature_rating_c", "en", ("temperature rating", "°C")),
        ("battery_hours", "en", ("battery", "hours")),
        ("watt_hours", "en", ("watt hours", "Wh")),
        ("capacity_l", "en", ("capacity", "L")),
        ("NumImages", "en", ("num images", "")),
        ("material", "zh", ("材质", "")),
        ("capacity_ml", "zh", ("容量", "ml")),
        ("fill_power", "zh", ("蓬松度", "")),
    ],
)
def test_an_attribute_is_named_in_a_shoppers_words_with_its_unit(key, language, words):
    assert attribute_words(key, language) == words


def test_the_catalogs_own_spread_becomes_named_dimensions_with_its_numbers(bottles):
    dims = catalog_dimensions(bottles, "what should I look for in a water bottle")
    names = [d.name for d in dims]
    assert set(names) == {"Capacity", "Material", "Insulated"}  # no sku, image count or size
    capacity = next(d for d in dims if d.name == "Capacity")
    assert "500 ml" in capacity.advice and "1,000 ml" in capacity.advice
    material = next(d for d in dims if d.name == "Material")
    assert "stainless steel (3)" in material.advice and "tritan plastic (2)" in material.advice
    insulated = next(d for d in dims if d.name == "Insulated")
    # 3 of 6 insulated, averaging ¥146 against ¥69 for the rest: ¥77 more
    assert "3 of the 6" in insulated.advice and "¥77 more" in insulated.advice
    for d in dims:  # every number said is one counted from the matches
        for number in re.findall(r"\d[\d,]*", d.advice):
            assert number.replace(",", "") in {
                "3", "6", "2", "1", "500", "1000", "600", "750", "77", "146", "74",
                "149", "64", "625", "875", "81",
            }, (d.name, number)  # fmt: skip


def test_a_question_about_an_attribute_puts_it_first(bottles):
    dims = catalog_dimensions(bottles, "which material is best for a bottle?")
    assert dims[0].name == "Material"


def test_each_product_is_placed_on_those_dimensions_by_its_own_values(bottles):
    dims = catalog_dimensions(bottles, "a water bottle")
    first = rank(bottles, dims)[0]
    assert "capacity 500 ml" in first.reason and "stainless steel" in first.reason


def test_the_same_advice_in_chinese(bottles):
    dims = catalog_dimensions(bottles, "", "zh")
    names = {d.name for d in dims}
    assert {"容量", "材质"} <= names
    capacity = next(d for d in dims if d.name == "容量")
    assert "500ml" in capacity.advice and "1,000ml" in capacity.advice and "款" in capacity.advice
    reason = rank(bottles, dims, "zh")[0].reason
    assert "容量500ml" in reason and "不锈钢" in reason  # the value in the shopper's words
    assert "insulated 是" not in reason and "insulated是" not in reason  # 保温是, in Chinese


def test_matches_of_other_kinds_are_left_out_of_the_shelf(bottles):
    towel = bottles[0].model_copy(update={
        "id": "t1", "category": "Sports > Towels", "attributes": {"material": "microfibre"}
    })  # fmt: skip
    dims = catalog_dimensions([*bottles, towel], "")
    material = next(d for d in dims if d.name == "Material")
    assert "microfibre" not in material.advice


def test_too_few_matches_or_no_difference_gives_no_dimension(bottles):
    assert catalog_dimensions(bottles[:2], "") == []
    same = [b.model_copy(update={"attributes": {"material": "glass"}}) for b in bottles]
    assert catalog_dimensions(same, "") == []


def test_after_a_guide_only_what_it_does_not_cover(bottles):
    from assistant.schemas import Dimension

    guide = [Dimension(name="Keeps it cold", advice="Insulated steel keeps water cold all day.",
                       implies={"insulated": ["yes"]}),
             Dimension(name="Material you can taste", advice="Steel and glass taste of nothing.",
                       implies={})]  # fmt: skip
    extra = catalog_dimensions(bottles, "", "en", 2, besides=guide)
    assert [d.name for d in extra] == ["Capacity"]  # not insulated (implied), not material (named)
    assert catalog_dimensions(bottles[:5], "", "en", 2, besides=guide) == []  # too few to say


def test_on_a_shelf_of_food_the_packs_weight_is_no_advice_but_on_one_of_gear_it_is():
    def item(n: int, category: str, weight: float, protein: int) -> SearchHit:
        return SearchHit(
            id=f"f{n}", title=f"Item {n}", category=category, brand="Acme", price=50.0 + n * 20,
            currency="CNY", rating=4.5, url=f"/p/f{n}", score=1.0 - n / 100,
            attributes={"weight_kg": weight, "protein_pct": protein},
        )  # fmt: skip

    rows = [(1.5, 32), (2, 36), (5, 30), (1.5, 40), (10, 28), (2, 34)]
    food = [item(n, "Pets > Cat Food > Dry", *row) for n, row in enumerate(rows)]
    assert [d.name for d in catalog_dimensions(food, "")] == ["Protein"]
    gear = [item(n, "Sports > Dumbbells", *row) for n, row in enumerate(rows)]
    assert "Weight" in [d.name for d in catalog_dimensions(gear, "")]
