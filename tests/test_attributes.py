"""Attribute phrases: the catalog's own attribute words become wanted or ruled-out values, and
the price, person and slang phrasings the evals caught being misread."""

from __future__ import annotations

import pytest

from assistant.schemas import Product
from assistant.understand import Vocabulary, understand


def _p(n: int, category: str, **attributes) -> Product:
    return Product(id=str(n), title="t", category=category, attributes=attributes)


VOCAB = Vocabulary.from_products([
    _p(1, "Accessories > Scarves", material="cashmere", color="grey", gender="women"),
    _p(2, "Accessories > Scarves", material="lambswool", color="red", gender="women"),
    _p(3, "Accessories > Scarves", material="merino wool", gender="unisex"),
    _p(4, "Accessories > Scarves", material="alpaca blend", gender="women"),
    _p(5, "Shoes > Sneakers", material="leather", color="white", gender="women"),
    _p(6, "Shoes > Sneakers", material="synthetic leather", color="white", gender="men"),
    _p(7, "Skincare > Sunscreen", fragrance_free="yes", spf=50),
    _p(8, "Skincare > Sunscreen", fragrance_free="no", spf=30),
    _p(9, "Eyewear > Sunglasses", polarized="yes", lens="polycarbonate", gender="men"),
    _p(10, "Travel Gear > Suitcases", material="polycarbonate"),
    _p(11, "Home & Kitchen > Cookware > Woks", induction_compatible="yes",
       coating="ptfe non-stick"),
])  # fmt: skip


def parse(text: str) -> dict:
    return understand(text, VOCAB).constraints.model_dump(exclude_defaults=True)


@pytest.mark.parametrize("text, attributes, exclude", [
    ("white leather sneakers", {"material": ["leather"]}, {}),  # not "synthetic leather"
    ("polarised sunglasses for driving", {"polarized": ["yes"]}, {}),
    ("sunscreen, must be fragrance free, spf50", {"fragrance_free": ["yes"], "spf": ["50"]}, {}),
    ("sunscreen, no fragrance please", {"fragrance_free": ["yes"]}, {}),
    ("a wok that works on induction, not non-stick", {"induction_compatible": ["yes"]},
     {"coating": ["ptfe non-stick"]}),
    ("a scarf, no wool, cashmere or alpaca", {},
     {"material": ["alpaca blend", "cashmere", "lambswool", "merino wool"]}),
])  # fmt: skip
def test_attribute_words_are_wanted_or_ruled_out(text, attributes, exclude):
    parsed = parse(text)
    assert parsed.get("attributes", {}) == attributes
    assert parsed.get("exclude", {}) == exclude


def test_a_word_with_two_senses_keeps_both_for_the_products_in_question_to_decide():
    options = understand("a polycarbonate suitcase", VOCAB).attribute_options
    assert options == [{"lens": {"polycarbonate"}, "material": {"polycarbonate"}}]


@pytest.mark.parametrize("text, expected", [
    ("dont want to spend more than 200", {"price_max": 200}),
    ("dress shoes, size 42, max ¥900", {"price_max": 900}),
    ("a scarf for my mum, 300 kuai", {"price_max": 300}),
    ("budget is 500 rmb max", {"price_max": 500}),
    ("nights drop to about 0 degrees", {}),
    ("under 500. the ad says it is ¥99", {"price_max": 500}),
])  # fmt: skip
def test_price_phrasings_the_evals_caught(text, expected):
    parsed = understand(text, VOCAB).constraints
    assert {k: v for k, v in (("price_min", parsed.price_min), ("price_max", parsed.price_max))
            if v is not None} == expected  # fmt: skip


def test_grown_children_and_shoppers_speaking_of_themselves_get_adult_genders():
    assert parse("sneakers for my son, he's 17")["genders"] == ["men", "unisex"]
    assert parse("a scarf for my daughter, she's at uni")["genders"] == ["unisex", "women"]
    assert parse("im a girl btw, want a scarf")["genders"] == ["unisex", "women"]
    assert parse("sunnies for driving, for me (guy)")["genders"] == ["men", "unisex"]


def test_everyday_synonyms_reach_the_catalogs_words():
    assert "sunglasses" in understand("need sunnies for driving", VOCAB).text
