"""Load catalogs (JSONL, CSV, Parquet) into Products: column mapping and row-level errors.

Only ``id`` and ``title`` are required. Columns map to product fields by an explicit mapping or by
common names (``Colour``, ``PrimaryColor``, ``Price (INR)``...); every other column becomes an
attribute. A bad row is reported with its number and reason and the rest still loads.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..schemas import Guide, IngestError, IngestWarning, Product
from .cells import RowError, clean_cell, parse_id, parse_line, parse_text, parse_url, shown
from .fields import (
    ALIASES,
    CURRENCY_IN_HEADER,
    alias_value,
    header_key,
    parse_attributes,
    parse_canonical,
    parse_category,
    parse_count,
    parse_currency,
    parse_price,
    parse_rating,
)

CANONICAL = ("color", "gender", "size")  # attributes a column may fill directly
# What --map may name: every product field, and the canonical attributes.
FIELDS = (*Product.model_fields, *CANONICAL)
JSONL, CSV, PARQUET = (".jsonl", ".ndjson", ".json"), (".csv", ".tsv"), (".parquet", ".pq")
log = logging.getLogger("wenwen.catalog")
# Common column names, most specific first; compared after lower-casing and dropping non-letters.


@dataclass
class LoadResult:
    """Products that loaded, the rows that did not, and the rows that loaded with a change."""

    products: list[Product] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[IngestWarning] = field(default_factory=list)


def load_catalog(
    path: Path,
    mapping: dict[str, str] | None = None,
    currency: str | None = None,
    seen: dict[str, str] | None = None,
) -> LoadResult:
    """Read one catalog file; a repeated id (also across files sharing ``seen``) keeps the first."""
    result = LoadResult()
    result.products = list(iter_catalog(path, mapping, currency, seen, result))
    return result


def iter_catalog(
    path: Path,
    mapping: dict[str, str] | None = None,
    currency: str | None = None,
    seen: dict[str, str] | None = None,
    result: LoadResult | None = None,
) -> Iterator[Product]:
    """The products of one catalog file as they are read (a large file is never held whole);
    rows that fail or load with a change are added to ``result``'s errors and warnings."""
    path = Path(path)
    rows = read_rows(path)
    result = LoadResult() if result is None else result
    seen = {} if seen is None else seen
    maps: dict[tuple[str, ...], ColumnMap] = {}  # JSONL rows may each have their own keys
    tabular = path.suffix.lower() not in JSONL
    for number, row in rows:
        if isinstance(row, Exception):
            result.errors.append(IngestError(row=number, reason=str(row), file=path.name))
            continue
        key = tuple(row)
        if key not in maps:
            maps[key] = _column_map(path, row, mapping, currency, strict=tabular or not maps)
        notes: list[str] = []
        try:
            product = maps[key].to_product(row, notes)
            first = seen.get(product.id)
            if first:
                raise RowError(f"duplicate id {shown(product.id)} (first seen at {first})")
        except (RowError, ValueError) as exc:
            result.errors.append(IngestError(row=number, reason=_reason(exc), file=path.name))
            continue
        seen[product.id] = f"{path.name} row {number}"
        if notes:
            result.warnings.append(
                IngestWarning(row=number, reason=_summary(notes), file=path.name)
            )
        yield product


def sample_titles(
    paths: Sequence[Path], mapping: dict[str, str] | None, currency: str | None, n: int = 500
) -> list[str]:
    """The titles of the first ``n`` products the files hold (to tell the catalog's language);
    a file that cannot be read gives none here (the ingest reports why)."""
    titles: list[str] = []
    for path in paths:
        try:
            for product in iter_catalog(path, mapping, currency, {}, LoadResult()):
                titles.append(product.title)
                if len(titles) >= n:
                    return titles
        except (OSError, ValueError):
            continue
    return titles


