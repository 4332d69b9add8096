"""Search snapshots kept on disk, so a restart or another replica need not rebuild them.

Building a snapshot reads every product out of the store and indexes them (BM25, postings,
vocabulary): seconds at 10k products, most of a minute at 100k. The built state is pickled under
the data dir, named by the store's generation (which every write changes, in whichever process)
and by a fingerprint of the code that builds it, so a stale snapshot is never loaded. The data
dir is Wenwen's own: nothing else is unpickled from it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Protocol, TypeVar

import bm25s

from .store import Store

log = logging.getLogger("wenwen.snapshot")
PACKAGE = Path(__file__).resolve().parent.parent


class Snapshot(Protocol):
    """State computed from the store, which can be saved and restored."""

    generation: str | None

    def state(self) -> dict: ...


S = TypeVar("S", bound=Snapshot)


def _code_fingerprint() -> str:
    digest = hashlib.sha256(bm25s.__version__.encode())
    for source in sorted([*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.yaml")]):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


CODE = _code_fingerprint()


def load_snapshot(
    store: Store, folder: Path | None, build: Callable[[], S], restore: Callable[[dict], S]
) -> S:
    """The store's current snapshot: from ``folder`` when saved there, else built (and saved)."""
    generation = store.generation()  # read before the products, so a write during the build
    path = folder / f"{CODE}-{generation}.pkl" if folder else None  # leaves it stale
    if path and path.is_file():
        try:
            with path.open("rb") as f:
                snapshot = restore(pickle.load(f))
            log.info("search snapshot loaded from %s", path)
            return snapshot
        except Exception as exc:  # noqa: BLE001 - a damaged file is rebuilt, whatever the damage
            log.warning("search snapshot %s unreadable (%s): rebuilding it", path, exc)
    snapshot = build()
    snapshot.generation = generation
    if path:
        _save(snapshot, path)
    return snapshot


def _save(retriever: Snapshot, path: Path) -> None:
    """Keep the snapshot, dropping this version's older generations."""
    state = retriever.state()
    keep(path, lambda f: pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL),
         f"{CODE}-*.pkl", "the search snapshot")  # fmt: skip


def keep(path: Path, write: Callable[[BinaryIO], None], older: str, what: str) -> None:
    """Write ``path`` with ``write`` atomically (several processes may share the folder) and
    drop the files the glob ``older`` names beside it; on a read-only folder, say so."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
        with tmp.open("wb") as f:
            write(f)
        tmp.replace(path)
        for old in path.parent.glob(older):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not keep %s in %s (%s)", what, path.parent, exc)
