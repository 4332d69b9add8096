"""Hybrid retrieval: dense (Chroma) + BM25 fused by reciprocal rank, under hard constraints.

Constraints are checked exactly in memory (postings per category, colour, gender, size and
attribute value) and passed to Chroma as bound ``where`` values, so every returned product
satisfies them. Words found in the question only become constraints where they apply: a category
word must be about the products the question finds ("phone accessories" is not the Accessories
aisle), and a colour, gender or size only constrains products that carry one ("green tea").
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence

import bm25s
import numpy as np

from .embeddings import Embedder
from .schemas import Constraints, Guide, Product, SearchHit, SearchResult
from .store import Store, category_prefixes, norm, norm_color, size_tokens
from .understand import Understanding, Vocabulary, understand, words

logging.getLogger("bm25s").setLevel(logging.WARNING)  # it sets itself to DEBUG on import

RRF_K = 60
POOL = 30  # candidates that decide which parsed constraints apply
DEPTH = 100  # candidates per ranked list before fusion
GUIDE_MIN_SIMILARITY = 0.45
ADVICE_WEIGHT = 1.0 / (RRF_K + 1)
# A category word filters when this share of the relevant products is in it, or one of the
# CATEGORY_TOP most relevant is.
CATEGORY_SHARE, CATEGORY_TOP = 0.2, 3
APPLIES_SHARE = 0.5  # a colour/gender/size applies when half the relevant products have one


class Retriever:
    """Search over one snapshot of the store's products and guides."""

    generation: str | None = None  # the store's generation the snapshot was taken at

    def __init__(
        self, store: Store, embedder: Embedder, products: Sequence[Product], guides: Sequence[Guide]
    ) -> None:
        self.store, self.embedder = store, embedder
        self.products = list(products)
        self.position = {p.id: i for i, p in enumerate(self.products)}
        self.guides = {g.id: g for g in guides}
        self.vocab = Vocabulary.from_products(self.products)
        self.prices = np.array([np.nan if p.price is None else p.price for p in self.products])
        self.postings = _postings(self.products)
        corpus = _tokenized(self.products)
        self.lexicon = {w for tokens in corpus for w in tokens}
        self.bm25 = bm25s.BM25()
        if self.products:
            self.bm25.index([tokens or ["_"] for tokens in corpus], show_progress=False)

    def state(self) -> dict:
        """What the snapshot computed from the products and guides (see ``snapshot.py``)."""
        return {k: v for k, v in vars(self).items() if k not in ("store", "embedder")}

    @classmethod
    def restore(cls, store: Store, embedder: Embedder, state: dict) -> Retriever:
        retriever = cls.__new__(cls)
        vars(retriever).update(state, store=store, embedder=embedder)
        return retriever

    # -- the public entry point -------------------------------------------------------------
    def search(
        self,
        query: str,
        k: int = 10,
        filters: Constraints | None = None,
        vector: np.ndarray | None = None,
        guide: Guide | None = None,
    ) -> SearchResult:
        """The ``k`` best products for ``query`` that satisfy every constraint that applies.
        ``guide`` is the advice to rank by when the caller has chosen it; else it is looked up."""
        if not self.products:
            return SearchResult(
                query=query,
                constraints=Constraints(),
                products=[],
                empty_reason="The index holds no products: run `wenwen ingest`.",
            )
        parsed = understand(query, self.vocab)
        if vector is None:
            vector = self.embedder.embed_query(parsed.text or query)
        pool = self._pool(parsed, vector)
        guide = guide or self._guide(vector)
        relaxed: list[str] = []
        constraints = self._applicable(parsed, pool, guide, relaxed)
        if filters:
            constraints = _merge(constraints, filters)
        mask = self.mask(constraints)
        if not mask.any():
            return SearchResult(
                query=query,
                constraints=constraints,
                products=[],
                empty_reason=self.empty_reason(constraints),
            )
        ranked = self._fuse(parsed, vector, constraints, mask, guide)
        hits = [self._hit(self.products[i], score, constraints) for i, score in ranked[:k]]
        return SearchResult(query=query, constraints=constraints, products=hits, relaxed=relaxed)

    # -- which parsed constraints apply --------------------------------------------------------
    def _pool(self, parsed: Understanding, vector: np.ndarray) -> list[int]:
        """The products the question is about before any constraint: dense hits, then BM25's."""
        dense = [self.position[i] for i, _ in self.store.query(vector, POOL) if i in self.position]
        return list(dict.fromkeys(dense + self._bm25(parsed.text, None, POOL)))

    def _guide(self, vector: np.ndarray) -> Guide | None:
        best = self.store.query_guides(vector, 1)
        if best and best[0][1] >= GUIDE_MIN_SIMILARITY:
            return self.guides.get(best[0][0])
        return None

    def _applicable(
        self, parsed: Understanding, pool: list[int], guide: Guide | None, relaxed: list[str]
    ) -> Constraints:
        """The parsed constraints that apply; attribute words dropped to avoid an empty list
        are added to ``relaxed``."""
        c = parsed.constraints.model_copy(deep=True)
        counts: dict[str, int] = defaultdict(int)
        for i in pool:
            for prefix in category_prefixes(self.products[i].category):
                counts[prefix] += 1
        about = {cat for cat, n in counts.items() if n >= CATEGORY_SHARE * len(pool)}
        about |= {
            pre for i in pool[:CATEGORY_TOP] for pre in category_prefixes(self.products[i].category)
        }
        if guide:
            about |= {norm(g) for g in guide.categories}
        c.categories = [cat for cat in c.categories if cat in about]
        # "canvas tote bag": the canvas-totes aisle, not every bag
        c.categories = [x for x in c.categories if not any(y.startswith(x + " > ")
                                                           for y in c.categories)]  # fmt: skip
        relevant = [i for i in pool if not c.categories or _in_any(self.products[i], c.categories)]
        for key, name in (("colors", "color"), ("genders", "gender"), ("sizes", "size")):
            if getattr(c, key) and _share(relevant, self.products, name) < APPLIES_SHARE:
                setattr(c, key, [])
        c.attributes = {}
        for option in parsed.attribute_options:  # the sense the products in question carry
            shares = {key: _share(relevant, self.products, key) for key in option}
            key = max(shares, key=shares.get)
            if shares[key] >= APPLIES_SHARE:
                c.attributes[key] = sorted(set(c.attributes.get(key, [])) | option[key])
        while c.attributes and not self.mask(c).any():
            # An attribute word that leaves nothing ("a coat for the ice festival": occasion
            # festival) was a description, not a demand: the rarest one goes first.
            rarest = min(c.attributes, key=lambda k: int(self.mask(Constraints(
                attributes={k: c.attributes[k]})).sum()))  # fmt: skip
            relaxed.append(attribute_label(rarest, c.attributes.pop(rarest)))
        if c.cheap and c.price_max is None:
            scope = self.mask(c) if c.categories else _as_mask(relevant, len(self.products))
            prices = self.prices[scope & ~np.isnan(self.prices)]
            if prices.size:
                c.price_max = float(np.percentile(prices, 100 / 3))
        return c

    # -- exact constraint masks ------------------------------------------------------------
    def mask(self, c: Constraints) -> np.ndarray:
        """Which products satisfy every constraint in ``c``."""
        mask = np.ones(len(self.products), dtype=bool)
        for key, values in _posting_keys(c):
            mask &= self._any(key, values)
        for key, values in c.exclude.items():
            mask &= ~self._any("attr", [f"{norm(key)}={norm(v)}" for v in values])
        if c.price_min is not None:
            mask &= self.prices >= c.price_min
        if c.price_max is not None:
            mask &= self.prices <= c.price_max
        return mask

    def _any(self, key: str, values: list[str]) -> np.ndarray:
        mask = np.zeros(len(self.products), dtype=bool)
        for value in values:
            mask[self.postings.get(f"{key}:{value}", [])] = True
        return mask

    def empty_reason(self, c: Constraints) -> str:
        """Which constraint emptied the list, applying them one by one."""
        applied = Constraints()
        for label, step in _steps(c):
            before = int(self.mask(applied).sum())
            step(applied)
            if not self.mask(applied).any():
                rest = f"{before} products match everything else" if before else "nothing matches"
                return (
                    f"Nothing matches {label}: {rest}, but none of them fits {label}."
                    + self._closest_price(c, applied)
                )
        return "Nothing matches these constraints together."

    def _closest_price(self, c: Constraints, applied: Constraints) -> str:
        if c.price_max is None and c.price_min is None:
            return ""
        others = self.mask(applied.model_copy(update={"price_min": None, "price_max": None}))
        prices = self.prices[others & ~np.isnan(self.prices)]
        if not prices.size:
            return ""
        return f" Their prices run from {prices.min():g} to {prices.max():g}."

    # -- ranking ---------------------------------------------------------------------------
    def _fuse(
        self,
        parsed: Understanding,
        vector: np.ndarray,
        c: Constraints,
        mask: np.ndarray,
        guide: Guide | None,
    ) -> list[tuple[int, float]]:
        depth = int(min(DEPTH, mask.sum()))
        dense = [
            self.position[i]
            for i, _ in self.store.query(vector, depth, where_filter(c))
            if i in self.position
        ]
        dense = [i for i in dense if mask[i]]
        scores: dict[int, float] = defaultdict(float)
        for ranking in (dense, self._bm25(parsed.text, mask, depth)):
            for rank, i in enumerate(ranking):
                scores[i] += 1.0 / (RRF_K + rank + 1)
        if guide:
            # Following the matched guide's advice is worth up to one more first-place vote.
            for i in scores:
                scores[i] += ADVICE_WEIGHT * advice_share(self.products[i], guide)
        return sorted(scores.items(), key=lambda item: (-item[1], self.products[item[0]].id))

    def _bm25(self, text: str, mask: np.ndarray | None, k: int) -> list[int]:
        tokens = words(text)
        if not tokens or not self.products or k <= 0:
            return []
        weight = None if mask is None else mask.astype(np.float32)
        k = min(k, len(self.products))
        docs, scores = self.bm25.retrieve([tokens], k=k, weight_mask=weight, show_progress=False)
        return [int(d) for d, s in zip(docs[0], scores[0], strict=True) if s > 0]

    def hit(self, product_id: str) -> SearchHit | None:
        """A stored product as a search hit (for references to products shown earlier)."""
        i = self.position.get(product_id)
        return None if i is None else self._hit(self.products[i], 0.0, Constraints())

    def _hit(self, product: Product, score: float, c: Constraints) -> SearchHit:
        return SearchHit(
            **product.model_dump(exclude={"description", "review_count"}),
            score=round(score, 6),
            matched_constraints=describe(c),
        )


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


