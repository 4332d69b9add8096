"""The English demo store answers Chinese questions through its Chinese route: the same products
embedded with e5 in a second collection, Chinese words read into the catalog's, and the guides'
Chinese text."""

from __future__ import annotations

import re

import pytest

from assistant.pipeline import Assistant
from assistant.settings import Settings
from tests.conftest import NO_LLM

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def demo(default_catalog, embedder) -> Assistant:
    """The demo store's index with its Chinese route (e5 embeds it in about two minutes)."""
    settings = Settings(_env_file=None, data_dir=default_catalog.settings.data_dir,
                        chinese_route=5000, **NO_LLM)  # fmt: skip
    assistant = Assistant(settings, embedder)
    assistant.ensure_index()
    assert assistant.chinese is not None
    return assistant


@pytest.mark.slow
def test_a_round_face_asked_in_chinese_gets_chinese_advice_and_real_hats(demo):
    answer = demo.ask("我是大圆脸，怎么选帽子？")
    assert answer.sources == ["hat-round-face"]
    names = [d.name for d in answer.dimensions]
    assert {"帽型", "颜色", "材质", "尺码"} <= set(names), names
    assert HAN.search(answer.summary) and "首选" in answer.summary
    assert answer.products and all(
        p.category.startswith("Accessories > Hats") for p in answer.products
    )
    assert all(p.reason.startswith("符合建议") for p in answer.products)
    real = demo.product(answer.products[0].id)
    assert (answer.products[0].title, answer.products[0].price) == (real.title, real.price)


@pytest.mark.slow
def test_a_chinese_conversation_on_the_english_store_narrows_and_compares(demo):
    first = demo.ask("我是大圆脸，怎么选帽子？")
    black = demo.ask("要黑色的，三百以内", first.session_id)
    assert black.constraints.colors == ["black"] and black.constraints.price_max == 300
    assert black.products
    assert all(p.attributes["color"] == "black" and p.price <= 300 for p in black.products)
    compared = demo.ask("前两个对比一下", first.session_id)
    assert compared.comparison.product_ids == [p.id for p in black.products[:2]]
    assert "价格" in {row.dimension for row in compared.comparison.rows}
    english = demo.ask("a warm scarf for my mum")  # English turns keep MiniLM and English
    assert english.summary and not HAN.search(english.summary)
