"""The Chinese route of an English index: the same products, and the guides with their Chinese
text, embedded with multilingual-e5 in a second pair of collections, so that a Chinese question
finds English products. English questions never touch it; the index's own embedder stays."""

from __future__ import annotations

import logging
from functools import cached_property

from ..catalog.ingest import Progress, guides_behind, ingest_guides, ingest_products
from ..catalog.read import load_guides
from ..index.embeddings import E5Embedder, Embedder, make_embedder
from ..index.store import Store
from ..language.text import turn_lexicon
from ..schemas import IngestReport
from ..settings import Settings
from .live import LiveSearch
from .search import Searcher

log = logging.getLogger("wenwen")
SPACE = "__e5"  # the route's collections: wenwen_products__e5, wenwen_guides__e5


class ChineseRoute:
    """Builds, keeps current and serves the route of the index in ``store``; an index embedded
    with a ``multilingual`` model reads Chinese itself and has none."""

    def __init__(self, store: Store, settings: Settings, sizes: dict, multilingual: bool) -> None:
        self.wanted = not multilingual
        self.store, self.sizes = store, sizes
        self.space: Store | None = None  # opened when it exists, created when first built
        self.guides_dir, self.limit = settings.guides_dir, settings.chinese_route
        self.folder = settings.data_dir / "snapshots" / SPACE.strip("_")
        self._live: LiveSearch | None = None

    @cached_property
    def embedder(self) -> Embedder:
        return make_embedder("e5")

    @property
    def live(self) -> LiveSearch | None:
        """The route's search snapshot, None until it is built."""
        space = self._space()
        if self._live is None and space is not None and space.count():
            self._live = LiveSearch(space, self.embedder, self.folder)
        return self._live

    def _space(self, create: bool = False) -> Store | None:
        """The route's collections, when wanted and there (or ``create``d)."""
        if self.space is None and self.wanted:
            self.space = self.store.in_space(SPACE, create)
        return self.space

    def serving(self, text: str, before: str | None, searcher: Searcher) -> LiveSearch | None:
        """The route, when it serves this turn: a Chinese one (``before``: the conversation so
        far) on a catalog whose words are not Chinese."""
        chinese = turn_lexicon(text, before).language == "zh" and not searcher.vocab.chinese
        return self.live if chinese else None

    def keep(self, progress: Progress | None = None, changed: bool = False) -> None:
        """Build the route where it is wanted and missing or behind (an index of at most
        ``WENWEN_CHINESE_ROUTE`` products), or bring a built one up to a ``changed`` index."""
        count, space = self.store.count(), self._space()
        built = space.count() if space is not None else 0
        behind = self.wanted and 0 < count <= self.limit and built != count
        if behind or (changed and self.live is not None):
            log.info("building the Chinese route (the catalog embedded with e5)")
            self.build(progress)
        elif built and space is not None:
            guides = load_guides(self.guides_dir)
            if guides_behind(space, E5Embedder.model_id, guides):
                ingest_guides(space, self.embedder, guides)
                if self._live is not None:
                    self._live.forget()

    def build(self, progress: Progress | None = None) -> IngestReport:
        """Embed the index's products and the guides with e5 (only what changed since)."""
        space = self._space(create=True)
        if space is None:
            raise ValueError("an index embedded with a multilingual model reads Chinese itself")
        space.record_embedder(self.embedder.model_id)
        report = ingest_products(space, self.embedder, self.store.all_products(),
                                 replace=True, progress=progress, **self.sizes)  # fmt: skip
        report.guides = ingest_guides(space, self.embedder, load_guides(self.guides_dir))
        report.embedder = self.embedder.model_id
        if self._live is not None:
            self._live.forget()
        return report
