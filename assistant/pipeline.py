"""The Assistant: the one entry point the CLI, the API, the UI and the evals all call."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

from .catalog import LoadResult, load_catalog, load_guides
from .embeddings import Embedder, MiniLMEmbedder
from .ingest import Progress, ingest_guides, ingest_products
from .retrieve import Retriever
from .schemas import Constraints, IngestReport, Product, SearchResult
from .settings import Settings, get_settings
from .store import Store

log = logging.getLogger("wenwen")


class Assistant:
    """Wenwen over one data dir: ingest catalogs, search them (and, later, answer questions)."""

    def __init__(self, settings: Settings | None = None, embedder: Embedder | None = None) -> None:
        self.settings = settings or get_settings()
        self._embedder = embedder
        self._retriever: Retriever | None = None
        self._lock = threading.Lock()

    @cached_property
    def embedder(self) -> Embedder:
        return self._embedder or MiniLMEmbedder()

    @cached_property
    def store(self) -> Store:
        return Store(self.settings.data_dir, self.settings.chroma_url)

    @property
    def retriever(self) -> Retriever:
        """A search snapshot of the store, rebuilt after every ingest."""
        with self._lock:
            if self._retriever is None:
                self._retriever = Retriever(
                    self.store, self.embedder, self.store.all_products(), self.store.all_guides()
                )
            return self._retriever

    # -- indexing -------------------------------------------------------------------------
    def has_index(self) -> bool:
        return self.store.count() > 0

    def ingest(
        self,
        products: Sequence[Product],
        *,
        replace: bool = False,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Index ``products`` (exactly these, with ``replace``) and the guides."""
        report = ingest_products(
            self.store,
            self.embedder,
            products,
            replace=replace,
            batch_size=self.settings.embed_batch,
            progress=progress,
        )
        report.guides = self.index_guides()
        self._retriever = None
        return report

    def ingest_files(
        self,
        paths: Sequence[Path],
        mapping: dict[str, str] | None = None,
        currency: str | None = None,
        *,
        replace: bool = False,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Load catalog files (default: the bundled catalog), then ingest what loaded."""
        loaded, seen = LoadResult(), {}
        for path in paths or [self.settings.catalog]:
            part = load_catalog(path, mapping, currency, seen)
            loaded.products += part.products
            loaded.errors += part.errors
        report = self.ingest(loaded.products, replace=replace, progress=progress)
        report.errors = loaded.errors
        report.rejected = len(loaded.errors)
        return report

    def index_guides(self) -> int:
        return ingest_guides(self.store, self.embedder, load_guides(self.settings.guides_dir))

    def ensure_index(self, progress: Progress | None = None) -> IngestReport | None:
        """Build the default catalog's index when the data dir holds none (never merge into one)."""
        if self.has_index():
            if self.store.guides.count() == 0:
                self.index_guides()
            return None
        log.info("no index in %s: building the default catalog", self.settings.data_dir)
        return self.ingest_files([], progress=progress)

    # -- questions ------------------------------------------------------------------------
    def search(
        self, query: str, k: int | None = None, filters: Constraints | None = None
    ) -> SearchResult:
        """Products for ``query`` under the hard constraints it states (and ``filters``)."""
        return self.retriever.search(query, k or self.settings.search_k, filters)

    def product(self, product_id: str) -> Product | None:
        retriever = self.retriever
        index = retriever.position.get(product_id)
        return None if index is None else retriever.products[index]
