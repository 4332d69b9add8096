"""How catalog facts are written in answers: prices with their currency, a product's values."""

from __future__ import annotations

import re

from ..language.lexicon import lexicon
from ..language.wording import wording
from ..schemas import SearchHit

SYMBOLS = {"CNY": "¥", "RMB": "¥", "INR": "₹", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def price_text(price: float | None, currency: str, language: str = "en") -> str:
    """``¥129`` / ``₹1,499`` / ``129 XYZ``."""
    if price is None:
        return wording(language).say("price_on_request")
    symbol = SYMBOLS.get(currency.upper())
    amount = f"{price:,.0f}" if price == int(price) else f"{price:,.2f}"
    return f"{symbol}{amount}" if symbol else f"{amount} {currency}"


def facts(hit: SearchHit, keys, topic: str = "", language: str = "en") -> str:
    """The product's own values for the attributes ``keys``, e.g. ``crown height high, capacity
    750 ml``, in the shopper's words where the lexicon has them; the attribute's name is left
    out where the topic already says it ("Colour (black)")."""
    said = {w[:4] for w in re.findall(r"[a-z]+", topic.lower())}
    native = lexicon(language).text.native
    out = []
    for key in keys:
        value = hit.attributes.get(key)
        if value in (None, "", []):
            continue
        name, unit = attribute_words(key, language)
        items = value if isinstance(value, list) else [value]
        text = ", ".join(_value_text(v, language, native) for v in items)
        if unit and not isinstance(value, (list, bool)) and re.fullmatch(r"[\d.,]+", text):
            text += unit_text(unit, language)
        if {w[:4] for w in name.split()} <= said:
            out.append(text)
        else:
            joined = language == "zh" and not name.isascii()  # 容量500ml; an English name: a space
            out.append(f"{name}{text}" if joined else f"{name} {text}")
    return wording(language).join(out) if language == "zh" else ", ".join(out)


def _value_text(value, language: str, native) -> str:
    if isinstance(value, bool):
        return wording(language).say("value_yes" if value else "value_no")
    return native(str(value))


def attribute_words(key: str, language: str = "en") -> tuple[str, str]:
    """An attribute's name in a shopper's words and the unit its values are in:
    ``capacity_ml`` -> ("capacity", "ml"); in Chinese, the lexicon's word for it where it has
    one."""
    rules = lexicon(language).catalog
    parts = [w for w in re.split(r"[_\s]+|(?<=[a-z])(?=[A-Z])", key.strip()) if w]
    lowered = [w.lower() for w in parts]
    unit = ""
    for width in (2, 1):  # "watt_hours" is in Wh, "battery_hours" in hours
        tail = " ".join(lowered[-width:])
        if len(lowered) >= width and tail in rules.units:
            unit = rules.units[tail]
            lowered = lowered[:-width] if len(lowered) > width else lowered
            break
    name = " ".join(lowered)
    whole = " ".join(w.lower() for w in parts)
    native = rules.names.get(whole) or rules.names.get(name)
    return (native or name), unit


def unit_text(unit: str, language: str) -> str:
    if not unit:
        return ""
    return unit if unit in ("%", "°C") or language == "zh" else f" {unit}"
