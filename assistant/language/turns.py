"""How a turn relates to the conversation: a reference to shown products, a new need, or a
refinement whose constraints merge with the ones so far. Used by ``reader.read_turn`` only."""

from __future__ import annotations

from ..schemas import Constraints, SearchHit, Session
from .kinds import EXCLUDED_WORDS
from .lexicon import Lexicon
from .parse import Parsed
from .plans import Compare, Focus, NotShown, Option, TurnPlan
from .text import content_words, singular, whole_words, words
from .wording import wording


def reference_plan(question: str, shown: list[SearchHit | None], lex: Lexicon) -> TurnPlan | None:
    """A comparison of, or closer look at, shown products; None when the question is neither."""
    rules, lowered = lex.turns, question.lower()
    if rules.compare.search(lowered) and _about_shown(lowered, lex):
        picked = _pick(shown, references(lowered, 2, lex))
        if None in picked or len(picked) < 2:
            return NotShown("compare", shown)
        return Compare(picked, question)
    refs = references(lowered, 1, lex)
    if refs and _only_reference(lowered, lex):
        picked = _pick(shown, refs[:1])
        if None in picked or not picked:
            return NotShown("focus", shown)
        return Focus(picked[0], question)
    return None


def references(text: str, want: int, lex: Lexicon) -> list[int]:
    """Positions of shown products the text points at; ``want`` 2 reads a comparison."""
    rules = lex.turns
    found = [rules.ordinals[w.lower()] for w in rules.ordinal_re.findall(text)]
    found += [int(n) - 1 for n in rules.numbered.findall(text)]
    if want == 2:  # "compare 1 and 3": bare numbers are positions
        found += [int(n) - 1 for n in rules.bare_number.findall(text)]
    for pattern, count in rules.leading_res:
        if pattern.search(text):
            return list(range(count))
    found = list(dict.fromkeys(found))
    if not found and want == 2:
        return [0, 1]  # "compare" with no positions: the first two
    return found  # too few is answered with "which ones?", never guessed


def _pick(shown: list[SearchHit | None], positions: list[int]) -> list[SearchHit | None]:
    return [shown[i] for i in positions if -len(shown) <= i < len(shown)]


def _about_shown(text: str, lex: Lexicon) -> bool:
    """ "compare the first two" / "compare them", not "difference between a fedora and a trilby"."""
    if references(text, 1, lex) or lex.turns.shown_ones.search(text):
        return True
    skip = lex.text.stopwords | lex.turns.compare_words
    return not [w for w in words(text) if w.isalpha() and w not in skip]


def _only_reference(text: str, lex: Lexicon) -> bool:
    rules = lex.turns
    rest = whole_words([w for w in words(rules.ordinal_re.sub(" ", text)) if w not in rules.filler])
    return len(rest) <= rules.reference_words


def is_new_topic(
    question: str, parsed: Constraints, session: Session, shown_keys: set[str], lex: Lexicon
) -> bool:
    """Whether the question starts a new need; attribute words count as a refinement only where
    the products shown have that attribute (the shopper's own things refine nothing)."""
    rules = lex.turns
    parsed = parsed.model_copy(update={
        "attributes": {k: v for k, v in parsed.attributes.items() if k in shown_keys},
        "exclude": {k: v for k, v in parsed.exclude.items()
                    if k in shown_keys | {"color", EXCLUDED_WORDS}},
    })  # fmt: skip
    if rules.new_thing.search(question):
        return True
    if rules.refine_start.search(question) or rules.instead.search(question):
        return bool(parsed.categories) and set(parsed.categories) != set(
            session.constraints.categories
        )
    if not parsed.categories and (
        rules.refers_back.search(question) or rules.any_colour.search(question)
    ):
        return False  # points back at what was shown, or lifts the colour
    if not parsed.categories and parsed.attributes:
        return False  # more of what is shown, whatever else is said ("polarized, the glare...")
    if not parsed.categories and (
        rules.cheaper.search(question)
        or (
            _states_constraint(parsed)
            and len(_other_words(question, parsed, lex)) <= rules.aside_words
        )
    ):
        return False  # a complaint about price, or a budget alone
    said = {w for c in parsed.colors for w in c.split()} | qualifiers(lex)
    content = content_words(question, said, lex)
    return bool(parsed.categories) or len(content) >= rules.new_need_words


