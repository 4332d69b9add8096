"""Catalog -> embedding text -> content-hash skip -> batched embedding -> upsert.

Re-ingesting an unchanged catalog embeds nothing; a product whose facts changed but whose text did
not (a new price) is updated without re-embedding. Products stream through in windows (a 100k
catalog is never held whole) and upserts go chunk by chunk, so an ingest killed midway leaves a
consistent index and the next run finishes the rest, without duplicates.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path

import numpy as np

from ..index.embeddings import Embedder, release_freed_memory
from ..index.store import RECORD_LAYOUT, Store, content_hash
from ..schemas import Guide, IngestReport, Product
from .read import LoadResult, check_catalog, iter_catalog

Progress = Callable[[int, int], None]  # (done, total)
log = logging.getLogger("wenwen.ingest")


@dataclass
class Work:
    """Products with their embedding texts and (text hash, record hash) pairs."""

    products: list[Product] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    hashes: list[tuple[str, str]] = field(default_factory=list)

    def add(self, product: Product, text: str, hashes: tuple[str, str]) -> None:
        self.products.append(product)
        self.texts.append(text)
        self.hashes.append(hashes)

    def by_length(self) -> list[int]:
        """Positions shortest text first: chunks of similar length pad (and so embed) faster."""
        return sorted(range(len(self.texts)), key=lambda i: len(self.texts[i]))


@dataclass
class Plan:
    """What an ingest must do, decided from content hashes before any embedding."""

    embed: Work = field(default_factory=Work)
    refresh: Work = field(default_factory=Work)


def plan(
    products: Iterable[Product],
    stored: dict[str, tuple[str, str]],
    model_id: str,
    report: IngestReport,
) -> Plan:
    """Sort products into new, changed (re-embed or just re-record) and unchanged, counting
    each in ``report``."""
    todo = Plan()
    for product in products:
        text = product.to_embedding_text()
        record = content_hash(RECORD_LAYOUT, product.model_dump_json())
        hashes = (content_hash(model_id, text), record)
        old = stored.get(product.id)
        if old == hashes:
            report.unchanged += 1
            continue
        if old is None:
            report.added += 1
        else:
            report.updated += 1
        same_text = old is not None and old[0] == hashes[0]
        (todo.refresh if same_text else todo.embed).add(product, text, hashes)
    return todo


WINDOW = 4096  # products planned, sorted by length and embedded at a time


def ingest_products(
    store: Store,
    embedder: Embedder,
    products: Iterable[Product],
    *,
    replace: bool = False,
    batch_size: int = 64,
    chunk: int = 256,
    total: int | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Bring the store in line with ``products`` (exactly, with ``replace``), reading them one
    window at a time. ``total`` (how many are coming, if known) is for ``progress`` and logs;
    with ``replace``, stored products that did not come are removed once all have."""
    stored, report, seen = store.hashes(), IngestReport(), set()
    done, stream = 0, iter(products)
    while window := list(islice(stream, WINDOW)):
        todo = plan(window, stored, embedder.model_id, report)
        if todo.refresh.products:
            store.update_records(todo.refresh.products, todo.refresh.hashes)
        base = done + len(window) - len(todo.embed.products)  # all but what is left to embed
        counted = max(total or 0, done + len(window))

        def step(embedded: int, base: int = base, counted: int = counted) -> None:
            log.info("stored %d of %d products", base + embedded, counted)
            if progress:
                progress(base + embedded, counted)

        step(0)
        embed_and_upsert(store, embedder, todo.embed, batch_size, chunk, step)
        report.embedded += len(todo.embed.products)
        seen.update(p.id for p in window)
        done += len(window)
    if replace:
        remove = sorted(i for i in stored if i not in seen)
        if remove:
            store.delete(remove)
        report.removed = len(remove)
    return report


def embed_and_upsert(
    store: Store,
    embedder: Embedder,
    work: Work,
    batch_size: int,
    chunk_size: int,
    stored: Callable[[int], None] | None,
) -> None:
    """Embed chunk by chunk; each chunk's upsert runs while the next chunk is being embedded,
    so a killed ingest loses at most the chunks in flight. ``stored(n)`` is called with how
    many of ``work`` are stored, as each upsert completes."""
    order, total = work.by_length(), len(work.products)
    pending: Future | None = None
    with ThreadPoolExecutor(max_workers=1) as writer:
        for start in range(0, total, chunk_size):
            chunk = order[start : start + chunk_size]
            texts = [work.texts[i] for i in chunk]
            vectors = embedder.embed(texts, "document", batch_size=batch_size)
            release_freed_memory()  # the model's activations, before the next chunk's
            if pending:
                pending.result()
                if stored:
                    stored(start)
            pending = writer.submit(
                store.upsert,
                [work.products[i] for i in chunk],
                texts,
                vectors,
                [work.hashes[i] for i in chunk],
            )
        if pending:
            pending.result()
            if stored:
                stored(total)


def _guide_hashes(model_id: str, guides: Sequence[Guide]) -> dict[str, str]:
    return {g.id: content_hash(model_id, g.model_dump_json()) for g in guides}


def guides_behind(store: Store, model_id: str, guides: Sequence[Guide]) -> bool:
    """Whether the guides collection differs from ``guides`` (edited, added or removed since)."""
    return store.guide_hashes() != _guide_hashes(model_id, guides)


def ingest_guides(store: Store, embedder: Embedder, guides: Sequence[Guide]) -> int:
    """Make the guides collection hold exactly ``guides`` (embedding only the changed ones);
    returns how many there are."""
    stored = store.guide_hashes()
    hashes = _guide_hashes(embedder.model_id, guides)
    changed = [g for g in guides if stored.get(g.id) != hashes[g.id]]
    if changed:
        texts = [g.search_texts(embedder.multilingual) for g in changed]
        flat = embedder.embed([t for group in texts for t in group], "document")
        bounds = np.cumsum([0, *map(len, texts)])
        vectors = [flat[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
        store.upsert_guides(changed, vectors, [hashes[g.id] for g in changed], texts)
    store.delete_guides([i for i in stored if i not in hashes])
    return len(guides)


def ingest_files(
    store: Store,
    embedder: Embedder,
    paths: Sequence[Path],
    mapping: dict[str, str] | None = None,
    currency: str | None = None,
    **options,
) -> IngestReport:
    """Ingest catalog files as they are read (every file's format and mapping checked first);
    rows that do not load are reported and the rest is ingested. ``options`` are
    ``ingest_products``'s."""
    total = sum(check_catalog(path, mapping, currency) for path in paths)  # all, first
    loaded, seen = LoadResult(), {}
    products = chain.from_iterable(
        iter_catalog(path, mapping, currency, seen, loaded) for path in paths
    )
    progress = options.pop("progress", None)

    def rows_done(done: int, _total: int) -> None:  # rejected rows are done too
        if progress:
            progress(done + len(loaded.errors), total)

    report = ingest_products(store, embedder, products, total=total, progress=rows_done, **options)
    report.errors, report.warnings = loaded.errors, loaded.warnings
    report.rejected = len(loaded.errors)
    return report
