"""Checking a shop's guides against its catalog, before a shopper meets them.

A guide helps only when it points at what the shop sells: its categories hold products, the
attributes its advice implies exist there with those values, and no other guide claims the same
need (a question would land on either). ``wenwen guides check`` prints what this finds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..language.kinds import kinds_of
from ..language.text import norm
from ..schemas import Guide, Product
from .read import guide_files, read_guide


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one guide file, said so that its author can fix it."""

    file: str
    guide: str | None  # its id, when the file could be read
    kind: str  # unreadable | unsold_kind | unknown_attribute | unknown_value | shared_need
    message: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class GuidesReport:
    files: int
    guides: int
    problems: list[Problem]

    @property
    def clean(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "guides": self.guides,
            "clean": self.clean,
            "problems": [p.as_dict() for p in self.problems],
        }


def check_guides(
    folders: Path | str | Sequence[Path | str], products: Iterable[Product]
) -> GuidesReport:
    """Every problem of the guides in ``folders`` against ``products`` (the indexed catalog)."""
    values = _values_by_kind(products)
    problems: list[Problem] = []
    guides: list[tuple[Path, Guide]] = []
    files = guide_files(folders)
    for path in files:
        try:
            guides.append((path, read_guide(path)))
        except ValueError as exc:
            problems.append(Problem(str(path), None, "unreadable", str(exc)))
    for path, guide in guides:
        problems += _against_catalog(str(path), guide, values)
    problems += _shared_needs(guides)
    return GuidesReport(len(files), len(guides), problems)


def _values_by_kind(products: Iterable[Product]) -> dict[str, dict[str, set[str]]]:
    """For every kind (each level of a category path), each attribute's values, as compared."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for product in products:
        for kind in kinds_of(product):
            for key, value in product.attributes.items():
                found[kind][norm(key)].update(_texts(value))
    return found


def _texts(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [("yes" if x else "no") if isinstance(x, bool) else norm(x) for x in items]


def _against_catalog(file: str, guide: Guide, values) -> list[Problem]:
    problems, scope = [], defaultdict(set)
    for category in guide.categories:
        kind = " > ".join(norm(part) for part in category.split(">"))
        if kind not in values:
            problems.append(
                Problem(
                    file,
                    guide.id,
                    "unsold_kind",
                    f"category {category!r} holds no product in the catalog",
                )
            )
            continue
        for key, seen in values[kind].items():
            scope[key] |= seen
    if not scope:  # no category sold: what its advice implies cannot be checked
        return problems
    for dimension in guide.dimensions:
        for key, wanted in dimension.implies.items():
            where = f"dimension {dimension.name!r} implies {key!r}"
            if norm(key) not in scope:
                problems.append(
                    Problem(
                        file,
                        guide.id,
                        "unknown_attribute",
                        f"{where}, an attribute no product of its categories has",
                    )
                )
                continue
            missing = sorted(set(_texts(wanted)) - scope[norm(key)])
            if missing:
                problems.append(
                    Problem(
                        file,
                        guide.id,
                        "unknown_value",
                        f"{where} = {', '.join(missing)}: no product of its "
                        "categories has that value",
                    )
                )
    return problems


def _shared_needs(guides: list[tuple[Path, Guide]]) -> list[Problem]:
    owner: dict[str, str] = {}
    problems = []
    for path, guide in guides:
        needs = [*guide.needs, *(guide.zh.needs if guide.zh else [])]
        for need in needs:
            key = " ".join(need.lower().split())
            if key in owner and owner[key] != guide.id:
                problems.append(
                    Problem(
                        str(path),
                        guide.id,
                        "shared_need",
                        f"need {need!r} is also guide {owner[key]!r}'s: a "
                        "question would land on either",
                    )
                )
            owner.setdefault(key, guide.id)
    return problems
