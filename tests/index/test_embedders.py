"""Which model embeds an index: chosen by the catalog's language, recorded, and kept."""

from __future__ import annotations

import pytest

from assistant.index.embeddings import E5Embedder, EmbedderMismatch, embedder_id, embedder_name
from assistant.pipeline import Assistant
from assistant.schemas import Product
from tests.conftest import make_settings
from tests.test_cli import runner

POTS = {
    "k1": ("美的电热水壶 1.7L大容量 304不锈钢 自动断电 防干烧", "厨房电器 > 电水壶"),
    "k2": ("苏泊尔电水壶 1.5L 烧水快 家用", "厨房电器 > 电水壶"),
    "h1": ("小熊养生壶 1.5L 玻璃 煮花茶 煮茶器 办公室", "厨房电器 > 养生壶"),
    "h2": ("九阳养生壶 多功能 全自动 花茶壶 玻璃", "厨房电器 > 养生壶"),
    "t1": ("膳魔师保温杯 500ml 不锈钢 学生 便携 保温一整天", "杯壶 > 保温杯"),
    "t2": ("富光保温杯 男士 大容量 泡茶杯 车载", "杯壶 > 保温杯"),
    "k3": ("小米米家电水壶 1.5L 双层防烫", "厨房电器 > 电水壶"),
    "h3": ("美的养生壶 煮燕窝 炖盅 1.5L", "厨房电器 > 养生壶"),
    "t3": ("哈尔斯保温杯 女士 小巧 316 焖烧杯", "杯壶 > 保温杯"),
}


@pytest.mark.slow
def test_a_chinese_catalog_is_embedded_with_e5_and_finds_what_a_chinese_question_needs(tmp_path):
    shop = Assistant(make_settings(tmp_path / "data"))  # WENWEN_EMBEDDER=auto, the default
    products = [Product(id=i, title=t, category=c, price=99.0) for i, (t, c) in POTS.items()]
    report = shop.ingest(products)
    assert report.embedder == E5Embedder.model_id
    assert shop.store.embedder() == E5Embedder.model_id
    found = [p.id for p in shop.search("办公室里泡花茶用的壶", k=3).products]
    assert set(found) == {"h1", "h2", "h3"}, found
    found = [p.id for p in shop.search("冬天上学带的杯子，能保温一整天", k=3).products]
    assert set(found) == {"t1", "t2", "t3"}, found
    # another process over the same data dir searches with the embedder the index recorded
    again = Assistant(make_settings(tmp_path / "data"))
    assert again.embedder.model_id == E5Embedder.model_id


def test_asking_for_another_embedder_than_the_index_was_built_with_is_a_clear_error(tmp_path):
    built = Assistant(make_settings(tmp_path / "data", embedder="hash"))
    built.ensure_index()
    assert built.store.embedder() == "hash-embedder"
    assert Assistant(make_settings(tmp_path / "data")).embedder_setting() == "hash"  # auto
    with pytest.raises(EmbedderMismatch) as caught:
        Assistant(make_settings(tmp_path / "data", embedder="e5")).embedder_setting()
    said = str(caught.value)
    assert "hash-embedder" in said and "WENWEN_EMBEDDER=e5" in said and "--replace" in said


def test_the_commands_refuse_an_index_built_with_another_embedder(tmp_path):
    runner(tmp_path)("ingest")  # built with the hash embedder (the tests' default)
    done = runner(tmp_path, embedder="e5")("search", "a hat")
    assert done.returncode == 2
    said = " ".join(done.stderr.split())
    assert "was built with hash-embedder" in said and "--replace" in said


def test_a_setting_names_its_model_and_a_model_names_its_setting(tmp_path):
    for name in ("minilm", "e5", "hash"):
        assert embedder_name(embedder_id(name)) == name
    assert embedder_name(embedder_id(str(tmp_path))) == str(tmp_path.resolve())
    with pytest.raises(ValueError, match="WENWEN_EMBEDDER='bge'"):
        make_settings(tmp_path, embedder="bge")