def check_catalog(
    path: Path, mapping: dict[str, str] | None = None, currency: str | None = None
) -> int:
    """How many records ``path`` holds, good or bad (a progress bar's total), once it is known
    that its format can be read and ``mapping`` fits its columns: otherwise ValueError naming
    the file, raised before anything of any file is ingested."""
    path = Path(path)
    rows = read_rows(path)
    first = next((row for _, row in rows if not isinstance(row, Exception)), None)
    if first is not None:
        _column_map(path, first, mapping, currency, strict=True)
    suffix = path.suffix.lower()
    if suffix in PARQUET:
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    if suffix in CSV:
        return sum(1 for _ in read_rows(path))
    with path.open("rb") as f:
        return sum(1 for line in f if line.strip())


def _column_map(
    path: Path, row: dict, mapping: dict[str, str] | None, currency: str | None, strict: bool
) -> ColumnMap:
    try:
        return ColumnMap.build(list(row), mapping or {}, currency, strict=strict)
    except ValueError as exc:
        raise ValueError(f"{path.name}: {exc}") from None


def _summary(notes: list[str], shown_at_most: int = 3) -> str:
    """One row's changes in one line; a row with hundreds of cut columns makes one warning."""
    more = len(notes) - shown_at_most
    return "; ".join(notes[:shown_at_most]) + (f"; and {more} more" if more > 0 else "")


def _reason(exc: Exception) -> str:
    text = str(exc)
    return text.splitlines()[0] if "validation error" not in text else text.replace("\n", " ")


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | Exception]]:
    """Yield (1-based record number, row dict or the error that row raised) from any format."""
    suffix = path.suffix.lower()
    if suffix in JSONL:
        return _jsonl_rows(path)
    if suffix in CSV:
        return _csv_rows(path, "\t" if suffix == ".tsv" else ",")
    if suffix in PARQUET:
        return _parquet_rows(path)
    raise ValueError(f"{path.name}: unsupported format {suffix!r} (use .jsonl, .csv or .parquet)")


# Rows with bytes that are not UTF-8 are rejected, not repaired: replacing the bytes would show
# shoppers mojibake ("Caf\ufffd"), and the owner can fix the file once it is reported.
NOT_UTF8 = "text is not valid UTF-8 (byte 0x{:02x}{}): save the file as UTF-8"
BAD_BYTE = re.compile("[\udc80-\udcff]")  # an undecodable byte, as surrogateescape keeps it


def _jsonl_rows(path: Path) -> Iterator[tuple[int, dict | Exception]]:
    with path.open("rb") as f:
        for number, raw in enumerate(f, start=1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw.decode("utf-8-sig"))  # -sig: a BOM before the first row
                if not isinstance(row, dict):
                    raise ValueError("not a JSON object")
                yield number, row
            except UnicodeDecodeError as exc:
                where = f" at position {exc.start + 1} of the line"
                yield number, RowError(NOT_UTF8.format(raw[exc.start], where))
            except ValueError as exc:
                yield number, RowError(f"invalid JSON line: {shown(str(exc))}")
            except RecursionError:
                yield number, RowError("invalid JSON line: nested too deeply")


def _csv_rows(path: Path, delimiter: str) -> Iterator[tuple[int, dict | Exception]]:
    """Rows as dicts; a row with bad bytes, extra cells or broken quoting is reported alone."""
    csv.field_size_limit(16 * 1024 * 1024)
    # surrogateescape keeps each bad byte as a lone surrogate: found and named, never guessed
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as f:
        reader = csv.DictReader(f, delimiter=delimiter, strict=True)
        number = 0
        while True:
            number += 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:  # e.g. a quote never closed
                yield number, RowError(f"unreadable CSV record: {exc}")
                continue
            yield number, _csv_row(row)


