"""Turning raw catalog cells into product fields: numbers, categories, links, attributes.

Every parser either returns a clean value or raises ``RowError`` with a reason a person can act on.
"""

from __future__ import annotations

import ast
import json
import re
from typing import Any
from urllib.parse import quote

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


GENDERS = {
    "men": "men",
    "man": "men",
    "male": "men",
    "mens": "men",
    "boys": "kids",
    "boy": "kids",
    "women": "women",
    "woman": "women",
    "female": "women",
    "womens": "women",
    "ladies": "women",
    "girls": "kids",
    "girl": "kids",
    "kids": "kids",
    "kid": "kids",
    "children": "kids",
    "child": "kids",
    "baby": "kids",
    "infant": "kids",
    "unisex": "unisex",
}


CURRENCY_IN_HEADER = re.compile(r"\((?P<cur>[A-Za-z]{3})\)")


MAX_TITLE, MAX_TEXT = 500, 5000


class RowError(ValueError):
    """A row that cannot become a product; the message says why."""


def header_key(name: str) -> str:
    return re.sub(r"[^a-z]", "", CURRENCY_IN_HEADER.sub("", name).lower())


def clean_cell(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and value != value:  # NaN from Parquet/pandas
        return None
    return value


def cap_text(text: str, limit: int, name: str | None = None) -> str:
    if len(text) <= limit:
        return text
    if name:
        raise RowError(f"{name} is {len(text)} characters long (at most {limit})")
    return text[:limit].rsplit(" ", 1)[0] + "…"


def parse_number(value: Any, name: str, positive: bool = False) -> float | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        raise RowError(f"{name} {value!r} is not a number")
    text = re.sub(r"[,\s¥$€£₹]|rs\.?|inr|cny|rmb|元", "", str(value), flags=re.I)
    try:
        number = float(text)
    except ValueError:
        raise RowError(f"{name} {value!r} is not a number") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise RowError(f"{name} {value!r} is not a number")
    if positive and number < 0:
        raise RowError(f"{name} {value!r} is negative")
    return number


def parse_rating(value: Any) -> float | None:
    if isinstance(value, str) and not re.search(r"\d", value):
        return None  # "No rating available"
    number = parse_number(value, "rating")
    if number is not None and not 0 <= number <= 5:
        raise RowError(f"rating {value!r} is outside 0-5")
    return number


def parse_count(value: Any) -> int | None:
    number = parse_number(value, "review_count", positive=True)
    return None if number is None else int(number)


def parse_category(value: Any) -> str:
    if value in (None, ""):
        return ""
    parts = value if isinstance(value, list) else _literal_list(str(value))
    if len(parts) == 1:
        parts = re.split(r"\s*(?:>>|>|/|\|)\s*", parts[0])
    return " > ".join(p.strip() for p in parts if str(p).strip())


def _literal_list(text: str) -> list[str]:
    if text.startswith("["):
        try:
            parsed = ast.literal_eval(text)
            if isinstance(parsed, list):
                return [str(p) for p in parsed]
        except (ValueError, SyntaxError):
            pass
    return [text]


def parse_url(value: Any, pid: str) -> str:
    text = str(value or "")
    if text.startswith(("http://", "https://", "/")) and not re.search(r"\s", text):
        return text
    return f"/p/{quote(pid, safe='')}"


def alias_value(key: str, attributes: dict[str, Any]) -> Any:
    """A canonical fact that arrived as an ordinary attribute (``Colour``, ``ideal_for``...)."""
    return next((attributes[k] for k in attributes if header_key(k) in ALIASES[key]), None)


def parse_canonical(key: str, value: Any) -> Any:
    if value in (None, ""):
        return None
    if key == "size":
        items = value if isinstance(value, list) else re.split(r"\s*[,;|/]\s*", str(value))
        return [str(s).strip() for s in items if str(s).strip()]
    text = str(value).strip().lower()
    return GENDERS.get(re.sub(r"[^a-z]", "", text), text) if key == "gender" else text


def parse_attributes(given: Any, extra: dict[str, Any]) -> dict[str, Any]:
    attributes: dict[str, Any] = {}
    if isinstance(given, str):
        try:
            given = json.loads(given)
        except ValueError:
            raise RowError("attributes is not a JSON object") from None
    if isinstance(given, dict):
        attributes.update({_key(k): _value(v) for k, v in given.items() if _value(v) is not None})
    for column, raw in extra.items():
        value = _value(clean_cell(raw))
        if isinstance(value, str) and value.startswith("[{"):
            attributes.update(_spec_pairs(value))
        elif value is not None:
            attributes.setdefault(_key(column), value)
    return attributes


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
    return re.sub(r"[^0-9a-z]+", "_", str(name).lower()).strip("_") or "attribute"


def _value(value: Any) -> Any:
    if value in (None, "") or isinstance(value, dict):
        return None
    if isinstance(value, list):
        return [str(v) for v in value if v not in (None, "")] or None
    if isinstance(value, (bool, int, float)):
        return value
    return cap_text(str(value), MAX_TEXT)
