"""The floor: plain retrieval over the same products, with no reading of the question.

Wenwen's search must beat the raw libraries it is built on, so every eval scores them beside it on
the same first turns and the same labels: dense retrieval with the same embedder over the same
stored vectors, and BM25 (bm25s, its own tokenizer and English stop words; jieba's words for a
Chinese catalog) over the same product texts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import bm25s

from ..index.embeddings import Embedder
from ..index.store import Store
from ..language.text import catalog_language, words
from ..schemas import Product
from ..search.live import LiveSearch

logging.getLogger("bm25s").setLevel(logging.WARNING)
FLOORS = ("dense", "bm25")
K = 10


class Floor:
    """The raw libraries' top ``K`` for a question."""

    def __init__(
        self,
        store: Store,
        embedder: Embedder,
        products: Sequence[Product],
        route: Callable[[str], LiveSearch | None] | None = None,
    ) -> None:
        """``route``: the snapshot Wenwen searches a question with when it is not the index's
        own (the Chinese route of an English index), so the dense floor uses its model too."""
        self.store, self.embedder, self.route = store, embedder, route
        self.ids = [p.id for p in products]
        self.bm25 = bm25s.BM25()
        # Chinese does not space its words: a Chinese catalog's BM25 runs on jieba's words
        self.chinese = catalog_language([p.title for p in products]) == "zh"
        if self.ids:
            texts = [p.to_embedding_text() for p in products]
            if self.chinese:
                self.bm25.index([words(t) or ["_"] for t in texts], show_progress=False)
            else:
                corpus = bm25s.tokenize(texts, stopwords="en", show_progress=False)
                self.bm25.index(corpus, show_progress=False)

    def rankings(self, question: str) -> dict[str, list[str]]:
        """Each floor's ids for ``question``, best first."""
        return {"dense": self.dense(question), "bm25": self.lexical(question)}

    def dense(self, question: str) -> list[str]:
        other = self.route(question) if self.route else None
        store, embedder = (other.store, other.embedder) if other else (self.store, self.embedder)
        return [i for i, _ in store.query(embedder.embed_query(question), K)]

    def lexical(self, question: str) -> list[str]:
        if self.chinese:
            tokens = [words(question)]
        else:
            tokens = bm25s.tokenize(question, stopwords="en", return_ids=False, show_progress=False)
        known = [t for t in tokens[0] if t in self.bm25.vocab_dict] if self.ids else []
        if not known:
            return []
        k = min(K, len(self.ids))
        docs, scores = self.bm25.retrieve([known], k=k, show_progress=False)
        return [self.ids[int(d)] for d, s in zip(docs[0], scores[0], strict=True) if s > 0]