def attribute_label(key: str, values: list[str]) -> str:
    """``laptop_fit``, ``[15.6 inch]`` -> ``laptop fit 15.6 inch``, as notices name it."""
    return f"{key.replace('_', ' ')} {' or '.join(values)}"


def relaxed_notice(label: str) -> str:
    """What the shopper is told when an attribute word was dropped to find anything."""
    return f"Nothing here has {label}; showing the closest matches."


def where_filter(c: Constraints) -> dict | None:
    """The constraints as a Chroma ``where`` with bound values."""
    clauses: list[dict] = []
    if c.price_min is not None:
        clauses.append({"price": {"$gte": float(c.price_min)}})
    if c.price_max is not None:
        clauses.append({"price": {"$lte": float(c.price_max)}})
    if c.colors:
        clauses.append({"color": {"$in": list(c.colors)}})
    if c.genders:
        clauses.append({"gender": {"$in": list(c.genders)}})
    for field, values in (("cat", c.categories), ("size", c.sizes)):
        if values:
            clauses.append(_any_contains(field, values))
    for key, values in c.attributes.items():
        clauses.append(_any_contains("attr", [f"{norm(key)}={norm(v)}" for v in values]))
    for key, values in c.exclude.items():
        clauses += [{"attr": {"$not_contains": f"{norm(key)}={norm(v)}"}} for v in values]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _any_contains(field: str, values: list[str]) -> dict:
    options = [{field: {"$contains": v}} for v in values]
    return options[0] if len(options) == 1 else {"$or": options}


