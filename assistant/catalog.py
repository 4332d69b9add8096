"""Load catalogs (JSONL, CSV, Parquet) into Products: column mapping and row-level errors.

Only ``id`` and ``title`` are required. Columns map to product fields by an explicit mapping or by
common names (``Colour``, ``PrimaryColor``, ``Price (INR)``...); every other column becomes an
attribute. A bad row is reported with its number and reason and the rest still loads.
"""

from __future__ import annotations

import ast
import csv
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml

from .schemas import Guide, IngestError, Product

FIELDS = (
    "id",
    "title",
    "category",
    "brand",
    "price",
    "currency",
    "rating",
    "review_count",
    "description",
    "url",
    "attributes",
    "color",
    "gender",
    "size",
)
CANONICAL = ("color", "gender", "size")
log = logging.getLogger("wenwen.catalog")
# Common column names, most specific first; compared after lower-casing and dropping non-letters.
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


@dataclass
class LoadResult:
    """Products that loaded, and the rows that did not (with their reasons)."""

    products: list[Product] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)


def load_catalog(
    path: Path,
    mapping: dict[str, str] | None = None,
    currency: str | None = None,
    seen: dict[str, str] | None = None,
) -> LoadResult:
    """Read one catalog file; a repeated id (also across files sharing ``seen``) keeps the first."""
    path = Path(path)
    rows = read_rows(path)
    result = LoadResult()
    seen = {} if seen is None else seen
    maps: dict[tuple[str, ...], ColumnMap] = {}  # JSONL rows may each have their own keys
    tabular = path.suffix.lower() not in (".jsonl", ".ndjson", ".json")
    for number, row in rows:
        if isinstance(row, Exception):
            result.errors.append(IngestError(row=number, reason=str(row), file=path.name))
            continue
        key = tuple(row)
        if key not in maps:
            maps[key] = ColumnMap.build(
                list(row), mapping or {}, currency, strict=tabular or not maps
            )
        columns = maps[key]
        try:
            product = columns.to_product(row)
            if product.id in seen:
                raise RowError(f"duplicate id {product.id!r} (first seen at {seen[product.id]})")
        except (RowError, ValueError) as exc:
            result.errors.append(IngestError(row=number, reason=_reason(exc), file=path.name))
            continue
        seen[product.id] = f"{path.name} row {number}"
        result.products.append(product)
    return result


