"""Conversations: sessions that accumulate constraints, resolve references, and compare.

A turn is one of: a new topic (a new need), a refinement of the current one ("under 150",
"in black", "not wool", "cheaper", "for my dad instead"), a closer look at a shown product ("the
second one"), or a comparison ("compare the first two").
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, Field

from .compose import STOPWORDS
from .schemas import Constraints, Dimension
from .understand import GENDER_WORDS, NEGATIONS, Vocabulary, singular, understand, words

ORDINALS = {
    "first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3,
    "fifth": 4, "5th": 4, "sixth": 5, "6th": 5, "seventh": 6, "7th": 6, "eighth": 7, "8th": 7,
    "ninth": 8, "9th": 8, "tenth": 9, "10th": 9, "last": -1,
}  # fmt: skip
COMPARE = re.compile(r"\b(compare|comparison|versus|vs\.?|difference between|which is better)\b")
REFINE_START = re.compile(
    r"^\s*(?:(?:oh|ok|okay|hmm+|um|ah|well|right)\b[,.!]?\s*)?"
    r"(and|but|also|only|just|in|under|below|over|above|cheaper|less|more|not|no|with|without|"
    r"what about|how about|any|something|show|make it|for my|for)\b",
    re.I,
)
CHEAPER = re.compile(r"\b(cheaper|less expensive|lower price|more affordable|too expensive)\b")

# Words that only qualify the current need: who it is for, price words, cheaper/warmer...
CONSTRAINT_WORDS = {singular(w) for ws in GENDER_WORDS.values() for w in ws} | set(
    "yuan rmb kuai cny rupee inr dollar price budget cheap cheaper instead size colour color "
    "one ones option options also only please show".split()
)


class Session(BaseModel):
    """What a conversation remembers between turns."""

    id: str
    topic: str = ""
    persona: str | None = None
    guide_id: str | None = None
    constraints: Constraints = Field(default_factory=Constraints)
    product_ids: list[str] = Field(default_factory=list)
    dimensions: list[Dimension] = Field(default_factory=list)
    turns: list[str] = Field(default_factory=list)
    updated: float = Field(default_factory=time.time)
    cheaper_cap: float | None = None  # the price cap "cheaper" set (it was for that person)


@dataclass
class Turn:
    """How to treat one question in its session."""

    kind: str  # "new", "refine", "focus", "compare"
    text: str  # what to search for
    constraints: Constraints = field(default_factory=Constraints)
    indices: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cheaper_cap: float | None = None


def interpret(question: str, session: Session, vocab: Vocabulary, shown_prices: list[float],
              shown_keys: set[str] | None = None) -> Turn:  # fmt: skip
    """Decide what this question means given the conversation so far; an attribute asked for
    ("with a hood") refines only when the products shown have that attribute (``shown_keys``)."""
    lowered = question.lower()
    if session.product_ids and COMPARE.search(lowered) and _about_shown(lowered):
        return Turn("compare", session.topic, session.constraints, _references(lowered, 2))
    refs = _references(lowered, 1)
    if session.product_ids and refs and _only_reference(lowered):
        return Turn("focus", session.topic, session.constraints, refs[:1])
    understood = understand(question, vocab)
    parsed = understood.constraints
    if not session.topic or _new_topic(question, parsed, session, shown_keys):
        return Turn("new", question, Constraints())
    merged = session.constraints.model_copy(deep=True)
    for name, key in (("colors", "color"), ("genders", "gender"), ("sizes", "size"),
                      ("categories", "")):  # fmt: skip
        # "she won't touch it" about cat food is not a gender: shown products have none
        if getattr(parsed, name) and (not key or shown_keys is None or key in shown_keys):
            setattr(merged, name, getattr(parsed, name))
    if parsed.price_min is not None or parsed.price_max is not None:
        merged.price_min, merged.price_max = parsed.price_min, parsed.price_max
    notes = []
    stated = parsed.price_min is not None or parsed.price_max is not None
    cap = None if stated else session.cheaper_cap
    if CHEAPER.search(lowered) and shown_prices and not stated:
        merged.price_max = cap = min(shown_prices) - 0.01
        notes.append(f"cheaper than the {min(shown_prices):g} shown before")
    elif (
        cap is not None
        and parsed.genders
        and set(parsed.genders) != set(session.constraints.genders)
    ):
        merged.price_max = cap = None  # "cheaper" was about the last person's list
    merged.cheap = merged.cheap or parsed.cheap
    exclude = {k: set(v) for k, v in merged.exclude.items()}
    for key, values in parsed.exclude.items():
        exclude[key] = exclude.get(key, set()) | set(values)
    asked = (
        _asked(understood.attribute_options, shown_keys)
        if shown_keys is not None
        else {k: v for k, v in parsed.attributes.items()}
    )
    attributes = {k: v for k, v in (merged.attributes | asked).items() if k not in parsed.exclude}
    merged.exclude = {k: sorted(v) for k, v in exclude.items()}  # assigned, so they count as set
    merged.attributes = attributes
    if "color" in exclude:
        merged.colors = [c for c in merged.colors if c not in exclude["color"]]
    if ANY_COLOUR.search(question) and not parsed.colors:
        merged.colors = []
        merged.exclude = {k: v for k, v in merged.exclude.items() if k != "color"}
    return Turn("refine", session.topic, merged, notes=notes, cheaper_cap=cap)


def _references(text: str, want: int) -> list[int]:
    found = [ORDINALS[w] for w in re.findall(r"[a-z0-9]+", text) if w in ORDINALS]
    found += [int(n) - 1 for n in re.findall(r"(?:#|number |no\. ?|item )(\d)", text)]
    if want == 2:  # "compare 1 and 3": bare numbers are positions
        found += [int(n) - 1 for n in re.findall(r"\b([1-9])\b", text)]
    if re.search(r"\b(first|top) (two|2)\b", text):
        return [0, 1]
    if re.search(r"\b(first|top) (three|3)\b", text):
        return [0, 1, 2]
    found = list(dict.fromkeys(found))
    if not found and want == 2:
        return [0, 1]  # "compare them"
    return found  # too few is answered with "which ones?", never guessed


def _about_shown(text: str) -> bool:
    """ "compare the first two" / "compare them", not "difference between a fedora and a trilby"."""
    if _references(text, 1) or re.search(r"\b(them|these|those|both)\b", text):
        return True
    return not [w for w in words(text) if w.isalpha() and w not in STOPWORDS | _COMPARE_WORDS]


_COMPARE_WORDS = set("compare comparison versus difference between better which".split())


def _only_reference(text: str) -> bool:
    rest = [w for w in words(text) if w not in ORDINALS and w not in _FILLER]
    return len(rest) <= 2


_FILLER = set("the one a an that this show me tell more about what like how is it please item "
              "number no i want take ll i'll get".split())  # fmt: skip


NEW_THING = re.compile(r"\b(?:diff(?:erent)? thing|something else|another thing|new question|"
                       r"unrelated|change of topic)\b", re.I)  # fmt: skip
REFERS_BACK = re.compile(r"\b(?:them|those|these|ones?\s+(?:that|which|with)|"
                         r"something\s+(?:that|which))\b", re.I)  # fmt: skip
ANY_COLOUR = re.compile(r"\b(?:any colou?r|colou?r (?:doesn'?t|does not|dont) matter)\b", re.I)


def _new_topic(
    question: str, parsed: Constraints, session: Session, shown_keys: set[str] | None = None
) -> bool:
    """Whether the question starts a new need; attribute words count as a refinement only where
    the products shown have that attribute ("my running shoes" is not about the scarves)."""
    if shown_keys is not None:
        parsed = parsed.model_copy(update={
            "attributes": {k: v for k, v in parsed.attributes.items() if k in shown_keys},
            "exclude": {k: v for k, v in parsed.exclude.items() if k in shown_keys | {"color"}},
        })  # fmt: skip
    if NEW_THING.search(question):
        return True
    if REFINE_START.search(question) or re.search(r"\binstead\b", question, re.I):
        return bool(parsed.categories) and set(parsed.categories) != set(
            session.constraints.categories
        )
    if not parsed.categories and REFERS_BACK.search(question):
        return False  # "do u have them in blue", "so something that doesnt soak through"
    if not parsed.categories and (
        CHEAPER.search(question.lower())
        or (_states_constraint(parsed) and len(_other_words(question, parsed)) <= 2)
    ):
        return False  # "hmm bit pricey, cheaper?", "dont want to spend more than 1000"
    said = {w for c in parsed.colors for w in c.split()} | CONSTRAINT_WORDS
    content = [w for w in words(question) if w.isalpha() and w not in STOPWORDS | said]
    return bool(parsed.categories) or len(content) >= 2


def _asked(options: list[dict[str, set[str]]], keys: set[str]) -> dict[str, list[str]]:
    """Each asked-for phrase in the sense the products shown carry (none: not a refinement)."""
    asked: dict[str, list[str]] = {}
    for option in options:
        key = next((k for k in option if k in keys), None)
        if key:
            asked[key] = sorted(set(asked.get(key, [])) | option[key])
    return asked


def _other_words(question: str, parsed: Constraints) -> list[str]:
    """Content words beyond the constraints stated: a new need has several."""
    said = {w for vs in [*parsed.attributes.values(), *parsed.exclude.values(), parsed.colors]
            for v in vs for w in words(v)} | CONSTRAINT_WORDS  # fmt: skip
    return [w for w in words(question) if w.isalpha() and w not in STOPWORDS | said
            and w not in NEGATION_WORDS]  # fmt: skip


def _states_constraint(c: Constraints) -> bool:
    return any([c.price_min is not None, c.price_max is not None, c.cheap, c.colors, c.genders,
                c.sizes, c.attributes, c.exclude])  # fmt: skip


NEGATION_WORDS = set(NEGATIONS) | {"want", "like", "pls", "hmm", "ok", "okay"}
MAX_TURNS = 50


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
