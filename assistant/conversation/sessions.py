"""Conversations kept between turns: in memory for one server, or as files for the CLI and for
API replicas that share a folder. ``remember`` is what a turn leaves in its session.
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
import uuid
from collections import OrderedDict
from pathlib import Path

from ..answer.evidence import Evidence
from ..answer.honesty import is_absent
from ..language.plans import NewNeed, Refine
from ..schemas import Answer, Session

MAX_TURNS = 50  # questions a session keeps


def remember(session: Session, plan: NewNeed, evidence: Evidence, answer: Answer) -> None:
    """What an answered need leaves in its conversation, for the turns that refine it."""
    new = not isinstance(plan, Refine)
    if new and is_absent(evidence):
        session.topic = ""  # nothing to refine: the next turn starts afresh
        return
    if new:
        session.topic = plan.question
        # a vague need asked back is not yet the guide's need
        kept = evidence.guide and not answer.clarifying_question
        session.guide_id = evidence.guide.id if kept else None
        session.persona = answer.persona
    session.constraints = answer.constraints
    session.cheaper_cap = plan.cheaper_cap
    if answer.products:
        session.product_ids = [p.id for p in answer.products]
        session.dimensions = answer.dimensions


class SessionStore:
    """Sessions in memory, at most ``limit`` of them, each forgotten ``ttl`` seconds after use."""

    def __init__(self, limit: int = 1000, ttl: float = 3600.0) -> None:
        self.limit, self.ttl = limit, ttl
        self._items: OrderedDict[str, Session] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, session_id: str | None) -> Session:
        """The live session with this id, or a new one (with this id if one was given)."""
        now = time.time()
        with self._lock:
            for key in [k for k, s in self._items.items() if now - s.updated > self.ttl]:
                del self._items[key]
            if session_id and session_id in self._items:
                self._items.move_to_end(session_id)
                return self._items[session_id].model_copy(deep=True)  # no shared mutation
        return Session(id=session_id or uuid.uuid4().hex[:16])

    def save(self, session: Session) -> None:
        session.updated = time.time()
        session.turns = session.turns[-MAX_TURNS:]
        with self._lock:
            self._items[session.id] = session
            self._items.move_to_end(session.id)
            while len(self._items) > self.limit:
                self._items.popitem(last=False)


class FileSessionStore(SessionStore):
    """Sessions as JSON files in a folder: consecutive CLI calls, or API replicas sharing the
    folder, continue one conversation; a session quiet for ``ttl`` seconds is forgotten."""

    def __init__(self, folder: Path, ttl: float = 30 * 24 * 3600) -> None:
        super().__init__(ttl=ttl)
        self.folder = Path(folder)

    def _path(self, session_id: str) -> Path:
        safe = re.sub(r"[^A-Za-z0-9_.-]", "_", session_id)[:100]
        return self.folder / f"{safe}.json"

    def get(self, session_id: str | None) -> Session:
        if session_id and self._path(session_id).is_file():
            try:
                session = Session.model_validate_json(self._path(session_id).read_text())
                if time.time() - session.updated <= self.ttl:
                    return session
            except (ValueError, OSError):
                pass  # a damaged (or just replaced) session file starts the conversation afresh
        return Session(id=session_id or uuid.uuid4().hex[:16])

    def save(self, session: Session) -> None:
        session.updated = time.time()
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self._path(session.id).with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text(json.dumps(session.model_dump(mode="json"), ensure_ascii=False))
        tmp.replace(self._path(session.id))
