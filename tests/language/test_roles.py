"""The role cues: every row of roles_en.yaml is routed by its words alone, with no guides."""

from pathlib import Path

import pytest
import yaml

from assistant.index.embeddings import HashEmbedder
from assistant.language.lexicon import lexicon
from assistant.language.roles import PersonaRouter

ROWS = yaml.safe_load((Path(__file__).parent / "roles_en.yaml").read_text())
ROUTER = PersonaRouter(HashEmbedder(), [], lexicon("en"))


@pytest.mark.parametrize("row", ROWS, ids=[row["say"] for row in ROWS])
def test_a_question_goes_to_the_role_its_words_ask_for(row):
    assert ROUTER.route(row["say"]) == row["persona"]
