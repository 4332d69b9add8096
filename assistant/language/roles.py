"""Which of Wenwen's five roles should answer a question.

Two signals, added up per persona: how close the question is to the everyday needs each role's
guides serve (the mean similarity of that role's nearest needs, so a role with many guides does not
outvote one with few), and cues for what the shopper wants back (text written for them, steps to
follow, a trip planned, food made, a thing chosen). A question like "how do I choose a hat" has
how-to words but wants a product chosen, and the neighbours (shopping guides' needs) carry it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from ..schemas import PERSONAS, Guide
from .lexicon import Lexicon
from .text import turn_lexicon

DEFAULT = "shopping_guide"
NEIGHBOURS = 3  # each role's nearest guide needs whose mean similarity counts for it
NEED_WEIGHT = 2.8  # that mean's weight beside the cues' weights


class QueryEmbedder(Protocol):
    """What routing needs of an embedder (``index.embeddings.Embedder`` is one)."""

    dimension: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...

    def calibrate(self, similarity: np.ndarray) -> np.ndarray: ...


class PersonaRouter:
    """Routes a question to a persona id from guide needs and wanted-result cues."""

    def __init__(
        self,
        embedder: QueryEmbedder,
        guides: Sequence[Guide],
        lex: Lexicon | None = None,
        vectors: np.ndarray | None = None,
    ) -> None:
        """``vectors``: ``examples(embedder, guides)`` already embedded (kept from before)."""
        self.embedder, self.lex = embedder, lex  # None: the question's own language
        texts = examples(embedder, guides)
        self.labels = [label for _, label in texts]
        self.roles = np.array(self.labels)
        if vectors is None or len(vectors) != len(texts):
            vectors = embedder.embed([text for text, _ in texts])
        self.vectors = vectors if texts else np.zeros((0, embedder.dimension), dtype=np.float32)

    def scores(self, question: str, vector: np.ndarray | None = None) -> dict[str, float]:
        """Each persona's score for ``question`` (higher is better)."""
        totals: dict[str, float] = defaultdict(float)
        if len(self.labels):
            vector = self.embedder.embed_query(question) if vector is None else vector
            sims = np.clip(self.embedder.calibrate(self.vectors @ vector), 0.0, None)
            for persona in set(self.labels):
                nearest = np.sort(sims[self.roles == persona])[::-1][:NEIGHBOURS]
                totals[persona] += float(nearest.mean()) * NEED_WEIGHT
        for persona, cues in (self.lex or turn_lexicon(question)).roles.cues.items():
            for cue in cues:
                if cue.pattern.search(question):
                    totals[persona] += cue.weight
        return {p: round(totals[p], 4) for p in PERSONAS}

    def route(self, question: str, vector: np.ndarray | None = None) -> str:
        """The best persona; ties and empty signals go to the shopping guide."""
        scores = self.scores(question, vector)
        best = max(PERSONAS, key=lambda p: (scores[p], p == DEFAULT))
        return best if scores[best] > 0 else DEFAULT


def examples(embedder: QueryEmbedder, guides: Sequence[Guide]) -> list[tuple[str, str]]:
    """The texts each role is voted with, and their role, in order."""
    multilingual = getattr(embedder, "multilingual", False)
    return [(text, g.persona) for g in guides for text in _texts(g, multilingual)]


def _texts(guide: Guide, multilingual: bool) -> list[str]:
    """What a guide's role is voted with: its title and needs, and for a multilingual embedder
    its Chinese ones too."""
    texts = [guide.title, *guide.needs]
    if multilingual and guide.zh:
        texts += [guide.zh.title, *guide.zh.needs]
    return texts