def qualifiers(lex: Lexicon) -> set[str]:
    """Words that only qualify the current need: who it is for, price words, 'instead'..."""
    return {singular(w) for w in lex.gender_words} | set(lex.turns.qualifiers)


def _other_words(question: str, parsed: Constraints, lex: Lexicon) -> list[str]:
    """Content words beyond the constraints stated: a new need has several."""
    values = [*parsed.attributes.values(), *parsed.exclude.values(), parsed.colors]
    said = {w for vs in values for v in vs for w in words(v)} | qualifiers(lex)
    return content_words(question, said | lex.negation.words | lex.turns.asides, lex)


def _states_constraint(c: Constraints) -> bool:
    prices = c.price_min is not None or c.price_max is not None
    return prices or any([c.cheap, c.colors, c.genders, c.sizes, c.attributes, c.exclude])


def merge_refinement(
    question: str,
    said: Parsed,
    session: Session,
    shown_prices: list[float],
    shown_keys: set[str],
    lex: Lexicon,
    language: str = "en",
) -> tuple[Constraints, list[str], float | None]:
    """The conversation's constraints with this turn's merged in, the notes to show, and the
    price cap "cheaper" set. An attribute asked for counts only where the
    products shown have it."""
    parsed, merged = said.constraints, session.constraints.model_copy(deep=True)
    for name, key in (("colors", "color"), ("genders", "gender"), ("sizes", "size"),
                      ("categories", "")):  # fmt: skip
        # a pronoun about products without genders is not a gender
        if getattr(parsed, name) and (not key or key in shown_keys):
            setattr(merged, name, getattr(parsed, name))
    stated = parsed.price_min is not None or parsed.price_max is not None
    if stated:
        merged.price_min, merged.price_max = parsed.price_min, parsed.price_max
    notes, cap = [], None if stated else session.cheaper_cap
    cheaper = bool(lex.turns.cheaper.search(question))
    if cheaper and shown_prices and not stated:
        merged.price_max = cap = min(shown_prices) - 0.01
        notes.append(wording(language).say("cheaper_note", price=f"{min(shown_prices):g}"))
    elif (
        cap is not None
        and parsed.genders
        and set(parsed.genders) != set(session.constraints.genders)
    ):
        merged.price_max = cap = None  # "cheaper" was about the last person's list
    merged.cheap = merged.cheap or (parsed.cheap and not cheaper)  # "便宜点": the cap says it
    _merge_attributes(merged, parsed, _asked(said.attribute_options, shown_keys))
    if lex.turns.any_colour.search(question) and not parsed.colors:
        merged.colors = []
        merged.exclude = {k: v for k, v in merged.exclude.items() if k != "color"}
    return merged, notes, cap


def _merge_attributes(merged: Constraints, parsed: Constraints, asked: dict) -> None:
    exclude = {k: set(v) for k, v in merged.exclude.items()}
    for key, values in parsed.exclude.items():
        exclude[key] = exclude.get(key, set()) | set(values)
    attributes = {k: v for k, v in (merged.attributes | asked).items() if k not in parsed.exclude}
    merged.exclude = {k: sorted(v) for k, v in exclude.items()}  # assigned, so they count as set
    merged.attributes = attributes
    if "color" in exclude:
        merged.colors = [c for c in merged.colors if c not in exclude["color"]]


def _asked(options: list[Option], keys: set[str]) -> dict[str, list[str]]:
    """Each asked-for phrase in the sense the products shown carry (none: not a refinement)."""
    asked: dict[str, list[str]] = {}
    for option in options:
        key = next((k for k in option if k in keys), None)
        if key:
            asked[key] = sorted(set(asked.get(key, [])) | option[key])
    return asked
