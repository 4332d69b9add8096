"""Prices in a question: "under N", "N-M元", "around ¥N", "a budget of N".

Each phrase found sets a bound and is taken out of the text that is searched. A number followed
by a unit (degrees, inches, months...) is not a price.
"""

from __future__ import annotations

import math
import re

from ..schemas import Constraints
from .lexicon import Lexicon, lexicon


def parse_price(query: str, constraints: Constraints, lex: Lexicon | None = None) -> str:
    """Set the price bounds the query states; return the query with those phrases removed."""
    rules = (lex or lexicon("en")).prices
    text = query
    for words_, amount in rules.amounts.items():
        text = re.sub(rf"\b{re.escape(words_)}\b", f"{amount:g}", text, flags=re.I)
    for kind, pattern in rules.compiled:
        for match in list(pattern.finditer(text)):
            if rules.unit_after.match(text, match.end()) and not rules.currency_re.search(match[0]):
                continue
            numbers = _numbers(match.groups())
            if not numbers:
                continue
            if kind == "range" and len(numbers) == 2:
                constraints.price_min, constraints.price_max = sorted(numbers)
            elif kind == "max":
                constraints.price_max = numbers[0]
            elif kind == "bare":  # only when no other price was said: one amount, a budget
                if constraints.price_min is not None or constraints.price_max is not None:
                    continue
                constraints.price_max = numbers[0]
            elif kind == "min":
                constraints.price_min = numbers[0]
            elif kind == "around":
                spread = numbers[0] * rules.around
                constraints.price_min, constraints.price_max = (
                    numbers[0] - spread,
                    numbers[0] + spread,
                )
            text = text.replace(match[0], " ")
    return re.sub(r"\s+", " ", text).strip()


def _numbers(groups: tuple) -> list[float]:
    values = []
    for i in range(0, len(groups) - 1, 2):
        if groups[i]:
            value = float(groups[i].replace(",", "")) * (1000 if groups[i + 1] else 1)
            if math.isfinite(value) and value < 1e12:  # "under 999…9" is no price
                values.append(value)
    return values