def describe(c: Constraints) -> list[str]:
    """Human-readable constraints, as shown in ``matched_constraints``."""
    return [label for label, _ in _steps(c)]


def _steps(c: Constraints):
    """(label, apply-to-a-Constraints) for each constraint, broadest first."""

    def setter(**kw):
        return lambda target: [setattr(target, k, v) for k, v in kw.items()]

    steps = []
    if c.categories:
        steps.append((f"category {' or '.join(c.categories)}", setter(categories=c.categories)))
    if c.genders:
        steps.append((f"gender {' or '.join(c.genders)}", setter(genders=c.genders)))
    if c.colors:
        steps.append((f"colour {' or '.join(c.colors)}", setter(colors=c.colors)))
    if c.sizes:
        steps.append((f"size {' or '.join(c.sizes)}", setter(sizes=c.sizes)))
    for key, values in c.attributes.items():
        steps.append(
            (
                f"{key} {' or '.join(values)}",
                lambda t, k=key, v=values: t.attributes.__setitem__(k, v),
            )
        )
    for key, values in c.exclude.items():
        steps.append(
            (
                f"{key} not {' or '.join(values)}",
                lambda t, k=key, v=values: t.exclude.__setitem__(k, v),
            )
        )
    if c.price_min is not None or c.price_max is not None:
        steps.append((_price_label(c), setter(price_min=c.price_min, price_max=c.price_max)))
    return steps