def _csv_row(row: dict[str | None, Any]) -> dict[str, Any] | RowError:
    if None in row:
        return RowError(f"{len(row[None])} more cells than the header has columns")
    for column, value in row.items():
        bad = BAD_BYTE.search(value or "")
        if bad:
            return RowError(NOT_UTF8.format(ord(bad.group()) - 0xDC00, f" in {shown(column)}"))
    return row


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

    def to_product(self, row: dict[str, Any], notes: list[str]) -> Product:
        """One row as a Product, or RowError saying what is wrong with it; changes made to
        keep it (a text cut, a link replaced) are added to ``notes``."""
        get = {name: clean_cell(row.get(col)) for name, col in self.fields.items()}
        pid, title = parse_id(get.get("id")), parse_line(get.get("title"), "title")
        if not title:
            raise RowError("missing title")
        extra = {c: row.get(c) for c in self.extra}
        attributes = parse_attributes(get.get("attributes"), extra, notes)
        for key in CANONICAL:
            value = parse_canonical(key, get.get(key, alias_value(key, attributes)))
            if value not in (None, "", []):
                attributes[key] = value
        return Product(
            id=pid,
            title=title,
            category=parse_category(get.get("category")),
            brand=parse_line(get.get("brand"), "brand"),
            price=parse_price(get.get("price"), notes),
            currency=parse_currency(get.get("currency"), self.currency),
            rating=parse_rating(get.get("rating")),
            review_count=parse_count(get.get("review_count")),
            attributes=attributes,
            description=parse_text(get.get("description"), "description", notes),
            url=parse_url(get.get("url"), pid, notes),
        )


def _guess(field_name: str, columns: list[str], taken: set[str]) -> str | None:
    by_norm = {header_key(c): c for c in columns if c not in taken}
    return next((by_norm[a] for a in ALIASES[field_name] if a in by_norm), None)


def _header_currency(column: str | None) -> str | None:
    match = CURRENCY_IN_HEADER.search(column or "")
    return match.group("cur").upper() if match else None


def parse_mapping(pairs: list[str]) -> dict[str, str]:
    """``["color=Colour"]`` as a dict; a malformed pair raises ValueError saying how to fix it."""
    mapping = {}
    for pair in pairs:
        name, sep, column = pair.partition("=")
        if not sep or not name.strip() or not column.strip():
            raise ValueError(f"--map {pair!r}: write FIELD=COLUMN, e.g. --map price='Price (INR)'")
        mapping[name.strip()] = column.strip()
    return mapping


def guide_folders(folders: Path | str | Sequence[Path | str]) -> list[Path]:
    """The guide folders a setting names: one path, several joined by ``os.pathsep`` (a shop's
    own guides, then the bundled ones), or a list."""
    if isinstance(folders, (str, Path)):
        folders = str(folders).split(os.pathsep)
    return [Path(f) for f in folders if str(f).strip()]


def guide_files(folders: Path | str | Sequence[Path | str]) -> list[Path]:
    """Every guide file (``*.yaml``) in ``folders``, folder by folder, sorted within each."""
    return [path for folder in guide_folders(folders) for path in sorted(folder.glob("*.yaml"))]


def read_guide(path: Path) -> Guide:
    """The guide in ``path``; raises ValueError saying what is wrong with it."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as exc:
        where = f" (line {exc.problem_mark.line + 1})" if exc.problem_mark else ""
        raise ValueError(f"not valid YAML: {exc.problem or exc.context}{where}") from None
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(_reason(exc)) from None
    if not isinstance(data, dict):
        raise ValueError("not a guide: the file must hold one mapping (id, title, needs, ...)")
    try:
        return Guide(**data)
    except (TypeError, ValueError) as exc:
        raise ValueError(_reason(exc)) from None


def load_guides(folders: Path | str | Sequence[Path | str]) -> list[Guide]:
    """Every valid guide in ``folders`` (see ``guide_folders``); a broken file is logged and
    skipped, and a guide whose id an earlier folder already has is shadowed by that one."""
    guides: dict[str, Guide] = {}
    for path in guide_files(folders):
        try:
            guide = read_guide(path)
        except ValueError as exc:
            log.warning("guide %s skipped: %s", path, exc)
            continue
        if guide.id in guides:
            log.info("guide %s skipped: an earlier guides folder has %r", path, guide.id)
            continue
        guides[guide.id] = guide
    return list(guides.values())
