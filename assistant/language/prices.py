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
    text = chinese_numerals(query) if rules.numerals else query
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


_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}  # fmt: skip
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_SPAN = re.compile(  # "四五百": two neighbouring digits before a unit, a span
    "([一二两三四五六七八九])([二两三四五六七八九])([十百千万])(?![一二两三四五六七八九])"
)
_NUMERAL_RUN = re.compile(f"[{''.join(_DIGITS)}{''.join(_UNITS)}]+")
# "2千", "1.5万", "3千5"
_SCALED = re.compile(r"(\d+(?:\.\d+)?)\s*([千万]|w(?![a-z]))(\d(?!\d))?", re.I)


def chinese_numerals(text: str) -> str:
    """``text`` with Chinese number words as digits: "两百" -> 200, "一千五" -> 1500,
    "三百到五百" -> 300到500, "1.5万" -> 15000, "四五百" -> 400-500. Only runs that hold a unit
    (十 with a digit, 百, 千, 万) are numbers; "一个", "第一", "十分" stay words."""

    def run(match: re.Match) -> str:
        s = match[0]
        units = [ch for ch in s if ch in _UNITS]
        if not units or s.startswith("万") or (set(units) == {"十"} and len(s) == 1):
            return s
        if set(units) == {"十"} and not any(ch in _DIGITS for ch in s):
            return s
        return str(_numeral_value(s))

    def scaled(match: re.Match) -> str:
        factor = 10000 if match[2] in ("万", "w", "W") else 1000
        return f"{float(match[1]) * factor + int(match[3] or 0) * factor // 10:g}"  # 3千5: 3500

    def span(match: re.Match) -> str:
        low, high, unit = _DIGITS[match[1]], _DIGITS[match[2]], _UNITS[match[3]]
        return f"{low * unit}-{high * unit}" if high == low + 1 else match[0]

    return _NUMERAL_RUN.sub(run, _SPAN.sub(span, _SCALED.sub(scaled, text)))


def _numeral_value(s: str) -> int:
    """The value of a run of Chinese number words; a digit after a unit is the next unit down,
    as it is said ("一千五" is 1500, "三百五" 350, "两万五" 25000)."""
    total = section = 0
    digit: int | None = None
    last = 1
    for ch in s:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch == "万":
            total += (section + (digit or 0) or 1) * 10000
            section, digit, last = 0, None, 10000
        else:
            section += (1 if digit is None else digit) * _UNITS[ch]
            digit, last = None, _UNITS[ch]
    if digit is not None:
        section += digit * (last // 10 if last >= 100 and s[-2] in _UNITS else 1)
    return total + section
