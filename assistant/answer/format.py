"""How catalog facts are written in answers: prices with their currency, a product's values."""

from __future__ import annotations

import re

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


def facts(hit: SearchHit, implies: dict[str, list[str]], topic: str = "") -> str:
    """The product's own values for these attributes, e.g. ``crown height high, brim wide``;
    the attribute's name is left out where the topic already says it ("Colour (black)")."""
    said = {w[:4] for w in re.findall(r"[a-z]+", topic.lower())}
    out = []
    for key in implies:
        value = hit.attributes.get(key)
        if value in (None, "", []):
            continue
        text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        name = key.replace("_", " ")
        out.append(text if {w[:4] for w in name.split()} <= said else f"{name} {text}")
    return ", ".join(out)
