"""Query understanding: a table of phrasings and the constraints a shopper means by them."""

from __future__ import annotations

import pytest

from assistant.schemas import Product
from assistant.understand import Vocabulary, understand

VOCAB = Vocabulary.from_products(
    [
        Product(
            id="1",
            title="t",
            category="Shoes > Running Shoes > Road",
            attributes={"color": "black", "gender": "men", "size": ["41", "42"]},
        ),
        Product(
            id="2",
            title="t",
            category="Accessories > Hats > Fedora",
            attributes={"color": "navy blue", "gender": "unisex", "size": ["56-58 cm"]},
        ),
        Product(
            id="3",
            title="t",
            category="Women's Clothing > Coats & Jackets",
            attributes={"color": "Gray", "gender": "women", "size": ["S", "M", "XL"]},
        ),
        Product(id="4", title="t", category="Tea > Green Tea", attributes={}),
        Product(id="6", title="t", category="Outdoor & Camping > Headlamps"),
        Product(id="7", title="t", category="Outdoor & Camping > Tents"),
        Product(id="8", title="t", category="Home & Kitchen > Small Appliances > Kettles"),
        Product(id="5", title="t", category="Baby > Clothing", attributes={"gender": "kids"}),
    ]
)

TABLE = [
    ("hat for a round face", {"categories": ["accessories > hats"]}),
    (
        "black running shoes for men under 500 yuan",
        {
            "price_max": 500,
            "colors": ["black"],
            "genders": ["men", "unisex"],
            "categories": ["shoes > running shoes"],
        },
    ),
    ("below ¥300", {"price_max": 300}),
    ("less than 200 rmb", {"price_max": 200}),
    ("no more than 1.5k", {"price_max": 1500}),
    ("100-200元", {"price_min": 100, "price_max": 200}),
    ("between 100 and 250", {"price_min": 100, "price_max": 250}),
    ("¥80 to ¥120", {"price_min": 80, "price_max": 120}),
    ("over 1000 yuan", {"price_min": 1000}),
    ("around 300 kuai", {"price_min": 240, "price_max": 360}),
    ("300元以下", {"price_max": 300}),
    ("500元以上", {"price_min": 500}),
    ("cheap fedora", {"cheap": True, "categories": ["accessories > hats > fedora"]}),
    ("affordable green tea", {"cheap": True, "categories": ["tea > green tea"]}),
    (
        "a grey coat for my wife",
        {
            "colors": ["grey"],
            "genders": ["unisex", "women"],
            "categories": ["women's clothing > coats & jackets"],
        },
    ),
    ("something blue", {"colors": ["navy blue"]}),
    ("not black", {"exclude": {"color": ["black"]}}),
    (
        "a hat, not in black",
        {"categories": ["accessories > hats"], "exclude": {"color": ["black"]}},
    ),
    ("anything but black", {"exclude": {"color": ["black"]}}),
    ("under " + "9" * 400 + " yuan", {}),
    ("jacket in size XL", {"sizes": ["xl"], "categories": ["women's clothing > coats & jackets"]}),
    ("hat size 57cm", {"sizes": ["57cm"], "categories": ["accessories > hats"]}),
    ("running shoes eu 42", {"sizes": ["42"], "categories": ["shoes > running shoes"]}),
    ("a gift for my son", {"genders": ["kids"]}),
    ("3-day hike under 2kg", {}),
    ("20000mah power bank under 200", {"price_max": 200}),
    # a category word in context names the situation, not the product wanted
    (
        "a headlamp so I can see when pitching the tent",
        {"categories": ["outdoor & camping > headlamps"]},
    ),
    ("what removes the scale inside my kettle", {}),
    ("an electric kettle", {"categories": ["home & kitchen > small appliances > kettles"]}),
]


@pytest.mark.parametrize("query, expected", TABLE, ids=[q for q, _ in TABLE])
def test_phrasings_become_the_constraints_a_shopper_means(query, expected):
    parsed = understand(query, VOCAB).constraints.model_dump(exclude_defaults=True)
    assert parsed == expected


def test_price_phrases_are_taken_out_of_the_text_that_is_searched():
    assert understand("black running shoes under 500 yuan", VOCAB).text == "black running shoes"


def test_vocabulary_comes_from_the_catalog_not_a_fixed_list():
    vocab = Vocabulary.from_products(
        [
            Product(
                id="1",
                title="t",
                category="Garden > Lawn Mowers",
                attributes={"color": "Burnt Orange"},
            )
        ]
    )
    parsed = understand("a burnt orange lawn mower", vocab).constraints
    assert parsed.colors == ["burnt orange"] and parsed.categories == ["garden > lawn mowers"]
