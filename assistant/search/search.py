"""Search: a ``Query`` in, the products that satisfy its constraints out, best first.

Every store call of a turn is made here, on one embedding of the need: the guides that fit it,
the pool of products it is about (whose nearest one also tells how near the catalog comes), and
the dense ranking under the hard constraints, which BM25 joins by reciprocal-rank fusion (k=60).
When nothing satisfies the constraints, search relaxes them, in one place and in a fixed order,
and says so in ``notices``: an attribute word that leaves nothing is dropped; after a switch of
who it is for, the aisle of the earlier need is left; an attribute this turn added is dropped.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import bm25s
import numpy as np

from ..index.embeddings import Embedder
from ..index.filters import Clause, where
from ..index.store import Store
from ..language.kinds import kinds_of
from ..language.plans import Query
from ..language.text import norm, words
from ..language.vocabulary import Vocabulary
from ..language.wording import wording
from ..schemas import Constraints, Guide, Product, SearchHit, SearchResult
from .advice import advice_share
from .applies import applicable, kinds_about, pool_kinds
from .constraints import ConstraintIndex, describe, override
from .kinds import Kinds

logging.getLogger("bm25s").setLevel(logging.WARNING)  # it sets itself to DEBUG on import

RRF_K = 60
POOL = 30  # candidates that decide which stated constraints apply
DEPTH = 100  # candidates per ranked list before fusion
GUIDES = 3  # guides looked up per need
GUIDE_FITS = 0.45  # guide similarity from which its advice shapes ranking and answer
# A guide about other kinds than the question's still fits when its needs are this near: a
# margin over GUIDE_FITS that a guide about another need does not reach, while a kind word
# read in passing ("a sleeping bag" is no bag) does not turn away the guide written for it.
NEED_OVERRULES = 0.75
SAME_ROLE_MARGIN = 0.08  # a guide of the asking role within this of the best is preferred
ADVICE_WEIGHT = 1.0 / (RRF_K + 1)  # following the guide's advice: up to one more top vote
INFERRED_WEIGHT = 1.0 / (RRF_K + 1)  # what the shopper implied: ranks, never filters
NEAR_TOP, NEAR_TIMES = 10, 2  # a kind twice among the pool's first ten is asked about too
NEAREST_KINDS = 3  # kinds whose products are looked up beside the whole catalog's
KIND_MARGIN = 0.05  # a product's kind within this of the nearest kind's similarity ranks higher
KIND_WEIGHT = 1.0 / (RRF_K + 1)  # being of the nearest kind: up to one more top vote


@dataclass
class Found:
    """What one search found: the public result, the guides, and how near the catalog came."""

    result: SearchResult
    guide: Guide | None = None  # the guide whose advice ranked the products
    guides: list[tuple[Guide, float]] = field(default_factory=list)  # nearest, with similarity
    nearest: float = 0.0  # similarity of the product closest to the need
    rejected: list[tuple[Guide, float]] = field(default_factory=list)  # near, of another kind


class Searcher:
    """Search over one snapshot of the store's products and guides."""

    generation: str | None = None  # the store's generation the snapshot was taken at

    def __init__(
        self, store: Store, embedder: Embedder, products: Sequence[Product], guides: Sequence[Guide]
    ) -> None:
        self.store, self.embedder = store, embedder
        self.products = list(products)
        self.position = {p.id: i for i, p in enumerate(self.products)}
        self.guides = {g.id: g for g in guides}
        self.guide_texts = sum(len(g.search_texts(embedder.multilingual)) for g in guides)
        self.constraints = ConstraintIndex(self.products)
        self.kinds = Kinds(self.products, store.vectors() if self.products else [], self.position)
        corpus = _tokenized(self.products)
        known = {w for tokens in corpus for w in tokens}
        self.vocab = Vocabulary.from_products(self.products, known)
        self.bm25 = bm25s.BM25()
        if self.products:
            self.bm25.index([tokens or ["_"] for tokens in corpus], show_progress=False)

    def state(self) -> dict:
        """What the snapshot computed from the products and guides (see ``index/snapshot.py``)."""
        return {k: v for k, v in vars(self).items() if k not in ("store", "embedder")}

    @classmethod
    def restore(cls, store: Store, embedder: Embedder, state: dict) -> Searcher:
        searcher = cls.__new__(cls)
        vars(searcher).update(state, store=store, embedder=embedder)
        return searcher

    # -- the public entry point -------------------------------------------------------------
    def search(self, query: Query) -> Found:
        """The ``query.k`` best products that satisfy every constraint that applies."""
        if not self.products:
            empty = "The index holds no products: run `wenwen ingest`."
            return Found(SearchResult(query=query.said, constraints=Constraints(), products=[],
                                      empty_reason=empty))  # fmt: skip
        need = self.embedder.embed_query(query.need)
        guides = self._guides(need)
        vector = need if query.semantic == query.need else self.embedder.embed_query(query.semantic)
        nearest, pool = self._pool(query.text, vector)
        asked = asked_kinds(query, pool, self.products)
        kept = self.guides.get(query.guide_id or "")
        guide, rejected = choose_guide(guides, query.persona, kept, asked)
        if guide is None and vector is not need:
            guide, _ = choose_guide(self._guides(vector)[:1], None, None, asked)
        stated, dropped = applicable(query.stated, query.options, pool, self.products, guide,
                                     self.constraints)  # fmt: skip
        notices = [relaxed_notice(attribute_label(k, v), query.language) for k, v in dropped]
        attempt = self._attempt(query, stated, vector, guide)
        for looser, notice in self._relaxations(query):
            if attempt.products:
                break
            wider = self._attempt(query, stated, vector, guide, looser)
            if wider.products:
                attempt, notices = wider, [*notices, *notice]
        if attempt.products:  # an empty list has its empty_reason instead
            attempt.relaxed = [attribute_label(k, v) for k, v in dropped]
            attempt.notices = notices
        return Found(attempt, guide, guides, nearest, rejected)

    def _guides(self, vector: np.ndarray) -> list[tuple[Guide, float]]:
        found = self.store.query_guides(vector, GUIDES, self.guide_texts)
        calibrate = self.embedder.calibrate
        return [(self.guides[g], calibrate(s)) for g, s in found if g in self.guides]

    def _pool(self, text: str, vector: np.ndarray) -> tuple[float, list[int]]:
        """How near the closest product is, and the products the text is about before any
        constraint: dense hits, then BM25's."""
        hits = self.store.query(vector, POOL)
        dense = [self.position[i] for i, _ in hits if i in self.position]
        pool = list(dict.fromkeys(dense + self._bm25(text, None, POOL)))
        return (self.embedder.calibrate(hits[0][1]) if hits else 0.0), pool

    def _relaxations(self, query: Query):
        """Looser filters to try, in order, when nothing fits, with what the shopper is told."""
        given, before = query.filters, query.carried
        if given is None or before is None:
            return
        if set(given.genders) != set(before.genders) and given.categories:
            # the aisle was the first person's need, not necessarily this one's
            say = wording(query.language)
            yield (
                given.model_copy(update={"categories": []}),
                [say.say("other_aisles", aisles=say.either(given.categories))],
            )
        added = {k: v for k, v in given.attributes.items() if before.attributes.get(k) != v}
        if added:  # an attribute word this turn that leaves nothing
            kept = {k: v for k, v in given.attributes.items() if k not in added}
            yield (
                given.model_copy(update={"attributes": kept}),
                [relaxed_notice(attribute_label(k, v), query.language) for k, v in added.items()],
            )

    def _attempt(
        self,
        query: Query,
        stated: Constraints,
        vector: np.ndarray,
        guide: Guide | None,
        filters: Constraints | None = None,
    ) -> SearchResult:
        filters = filters if filters is not None else query.filters
        c = override(stated, filters) if filters is not None else stated
        mask = self.constraints.mask(c)
        if not mask.any():
            empty = self.constraints.empty_reason(c, query.language)
            return SearchResult(query=query.said, constraints=c, products=[], empty_reason=empty)
        sims = self.kinds.similarity(vector)
        sims = np.where(sims > -1.0, self.embedder.calibrate(sims), -1.0)  # -1: too small to count
        nearest = self.kinds.nearest(sims, NEAREST_KINDS)
        ranked = self._fuse(query, vector, c, mask, guide, sims, nearest)
        hits = [self._hit(self.products[i], score, c) for i, score in ranked[: query.k]]
        inferred = query.inferred.model_copy(deep=True)
        inferred.categories = sorted(set(inferred.categories) | set(nearest))
        for dimension in guide.dimensions if guide else []:
            for key, values in dimension.implies.items():
                inferred.attributes[key] = sorted(
                    set(inferred.attributes.get(key, [])) | set(values)
                )
        return SearchResult(query=query.said, constraints=c, products=hits, inferred=inferred)

    # -- ranking ---------------------------------------------------------------------------
    def _fuse(
        self,
        query: Query,
        vector: np.ndarray,
        c: Constraints,
        mask: np.ndarray,
        guide,
        sims: np.ndarray,
        nearest: list[str],
    ) -> list[tuple[int, float]]:
        depth = int(min(DEPTH, mask.sum()))
        # One dense ranking: the nearest products overall and those of the nearest kinds, by
        # similarity (the kinds bring candidates; being of them is scored once, below).
        found = self._dense(vector, depth, c, mask)
        found += self._dense(vector, depth, c, mask, Clause("kind", "any", tuple(nearest)))
        best = dict(sorted(found, key=lambda hit: hit[1]))  # each product's highest similarity
        dense = sorted(best, key=lambda i: (-best[i], self.products[i].id))
        scores: dict[int, float] = defaultdict(float)
        for ranking in (dense, self._bm25(query.text, mask, depth)):
            for rank, i in enumerate(ranking):
                scores[i] += 1.0 / (RRF_K + rank + 1)
        if nearest:
            top = float(sims.max())
            near = self.kinds.product_similarity(sims)
            for i in scores:
                scores[i] += KIND_WEIGHT * max(0.0, (near[i] - top + KIND_MARGIN) / KIND_MARGIN)
        implied = self.constraints.share(query.inferred)
        for i in scores:
            if guide:
                scores[i] += ADVICE_WEIGHT * advice_share(self.products[i], guide)
            scores[i] += INFERRED_WEIGHT * float(implied[i])
        return sorted(scores.items(), key=lambda item: (-item[1], self.products[item[0]].id))

    def _dense(
        self, vector: np.ndarray, depth: int, c: Constraints, mask: np.ndarray, *extra: Clause
    ) -> list[tuple[int, float]]:
        """Products nearest ``vector`` that meet ``c`` (and ``extra``), with their similarity."""
        if extra and not all(clause.values for clause in extra):
            return []
        found = self.store.query(vector, depth, where(c, *extra))
        hits = [(self.position[i], s) for i, s in found if i in self.position]
        return [(i, s) for i, s in hits if mask[i]]

    def _bm25(self, text: str, mask: np.ndarray | None, k: int) -> list[int]:
        tokens = words(text)
        if not tokens or not self.products or k <= 0:
            return []
        weight = None if mask is None else mask.astype(np.float32)
        k = min(k, len(self.products))
        docs, scores = self.bm25.retrieve([tokens], k=k, weight_mask=weight, show_progress=False)
        return [int(d) for d, s in zip(docs[0], scores[0], strict=True) if s > 0]

    # -- products by id --------------------------------------------------------------------
    def product(self, product_id: str) -> Product | None:
        i = self.position.get(product_id)
        return None if i is None else self.products[i]

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


