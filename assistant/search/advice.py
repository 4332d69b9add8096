"""Whether products follow a guide's advice: the attributes each dimension implies."""

from __future__ import annotations

from ..language.text import norm
from ..schemas import Guide, Product


def satisfies(attributes: dict, implies: dict[str, list[str]]) -> bool:
    """Whether attributes have, for every implied attribute, one of the advised values."""
    for key, wanted in implies.items():
        value = attributes.get(key)
        have = (
            {norm(v) for v in (value if isinstance(value, list) else [value])} if value else set()
        )
        if not have & {norm(w) for w in wanted}:
            return False
    return True


def advice_share(product: Product, guide: Guide) -> float:
    """The share of a guide's attribute-bearing dimensions whose advice the product follows."""
    dims = [d for d in guide.dimensions if d.implies]
    if not dims:
        return 0.0
    return sum(satisfies(product.attributes, d.implies) for d in dims) / len(dims)
