"""The shop's own product kinds, learned from its catalog.

A kind is every level of a product's category path ("accessories", "accessories > hats",
"accessories > hats > visor"), or, in a catalog without categories, the head word of its titles.
Each kind has a centroid: the mean of its products' stored vectors. A need is compared with the
centroids, which carry the whole kind's meaning where a single product's text may not: a need
near "scarves" finds the kind even when no one scarf's description says "neck". Kinds rank; they
never filter here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

from ..language.kinds import kinds_of
from ..schemas import Product

MIN_MEMBERS = 3  # a kind of fewer products is one product's text again, not a kind


class Kinds:
    """Kind names, their product counts and centroids, and each product's kinds."""

    def __init__(
        self,
        products: Sequence[Product],
        vectors: Iterable[tuple[str, np.ndarray]],
        position: dict[str, int],
    ) -> None:
        paths = [kinds_of(p) for p in products]
        counts = Counter(k for path in paths for k in path)
        self.names = sorted(counts)
        self.counts = np.array([counts[n] for n in self.names], dtype=np.int64)
        index = {n: i for i, n in enumerate(self.names)}
        depth = max((len(p) for p in paths), default=0)
        self.of = np.full((len(products), max(depth, 1)), -1, dtype=np.int32)
        for i, path in enumerate(paths):
            self.of[i, : len(path)] = [index[k] for k in path]
        self.centroids = np.zeros((0, 0), dtype=np.float32)
        for product_id, vector in vectors:
            i = position.get(product_id)
            if i is None:
                continue
            if not self.centroids.size:
                self.centroids = np.zeros((len(self.names), len(vector)), dtype=np.float32)
            for k in self.of[i]:
                if k >= 0:
                    self.centroids[k] += vector
        norms = np.linalg.norm(self.centroids, axis=1, keepdims=True) if self.centroids.size else 1
        self.centroids = self.centroids / np.maximum(norms, 1e-9)
        self.usable = self.counts >= MIN_MEMBERS

    def __len__(self) -> int:
        return len(self.names)

    def by_name(self) -> dict[str, int]:
        """Kind -> how many products are of it."""
        return dict(zip(self.names, self.counts.tolist(), strict=True))

    def similarity(self, vector: np.ndarray) -> np.ndarray:
        """Each kind's cosine similarity to ``vector`` (-1 for kinds too small to count)."""
        if not self.centroids.size:
            return np.full(len(self.names), -1.0)
        sims = self.centroids @ np.asarray(vector, dtype=np.float32)
        return np.where(self.usable, sims, -1.0)

    def nearest(self, sims: np.ndarray, n: int) -> list[str]:
        """The ``n`` kinds nearest, best first."""
        order = np.argsort(-sims, kind="stable")[:n]
        return [self.names[k] for k in order if sims[k] > -1.0]

    def product_similarity(self, sims: np.ndarray) -> np.ndarray:
        """For each product, the similarity of its nearest kind (-1 when it has none)."""
        if not len(self.names):
            return np.full(len(self.of), -1.0)
        padded = np.append(sims, -1.0)  # index -1 reads the pad
        return padded[self.of].max(axis=1)
