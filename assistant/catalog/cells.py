"""Raw catalog cells made safe to keep: length limits, invisible characters, links.

A cell that cannot be kept raises ``RowError`` with a reason a person can act on; one kept with
a change (a long text cut, a link replaced) adds a note to the row's ``notes`` for the report.
"""

from __future__ import annotations

import re
import reprlib
from typing import Any
from urllib.parse import quote, urlsplit

# Longest accepted values. An id, title, brand or category past its limit is a broken row (a
# shifted column, a runaway quote) and is rejected; free text past its limit is cut and reported.
MAX_ID, MAX_TITLE, MAX_TEXT, MAX_URL = 200, 500, 5000, 2048
MAX_KEY, MAX_ITEMS = 64, 100  # an attribute's name, the items in a list value
MAX_ATTRIBUTES, MAX_ATTRIBUTE_TEXT = 100, 20_000  # per product: ingest time and memory stay bounded
# Invisible characters that corrupt or disguise text: controls (not tab or newline), bidi
# overrides and isolates (which can make a title read backwards), byte-order marks.
INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
UNSAFE_SCHEMES = {"javascript", "vbscript", "data", "file", "blob", "filesystem"}
_repr = reprlib.Repr()
_repr.maxstring = _repr.maxother = 60


class RowError(ValueError):
    """A row that cannot become a product; the message says why."""


def shown(value: Any) -> str:
    """A cell as quoted in a reason: a 1 MB cell must not make a 1 MB report."""
    return _repr.repr(value)


def clean_cell(value: Any) -> Any:
    """A cell without surrounding space or invisible characters; empty and NaN become None."""
    if isinstance(value, str):
        value = INVISIBLE.sub("", value).strip()
        return value or None
    if isinstance(value, float) and value != value:  # NaN from Parquet/pandas
        return None
    return value


def cap_text(text: str, limit: int, name: str) -> str:
    """``text``, or RowError when it is longer than ``limit``."""
    if len(text) > limit:
        raise RowError(f"{name} is {len(text)} characters long (at most {limit})")
    return text


def cut_text(text: str, limit: int, name: str, notes: list[str]) -> str:
    """``text`` cut at a word before ``limit``, noting the cut for the ingest report."""
    if len(text) <= limit:
        return text
    notes.append(f"{name} cut to {limit} characters (it had {len(text)})")
    return text[:limit].rsplit(" ", 1)[0] + "…"


def parse_id(value: Any) -> str:
    """The id exactly as given (``00123`` stays ``00123``); numbers become their text."""
    if value in (None, ""):
        raise RowError("missing id")
    if isinstance(value, (bool, dict, list)):
        raise RowError(f"id {shown(value)} is not text or a number")
    return cap_text(str(value), MAX_ID, "id")


def parse_line(value: Any, name: str, limit: int = MAX_TITLE) -> str:
    """A one-line field (title, brand): whitespace runs become one space, so no line breaks."""
    if value in (None, ""):
        return ""
    if isinstance(value, (bool, dict, list)):
        raise RowError(f"{name} {shown(value)} is not text")
    return cap_text(" ".join(str(value).split()), limit, name)


def parse_text(value: Any, name: str, notes: list[str], limit: int = MAX_TEXT) -> str:
    """A free-text field (description): kept with its line breaks, cut when too long."""
    if isinstance(value, (dict, list)):
        raise RowError(f"{name} {shown(value)} is not text")
    return cut_text(str(value or ""), limit, name, notes)


def parse_url(value: Any, pid: str, notes: list[str]) -> str:
    """An http(s) link or a path on this site; otherwise the product's own page ``/p/{id}``.

    A ``javascript:``, ``data:`` or ``file:`` link is an attack or a serious mistake: its row is
    rejected. A link that is merely unusable (no scheme, spaces, ``//host`` or ``/\\host``, which
    browsers open as another site) is replaced by the product's page, with a note.
    """
    own = f"/p/{quote(pid, safe='')}"
    text = str(value or "").strip()
    if not text:
        return own
    cap_text(text, MAX_URL, "url")
    try:
        parts = urlsplit(text)  # drops tabs and newlines first, as browsers do
    except ValueError:  # e.g. "http://[broken"
        parts = urlsplit("")
    if parts.scheme in UNSAFE_SCHEMES:
        raise RowError(f"url {shown(text)} is not an http(s) link")
    web = parts.scheme in ("http", "https") and bool(parts.netloc)
    local = not parts.scheme and text.startswith("/") and text[1:2] != "/"
    if (web or local) and not re.search(r"[\s\\\"<>`{}|^]", text):
        return text
    notes.append(f"url {shown(text)} is not an http(s) link or a site path: linked to {own}")
    return own
