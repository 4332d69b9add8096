"""The default catalog scaled up into N distinct products, for benchmarks at 100k.

Variant ``k`` of a product is the same item in another series and edition, another colour (where
it has one), another price and its own id, so every embedding text is different and searches
still find sensible things. Deterministic: the same N always gives the same file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from assistant.catalog.read import load_catalog
from assistant.schemas import Product

SERIES = (
    "Harbour", "Meadow", "Summit", "Lantern", "Willow", "Granite", "Orchard", "Tidewater",
    "Ember", "Juniper", "Quarry", "Saffron", "Northwind", "Cobble", "Heron", "Bramble",
    "Marigold", "Driftwood", "Aspen", "Foundry", "Cinder", "Larkspur", "Basalt", "Kestrel",
)  # fmt: skip
EDITIONS = ("Classic", "Studio", "Field", "City", "Travel")
COLOURS = (
    "black", "white", "grey", "navy", "beige", "brown", "green", "olive", "red", "burgundy",
    "blue", "pink", "camel", "charcoal", "cream", "khaki",
)  # fmt: skip
FINISHES = (
    "a matte finish", "brushed detailing", "contrast stitching", "a softer hand feel",
    "reinforced seams", "a slimmer profile", "recycled trims", "a gift-ready sleeve",
)  # fmt: skip
PRICE_STEPS = (0.85, 0.9, 0.95, 1.0, 1.05, 1.1, 1.2, 1.3)


def variant(product: Product, k: int) -> Product:
    """The ``k``-th variant of ``product`` (``k == 0`` is the product itself)."""
    if k == 0:
        return product
    series, edition = SERIES[k % len(SERIES)], EDITIONS[(k // len(SERIES)) % len(EDITIONS)]
    attributes = dict(product.attributes)
    title, description = product.title, product.description
    old = attributes.get("color")
    if isinstance(old, str):
        new = COLOURS[(k * 7 + len(product.id)) % len(COLOURS)]
        attributes["color"] = new
        pattern = re.compile(rf"\b{re.escape(old)}\b", re.IGNORECASE)

        def swap(m: re.Match) -> str:
            return new.capitalize() if m.group(0)[0].isupper() else new

        title, description = pattern.sub(swap, title), pattern.sub(swap, description)
    finish = FINISHES[k % len(FINISHES)]
    pid = f"{product.id}-{k:03d}"
    return product.model_copy(
        update={
            "id": pid,
            "title": f"{title} ({series} {edition})",
            "description": f"{description} The {series} {edition} edition adds {finish}.",
            "attributes": attributes,
            "price": None if product.price is None else round(product.price * PRICE_STEPS[k % 8]),
            "url": f"/p/{pid}",
        }
    )


def write_scaled(source: Path, n: int, out: Path) -> Path:
    """Write ``n`` products scaled from ``source`` to ``out`` (JSONL), unless it is there."""
    if out.is_file() and sum(1 for _ in out.open()) == n:
        return out
    base = load_catalog(source).products
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with tmp.open("w") as f:
        for i in range(n):  # variant-major, so any stretch of the file spans the whole catalog
            product = variant(base[i % len(base)], i // len(base))
            f.write(json.dumps(product.model_dump(exclude_none=True), ensure_ascii=False) + "\n")
    tmp.replace(out)
    return out
