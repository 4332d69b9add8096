"""Conversations the server keeps: bounded, forgotten when quiet, and what a turn leaves."""

from __future__ import annotations

import time

from assistant.conversation.sessions import FileSessionStore, SessionStore
from assistant.schemas import Constraints, Session


def test_the_server_keeps_a_bounded_number_of_sessions_and_forgets_quiet_ones():
    store = SessionStore(limit=2, ttl=0.2)
    for sid in ("a", "b", "c"):
        store.save(Session(id=sid, topic=sid))
    assert store.get("a").topic == ""  # evicted: the oldest beyond the bound
    assert store.get("c").topic == "c"
    time.sleep(0.3)
    assert store.get("c").topic == ""  # expired


def test_a_session_read_back_is_a_copy_the_caller_may_change():
    store = SessionStore()
    store.save(Session(id="s", constraints=Constraints(colors=["black"])))
    mine = store.get("s")
    mine.constraints.colors.append("red")
    assert store.get("s").constraints.colors == ["black"]


def test_file_sessions_survive_a_new_store_over_the_same_folder(tmp_path):
    FileSessionStore(tmp_path).save(Session(id="s/1", topic="hat", product_ids=["H1"]))
    again = FileSessionStore(tmp_path).get("s/1")
    assert (again.topic, again.product_ids) == ("hat", ["H1"])
    (tmp_path / "s_1.json").write_text("{not json")
    assert FileSessionStore(tmp_path).get("s/1").topic == ""  # damaged: starts afresh
