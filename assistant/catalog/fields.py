"""Turning raw catalog cells into product fields: numbers, currencies, categories, attributes.

Every parser either returns a clean value or raises ``RowError`` with a reason a person can act on.
Text limits, invisible characters and links are ``cells.py``'s.
"""

from __future__ import annotations

import ast
import json
import math
import re
from typing import Any

from ..language.lexicon import lexicon
from .cells import (
    MAX_ATTRIBUTE_TEXT,
    MAX_ATTRIBUTES,
    MAX_ITEMS,
    MAX_KEY,
    MAX_TEXT,
    MAX_TITLE,
    RowError,
    cap_text,
    clean_cell,
    cut_text,
    shown,
)

ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "productid", "sku", "itemid", "uniqid", "asin", "pid"),
    "title": ("title", "name", "productname", "producttitle", "itemname"),
    "category": (
        "category",
        "categorypath",
        "productcategorytree",
        "categories",
        "productcategory",
    ),
    "brand": ("brand", "productbrand", "brandname", "manufacturer"),
    "price": ("price", "saleprice", "discountedprice", "currentprice", "retailprice", "listprice"),
    "currency": ("currency", "currencycode"),
    "rating": ("rating", "averagerating", "productrating", "stars", "overallrating"),
    "review_count": ("reviewcount", "reviews", "numreviews", "ratingcount", "ratingscount"),
    "description": ("description", "productdescription", "desc", "details"),
    "url": ("url", "producturl", "link", "productlink"),
    "attributes": ("attributes",),
    "color": ("color", "colour", "primarycolor", "primarycolour", "basecolour", "basecolor"),
    "gender": ("gender", "sex", "idealfor"),
    "size": ("size", "sizes", "availablesizes"),
}


GENDERS = lexicon("en").catalog.genders  # a gender cell's words -> the genders filters compare


CURRENCY_IN_HEADER = re.compile(r"\((?P<cur>[A-Za-z]{3})\)")


# Thousands separators, western (1,299,000) or Indian (12,99,000); "12,50" is not one of them.
GROUPED = re.compile(r"[-+]?\d{1,3}(?:,\d{2,3})*,\d{3}(?:\.\d*)?")
CURRENCY_SIGNS = {"¥": "CNY", "￥": "CNY", "元": "CNY", "$": "USD", "US$": "USD", "€": "EUR",
                  "£": "GBP", "₹": "INR", "RS": "INR", "RS.": "INR"}  # fmt: skip


def header_key(name: str) -> str:
    return re.sub(r"[^a-z]", "", CURRENCY_IN_HEADER.sub("", name).lower())


def parse_number(value: Any, name: str, positive: bool = False) -> float | None:
    """``1,299``, ``¥ 199``, ``199.00``, ``12,99,000``; words, NaN, infinity and commas that are
    not thousands separators (``12,50`` could be 12.5 or 1250) are rejected."""
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise RowError(f"{name} {shown(value)} is not a number")
    text = re.sub(r"[\s¥$€£₹]|rs\.?|inr|cny|rmb|元", "", str(value), flags=re.I)
    if "," in text and not GROUPED.fullmatch(text):
        raise RowError(f"{name} {shown(value)} is not a number (a comma may only group thousands)")
    try:
        number = float(text.replace(",", ""))
    except ValueError:
        raise RowError(f"{name} {shown(value)} is not a number") from None
    if not math.isfinite(number):
        raise RowError(f"{name} {shown(value)} is not a number")
    if positive and number < 0:
        raise RowError(f"{name} {shown(value)} is negative")
    return number


def parse_price(value: Any, notes: list[str]) -> float | None:
    """A price a shopper could pay, or None ("price on request"). Real catalogs write 0 for a
    price they do not have (Flipkart's ``0.0``): shown, it would be the cheapest thing in the
    shop, so it is read as no price, with a note."""
    price = parse_number(value, "price", positive=True)
    if price == 0:
        notes.append("price 0 read as no price (shown as 'price on request')")
        return None
    return price


def parse_currency(value: Any, default: str) -> str:
    """A three-letter code; the common signs (¥, $, ₹...) are read as their code."""
    text = str(value or default).strip().upper()
    code = CURRENCY_SIGNS.get(text, text)
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise RowError(f"currency {shown(value)} is not a 3-letter code such as CNY or USD")
    return code


def parse_rating(value: Any) -> float | None:
    if isinstance(value, str) and not re.search(r"\d", value):
        return None  # "No rating available"
    number = parse_number(value, "rating")
    if number is not None and not 0 <= number <= 5:
        raise RowError(f"rating {shown(value)} is outside 0-5")
    return number


def parse_count(value: Any) -> int | None:
    number = parse_number(value, "review_count", positive=True)
    return None if number is None else int(number)


