"""Build catalog/products.jsonl from the generators in scripts/catalog_parts.

Run: python scripts/make_catalog.py   (deterministic: the same seed writes the same file)
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import catalog_parts  # noqa: E402

FIELDS = (
    "id",
    "title",
    "category",
    "brand",
    "price",
    "currency",
    "rating",
    "review_count",
    "attributes",
    "description",
    "url",
)


def generate(only: set[str] | None = None) -> list[dict]:
    """Every product of every part (or of the ``only`` modules), with ids, urls and currency."""
    products: list[dict] = []
    for info in sorted(pkgutil.iter_modules(catalog_parts.__path__), key=lambda m: m.name):
        if info.name == "common" or (only and info.name not in only):
            continue
        module = importlib.import_module(f"catalog_parts.{info.name}")
        for code, make in module.PARTS:
            rng = random.Random(f"wenwen-{code}")
            for n, item in enumerate(make(rng), start=1):
                pid = f"{code}{n:04d}"
                products.append({**item, "id": pid, "url": f"/p/{pid}", "currency": "CNY"})
    return [{k: p[k] for k in FIELDS} for p in products]


def check(products: list[dict]) -> None:
    """Refuse to write a catalog with duplicate ids, titles-plus-descriptions or descriptions."""
    for field in ("id", "description"):
        seen: dict[str, str] = {}
        for p in products:
            if p[field] in seen:
                first = seen[p[field]]
                raise SystemExit(f"duplicate {field} in {p['id']} and {first}: {p[field]!r}")
            seen[p[field]] = p["id"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", help="generate only these part modules")
    parser.add_argument("--out", type=Path, default=ROOT / "catalog" / "products.jsonl")
    args = parser.parse_args()
    products = generate(set(args.only) if args.only else None)
    check(products)
    out = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for p in products:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"wrote {len(products)} products to {out}")


if __name__ == "__main__":
    main()
