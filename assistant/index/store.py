"""The vector store: Chroma embedded under the data dir, or a Chroma server by URL.

Products and guides live in their own collections. Each product's metadata carries the whole
product as JSON (so the store is the single source of truth, also for several API replicas), its
content hashes, and normalised filter fields: ``price``, ``color``, ``gender``, ``kind`` (every
category path prefix, or a title's head word), ``size`` and ``attr`` (``key=value`` strings), so
every hard constraint can be expressed as a bound ``where`` value, never a built string.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from ..schemas import Guide, Product
from .filters import SCALAR, product_terms

PRODUCTS, GUIDES = "wenwen_products", "wenwen_guides"
# The layout of a product's filter fields; a new one re-records stored products (no re-embedding).
RECORD_LAYOUT = "6: kind, ungendered, irregular plurals, genders listed, title words"
PAGE = 5000  # writes: below Chroma's largest batch (5,461)
GUIDE_TEXTS = 12  # texts looked at per guide wanted (a guide is stored as several)
READ_PAGE = 1000  # reads of every record: a 5,000 page of metadata holds ~600 MB more at 100k
log = logging.getLogger("wenwen.store")


def product_metadata(product: Product, text_hash: str, record_hash: str) -> dict[str, Any]:
    """Filterable fields (see ``filters.py``) plus the product itself."""
    meta: dict[str, Any] = {
        "_json": product.model_dump_json(),
        "_text_hash": text_hash,
        "_hash": record_hash,
    }
    if product.price is not None:
        meta["price"] = float(product.price)
    for field, terms in product_terms(product).items():
        meta[field] = terms[0] if field in SCALAR else terms
    return meta


def _metadatas(products: Sequence[Product], hashes: Sequence[tuple[str, str]]) -> list[dict]:
    return [product_metadata(p, *h) for p, h in zip(products, hashes, strict=True)]


class Store:
    """Products and guides in Chroma, always with our own vectors (never Chroma's default model)."""

    def __init__(self, data_dir: Path, chroma_url: str | None = None) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        if chroma_url:
            url = urlparse(chroma_url)
            self.client = chromadb.HttpClient(
                host=url.hostname,
                port=url.port or 8000,
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
        else:
            path = Path(data_dir) / "chroma"
            path.mkdir(parents=True, exist_ok=True)
            self.client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
        self._open("")

    def _open(self, space: str) -> None:
        self.space, self.products_name = space, PRODUCTS + space
        self.products = self._collection(self.products_name)
        self.guides = self._collection(GUIDES + space)

    def in_space(self, space: str, create: bool = False) -> Store | None:
        """The same catalog's collections embedded by another model (``space`` names it, e.g.
        ``__e5``), on the same Chroma client; None when they do not exist and ``create`` is
        not asked for."""
        from chromadb.errors import NotFoundError

        if not create:
            try:
                self.client.get_collection(PRODUCTS + space)
            except NotFoundError:
                return None
        other = Store.__new__(Store)
        other.client = self.client
        other._open(space)
        return other

    def check(self) -> None:
        """Read every collection once (a nearest-neighbour query included), so a damaged index
        fails here rather than at a shopper's first question."""
        for collection in (self.products, self.guides):
            sample = collection.get(limit=1, include=["embeddings"])
            if len(sample["ids"]):
                collection.query(query_embeddings=[sample["embeddings"][0]], n_results=1)

    def close(self) -> None:
        close = getattr(self.client, "close", None)
        if close:
            close()

    def _collection(self, name: str):
        return self.client.get_or_create_collection(
            name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
        )

    # -- generation: changes with every write, so snapshots of the store know when they are stale
    def generation(self) -> str:
        """The products collection's current generation (stamped first if it has none)."""
        found = (self.client.get_collection(self.products_name).metadata or {}).get("generation")
        return found or self.touch()

    def touch(self) -> str:
        """Record that the store changed: a new generation, seen by every process using it."""
        stamp = uuid.uuid4().hex
        self._mark(generation=stamp)
        return stamp

    def embedder(self) -> str | None:
        """The model id (``Embedder.model_id``) the stored vectors were made with; None for an
        index that records none yet."""
        return (self.client.get_collection(self.products_name).metadata or {}).get("embedder")

    def record_embedder(self, model_id: str) -> None:
        self._mark(embedder=model_id)

    def built_from(self) -> str | None:
        """The content hash of the catalog file the index was built from when no file was named
        (the default catalog, or ``WENWEN_CATALOG``); None when named files built it."""
        found = (self.client.get_collection(self.products_name).metadata or {}).get("built_from")
        return found or None

    def follows(self, catalog: Path) -> bool:
        """Whether the index is in line with ``catalog``: built from it as it is now, or from
        files a shop named (those are never swapped for the default catalog)."""
        return self.built_from() in (None, file_digest(catalog))

    def record_built_from(self, digest: str) -> None:
        self._mark(built_from=digest)

    def _mark(self, **fields: str) -> None:
        """Set fields of the products collection's metadata, keeping the others."""
        current = self.client.get_collection(self.products_name).metadata or {}
        self.products.modify(metadata={**current, **fields})

    # -- products -------------------------------------------------------------------------
    def count(self) -> int:
        return self.products.count()

    def guide_entries(self) -> int:
        """How many guide texts are stored (each guide has several)."""
        return self.guides.count()

    def hashes(self) -> dict[str, tuple[str, str]]:
        """id -> (text hash, record hash) of every stored product."""
        return {
            i: (m.get("_text_hash", ""), m.get("_hash", "")) for i, m in self._pages(self.products)
        }

    def upsert(
        self,
        products: Sequence[Product],
        texts: Sequence[str],
        vectors: np.ndarray,
        hashes: Sequence[tuple[str, str]],
    ) -> None:
        """Insert or replace products with their embedding texts, vectors and content hashes."""
        self.touch()  # before and after: a write cut short never keeps the old generation
        for start in range(0, len(products), PAGE):
            chunk = slice(start, start + PAGE)
            self.products.upsert(
                ids=[p.id for p in products[chunk]],
                embeddings=vectors[chunk],
                documents=list(texts[chunk]),
                metadatas=_metadatas(products[chunk], hashes[chunk]),
            )
        self.touch()

    def update_records(
        self, products: Sequence[Product], hashes: Sequence[tuple[str, str]]
    ) -> None:
        """Change products whose embedded text is unchanged (a new price, say): no re-embedding."""
        self.touch()  # before and after: a write cut short never keeps the old generation
        for start in range(0, len(products), PAGE):
            chunk = slice(start, start + PAGE)
            self.products.update(
                ids=[p.id for p in products[chunk]],
                metadatas=_metadatas(products[chunk], hashes[chunk]),
            )
        self.touch()

    def delete(self, ids: Sequence[str]) -> None:
        self.touch()
        for start in range(0, len(ids), PAGE):
            self.products.delete(ids=list(ids[start : start + PAGE]))
        self.touch()

    def all_products(self) -> list[Product]:
        """Every stored product, in a stable order (by id)."""
        products = [Product.model_validate_json(m["_json"]) for _, m in self._pages(self.products)]
        return sorted(products, key=lambda p: p.id)

    def vectors(self) -> Iterator[tuple[str, np.ndarray]]:
        """Every stored product's id and vector, a page at a time."""
        for i, vector in self._pages(self.products, "embeddings"):
            yield i, np.asarray(vector, dtype=np.float32)

    def query(
        self, vector: np.ndarray, n: int, where: dict | None = None
    ) -> list[tuple[str, float]]:
        """The ``n`` nearest products (id, cosine similarity) that satisfy ``where``."""
        if n <= 0:
            return []
        result = self.products.query(
            query_embeddings=[vector], n_results=n, where=where, include=["distances"]
        )
        return [(i, 1.0 - d) for i, d in zip(result["ids"][0], result["distances"][0], strict=True)]

    # -- guides ---------------------------------------------------------------------------
    # A guide is stored as one entry per text it should be found by (its title and summary, and
    # each need in everyday words), so a question close to one need is not diluted by the rest.
    def guide_hashes(self) -> dict[str, str]:
        """guide id -> content hash."""
        return {m["guide"]: m.get("_hash", "") for _, m in self._pages(self.guides) if "_json" in m}

    def upsert_guides(
        self,
        guides: Sequence[Guide],
        vectors: Sequence[np.ndarray],
        hashes: Sequence[str],
        texts: Sequence[Sequence[str]] | None = None,
    ) -> None:
        """Replace each guide's entries; ``vectors[i]`` embeds ``texts[i]`` (by default
        ``guides[i].search_texts()``)."""
        self.delete_guides([g.id for g in guides])
        texts = texts or [g.search_texts() for g in guides]
        for guide, vecs, digest, own in zip(guides, vectors, hashes, texts, strict=True):
            first = {"guide": guide.id, "_hash": digest, "_json": guide.model_dump_json()}
            self.guides.add(
                ids=[f"{guide.id}::{n}" for n in range(len(own))],
                embeddings=vecs,
                documents=list(own),
                metadatas=[first] + [{"guide": guide.id}] * (len(own) - 1),
            )
        self.touch()

    def delete_guides(self, ids: Sequence[str]) -> None:
        if ids:
            self.guides.delete(where={"guide": {"$in": list(ids)}})
            self.touch()

    def all_guides(self) -> list[Guide]:
        guides = [
            Guide.model_validate_json(m["_json"])
            for _, m in self._pages(self.guides)
            if "_json" in m
        ]
        return sorted(guides, key=lambda g: g.id)

    def query_guides(
        self, vector: np.ndarray, n: int, stored: int | None = None
    ) -> list[tuple[str, float]]:
        """The ``n`` guides with the closest text (id, best cosine similarity over its texts);
        ``stored`` is how many guide texts the store holds, when the caller knows."""
        stored = self.guides.count() if stored is None else stored
        entries = min(n * GUIDE_TEXTS, stored)
        if entries <= 0:
            return []
        result = self.guides.query(
            query_embeddings=[vector], n_results=entries, include=["metadatas", "distances"]
        )
        best: dict[str, float] = {}
        for meta, distance in zip(result["metadatas"][0], result["distances"][0], strict=True):
            best.setdefault(meta["guide"], 1.0 - distance)  # results come nearest first
        return list(best.items())[:n]

    @staticmethod
    def _pages(collection, field: str = "metadatas") -> Iterator[tuple[str, Any]]:
        """Every record's id and ``field`` (metadata, or embedding), a page at a time."""
        offset = 0
        while True:
            page = collection.get(include=[field], limit=READ_PAGE, offset=offset)
            yield from zip(page["ids"], page[field], strict=True)
            if len(page["ids"]) < READ_PAGE:
                return
            offset += READ_PAGE


# What damage looks like: a database file that is not one, a vector index that does not load, a
# file where the folder should be. Anything else (permissions, a full disk, a newer Chroma's
# format) is raised as is: moving a healthy index aside would be worse than stopping.
DAMAGE = re.compile(
    r"not a database|malformed|disk image|error (finding id|getting embedding)|hnsw", re.IGNORECASE
)


def _damaged(exc: Exception) -> bool:
    if isinstance(exc, NotADirectoryError | FileExistsError):
        return True
    if isinstance(exc, OSError):
        return False
    return bool(DAMAGE.search(str(exc)))


def open_store(data_dir: Path, chroma_url: str | None = None) -> tuple[Store, str | None]:
    """The store, checked. A damaged local index is moved aside (nothing is deleted) and a fresh
    one is opened: the result then carries the message saying so. Other errors, and any error of
    a Chroma server, are raised as they are."""
    if chroma_url:
        return Store(data_dir, chroma_url), None
    data_dir = Path(data_dir)
    store = None
    try:
        store = Store(data_dir)
        store.check()
        return store, None
    except Exception as exc:
        if not _damaged(exc):
            raise
        _forget_client(data_dir / "chroma", store)
        damaged = data_dir if data_dir.is_file() else data_dir / "chroma"
        aside = damaged.with_name(f"{damaged.name}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}")
        damaged.rename(aside)
        message = (
            f"The index in {damaged} could not be read ({type(exc).__name__}: {exc}). It was "
            f"moved aside to {aside} (nothing was deleted) and a fresh index started. Import your "
            "catalog again with: wenwen ingest <file> (until then, wenwen serve answers from the "
            "default catalog)."
        )
        log.warning(message)
        return Store(data_dir), message


def _forget_client(path: Path, store: Store | None) -> None:
    """Chroma keeps one client system per path in a process, even one that failed to start:
    release and drop it, so the fresh index at the same path gets a system of its own."""
    from chromadb.api.shared_system_client import SharedSystemClient

    if store is not None:
        store.close()
    SharedSystemClient._identifier_to_system.pop(str(path), None)


def content_hash(*parts: str) -> str:
    """A short, stable hash of some text (an embedding input with its model, or a record)."""
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def file_digest(path: Path) -> str:
    """A hash of a file's bytes (``""`` when it cannot be read: nothing to follow)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()[:32]