def parse_category(value: Any) -> str:
    if value in (None, ""):
        return ""
    if isinstance(value, dict):
        raise RowError(f"category {shown(value)} is not a path")
    parts = value if isinstance(value, list) else _literal_list(str(value))
    if len(parts) == 1:
        parts = re.split(r"\s*(?:>>|>|/|\|)\s*", str(parts[0]))
    path = " > ".join(" ".join(str(p).split()) for p in parts if str(p).strip())
    return cap_text(path, MAX_TITLE, "category")


def _literal_list(text: str) -> list[str]:
    if text.startswith("["):
        try:
            parsed = ast.literal_eval(text)
            if isinstance(parsed, list):
                return [str(p) for p in parsed]
        except (ValueError, SyntaxError):
            pass
    return [text]


def alias_value(key: str, attributes: dict[str, Any]) -> Any:
    """A canonical fact that arrived as an ordinary attribute (``Colour``, ``ideal_for``...)."""
    return next((attributes[k] for k in attributes if header_key(k) in ALIASES[key]), None)


def parse_canonical(key: str, value: Any) -> Any:
    if value in (None, ""):
        return None
    if isinstance(value, dict):
        raise RowError(f"{key} {shown(value)} is not text")
    if key == "size":
        items = value if isinstance(value, list) else re.split(r"\s*[,;|/]\s*", str(value))
        sizes = [str(s).strip() for s in items[:MAX_ITEMS] if str(s).strip()]
        return [cap_text(s, MAX_TITLE, "size") for s in sizes]
    text = cap_text(str(value).strip().lower(), MAX_TITLE, key)
    return GENDERS.get(re.sub(r"[^a-z]", "", text), text) if key == "gender" else text


def parse_attributes(given: Any, extra: dict[str, Any], notes: list[str]) -> dict[str, Any]:
    """The ``attributes`` object plus every unmapped column, within the limits of ``_bounded``.

    Specification lists override the object; a plain column never overrides either.
    """
    if isinstance(given, str):
        try:
            given = json.loads(given)
        except (ValueError, RecursionError):  # RecursionError: nested too deeply
            raise RowError("attributes is not a JSON object") from None
    if given not in (None, "") and not isinstance(given, dict):
        raise RowError(f"attributes {shown(given)} is not a JSON object")
    attributes: dict[str, Any] = {}
    for name, raw in (given or {}).items():
        _put(attributes, name, raw, notes)
    for column, raw in extra.items():
        value = clean_cell(raw)
        if isinstance(value, str) and value.startswith("[{"):
            for name, item in _spec_pairs(value).items():
                _put(attributes, name, item, notes)
        elif _key(column) not in attributes:
            _put(attributes, column, value, notes)
    return _bounded(attributes, notes)


def _bounded(attributes: dict[str, Any], notes: list[str]) -> dict[str, Any]:
    """The first attributes up to ``MAX_ATTRIBUTES`` of them or ``MAX_ATTRIBUTE_TEXT``
    characters: a row of a thousand long columns must not make a megabyte product."""
    kept: dict[str, Any] = {}
    size = 0
    for key, value in attributes.items():
        size += len(key) + len(str(value))
        if len(kept) == MAX_ATTRIBUTES or size > MAX_ATTRIBUTE_TEXT:
            # first: dropping columns matters more than the cuts made to them
            notes.insert(0, f"{len(attributes)} attributes: kept the first {len(kept)}")
            break
        kept[key] = value
    return kept


def _put(attributes: dict[str, Any], name: Any, raw: Any, notes: list[str]) -> None:
    key = _key(name)
    value = _value(raw, key, notes)
    if value is not None:
        attributes[key] = value


def _spec_pairs(text: str) -> dict[str, Any]:
    """Flipkart-style ``[{'key': 'Color', 'value': 'Red'}, ...]`` specification lists."""
    try:
        pairs = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return {}
    return {
        _key(p["key"]): str(p["value"])
        for p in pairs
        if isinstance(p, dict) and p.get("key") and p.get("value") is not None
    }


def _key(name: Any) -> str:
    key = re.sub(r"[^0-9a-z]+", "_", str(name)[: MAX_KEY * 4].lower()).strip("_")
    return key[:MAX_KEY].rstrip("_") or "attribute"


def _value(value: Any, key: str, notes: list[str]) -> Any:
    value = clean_cell(value)
    if value is None or isinstance(value, dict):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        raise RowError(f"attribute {key} {value} is not a finite number")
    if isinstance(value, list):
        items = [
            str(v) for v in map(clean_cell, value) if v is not None and not isinstance(v, dict)
        ]
        if len(items) > MAX_ITEMS:
            notes.append(f"attribute {key} has {len(items)} items: kept the first {MAX_ITEMS}")
        return [
            cut_text(i, MAX_TITLE, f"attribute {key}", notes) for i in items[:MAX_ITEMS]
        ] or None
    if isinstance(value, (bool, int, float)):
        return value
    return cut_text(str(value), MAX_TEXT, f"attribute {key}", notes)
