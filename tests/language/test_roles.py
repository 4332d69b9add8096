"""The role cues: every row of roles_en.yaml and roles_zh.yaml is routed by its words alone,
with no guides."""

from pathlib import Path

import pytest
import yaml

from assistant.index.embeddings import HashEmbedder
from assistant.language.lexicon import lexicon
from assistant.language.roles import PersonaRouter

ROWS = [
    (language, row)
    for language in ("en", "zh")
    for row in yaml.safe_load((Path(__file__).parent / f"roles_{language}.yaml").read_text())
]


@pytest.mark.parametrize(("language", "row"), ROWS, ids=[row["say"] for _, row in ROWS])
def test_a_question_goes_to_the_role_its_words_ask_for(language, row):
    router = PersonaRouter(HashEmbedder(), [], lexicon(language))
    assert router.route(row["say"]) == row["persona"]
