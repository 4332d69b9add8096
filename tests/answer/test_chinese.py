"""A Chinese shop answers a Chinese shopper in Chinese: prices read from Chinese words, the
summary, reasons, chips, notices, comparisons and honesty all in Chinese, the catalog's own
titles and prices untouched; and an English turn in the same conversation is answered in English."""

from __future__ import annotations

import re

import pytest

from assistant.pipeline import Assistant
from assistant.schemas import Product
from tests.conftest import make_settings
from tests.llm_server import ScriptedLLM, Status

HAN = re.compile(r"[\u4e00-\u9fff]")
POTS = [
    ("k1", "美的电热水壶 1.7L大容量 304不锈钢 自动断电", "厨房电器 > 电水壶", 129, "304不锈钢"),
    ("k2", "苏泊尔电水壶 1.5L 烧水快 家用", "厨房电器 > 电水壶", 89, "304不锈钢"),
    ("k3", "小熊玻璃电水壶 1.2L 透明可视", "厨房电器 > 电水壶", 69, "高硼硅玻璃"),
    ("k4", "九阳电水壶 保温 1.8L 双层防烫", "厨房电器 > 电水壶", 239, "304不锈钢"),
    ("k5", "米家电水壶 1.5L 塑料外壳 轻便", "厨房电器 > 电水壶", 59, "塑料"),
    ("h1", "小熊养生壶 1.5L 玻璃 煮花茶", "厨房电器 > 养生壶", 159, "高硼硅玻璃"),
    ("h2", "九阳养生壶 多功能 全自动 炖燕窝", "厨房电器 > 养生壶", 299, "高硼硅玻璃"),
    ("t1", "膳魔师保温杯 500ml 不锈钢 保温一整天", "杯壶 > 保温杯", 199, "316不锈钢"),
    ("t2", "富光保温杯 男士 大容量 泡茶杯", "杯壶 > 保温杯", 99, "304不锈钢"),
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> Assistant:
    """A small Chinese shop, embedded with e5 as its language asks."""
    assistant = Assistant(make_settings(tmp_path_factory.mktemp("zh") / "data"))
    assistant.ingest(
        Product(id=i, title=t, category=c, price=float(p), attributes={"材质": m})
        for i, t, c, p, m in POTS
    )
    return assistant


def chinese(text: str) -> bool:
    return bool(text) and len(HAN.findall(text)) >= len(re.findall(r"[A-Za-z]+", text))


@pytest.mark.slow
def test_a_chinese_question_gets_a_chinese_answer_within_its_chinese_budget(shop):
    answer = shop.ask("想买个烧水壶，两百以内")
    assert answer.constraints.price_max == 200
    assert answer.products and all(p.price <= 200 for p in answer.products)
    assert "首选" in answer.summary and chinese(answer.summary)
    assert all(chinese(p.reason) for p in answer.products)
    assert answer.follow_ups and all(chinese(chip) for chip in answer.follow_ups)
    titles = {i: t for i, t, *_ in POTS}
    assert all(p.title == titles[p.id] for p in answer.products)  # titles as the catalog has them


@pytest.mark.slow
def test_a_chinese_conversation_refines_compares_and_switches_language(shop):
    first = shop.ask("给爸妈买个电水壶")
    compared = shop.ask("前两个对比一下", first.session_id)
    assert compared.comparison is not None
    assert compared.comparison.product_ids == [p.id for p in first.products[:2]]
    assert {"价格", "评分"} <= {row.dimension for row in compared.comparison.rows}
    assert chinese(compared.summary)
    cheapest = min(p.price for p in first.products)
    cheaper = shop.ask("再便宜一点", first.session_id)
    assert cheaper.constraints.price_max < cheapest
    assert all(p.price < cheapest for p in cheaper.products)
    assert any(n.startswith("已为你筛选") for n in cheaper.notices), cheaper.notices
    assert chinese(cheaper.summary)  # the products, or why there are none
    english = shop.ask("under 100 yuan", first.session_id)
    assert english.constraints.price_max == 100
    assert english.summary.startswith("Here is what fits best")  # aisle names stay the shop's


@pytest.mark.slow
def test_a_chinese_shopper_is_told_in_chinese_what_the_shop_does_not_sell(shop):
    answer = shop.ask("有没有电饭煲？")
    assert answer.summary.startswith("我们店里没有电饭煲")


@pytest.mark.slow
def test_the_model_is_told_the_shoppers_language_and_its_failure_is_explained_in_it(shop):
    with ScriptedLLM(default=Status(500, "upstream exploded")) as server:
        settings = make_settings(shop.settings.data_dir, openai_base_url=server.base_url,
                                 openai_api_key="test-key", llm_timeout=5)  # fmt: skip
        answer = Assistant(settings).ask("想买个烧水壶，两百以内")
        sent = str(server.requests[0]["messages"])
    assert "Simplified Chinese" in sent and "LANGUAGE" in sent
    assert answer.engine == "offline" and answer.products
    assert any(n.startswith("大模型暂时不可用") for n in answer.notices), answer.notices
