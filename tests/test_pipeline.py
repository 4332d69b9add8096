"""The Assistant's one way through: read, search, answer (whatever the engine), remember."""

from __future__ import annotations

import pytest

from assistant.pipeline import Assistant
from assistant.schemas import Answer, AnswerProduct
from tests.scripted import ScriptedEngine


@pytest.fixture
def scripted(mini, embedder):
    engine = ScriptedEngine()
    return engine, Assistant(mini.settings, embedder, engine=engine)


def _answer(assistant: Assistant, *ids: str) -> Answer:
    shown = [AnswerProduct(**assistant.searcher.hit(i).model_dump(), reason="r") for i in ids]
    return Answer(persona="shopping_guide", summary="Two hats.", products=shown)


def test_the_engines_parts_fold_into_the_answer_and_the_conversation_remembers_them(scripted):
    engine, assistant = scripted
    engine.enqueue(_answer(assistant, "H3", "H1"))
    first = assistant.ask("hat for a round face")
    assert [p.id for p in first.products] == ["H3", "H1"] and first.summary == "Two hats."
    evidence = engine.seen[0]
    assert evidence.search.products and evidence.guide.id == "hat-round-face"
    pk = assistant.ask("compare the first two", first.session_id)
    assert pk.comparison.product_ids == ["H3", "H1"]  # what was shown, not what search found
    assert len(engine.seen) == 1  # a comparison is the catalog's, no engine needed


def test_a_streamed_answer_is_the_same_answer_part_by_part(scripted):
    engine, assistant = scripted
    engine.enqueue(_answer(assistant, "H1"), _answer(assistant, "H1"))
    reply = assistant.stream("hat for a round face")
    kinds = [part.kind for part in reply]
    assert kinds[0] == "begin" and "product" in kinds
    streamed = reply.answer.model_dump(exclude={"session_id"})
    assert streamed == assistant.ask("hat for a round face").model_dump(exclude={"session_id"})


def test_words_it_cannot_read_change_nothing_in_the_conversation(scripted):
    engine, assistant = scripted
    engine.enqueue(_answer(assistant, "H1"))
    first = assistant.ask("hat for a round face")
    odd = assistant.ask("???", first.session_id)
    assert odd.clarifying_question and not odd.products and not engine.seen[1:]
    assert assistant.sessions.get(first.session_id).turns == ["hat for a round face"]


def test_guides_edited_after_indexing_are_used_from_the_next_start(tmp_path, hashed):
    import shutil

    from tests.conftest import FIXTURES, make_settings

    guides = tmp_path / "guides"
    shutil.copytree(FIXTURES / "guides", guides)
    settings = make_settings(tmp_path / "data", guides_dir=guides)
    first = Assistant(settings, hashed)
    first.ensure_index()
    assert "hat-round-face" in first.searcher.guides

    text = (guides / "hat-round-face.yaml").read_text(encoding="utf-8")
    (guides / "hat-for-a-long-face.yaml").write_text(
        text.replace("id: hat-round-face", "id: hat-for-a-long-face")
        .replace("a round face", "a long face")
        .replace("- my face is big and round, how do I choose a hat", "- my face is long and thin")
        .replace("- a hat that makes a round face look slimmer", "- a hat to shorten a long face")
        .replace("- which hats suit a chubby face", "- which hats suit a narrow face"),
        encoding="utf-8",
    )
    (guides / "sun-at-a-match.yaml").unlink()
    again = Assistant(settings, hashed)  # a restart: the index is kept, the guides are synced
    again.ensure_index()
    assert {"hat-round-face", "hat-for-a-long-face"} <= set(again.searcher.guides)
    assert "sun-at-a-match" not in again.searcher.guides


def test_an_index_of_the_default_catalog_follows_the_file_but_a_shops_import_does_not(
    tmp_path, hashed
):
    import json
    import shutil

    from tests.conftest import FIXTURES, make_settings

    catalog = tmp_path / "products.jsonl"
    shutil.copy(FIXTURES / "mini_catalog.jsonl", catalog)
    settings = make_settings(tmp_path / "data", catalog=catalog)
    first = Assistant(settings, hashed)
    first.ensure_index()
    lines = catalog.read_text(encoding="utf-8").splitlines()
    gone = json.loads(lines[0])["id"]
    new = json.loads(lines[1]) | {"id": "NEW1", "title": "Harbour Stripe Golf Umbrella"}
    catalog.write_text("\n".join([*lines[1:], json.dumps(new)]) + "\n", encoding="utf-8")

    again = Assistant(settings, hashed)  # a restart after the demo catalog was updated
    report = again.ensure_index()
    assert report is not None and report.embedded == 1
    assert again.product("NEW1") is not None and again.product(gone) is None

    shop = tmp_path / "shop.jsonl"
    shop.write_text(json.dumps(new | {"id": "SHOP1"}) + "\n", encoding="utf-8")
    again.ingest_files([shop], replace=True)  # a shop's own file, named
    catalog.write_text("\n".join(lines) + "\n", encoding="utf-8")
    third = Assistant(settings, hashed)
    assert third.ensure_index() is None  # never swapped back to the default catalog
    assert third.product("SHOP1") is not None and third.product(gone) is None
