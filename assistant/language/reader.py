"""The turn reader: the one place a shopper's words are read.

``read_turn`` decides what a question means in its conversation and returns a ``TurnPlan``: a
new need, a refinement of the current one ("under 150", "in black", "not wool", "cheaper", "for
my dad instead"), a closer look at a shown product ("the second one"), a comparison ("compare the
first two"), a reference to products that were not shown, or words it cannot read. A need
carries the ``Query`` search runs. ``read_query`` reads a bare search ("black running shoes
under 500 yuan"). An LLM reader returns the same plans.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..schemas import Constraints, SearchHit, Session
from .lexicon import Lexicon, lexicon
from .parse import Parsed, parse
from .plans import Card, NewNeed, Query, Refine, Router, TurnPlan, Unreadable
from .text import LATIN_WORD, content_words, letters, plain, singular, turn_lexicon, words
from .turns import is_new_topic, merge_refinement, reference_plan
from .vocabulary import Vocabulary


def read_turn(
    question: str,
    session: Session,
    vocab: Vocabulary,
    *,
    shown: Sequence[SearchHit | None],
    router: Router,
    persona: str | None = None,
    k: int = 10,
    multilingual: bool = False,
) -> TurnPlan:
    """What ``question`` means in ``session``; ``shown`` are the products shown last, by
    position (None: no longer in the catalog); ``persona`` forces the role; ``multilingual``:
    the products are searched with a model that reads Chinese."""
    question = plain(question.strip())
    lex = turn_lexicon(question, session.topic)
    language = lex.language  # the answer's, whichever lexicon reads the turn
    said_words = [w for w in words(question) if w.isalpha()]
    if not said_words:
        return Unreadable(language)
    if lex.language == "zh" and not vocab.chinese and not multilingual:
        if not LATIN_WORD.search(question):
            return Unreadable(language)
        lex = lexicon("en")  # "sunglasses 不超过300元": English words, with Chinese prices
    if session.product_ids:
        reference = reference_plan(question, list(shown), lex)
        if reference is not None:
            return replace(reference, language=language)
    said = parse(question, vocab, lex)
    keys = {key for hit in shown if hit for key in hit.attributes}
    if not session.topic or is_new_topic(question, said.constraints, session, keys, lex):
        role = persona or router.route(question)
        return _need(NewNeed, question, said, said, role, vocab, lex, k=k, language=language)
    prices = [h.price for h in shown if h and h.price is not None]
    merged, notes, cap = merge_refinement(question, said, session, prices, keys, lex, language)
    role = persona or session.persona or router.route(question)
    topic = parse(session.topic, vocab, turn_lexicon(session.topic))
    return _need(Refine, question, topic, said, role, vocab, lex, k=k, filters=merged,
                 session=session, notes=notes, cap=cap, language=language)  # fmt: skip


def read_query(text: str, vocab: Vocabulary, k: int = 10, filters: Constraints | None = None):
    """A bare search: ``text`` read for its constraints; ``filters`` (set fields) override."""
    said = parse(text, vocab, turn_lexicon(text))
    semantic = said.text or text
    return Query(
        said=text, text=said.text, semantic=semantic, need=semantic, k=k,
        stated=said.constraints, options=said.attribute_options, filters=filters,
        inferred=said.inferred,
    )  # fmt: skip


def _need(
    kind: type[NewNeed],
    question: str,
    need: Parsed,
    said: Parsed,
    persona: str,
    vocab: Vocabulary,
    lex: Lexicon,
    *,
    k: int,
    filters: Constraints | None = None,
    session: Session | None = None,
    notes: list[str] | None = None,
    cap: float | None = None,
    language: str = "en",
) -> NewNeed:
    """A need's plan: the query search runs, and what the answer needs to know of the words."""
    topic = session.topic if session else question
    card = _card(question, lex)
    searched, words_searched = need, topic
    if persona == "copywriter" and card.gift:  # the products that help are the gift's
        searched, words_searched = parse(card.gift, vocab, lex), card.gift
    topic_lex = turn_lexicon(topic)
    short = frozenset(w for w in words(topic) if len(w) <= topic_lex.honesty.short_word)
    content = content_words(topic, short, topic_lex)
    missing = [w for w in content if w not in vocab.known]
    thing, unknown, head = _thing(question, missing, lex)
    # Kinds are read in the catalog's own language (a Chinese word names no English kind), and
    # an English word a Chinese catalog never uses says nothing about what it sells.
    same_language = lex.language == "en" and not vocab.chinese
    unknown = unknown and (lex.language == "zh" or not vocab.chinese)
    named = None
    general = lex.honesty.general  # "a quieter one", "something warm": no kind named
    if head and same_language and kind is NewNeed and not general & {head, *words(thing)}:
        named = vocab.kinds_named(head)
    query = Query(
        said=words_searched, text=searched.text, semantic=words_searched,
        stated=searched.constraints, options=searched.attribute_options,
        inferred=searched.inferred, filters=filters,
        carried=session.constraints if session else None, need=topic, k=k,
        persona=persona, guide_id=session.guide_id if session else None, language=language,
        named_kinds=named,
    )  # fmt: skip
    return kind(question=question, query=query, persona=persona, stated=said.constraints,
                content_words=content, asked_thing=thing, unknown_thing=unknown, card=card,
                notes=notes or [], cheaper_cap=cap, language=language,
                unsold_thing=named == (),
                vague_thing=_vague(thing, lex))  # fmt: skip


def _thing(question: str, missing: list[str], lex: Lexicon) -> tuple[str, bool, str | None]:
    """The thing a question asks for; whether the catalog never uses its head word (and knows
    too few of the words describing it to be the same thing under another name); and that head
    word (None when the question names no thing)."""
    rules = lex.honesty
    found = list(rules.thing.finditer(question.strip()))
    if not found:
        joined = ("" if lex.language == "zh" else " ").join(missing[:2])
        return joined or question.strip().rstrip("?"), False, None
    match = found[-1] if rules.last else found[0]
    if _vague(match.group(1), lex):  # "something sturdy": no kind named
        return match.group(1).strip(), False, None
    head = content_words(match.group(1), lex=lex)
    known = [w for w in head[:-1] if w not in missing]
    unknown = bool(head) and singular(head[-1]) in missing and len(known) <= rules.described_by
    return match.group(1).strip(), unknown, singular(head[-1]) if head else None


def _vague(thing: str, lex: Lexicon) -> bool:
    """Whether ``thing`` is named by no kind: "something sturdy", not "one of those scooters"."""
    first = words(thing)[:1]
    return bool(first) and first[0] in lex.honesty.vague


def _card(question: str, lex: Lexicon) -> Card:
    rules = lex.copywriter
    gift = rules.gift.search(question)
    tokens = letters(question) if lex.language == "en" else words(question)
    recipient = next((rules.recipients[t] for t in tokens if t in rules.recipients), None)
    occasion = next(
        (o for key, o in rules.occasions.items() if any(t.startswith(key) for t in tokens)), None
    )
    return Card(gift.group(1).strip() if gift else None, recipient, occasion)