def _price_label(c: Constraints) -> str:
    if c.price_min is not None and c.price_max is not None:
        return f"price {c.price_min:g}-{c.price_max:g}"
    if c.price_max is not None:
        return f"price ≤ {c.price_max:g}" + (" (cheap: lower third)" if c.cheap else "")
    return f"price ≥ {c.price_min:g}"


def _tokenized(products: Sequence[Product]) -> list[list[str]]:
    """Every product's words; one string object per distinct word, which keeps the corpus of a
    100k catalog to pointers while BM25 is built from it."""
    shared: dict[str, str] = {}
    return [[shared.setdefault(w, w) for w in words(p.to_embedding_text())] for p in products]


def _postings(products: Sequence[Product]) -> dict[str, np.ndarray]:
    index: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(products):
        keys = {f"cat:{c}" for c in category_prefixes(p.category)}
        if isinstance(p.attributes.get("color"), str):
            keys.add(f"color:{norm_color(p.attributes['color'])}")
        if isinstance(p.attributes.get("gender"), str):
            keys.add(f"gender:{norm(p.attributes['gender'])}")
        if p.attributes.get("size"):
            keys |= {f"size:{s}" for s in size_tokens(p.attributes["size"])}
        for key, vals in p.attributes.items():
            keys |= {
                f"attr:{norm(key)}={norm(v)}" for v in (vals if isinstance(vals, list) else [vals])
            }
        for key in keys:
            index[key].append(i)
    return {k: np.array(v, dtype=np.int64) for k, v in index.items()}


def _posting_keys(c: Constraints) -> list[tuple[str, list[str]]]:
    keys = [("cat", c.categories), ("color", c.colors), ("gender", c.genders), ("size", c.sizes)]
    keys += [("attr", [f"{norm(k)}={norm(v)}" for v in vs]) for k, vs in c.attributes.items()]
    return [(key, [norm(v) for v in values]) for key, values in keys if values]


def _merge(parsed: Constraints, given: Constraints) -> Constraints:
    """Caller constraints override parsed ones (when set, even if empty), in normalised form."""
    merged = parsed.model_copy(deep=True)
    for name, value in given.model_dump(exclude_unset=True).items():
        if name == "colors":
            value = [norm_color(v) for v in value]
        elif name in ("genders", "categories", "sizes"):
            value = [norm(v).replace(" cm", "cm") for v in value]
        setattr(merged, name, value)
    return merged


def _in_any(product: Product, categories: list[str]) -> bool:
    return bool(set(category_prefixes(product.category)) & set(categories))


def _share(indices: list[int], products: Sequence[Product], key: str) -> float:
    if not indices:
        return 0.0
    return sum(1 for i in indices if products[i].attributes.get(key)) / len(indices)


def _as_mask(indices: list[int], n: int) -> np.ndarray:
    mask = np.zeros(n, dtype=bool)
    mask[indices] = True
    return mask
