"""The Assistant: the one entry point the CLI, the API, the UI and the evals call.

Wiring only. A turn flows one way: the reader reads it (``language.read_turn``), search finds
what it asks for (``search.Searcher``), an engine answers part by part (``answer``), and the
conversation remembers (``conversation.remember``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from functools import cached_property
from itertools import chain, islice
from pathlib import Path

from .answer import compare as shown
from .answer.evidence import Engine, gather
from .answer.llm import LLMEngine
from .answer.offline import OfflineEngine
from .answer.parts import Reply, apply
from .catalog.ingest import Progress, ingest_files, ingest_guides, ingest_products
from .catalog.read import load_guides, sample_titles
from .conversation.sessions import FileSessionStore, SessionStore, remember
from .index.embeddings import Embedder, embedder_id, make_embedder, setting_for
from .index.store import Store, file_digest, open_store
from .language.plans import Compare, Focus, NewNeed, NotShown, Unreadable
from .language.reader import read_query, read_turn
from .language.roles import PersonaRouter
from .language.text import catalog_language
from .schemas import Answer, Constraints, IngestReport, Product, SearchResult, Session
from .search.live import LiveSearch
from .search.route import ChineseRoute
from .search.search import Searcher
from .settings import Settings, get_settings

CANDIDATES = 20  # products an engine chooses from
SAMPLE = 500  # titles that tell a catalog's language


log = logging.getLogger("wenwen")


class Assistant:
    """Wenwen over one data dir: ingest catalogs, search them, answer questions."""

    def __init__(
        self,
        settings: Settings | None = None,
        embedder: Embedder | None = None,
        sessions: SessionStore | None = None,
        engine: Engine | None = None,
    ) -> None:
        self.settings = settings or get_settings()
        self._embedder, self._engine = embedder, engine
        self.sessions = sessions or self._sessions()
        self.notice: str | None = None  # set when an unreadable data dir was moved aside

    def _sessions(self) -> SessionStore:
        if self.settings.sessions_dir:  # shared by replicas
            return FileSessionStore(self.settings.sessions_dir, self.settings.session_ttl)
        return SessionStore(self.settings.sessions_max, self.settings.session_ttl)

    @cached_property
    def embedder(self) -> Embedder:
        return self._embedder or make_embedder(self.embedder_setting())

    def embedder_setting(self) -> str:
        """The embedder this data dir searches with: the one its index was built with, or the
        setting's (``auto`` before any ingest: minilm); another one than the index was built
        with is an ``EmbedderMismatch`` that says what to do."""
        store, where = self.store, self.settings.data_dir
        return setting_for(self.settings.embedder, store.embedder(), store.count() > 0, where)

    def _embedder_for(self, titles: list[str], replace: bool) -> None:
        """Before an ingest: with ``auto`` and no products kept, the embedder the catalog's
        language wants (e5 for Chinese or mixed titles); the index records the one used."""
        fresh = replace or self.store.count() == 0
        if self._embedder is None and self.settings.embedder == "auto" and fresh:
            wanted = "e5" if catalog_language(titles) == "zh" else "minilm"
            current = self.__dict__.get("embedder")
            now = current.model_id if current else embedder_id(self.embedder_setting())
            if now != embedder_id(wanted):
                self._use(make_embedder(wanted))
        elif not fresh:
            self.embedder_setting()  # an index built with another embedder is not added to
        self.store.record_embedder(self.embedder.model_id)

    def _use(self, embedder: Embedder) -> None:
        """Search with ``embedder`` from now on (the snapshot made with another is dropped)."""
        if "live" in self.__dict__:
            self.__dict__.pop("live").stop()
        self.__dict__.pop("route", None)  # made for the other embedder
        self.__dict__["embedder"] = embedder

    @cached_property
    def store(self) -> Store:
        store, self.notice = open_store(self.settings.data_dir, self.settings.chroma_url)
        return store

    @cached_property
    def live(self) -> LiveSearch:
        return LiveSearch(self.store, self.embedder, self.settings.data_dir / "snapshots")

    @cached_property
    def route(self) -> ChineseRoute:
        """The Chinese route of an English index (``search/route.py``)."""
        return ChineseRoute(self.store, self.settings, self._sizes(), self.embedder.multilingual)

    @property
    def chinese(self) -> LiveSearch | None:
        """What Chinese turns search on an English index, once its route is built."""
        return self.route.live

    @cached_property
    def engine(self) -> Engine:
        """The LLM engine when one is configured (the offline one as its fallback), else offline."""
        if self._engine is None and self.settings.llm_enabled:
            return LLMEngine(self.settings, OfflineEngine())
        return self._engine or OfflineEngine()

    @property
    def searcher(self) -> Searcher:
        """The current search snapshot (see ``search/live.py``)."""
        return self.live.searcher

    @property
    def router(self) -> PersonaRouter:
        return self.live.router

    def warm(self) -> None:
        """Load the search snapshots and role routers before the first question."""
        for live in filter(None, [self.live, self.chinese]):
            live.warm()

    def watch(self) -> None:
        for live in filter(None, [self.live, self.chinese]):
            live.watch(self.settings.reload_check_s)

    def stop_watching(self) -> None:
        for live in filter(None, [self.live, self.chinese]):
            live.stop()

    # -- indexing -------------------------------------------------------------------------
    def has_index(self) -> bool:
        return self.store.count() > 0

    def ingest(self, products: Iterable[Product], **options) -> IngestReport:
        """Index ``products`` (exactly these, with ``replace=True``) and the guides."""
        stream = iter(products)  # read as it comes: a large catalog is never held whole
        first = list(islice(stream, SAMPLE))
        self._embedder_for([p.title for p in first], options.get("replace", False))
        products = chain(first, stream)
        return self._indexed(ingest_products(self.store, self.embedder, products,
                                             **self._sizes(), **options))  # fmt: skip

    def ingest_files(
        self,
        paths: Sequence[Path],
        mapping: dict[str, str] | None = None,
        currency: str | None = None,
        **options,
    ) -> IngestReport:
        """Ingest catalog files (default: the bundled catalog); see ``catalog.ingest``."""
        default, paths = not paths, list(paths) or [self.settings.catalog]
        titles = sample_titles(paths, mapping, currency, SAMPLE)
        self._embedder_for(titles, options.get("replace", False))
        report = ingest_files(self.store, self.embedder, paths, mapping, currency,
                              **self._sizes(), **options)  # fmt: skip
        self.store.record_built_from(file_digest(paths[0]) if default else "")  # see ensure_index
        return self._indexed(report)

    def _sizes(self) -> dict[str, int]:
        return {"batch_size": self.settings.embed_batch, "chunk": self.settings.ingest_chunk}

    def _indexed(self, report: IngestReport) -> IngestReport:
        report.guides = self.index_guides()
        report.embedder = self.embedder.model_id
        self.live.forget()
        self.route.keep(changed=True)  # the same products, for Chinese questions
        return report

    def index_guides(self) -> int:
        return ingest_guides(self.store, self.embedder, load_guides(self.settings.guides_dir))

    def ensure_index(self, progress: Progress | None = None) -> IngestReport | None:
        """Index the default catalog into an empty data dir, or again when its file changed."""
        if self.has_index() and self.store.follows(self.settings.catalog):
            self.index_guides()  # guides edited since the last run: only those are embedded
            self.route.keep(progress)
            return None
        log.info("indexing %s into %s", self.settings.catalog, self.settings.data_dir)
        return self.ingest_files([], progress=progress, replace=True)

    # -- questions ------------------------------------------------------------------------
    def search(
        self, query: str, k: int | None = None, filters: Constraints | None = None
    ) -> SearchResult:
        """Products for ``query`` under the hard constraints it states (and ``filters``)."""
        searcher = self._snapshot(query).searcher
        read = read_query(query, searcher.vocab, k or self.settings.search_k, filters)
        return searcher.search(read).result

    def product(self, product_id: str) -> Product | None:
        return self.searcher.product(product_id)

    def ask(
        self, question: str, session_id: str | None = None, persona: str | None = None
    ) -> Answer:
        """Answer one question, continuing the conversation ``session_id`` if given."""
        return self.stream(question, session_id, persona).whole()

    def stream(
        self, question: str, session_id: str | None = None, persona: str | None = None
    ) -> Reply:
        """The answer to one question as it is written, part by part."""
        session = self.sessions.get(session_id)
        return Reply(session.id, self._turn(question, session, persona))

    def _snapshot(self, text: str, before: str | None = None) -> LiveSearch:
        """The Chinese route's snapshot for a Chinese turn on an English index, else the index's."""
        return self.route.serving(text, before, self.searcher) or self.live

    def _turn(self, question: str, session: Session, persona: str | None):
        snapshot = self._snapshot(question, session.topic)
        searcher, router = snapshot.searcher, snapshot.router
        hits = [searcher.hit(i) for i in session.product_ids]  # None: no longer in the index
        plan = read_turn(question, session, searcher.vocab, shown=hits, router=router,
                         persona=persona, k=CANDIDATES,
                         multilingual=searcher.embedder.multilingual)  # fmt: skip
        match plan:
            case Unreadable():
                yield from shown.unreadable(session, plan.language)
                return
            case NotShown():
                yield from shown.not_shown(session, plan.wanted, plan.shown, plan.language)
                return
            case Compare():
                yield from shown.comparison(session, plan.products, plan.language)
            case Focus():
                yield from shown.focus(session, plan.product, plan.language)
            case NewNeed():
                evidence = gather(plan, searcher.search(plan.query), snapshot is self.live)
                answer = Answer(persona=plan.persona, summary="")
                for part in self.engine.stream(evidence):
                    apply(answer, part)
                    yield part
                remember(session, plan, evidence, answer)
        session.turns.append(plan.question)
        self.sessions.save(session)
