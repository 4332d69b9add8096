"""Reading one text: the words come from the catalog, a phrase keeps every sense it has, and the
price phrases leave the text that is searched."""

from __future__ import annotations

from assistant.language.parse import parse
from assistant.language.vocabulary import Vocabulary
from assistant.schemas import Product


def _p(n: int, category: str, **attributes) -> Product:
    return Product(id=str(n), title="t", category=category, attributes=attributes)


def test_vocabulary_comes_from_the_catalog_not_a_fixed_list():
    vocab = Vocabulary.from_products([_p(1, "Garden > Lawn Mowers", color="Burnt Orange")])
    parsed = parse("a burnt orange lawn mower", vocab).constraints
    assert parsed.colors == ["burnt orange"] and parsed.categories == ["garden > lawn mowers"]


def test_a_word_with_two_senses_keeps_both_for_the_products_in_question_to_decide():
    vocab = Vocabulary.from_products([
        _p(1, "Eyewear > Sunglasses", polarized="yes", lens="polycarbonate"),
        _p(2, "Travel Gear > Suitcases", material="polycarbonate"),
    ])  # fmt: skip
    options = parse("a polycarbonate suitcase", vocab).attribute_options
    assert options == [{"lens": {"polycarbonate"}, "material": {"polycarbonate"}}]


def test_price_phrases_are_taken_out_of_the_text_that_is_searched():
    vocab = Vocabulary.from_products([_p(1, "Shoes > Running Shoes", color="black")])
    assert parse("black running shoes under 500 yuan", vocab).text == "black running shoes"


def test_a_column_of_one_off_values_is_free_text_whose_words_ask_for_nothing():
    from assistant.language.attributes import free_text_keys
    from assistant.schemas import Product

    products = [
        Product(id=str(n), title=f"Phone {n}", attributes={"review_title": f"works well {n}",
                                                          "material": ["metal", "glass"][n % 2]})
        for n in range(40)
    ]  # fmt: skip
    assert free_text_keys(products) == {"review_title"}
    vocab = Vocabulary.from_products(products)
    assert parse("a metal phone that works well", vocab).constraints.attributes == {
        "material": ["metal"]
    }
