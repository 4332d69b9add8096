"""Helpers shared by the catalog generators: believable prices, ratings and review counts."""

from __future__ import annotations

import math
import random

PRICE_ENDINGS = (9, 9, 9, 8, 5, 0)


def price(rng: random.Random, low: float, high: float) -> float:
    """A shop-like price between low and high: log-uniform, ending in 9/8/5/0 like real tags."""
    value = math.exp(rng.uniform(math.log(low), math.log(high)))
    if value < 20:
        return round(value, 1)
    step = 10 if value < 1000 else 100
    base = int(value // step) * step
    ending = rng.choice(PRICE_ENDINGS) * (step // 10)
    return float(max(base + ending, low))


def rating(rng: random.Random, quality: float = 0.5) -> float:
    """A star rating in [3.5, 5.0]; ``quality`` in [0, 1] nudges it up."""
    value = rng.gauss(4.35 + 0.4 * (quality - 0.5), 0.22)
    return round(min(5.0, max(3.5, value)), 1)


def review_count(rng: random.Random, popularity: float = 1.0) -> int:
    """A long-tailed review count: mostly dozens to hundreds, a few tens of thousands."""
    return int(rng.lognormvariate(5.2, 1.4) * popularity) + rng.randint(0, 9)


def pick(rng: random.Random, options, weights=None):
    """One of ``options`` (optionally weighted)."""
    return rng.choices(list(options), weights=weights, k=1)[0]


def some(rng: random.Random, options, low: int = 1, high: int = 3) -> list:
    """Between low and high distinct items from options, in their original order."""
    options = list(options)
    chosen = set(rng.sample(options, rng.randint(low, min(high, len(options)))))
    return [o for o in options if o in chosen]
