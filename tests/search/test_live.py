"""The search snapshot a process answers from, and what a restart does not redo."""

from __future__ import annotations

import numpy as np

from assistant.index.embeddings import HashEmbedder
from assistant.language.roles import examples
from assistant.pipeline import Assistant
from tests.conftest import make_settings


class Counting(HashEmbedder):
    """The hash embedder, counting the texts it embeds."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def _embed_batch(self, texts, kind):
        self.texts += texts
        return super()._embed_batch(texts, kind)


def test_a_restart_routes_without_embedding_the_guides_needs_again(tmp_path):
    built = Assistant(make_settings(tmp_path), Counting())
    built.ensure_index()
    built.ask("a hat for a round face")
    again = Counting()
    restarted = Assistant(make_settings(tmp_path), again)
    answer = restarted.ask("a hat for a round face")
    texts = [text for text, _ in examples(again, list(restarted.searcher.guides.values()))]
    assert texts and not set(texts) & set(again.texts), "the router embedded its needs again"
    assert answer.persona == "shopping_guide" and answer.products
    assert np.allclose(restarted.router.vectors, HashEmbedder().embed(texts))
