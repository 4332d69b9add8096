"""The Assistant: the one entry point the CLI, the API, the UI and the evals all call."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Sequence
from functools import cached_property
from itertools import chain
from pathlib import Path

from .catalog import LoadResult, check_catalog, iter_catalog, load_guides
from .chat import FileSessionStore, Session, SessionStore, Turn, interpret
from .compose import (
    STOPWORDS,
    Evidence,
    compare,
    compose,
    gift_phrase,
    is_absent,
    price_text,
    rank,
)
from .embeddings import Embedder, MiniLMEmbedder
from .ingest import Progress, ingest_guides, ingest_products
from .llm import LLMEngine
from .personas import PersonaRouter
from .retrieve import Retriever, attribute_label, relaxed_notice
from .schemas import Answer, Constraints, Guide, IngestReport, Product, SearchHit, SearchResult
from .settings import Settings, get_settings
from .snapshot import load_retriever
from .store import Store, open_store
from .understand import plain, words

CANDIDATES = 20  # products an engine chooses from
GUIDE_FITS = 0.45  # guide similarity from which its advice shapes the answer

log = logging.getLogger("wenwen")


class Assistant:
    """Wenwen over one data dir: ingest catalogs, search them, answer questions."""

    def __init__(
        self,
        settings: Settings | None = None,
        embedder: Embedder | None = None,
        sessions: SessionStore | None = None,
    ) -> None:
        self.settings = settings or get_settings()
        self._embedder = embedder
        self._retriever: Retriever | None = None
        self._router: PersonaRouter | None = None
        self._router_for: Retriever | None = None
        self._lock = threading.Lock()
        self._watching = threading.Event()
        self.sessions = sessions or self._sessions()
        self.notice: str | None = None  # set when an unreadable data dir was moved aside

    def _sessions(self) -> SessionStore:
        if self.settings.sessions_dir:  # shared by replicas
            return FileSessionStore(self.settings.sessions_dir, self.settings.session_ttl)
        return SessionStore(self.settings.sessions_max, self.settings.session_ttl)

    @cached_property
    def embedder(self) -> Embedder:
        return self._embedder or MiniLMEmbedder()

    @cached_property
    def store(self) -> Store:
        store, self.notice = open_store(self.settings.data_dir, self.settings.chroma_url)
        return store

    @property
    def retriever(self) -> Retriever:
        """A search snapshot of the store, rebuilt after every ingest by this process; see
        ``watch`` for changes made by others."""
        with self._lock:
            if self._retriever is None:
                self._retriever = load_retriever(
                    self.store, self.embedder, self.settings.data_dir / "snapshots"
                )
            return self._retriever

    def watch(self) -> None:
        """Reload the snapshot in the background whenever another process (``wenwen ingest``, a
        replica) changed the store, while the current one keeps answering. Checks every
        ``reload_check_s``; during an ingest the store's generation keeps changing, so the
        reload waits until it has settled for one interval."""
        self._watching.clear()
        threading.Thread(target=self._watch, name="wenwen-watch", daemon=True).start()

    def stop_watching(self) -> None:
        self._watching.set()

    def _watch(self) -> None:
        pending = None
        while not self._watching.wait(self.settings.reload_check_s):
            try:
                current, snapshot = self.store.generation(), self._retriever
                if snapshot is None or current == snapshot.generation or current != pending:
                    pending = current  # unchanged, or still changing: look again next time
                    continue
                fresh = load_retriever(
                    self.store, self.embedder, self.settings.data_dir / "snapshots"
                )
                self.warm(fresh)
                log.info("the index changed: search snapshot reloaded")
            except Exception:  # noqa: BLE001 - the old snapshot keeps serving; retried next time
                log.exception("reloading the search snapshot failed; keeping the old one")

    # -- indexing -------------------------------------------------------------------------
    def has_index(self) -> bool:
        return self.store.count() > 0

    def ingest(
        self,
        products: Iterable[Product],
        *,
        replace: bool = False,
        total: int | None = None,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Index ``products`` (exactly these, with ``replace``) and the guides."""
        report = ingest_products(
            self.store,
            self.embedder,
            products,
            replace=replace,
            batch_size=self.settings.embed_batch,
            chunk=self.settings.ingest_chunk,
            total=total,
            progress=progress,
        )
        report.guides = self.index_guides()
        with self._lock:
            self._retriever = None
        return report

    def ingest_files(
        self,
        paths: Sequence[Path],
        mapping: dict[str, str] | None = None,
        currency: str | None = None,
        *,
        replace: bool = False,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Ingest catalog files (default: the bundled catalog) as they are read; rows that do
        not load are reported and the rest is ingested."""
        paths = list(paths) or [self.settings.catalog]
        total = sum(check_catalog(path, mapping, currency) for path in paths)  # all, first
        loaded, seen = LoadResult(), {}
        products = chain.from_iterable(
            iter_catalog(path, mapping, currency, seen, loaded) for path in paths
        )

        def rows_done(done: int, _total: int) -> None:  # rejected rows are done too
            if progress:
                progress(done + len(loaded.errors), total)

        report = self.ingest(products, replace=replace, total=total, progress=rows_done)
        report.errors, report.warnings = loaded.errors, loaded.warnings
        report.rejected = len(loaded.errors)
        return report

    def index_guides(self) -> int:
        return ingest_guides(self.store, self.embedder, load_guides(self.settings.guides_dir))

    def ensure_index(self, progress: Progress | None = None) -> IngestReport | None:
        """Build the default catalog's index when the data dir holds none (never merge into one)."""
        if self.has_index():
            if self.store.guides.count() == 0:
                self.index_guides()
            return None
        log.info("no index in %s: building the default catalog", self.settings.data_dir)
        return self.ingest_files([], progress=progress)

    # -- questions ------------------------------------------------------------------------
    def search(
        self, query: str, k: int | None = None, filters: Constraints | None = None
    ) -> SearchResult:
        """Products for ``query`` under the hard constraints it states (and ``filters``)."""
        return self.retriever.search(query, k or self.settings.search_k, filters)

    def product(self, product_id: str) -> Product | None:
        retriever = self.retriever
        index = retriever.position.get(product_id)
        return None if index is None else retriever.products[index]

    # -- answers ---------------------------------------------------------------------------
    def warm(self, snapshot: Retriever | None = None) -> None:
        """Load what a first question needs (the search snapshot and its role router), or make
        ``snapshot`` current together with its router, so that no shopper waits for them."""
        if snapshot is None:
            self.router  # noqa: B018 - built for the current snapshot unless it already is
            return
        router = PersonaRouter(self.embedder, list(snapshot.guides.values()))
        with self._lock:
            self._retriever, self._router, self._router_for = snapshot, router, snapshot

    @property
    def router(self) -> PersonaRouter:
        retriever = self.retriever
        with self._lock:
            if self._router is None or self._router_for is not retriever:
                self._router = PersonaRouter(self.embedder, list(retriever.guides.values()))
                self._router_for = retriever
            return self._router

    def ask(
        self, question: str, session_id: str | None = None, persona: str | None = None
    ) -> Answer:
        """Answer one question, continuing the conversation ``session_id`` if given."""
        question = plain(question.strip())
        retriever = self.retriever
        session = self.sessions.get(session_id)
        if not [w for w in words(question) if w.isalpha()]:
            return self._unreadable(session)
        shown = [retriever.hit(i) for i in session.product_ids]  # None: no longer in the index
        prices = [h.price for h in shown if h and h.price is not None]
        keys = {k for h in shown if h for k in h.attributes}
        turn = interpret(question, session, retriever.vocab, prices, keys)
        picked = _pick(shown, turn.indices)
        if turn.kind in ("compare", "focus") and (
            None in picked or len(picked) < (2 if turn.kind == "compare" else 1)
        ):
            return self._not_shown(session, turn, shown)
        if turn.kind == "compare":
            answer = self._compare(session, picked)
        elif turn.kind == "focus":
            answer = self._focus(session, picked[0])
        else:
            evidence = self.evidence(question, turn, session, persona)
            answer = self.answer(evidence)
            _remember(session, turn, evidence, answer)
        session.turns.append(question)
        self.sessions.save(session)
        answer.session_id = session.id
        return answer

    def evidence(
        self, question: str, turn: Turn, session: Session, persona: str | None
    ) -> Evidence:
        """Everything an engine needs: the role, the fitting guides and the candidates."""
        retriever = self.retriever
        vector = self.embedder.embed_query(turn.text)
        qvector = vector if turn.text == question else self.embedder.embed_query(question)
        if persona is None:
            persona = session.persona if turn.kind == "refine" and session.persona else None
            persona = persona or self.router.route(question, qvector)
        guides = [(retriever.guides[g], s) for g, s in self.store.query_guides(vector, 3)
                  if g in retriever.guides]  # fmt: skip
        guide = self._choose_guide(guides, persona, session if turn.kind == "refine" else None)
        filters = turn.constraints if turn.kind == "refine" else None
        gift = gift_phrase(question) if persona == "copywriter" else None
        if gift:  # the products that help a copywriter are the gift the text goes with
            vector = self.embedder.embed_query(gift)
        search = retriever.search(gift or turn.text, CANDIDATES, filters, vector, guide)
        notices = [f"Showing products {n}." for n in turn.notes]
        notices += [relaxed_notice(r) for r in search.relaxed]
        switched = filters and set(filters.genders) != set(session.constraints.genders)
        if not search.products and switched and filters.categories:
            # "for my dad instead" after women's coats: the aisle was the first need's, not this.
            anywhere = filters.model_copy(update={"categories": []})
            wider = retriever.search(turn.text, CANDIDATES, anywhere, vector, guide)
            if wider.products:
                notices.append(f"Nothing in {' or '.join(filters.categories)} fits that; "
                               "showing the closest matches from other aisles.")  # fmt: skip
                search = wider
        added = {k: v for k, v in (filters.attributes if filters else {}).items()
                 if session.constraints.attributes.get(k) != v}  # fmt: skip
        if not search.products and added:  # an attribute word this turn that leaves nothing
            kept = {k: v for k, v in filters.attributes.items() if k not in added}
            looser = retriever.search(
                turn.text,
                CANDIDATES,
                filters.model_copy(update={"attributes": kept}),
                vector,
                guide,
            )
            if looser.products:
                notices += [relaxed_notice(attribute_label(k, v)) for k, v in added.items()]
                search = looser
        # Honesty is judged on the need itself: the topic, when this turn only refines it.
        topic = turn.text if turn.kind == "refine" else question
        nearest = self.store.query(vector if turn.kind == "refine" else qvector, 1)
        content = [w for w in words(topic) if w.isalpha() and len(w) > 2 and w not in STOPWORDS]
        return Evidence(
            question=question, persona=persona, search=search, guide=guide, guides=guides,
            product_similarity=nearest[0][1] if nearest else 0.0, content_words=content,
            missing_words=[w for w in content if w not in retriever.lexicon],
            notices=notices,
        )  # fmt: skip

    def _choose_guide(self, guides, persona: str, session: Session | None) -> Guide | None:
        known = self.retriever.guides.get(session.guide_id) if session else None
        if known:
            return known
        fitting = [(g, s) for g, s in guides if s >= GUIDE_FITS]
        if not fitting:
            return None
        best = fitting[0][1]
        same_role = [g for g, s in fitting if g.persona == persona and s >= best - 0.08]
        return same_role[0] if same_role else fitting[0][0]

    @cached_property
    def llm(self) -> LLMEngine | None:
        return LLMEngine(self.settings) if self.settings.llm_enabled else None

    def answer(self, evidence: Evidence) -> Answer:
        """The LLM's answer when one is configured, grounded and with the offline one as fallback.
        An honest "we don't carry it" is decided by the catalog, not by a model."""
        offline = compose(evidence)
        if self.llm is None or is_absent(evidence):
            return offline
        return self.llm.answer(evidence, offline)

    def _compare(self, session: Session, products: list[SearchHit]) -> Answer:
        comparison = compare(products, session.dimensions)
        return Answer(
            persona=session.persona or "shopping_guide", summary=comparison.verdict,
            dimensions=session.dimensions, comparison=comparison,
            products=rank(products, session.dimensions), constraints=session.constraints,
            sources=[session.guide_id] if session.guide_id else [],
        )  # fmt: skip

    def _not_shown(self, session: Session, turn: Turn, shown: list) -> Answer:
        """A reference to products that were not shown (or are gone): say so, change nothing."""
        gone = [n + 1 for n, h in enumerate(shown) if h is None]
        summary = f"I showed {len(shown)} product{'s' if len(shown) != 1 else ''}"
        summary += f"; number {', '.join(map(str, gone))} is no longer available." if gone else "."
        wanted = "Which two should I compare?" if turn.kind == "compare" else "Which one?"
        return Answer(persona=session.persona or "shopping_guide", summary=summary,
                      clarifying_question=wanted, session_id=session.id,
                      constraints=session.constraints)  # fmt: skip

    def _unreadable(self, session: Session) -> Answer:
        """No English words to work with (the embedding model reads English only)."""
        return Answer(
            persona=session.persona or "shopping_guide", session_id=session.id,
            summary="I can only read questions in English so far.",
            clarifying_question="Could you ask in English, e.g. \"a hat for a round face\"?",
        )  # fmt: skip

    def _focus(self, session: Session, product: SearchHit) -> Answer:
        ranked = rank([product], session.dimensions)
        best = ranked[0]
        summary = f"{best.title}, {price_text(best.price, best.currency)}. {best.reason}"
        return Answer(
            persona=session.persona or "shopping_guide", summary=summary, products=ranked,
            dimensions=session.dimensions, constraints=session.constraints,
            follow_ups=["compare the first two"] if len(session.product_ids) >= 2 else [],
            sources=[session.guide_id] if session.guide_id else [],
        )  # fmt: skip


def _pick(shown: list[SearchHit | None], indices: list[int]) -> list[SearchHit | None]:
    out = []
    for i in indices:
        if -len(shown) <= i < len(shown):
            out.append(shown[i])
    return out


def _remember(session: Session, turn: Turn, evidence: Evidence, answer: Answer) -> None:
    if turn.kind == "new" and is_absent(evidence):
        session.topic = ""  # nothing to refine: the next turn starts afresh
        return
    if turn.kind == "new":
        session.topic = evidence.question
        session.guide_id = evidence.guide.id if evidence.guide else None
        session.persona = answer.persona
    session.constraints = answer.constraints
    session.cheaper_cap = turn.cheaper_cap
    if answer.products:
        session.product_ids = [p.id for p in answer.products]
        session.dimensions = answer.dimensions
