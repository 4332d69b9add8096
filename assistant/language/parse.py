"""One text's stated constraints: price, colour, gender, product kind, size, attribute words.

The words come from the lexicon (how shoppers say things) and the catalog's ``Vocabulary`` (what
the shop sells), so this works on an imported catalog too. Which of the found constraints apply
to the products in question is decided by search. Only the reader calls this.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..schemas import Constraints
from .kinds import EXCLUDED_KINDS, EXCLUDED_WORDS
from .lexicon import Lexicon, lexicon
from .plans import Option
from .prices import parse_price
from .text import BREAK, plain, singular, tokens_of, words
from .vocabulary import Vocabulary


@dataclass
class Parsed:
    """What one text states: constraints, the text left to search, each attribute phrase's
    senses (the products in question decide which one is meant)."""

    constraints: Constraints
    text: str
    attribute_options: list[Option] = field(default_factory=list)
    inferred: Constraints = field(default_factory=Constraints)  # the situation: ranks only


def parse(text: str, vocab: Vocabulary, lex: Lexicon | None = None) -> Parsed:
    """The constraints ``text`` states (not yet checked against the catalog's products)."""
    lex = lex or lexicon("en")
    constraints = Constraints()
    text = parse_price(plain(text), constraints, lex)
    read = in_catalog_words(text, vocab, lex)
    tokens = words(read)
    taken, unwanted, named = _categories(tokens, vocab, constraints, lex)
    constraints.colors = _colors(tokens, taken, vocab, lex)
    constraints.genders = _genders(tokens, vocab, text, lex)
    constraints.sizes = _sizes(text, vocab, lex)
    options = _attributes(read, {tokens[i] for i in taken}, vocab, constraints, lex)
    if unwanted:  # "without heels", "not a backpack": kinds ruled out
        constraints.exclude[EXCLUDED_KINDS] = sorted(unwanted)
    kind_named = bool(constraints.categories or named or unwanted)
    unwanted_words = _title_words(tokens, taken, vocab, constraints, lex, kind_named)
    if unwanted_words:  # "no strings": a word no title shown may hold
        constraints.exclude[EXCLUDED_WORDS] = unwanted_words
    constraints.cheap = constraints.price_max is None and any(
        p.search(text) for p in lex.prices.cheap_res
    )
    situation = lex.context.situation_keys
    inferred = Constraints(
        categories=sorted(named),
        attributes={k: v for k, v in constraints.attributes.items() if k in situation},
    )
    constraints.attributes = {k: v for k, v in constraints.attributes.items() if k not in situation}
    options = [o for o in options if not set(o) <= situation]
    return Parsed(constraints, text, options, inferred)


def in_catalog_words(text: str, vocab: Vocabulary, lex: Lexicon) -> str:
    """``text`` with its shopping words in an English catalog's words ("黑色的帽子" -> " black
    的 hat "), where the catalog has no Chinese; else as it is."""
    found = lex.text.english_re
    if vocab.chinese or found is None:
        return text
    return found.sub(lambda m: f" {lex.text.english[m[0]]} ", text)


def _context(tokens: list[str], start: int, lex: Lexicon) -> bool:
    """Whether the words just before ``start`` make it the situation, not the thing wanted."""
    for t in reversed(tokens[max(0, start - lex.context.window) : start]):
        if t in lex.context.wanting:
            return False  # "from home, need headphones": the kind is what is wanted
        if t in lex.context.words:
            return True
    return False


def _categories(
    tokens: list[str], vocab: Vocabulary, c: Constraints, lex: Lexicon
) -> tuple[set[int], set[str], set[str]]:
    """Longest category phrases first; each token belongs to at most one phrase. A phrase in
    context (a kind word after "my", "when", "inside"...) names the situation, not the
    product wanted, so it does not become a filter; a negated one ("without heels") rules its
    kinds out. A title's head word named ("a shirt") ranks its kind: a shirt may be titled
    otherwise, so it filters nothing. Returns the positions used, the kinds ruled out and the
    title kinds named."""
    found: set[str] = set()
    unwanted: set[str] = set()
    named: set[str] = set()
    taken: set[int] = set()
    longest = max((len(k) for k in [*vocab.categories, *vocab.title_kinds]), default=0)
    for size in range(min(longest, len(tokens)), 0, -1):
        for start in range(len(tokens) - size + 1):
            span = set(range(start, start + size))
            if taken & span:
                continue
            phrase = tuple(tokens[start : start + size])
            prefixes = vocab.categories_named(phrase)
            if negated(tokens, start, lex) and (prefixes or phrase in vocab.title_kinds):
                unwanted |= prefixes | vocab.title_kinds.get(phrase, set())
                taken |= span
            elif prefixes and not _context(tokens, start, lex):
                found |= prefixes
                taken |= span
            elif (phrase in vocab.title_kinds and not _context(tokens, start, lex)
                  and not set(phrase) <= lex.text.stopwords):  # fmt: skip
                named |= vocab.title_kinds[phrase]
    c.categories = sorted(found)
    return taken, unwanted, named


def _colors(tokens: list[str], taken: set[int], vocab: Vocabulary, lex: Lexicon) -> list[str]:
    found: set[str] = set()
    multi = {tuple(c.split()): c for c in vocab.colors}
    single = vocab.colour_words
    for i in range(len(tokens)):
        if i in taken or negated(tokens, i, lex) or tokens[max(i - 1, 0)] in lex.negation.comparing:
            continue  # a negated colour, or one compared against
        for key, color in multi.items():
            if tuple(tokens[i : i + len(key)]) == key:
                found.add(color)
        if tokens[i] in single:
            found.update(c for c in vocab.colors if tokens[i] in c.split())
    return sorted(found)


def _attributes(
    text: str, used: set[str], vocab: Vocabulary, c: Constraints, lex: Lexicon
) -> list[Option]:
    """Asked-for and ruled-out attribute values, and ruled-out colours ("anything but green");
    returns each asked-for phrase's options (key -> values, most common sense first)."""
    toks = tokens_of(text)
    skip = used | vocab.colour_words | {singular(w) for w in lex.gender_words}
    taken = {i for i, t in enumerate(toks) if t in skip} | _owned(toks, lex)
    options, ruled_out = vocab.attributes.match(
        toks, taken, lambda i: _negated_phrase(toks, i, lex), lex.attributes
    )
    kept = ({k: v - ruled_out.get(k, set()) for k, v in o.items()} for o in options)
    options = [o for o in ({k: v for k, v in o.items() if v} for o in kept) if o]
    # Without the products in question, each phrase means its most common sense.
    c.attributes = {}
    for option in options:
        key = next(iter(option))
        c.attributes[key] = sorted(set(c.attributes.get(key, [])) | option[key])
    negated_words = {t for i, t in enumerate(toks) if negated(toks, i, lex)}
    colours = {colour for colour in vocab.colors if negated_words & set(colour.split())}
    if colours:
        ruled_out["color"] = colours
        c.colors = [x for x in c.colors if x not in colours]
    c.exclude = {k: sorted(v) for k, v in ruled_out.items()}
    return options


def _title_words(
    tokens: list[str],
    taken: set[int],
    vocab: Vocabulary,
    c: Constraints,
    lex: Lexicon,
    kind_named: bool,
) -> list[str]:
    """Words of the shop's titles ruled out ("a kite, no strings", "without a hood") that name no
    kind, attribute value or colour (those are ruled out as such). Only where a kind is named or
    the text is a short follow-up; describing words are left alone ("nothing fancy")."""
    rules = lex.negation
    if (
        not kind_named
        and len([t for t in tokens if t not in lex.text.stopwords]) > rules.bare_words
    ):
        return []
    values = [*c.attributes.values(), *c.exclude.values(), c.colors, vocab.colors]
    said = {w for vs in values for v in vs for w in words(v)}
    said |= {w for d in (c.attributes, c.exclude) for k in d for w in words(k.replace("_", " "))}
    people = {singular(w) for w in lex.gender_words}
    skip = (said | people | lex.text.stopwords | lex.attributes.everyday | lex.attributes.generic
            | rules.words | rules.describing)  # fmt: skip
    out = set()
    for i, t in enumerate(tokens):
        if (
            i not in taken
            and t not in skip
            and t in vocab.title_words
            and _rules_out(tokens, i, lex)
        ):
            out |= vocab.title_words[t]
    return sorted(out)


def _rules_out(tokens: list[str], i: int, lex: Lexicon) -> bool:
    """A negation that rules out words of titles stands just before token ``i``."""
    for j in range(i - 1, max(-1, i - 1 - lex.negation.reach), -1):
        if tokens[j] == BREAK:
            return False
        if tokens[j] in lex.negation.title_words and _negates(tokens, j, lex):
            return j == 0 or tokens[j - 1] not in lex.negation.absent_after
    return _negated_after(tokens, i, lex)


def _owned(tokens: list[str], lex: Lexicon) -> set[int]:
    """Positions of words that describe a thing the shopper has ("my flat smells damp")."""
    found: set[int] = set()
    for j, word in enumerate(tokens):
        if word in lex.context.owned:
            for i in range(j + 1, min(j + 1 + lex.context.owned_window, len(tokens))):
                if tokens[i] == BREAK or any(ch.isdigit() for ch in tokens[i]):
                    break
                if singular(tokens[i]) not in lex.context.owned_for:
                    found.add(i)
    return found


def _negated_phrase(tokens: list[str], i: int, lex: Lexicon) -> bool:
    """A negation a few words before token ``i`` in the same clause ("I don't want leather"),
    unless it negates something else ("not sure if wool", "no, something in wool")."""
    for j in range(i - 1, max(-1, i - 1 - lex.negation.phrase_reach), -1):
        if tokens[j] == BREAK:
            break
        if _negates(tokens, j, lex):
            return True
    return _negated_after(tokens, i, lex)


def negated(tokens: list[str], i: int, lex: Lexicon) -> bool:
    """Whether a negation ("not", "anything but", "no") stands just before token ``i``, or
    one that follows what it rules out ("紫砂的不要") just after it."""
    before = range(max(0, i - lex.negation.reach), i)
    return any(_negates(tokens, j, lex) for j in before) or _negated_after(tokens, i, lex)


def _negated_after(tokens: list[str], i: int, lex: Lexicon) -> bool:
    """A negation that ends the clause after token ``i`` ("紫砂的就不考虑了"), with only
    function words around it."""
    rules, skip = lex.negation, lex.text.stopwords
    for j in range(i + 1, min(len(tokens), i + 1 + rules.trailing_reach)):
        if tokens[j] == BREAK:
            return False
        said = next((t for t in rules.trailing if tuple(tokens[j : j + len(t)]) == t), None)
        if said:
            rest = tokens[j + len(said) :]
            end = rest.index(BREAK) if BREAK in rest else len(rest)
            return all(t in skip for t in rest[:end])
        if tokens[j] not in skip:
            return False
    return False


def _negates(tokens: list[str], j: int, lex: Lexicon) -> bool:
    word, after = tokens[j], tokens[j + 1] if j + 1 < len(tokens) else ""
    if j > 0 and word[0] == "不" and tokens[j - 1] in (word[1:], after):
        return False  # "要不要", "含不含": a question whether, not a negation
    if word == "but":  # "anything but X", not "X but Y"
        return j > 0 and tokens[j - 1] in lex.negation.but_after
    rules = lex.negation
    return word in rules.words and after not in rules.not_negating and after != BREAK


def _genders(tokens: list[str], vocab: Vocabulary, text: str, lex: Lexicon) -> list[str]:
    people = lex.people
    myself = people.speaker.search(text)
    wanted = set()
    if myself:  # a grown-up speaking of herself as a "girl" is not a child
        word = myself[1].lower()
        tokens = [t for t in tokens if t != singular(word) and t not in ("girl", "boy")]
        wanted.add("women" if word in people.speaker_women else "men")
    if people.grown_up.search(text):  # adult sizes for a grown-up son or daughter
        tokens = [people.grown_up_as.get(t, t) for t in tokens]
    wanted |= {g for g, ws in people.genders.items() for w in ws if singular(w) in tokens}
    wanted |= {t for t in tokens if t in vocab.genders}
    if wanted & people.adults and "unisex" in vocab.genders:
        wanted.add("unisex")
    return sorted(g for g in wanted if g in vocab.genders)


def _sizes(text: str, vocab: Vocabulary, lex: Lexicon) -> list[str]:
    """Sizes asked for: anything after "size"; a bare "57cm" or "eu 42" if the catalog has it."""
    rules, lowered = lex.sizes, text.lower()
    asked = {m.replace(" ", "") for m in rules.asked.findall(lowered)}
    found = {m for pattern in rules.bare for m in pattern.findall(lowered)}
    found |= {f"{m}cm" for m in rules.centimetres.findall(lowered)}
    found |= {f"{a}-{b}m" for a, b in rules.months.findall(lowered)}
    return sorted(asked | {s for s in found if s in vocab.sizes or s in rules.letters})
