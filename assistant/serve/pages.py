"""The product page that answer links point to (``/p/{id}``): plain HTML, every string escaped."""

from __future__ import annotations

from html import escape

from ..answer.format import price_text
from ..schemas import Product

STYLE = """
body{font-family:system-ui,sans-serif;max-width:720px;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem;margin-bottom:.25rem} .price{font-size:1.4rem;color:#d4380d;font-weight:600}
.crumbs,.meta{color:#666} table{border-collapse:collapse;margin-top:1rem;width:100%}
td{border-top:1px solid #eee;padding:.35rem .5rem;vertical-align:top} td:first-child{color:#666}
"""


def product_page(product: Product) -> str:
    """One product's facts as a small HTML page."""
    rows = "".join(
        f"<tr><td>{escape(key.replace('_', ' '))}</td><td>{escape(_text(value))}</td></tr>"
        for key, value in product.attributes.items()
    )
    rating = f"★ {product.rating:g}" if product.rating is not None else "no rating yet"
    reviews = f" ({product.review_count} reviews)" if product.review_count else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(product.title)} · Wenwen</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style></head>
<body><p class="crumbs">{escape(product.category)}</p>
<h1>{escape(product.title)}</h1>
<p class="meta">{escape(product.brand)} · {escape(rating)}{escape(reviews)}</p>
<p class="price">{escape(price_text(product.price, product.currency))}</p>
<p>{escape(product.description)}</p>
<table>{rows}</table>
<p><a href="/">← back to Wenwen</a></p></body></html>"""


def not_found_page(product_id: str) -> str:
    return (
        "<!doctype html><html><body><h1>Not found</h1>"
        f"<p>No product with id {escape(product_id)}.</p>"
        '<p><a href="/">← back to Wenwen</a></p></body></html>'
    )


def _text(value) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)