def _reason(exc: Exception) -> str:
    text = str(exc)
    return text.splitlines()[0] if "validation error" not in text else text.replace("\n", " ")


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | Exception]]:
    """Yield (1-based record number, row dict or the error that row raised) from any format."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return _jsonl_rows(path)
    if suffix in (".csv", ".tsv"):
        return _csv_rows(path, "\t" if suffix == ".tsv" else ",")
    if suffix in (".parquet", ".pq"):
        return _parquet_rows(path)
    raise ValueError(f"{path.name}: unsupported format {suffix!r} (use .jsonl, .csv or .parquet)")


def _jsonl_rows(path: Path) -> Iterator[tuple[int, dict | Exception]]:
    with path.open("rb") as f:
        for number, raw in enumerate(f, start=1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw.decode("utf-8"))
                if not isinstance(row, dict):
                    raise ValueError("not a JSON object")
                yield number, row
            except (UnicodeDecodeError, ValueError) as exc:
                yield number, RowError(f"invalid JSON line: {exc}")


def _csv_rows(path: Path, delimiter: str) -> Iterator[tuple[int, dict | Exception]]:
    csv.field_size_limit(16 * 1024 * 1024)
    with path.open(encoding="utf-8", errors="replace", newline="") as f:
        reader = csv.DictReader(f, delimiter=delimiter)
        for number, row in enumerate(reader, start=1):
            if None in row:
                yield number, RowError(f"{len(row[None])} more cells than the header has columns")
            elif "\ufffd" in "".join(v or "" for v in row.values()):
                yield number, RowError("text is not valid UTF-8")
            else:
                yield number, row


def _parquet_rows(path: Path) -> Iterator[tuple[int, dict | Exception]]:
    import pyarrow.parquet as pq

    number = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=4096):
        for row in batch.to_pylist():
            number += 1
            yield number, row


@dataclass
class ColumnMap:
    """Which source column feeds which product field; the rest become attributes."""

    fields: dict[str, str]
    extra: list[str]
    currency: str

    @classmethod
    def build(
        cls, columns: list[str], mapping: dict[str, str], currency: str | None, strict: bool = True
    ) -> ColumnMap:
        """Map columns to fields; ``strict`` checks that every mapped column exists."""
        unknown = sorted(set(mapping) - set(FIELDS))
        if unknown:
            raise ValueError(f"--map: unknown field(s) {unknown}; fields are {list(FIELDS)}")
        missing = sorted(c for c in mapping.values() if c not in columns)
        if missing and strict:
            raise ValueError(f"--map: no column(s) {missing} in the file; columns are {columns}")
        fields = {name: column for name, column in mapping.items() if column in columns}
        for name in FIELDS:
            fields.setdefault(name, _guess(name, columns, set(fields.values())) or "")
        fields = {k: v for k, v in fields.items() if v}
        used = set(fields.values())
        return cls(
            fields,
            [c for c in columns if c not in used],
            currency or _header_currency(fields.get("price")) or "CNY",
        )

    def to_product(self, row: dict[str, Any]) -> Product:
        """One row as a Product, or RowError saying what is wrong with it."""
        get = {name: _clean(row.get(col)) for name, col in self.fields.items()}
        pid, title = get.get("id"), get.get("title")
        if pid in (None, ""):
            raise RowError("missing id")
        if not title:
            raise RowError("missing title")
        attributes = _attributes(get.get("attributes"), {c: row.get(c) for c in self.extra})
        for key in CANONICAL:
            value = _canonical(key, get.get(key, _alias_value(key, attributes)))
            if value not in (None, "", []):
                attributes[key] = value
        pid = str(pid)
        return Product(
            id=pid,
            title=_cap(str(title), MAX_TITLE, "title"),
            category=_category(get.get("category")),
            brand=str(get.get("brand") or ""),
            price=_number(get.get("price"), "price", positive=True),
            currency=str(get.get("currency") or self.currency).upper(),
            rating=_rating(get.get("rating")),
            review_count=_count(get.get("review_count")),
            attributes=attributes,
            description=_cap(str(get.get("description") or ""), MAX_TEXT),
            url=_url(get.get("url"), pid),
        )


def _norm(name: str) -> str:
    return re.sub(r"[^a-z]", "", CURRENCY_IN_HEADER.sub("", name).lower())


def _guess(field_name: str, columns: list[str], taken: set[str]) -> str | None:
    by_norm = {_norm(c): c for c in columns if c not in taken}
    return next((by_norm[a] for a in ALIASES[field_name] if a in by_norm), None)


def _header_currency(column: str | None) -> str | None:
    match = CURRENCY_IN_HEADER.search(column or "")
    return match.group("cur").upper() if match else None


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and value != value:  # NaN from Parquet/pandas
        return None
    return value


def _cap(text: str, limit: int, name: str | None = None) -> str:
    if len(text) <= limit:
        return text
    if name:
        raise RowError(f"{name} is {len(text)} characters long (at most {limit})")
    return text[:limit].rsplit(" ", 1)[0] + "…"


def _number(value: Any, name: str, positive: bool = False) -> float | None:
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


def _rating(value: Any) -> float | None:
    if isinstance(value, str) and not re.search(r"\d", value):
        return None  # "No rating available"
    number = _number(value, "rating")
    if number is not None and not 0 <= number <= 5:
        raise RowError(f"rating {value!r} is outside 0-5")
    return number


def _count(value: Any) -> int | None:
    number = _number(value, "review_count", positive=True)
    return None if number is None else int(number)


def _category(value: Any) -> str:
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


def _url(value: Any, pid: str) -> str:
    text = str(value or "")
    if text.startswith(("http://", "https://", "/")) and not re.search(r"\s", text):
        return text
    return f"/p/{quote(pid, safe='')}"


def _alias_value(key: str, attributes: dict[str, Any]) -> Any:
    """A canonical fact that arrived as an ordinary attribute (``Colour``, ``ideal_for``...)."""
    return next((attributes[k] for k in attributes if _norm(k) in ALIASES[key]), None)


def _canonical(key: str, value: Any) -> Any:
    if value in (None, ""):
        return None
    if key == "size":
        items = value if isinstance(value, list) else re.split(r"\s*[,;|/]\s*", str(value))
        return [str(s).strip() for s in items if str(s).strip()]
    text = str(value).strip().lower()
    return GENDERS.get(re.sub(r"[^a-z]", "", text), text) if key == "gender" else text


def _attributes(given: Any, extra: dict[str, Any]) -> dict[str, Any]:
    attributes: dict[str, Any] = {}
    if isinstance(given, str):
        try:
            given = json.loads(given)
        except ValueError:
            raise RowError("attributes is not a JSON object") from None
    if isinstance(given, dict):
        attributes.update({_key(k): _value(v) for k, v in given.items() if _value(v) is not None})
    for column, raw in extra.items():
        value = _value(_clean(raw))
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
    return _cap(str(value), MAX_TEXT)


def parse_mapping(pairs: list[str]) -> dict[str, str]:
    """``["color=Colour"]`` as a dict; a malformed pair raises ValueError saying how to fix it."""
    mapping = {}
    for pair in pairs:
        name, sep, column = pair.partition("=")
        if not sep or not name.strip() or not column.strip():
            raise ValueError(f"--map {pair!r}: write FIELD=COLUMN, e.g. --map price='Price (INR)'")
        mapping[name.strip()] = column.strip()
    return mapping


def load_guides(folder: Path) -> list[Guide]:
    """Every valid guide in ``folder`` (``*.yaml``) by id; a broken file is logged and skipped."""
    guides = []
    for path in sorted(Path(folder).glob("*.yaml")):
        try:
            guides.append(Guide(**yaml.safe_load(path.read_text(encoding="utf-8"))))
        except (OSError, yaml.YAMLError, TypeError, ValueError) as exc:
            log.warning("guide %s skipped: %s", path.name, _reason(exc))
    return guides