def asked_kinds(query: Query, pool: list[int], products: Sequence[Product]) -> frozenset[str]:
    """The kinds a question is about: a kind word it states, where the products found are of
    that kind; else the kinds the thing asked for names (none when the shop sells no such
    thing); else the most specific kinds of the products found."""
    found = pool_kinds(pool, products)
    stated = kinds_about(query.stated.categories, found)  # as the filters read them
    if stated:
        return frozenset(stated)
    if query.named_kinds is not None:
        return frozenset(query.named_kinds)
    # In a mixed pool a kind short of a fifth of it is still asked about when it recurs near
    # the top: three reading glasses among gift sets, sauces and chairs.
    top = Counter(k for i in pool[:NEAR_TOP] for k in kinds_of(products[i]))
    found |= {k for k, n in top.items() if n >= NEAR_TIMES}
    return frozenset(k for k in found if not any(o.startswith(k + " > ") for o in found))


def _related(kind: str, kinds: set[str] | frozenset[str]) -> bool:
    """Whether ``kind`` is one of ``kinds``, inside one, or holds one."""
    return any(kind == k or kind.startswith(k + " > ") or k.startswith(kind + " > ") for k in kinds)


def about(guide: Guide, asked: frozenset[str]) -> bool:
    """Whether ``guide`` is about the kinds asked: one of its categories is one of them, inside
    one, or holds one. A guide of no category (a trip, a card) is about any."""
    if not guide.categories:
        return True
    return any(_related(norm(c), asked) for c in guide.categories)


