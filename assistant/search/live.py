"""The search snapshot a process answers from, kept current: loaded on first use, rebuilt after
this process ingests, and reloaded in the background when another process (``wenwen ingest``, a
replica) changed the store, while the old snapshot keeps answering."""

from __future__ import annotations

import hashlib
import logging
import threading
from pathlib import Path

import numpy as np

from ..index.embeddings import Embedder
from ..index.snapshot import keep, load_snapshot
from ..index.store import Store
from ..language.roles import PersonaRouter, examples
from .search import Searcher

log = logging.getLogger("wenwen")


class LiveSearch:
    """The current ``Searcher`` and the role router built from its guides."""

    def __init__(self, store: Store, embedder: Embedder, folder: Path | None) -> None:
        self.store, self.embedder, self.folder = store, embedder, folder
        self._searcher: Searcher | None = None
        self._router: PersonaRouter | None = None
        self._router_for: Searcher | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()

    def load(self) -> Searcher:
        """The store's snapshot: saved under ``folder`` when it is current, else built."""
        return load_snapshot(
            self.store,
            self.folder,
            lambda: Searcher(
                self.store, self.embedder, self.store.all_products(), self.store.all_guides()
            ),
            lambda state: Searcher.restore(self.store, self.embedder, state),
        )

    @property
    def searcher(self) -> Searcher:
        with self._lock:
            if self._searcher is None:
                self._searcher = self.load()
            return self._searcher

    @property
    def router(self) -> PersonaRouter:
        searcher = self.searcher
        with self._lock:
            if self._router is None or self._router_for is not searcher:
                self._router = self._route(searcher)
                self._router_for = searcher
            return self._router

    def forget(self) -> None:
        """The store changed here: the next question loads a fresh snapshot."""
        with self._lock:
            self._searcher = None

    def warm(self, searcher: Searcher | None = None) -> None:
        """Load what a first question needs (the snapshot and its router), or make ``searcher``
        current together with its router, so that no shopper waits for them."""
        if searcher is None:
            self.router  # noqa: B018 - built for the current snapshot unless it already is
            return
        router = self._route(searcher)
        with self._lock:
            self._searcher, self._router, self._router_for = searcher, router, searcher

    def _route(self, searcher: Searcher) -> PersonaRouter:
        """The role router for the snapshot's guides. Their embedded needs are kept beside the
        snapshots, so a restart embeds none (about 30 s of a 38 s start with e5 on 2 cores)."""
        guides = list(searcher.guides.values())
        if self.folder is None:
            return PersonaRouter(self.embedder, guides)
        texts = [text for text, _ in examples(self.embedder, guides)]
        model = hashlib.sha256(self.embedder.model_id.encode()).hexdigest()[:8]
        digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
        path = self.folder / f"router-{model}-{digest}.npy"  # one per embedder
        try:
            vectors = np.load(path) if path.exists() else None
        except (OSError, ValueError):  # unreadable: embedded again and rewritten
            vectors = None
        router = PersonaRouter(self.embedder, guides, vectors=vectors)
        if vectors is None or len(vectors) != len(texts):  # embedded now: kept for next time
            keep(path, lambda f: np.save(f, router.vectors), f"router-{model}-*.npy",
                 "the role router's vectors")  # fmt: skip
        return router

    def watch(self, every: float) -> None:
        """Check the store's generation every ``every`` seconds; once a change by anyone has
        settled (unchanged for one interval), reload in the background."""
        self._stop.clear()
        watcher = threading.Thread(target=self._watch, args=(every,), daemon=True)
        watcher.name = "wenwen-watch"
        watcher.start()

    def stop(self) -> None:
        self._stop.set()

    def _watch(self, every: float) -> None:
        pending = None
        while not self._stop.wait(every):
            try:
                current, snapshot = self.store.generation(), self._searcher
                if snapshot is None or current == snapshot.generation or current != pending:
                    pending = current  # unchanged, or still changing: look again next time
                    continue
                self.warm(self.load())
                log.info("the index changed: search snapshot reloaded")
            except Exception:  # noqa: BLE001 - the old snapshot keeps serving; retried next time
                log.exception("reloading the search snapshot failed; keeping the old one")
