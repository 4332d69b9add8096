"""Which of the constraints a text states apply to the products it is about.

A product-kind word filters only when it is about the products the question finds (an
accessory for a phone is not the accessories aisle): a fifth of them, or one of the top three,
are of that kind, or the guide that fits names it. A colour, gender or size only constrains
where half the relevant products carry one (a colour word in a tea's name is no colour). An
attribute phrase means the sense those products carry, and one that would leave nothing was a
description of the need, not a demand, so it is dropped and reported.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from ..language.kinds import kinds_of
from ..language.text import norm
from ..schemas import Constraints, Guide, Product
from .constraints import ConstraintIndex

KIND_SHARE, KIND_TOP = 0.2, 3  # a kind word filters at this share of the pool, or in its top 3
APPLIES_SHARE = 0.5  # a colour, gender, size or attribute applies where half the pool has one
CHEAP_PERCENTILE = 100 / 3  # "cheap": the lower third of prices among the matches


def applicable(
    stated: Constraints,
    options: list[dict[str, set[str]]],
    pool: list[int],
    products: Sequence[Product],
    guide: Guide | None,
    index: ConstraintIndex,
) -> tuple[Constraints, list[tuple[str, list[str]]]]:
    """The stated constraints that apply to the ``pool`` (positions of the products the text is
    about, best first), and the attribute constraints dropped because they left nothing."""
    c = stated.model_copy(deep=True)
    c.categories = _kinds(c.categories, pool, products, guide)
    relevant = [i for i in pool if not c.categories or _in_any(products[i], c.categories)]
    for key, name in (("colors", "color"), ("genders", "gender"), ("sizes", "size")):
        if getattr(c, key) and _share(relevant, products, name) < APPLIES_SHARE:
            setattr(c, key, [])
    c.attributes = {}
    # With no kind stated, the products in question are those of the fitting guide's kinds: a
    # word of the shopper's situation (where they live) that only other kinds carry is no demand.
    kinds = [norm(g) for g in guide.categories] if guide and not c.categories else []
    about = [i for i in relevant if _in_any(products[i], kinds)]
    if not about:
        about, kinds = relevant, []
    for option in options:  # the sense the products in question carry
        shares = {key: _share(about, products, key) for key in option}
        key = max(shares, key=shares.get)
        carried = index.mask(Constraints(attributes={key: sorted(option[key])}))
        if shares[key] >= APPLIES_SHARE and (not kinds or carried[about].any()):
            c.attributes[key] = sorted(set(c.attributes.get(key, [])) | option[key])
    dropped = []
    while c.attributes and not index.mask(c).any():
        rarest = min(c.attributes, key=lambda k: _count(index, k, c.attributes[k]))
        dropped.append((rarest, c.attributes.pop(rarest)))
    if c.cheap and c.price_max is None:
        scope = index.mask(c) if c.categories else _as_mask(relevant, len(products))
        prices = index.prices[scope & ~np.isnan(index.prices)]
        if prices.size:
            c.price_max = float(np.percentile(prices, CHEAP_PERCENTILE))
    return c, dropped


def pool_kinds(pool: list[int], products: Sequence[Product]) -> set[str]:
    """The kinds the products in ``pool`` (best first) are about: a fifth of them, or one of the
    top three, are of that kind; every level of a category path."""
    counts: dict[str, int] = defaultdict(int)
    for i in pool:
        for prefix in kinds_of(products[i]):
            counts[prefix] += 1
    about = {cat for cat, n in counts.items() if n >= KIND_SHARE * len(pool)}
    return about | {pre for i in pool[:KIND_TOP] for pre in kinds_of(products[i])}


def _kinds(stated: list[str], pool: list[int], products, guide: Guide | None) -> list[str]:
    about = pool_kinds(pool, products)
    if guide:
        about |= {norm(g) for g in guide.categories}
    return kinds_about(stated, about)


def kinds_about(stated: list[str], about: set[str]) -> list[str]:
    """The stated kinds that are among the kinds ``about``: a kind word counts where the
    products found are of that kind ("sports headphones" name no sports aisle)."""
    kinds = [cat for cat in stated if cat in about]
    # a kind and its sub-kind both named: the sub-kind, not every product of the kind
    return [x for x in kinds if not any(y.startswith(x + " > ") for y in kinds)]


def _count(index: ConstraintIndex, key: str, values: list[str]) -> int:
    return int(index.mask(Constraints(attributes={key: values})).sum())


def _in_any(product: Product, categories: list[str]) -> bool:
    return bool(set(kinds_of(product)) & set(categories))


def _share(indices: list[int], products: Sequence[Product], key: str) -> float:
    if not indices:
        return 0.0
    return sum(1 for i in indices if products[i].attributes.get(key)) / len(indices)


def _as_mask(indices: list[int], n: int) -> np.ndarray:
    mask = np.zeros(n, dtype=bool)
    mask[indices] = True
    return mask
