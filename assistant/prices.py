"""Prices in a question: "under 500 yuan", "100-200元", "around ¥300", "budget is 500 rmb max".

Each phrase found sets a bound and is taken out of the text that is searched. A number followed
by a unit ("0 degrees", "15.6 inch", "4 months") is not a price.
"""

from __future__ import annotations

import math
import re

from .schemas import Constraints

NUM = r"(\d(?:[\d,]*\d)?(?:\.\d+)?)\s*(k\b)?"  # "42, max 900": the comma is not the number's
CUR = r"(?:¥|￥|\$|₹|rmb|cny|yuan|kuai|元|块|rs\.?|inr|rupees?|dollars?|usd)"
UNIT_AFTER = re.compile(  # "under 200 with a wide brim" is a price; "200 w" is a wattage
    r"\s*(?:(?:cm|mm|ml|l|g|kg|mah|w|wh|days?|nights?|persons?|people|pcs|pack|x|inch|in|m|"
    r"hours?|hrs?|h|years?|yrs?|months?|degrees?|deg|mins?|minutes?|km|kids?|weeks?|yo)\b|%|°)",
    re.I,
)
PRICE_PATTERNS: list[tuple[str, re.Pattern]] = [
    (  # "don't want to spend more than 200": a ceiling, though "more than" reads as a floor
        "max",
        re.compile(
            rf"(?:don'?t|do not|not|never|won'?t)\s+(?:want to\s+|wanna\s+)?(?:spend|pay)\s+"
            rf"(?:more than|over|above)\s*{CUR}?\s*{NUM}\s*{CUR}?",
            re.I,
        ),
    ),
    (  # "budget is 500 rmb", "a 300 budget", "500 max"
        "max",
        re.compile(
            rf"budget\s*(?:is|of|:)?\s*(?:around|about|roughly)?\s*{CUR}?\s*{NUM}\s*{CUR}?"
            rf"(?:\s*(?:max|tops))?|{CUR}?\s*{NUM}\s*{CUR}?\s*(?:budget|max\b|tops\b|or less)",
            re.I,
        ),
    ),
    (
        "range",
        re.compile(
            rf"(?:between|from)\s*{CUR}?\s*{NUM}\s*{CUR}?\s*(?:and|to|-|~)\s*{CUR}?\s*"
            rf"{NUM}\s*{CUR}?",
            re.I,
        ),
    ),
    (
        "range",
        re.compile(rf"{CUR}?\s*{NUM}\s*{CUR}?\s*(?:-|–|~|to)\s*{CUR}?\s*{NUM}\s*{CUR}", re.I),
    ),
    ("range", re.compile(rf"{CUR}\s*{NUM}\s*(?:-|–|~|to)\s*{CUR}?\s*{NUM}", re.I)),
    (
        "max",
        re.compile(
            rf"(?:under|below|less than|cheaper than|max(?:imum)?|up to|within|"
            rf"no more than|at most|not more than|<=?|≤|lower than)\s*{CUR}?\s*{NUM}\s*{CUR}?",
            re.I,
        ),
    ),
    (
        "min",
        re.compile(
            rf"(?:over|above|more than|at least|from|starting at|>=?|≥|higher than|"
            rf"pricier than)\s*{CUR}?\s*{NUM}\s*{CUR}?",
            re.I,
        ),
    ),
    (
        "around",
        re.compile(rf"(?:around|about|roughly|approximately|~)\s*{CUR}?\s*{NUM}\s*{CUR}?", re.I),
    ),
    ("max", re.compile(rf"(?:低于|少于|不超过|小于){CUR}?\s*{NUM}\s*{CUR}?")),
    ("min", re.compile(rf"(?:高于|超过|大于|多于){CUR}?\s*{NUM}\s*{CUR}?")),
    ("max", re.compile(rf"{NUM}\s*{CUR}?\s*(?:以下|以内|之内)")),
    ("min", re.compile(rf"{NUM}\s*{CUR}?\s*以上")),
    ("around", re.compile(rf"{NUM}\s*{CUR}?\s*(?:左右|上下)")),
    # a bare amount in a currency ("300 kuai", "¥200") is what the shopper means to spend
    ("bare", re.compile(rf"(?<![\w.]){NUM}\s*(?:kuai|yuan|rmb|元|块|rupees?|inr)\b", re.I)),
    ("bare", re.compile(rf"(?:¥|￥|₹)\s*{NUM}", re.I)),
]


def parse_price(query: str, constraints: Constraints) -> str:
    """Set the price bounds the query states; return the query with those phrases removed."""
    text = query
    for kind, pattern in PRICE_PATTERNS:
        for match in list(pattern.finditer(text)):
            if UNIT_AFTER.match(text, match.end()) and not re.search(CUR, match[0], re.I):
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
                constraints.price_min, constraints.price_max = numbers[0] * 0.8, numbers[0] * 1.2
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