def choose_guide(
    guides: list[tuple[Guide, float]],
    persona: str | None,
    kept: Guide | None,
    asked: frozenset[str],
) -> tuple[Guide | None, list[tuple[Guide, float]]]:
    """The conversation's guide if it has one; else the nearest that fits, preferring the
    asking role's guide when it is nearly as near; and the near ones turned away for being
    about another kind. A guide fits when it is about the need (near enough) and about the
    kind asked, or so near that its needs overrule the kinds read."""
    if kept:
        return kept, []
    near = [(g, s) for g, s in guides if s >= GUIDE_FITS]
    fits = [about(g, asked) or s >= NEED_OVERRULES for g, s in near]
    fitting = [gs for gs, ok in zip(near, fits, strict=True) if ok]
    rejected = [gs for gs, ok in zip(near, fits, strict=True) if not ok]
    if not fitting:
        return None, rejected
    best = fitting[0][1]
    same_role = [g for g, s in fitting if g.persona == persona and s >= best - SAME_ROLE_MARGIN]
    return (same_role[0] if same_role else fitting[0][0]), rejected


def attribute_label(key: str, values: list[str]) -> str:
    """``laptop_fit``, ``[15.6 inch]`` -> ``laptop fit 15.6 inch``, as notices name it."""
    return f"{key.replace('_', ' ')} {' or '.join(values)}"


def relaxed_notice(label: str, language: str = "en") -> str:
    """What the shopper is told when an attribute word was dropped to find anything."""
    return wording(language).say("relaxed", label=label)


def _tokenized(products: Sequence[Product]) -> list[list[str]]:
    """Every product's words; one string object per distinct word, which keeps the corpus of a
    100k catalog to pointers while BM25 is built from it."""
    shared: dict[str, str] = {}
    return [[shared.setdefault(w, w) for w in words(p.to_embedding_text())] for p in products]
