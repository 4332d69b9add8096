"""Text as Wenwen compares it: normalised values, word tokens, the language a text is in.

Questions and catalog values go through the same functions, so that they meet: "Gray" in a
catalog and "grey" in a question are one colour, "trainers" finds "sneakers".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .lexicon import lexicon

WORD = re.compile(r"[a-z0-9]+")
LATIN_WORD = re.compile(r"[A-Za-z]+")
HAN_CHARS = "\u3400-\u4dbf\u4e00-\u9fff"  # Chinese characters, for a regex character class
HAN = re.compile(f"[{HAN_CHARS}]")
TOKEN = re.compile(f"[{HAN_CHARS}]+|[^{HAN_CHARS}]+")  # runs of one script
BREAK = "zzbreak"  # stands for punctuation between tokens: phrases never span it
_EN = lexicon("en")
_ZH = lexicon("zh")


def detect_language(text: str) -> str | None:
    """``"en"``, ``"zh"``, or None when the text has no letters of either. Mixed text goes by
    weight: two Chinese characters count as much as one English word ("a tent 500元以上" is
    English, "想买个iPhone壳" Chinese)."""
    han, latin = len(HAN.findall(text)), len(LATIN_WORD.findall(text))
    if not han and not latin:
        return None
    return "zh" if han >= 2 * latin else "en"


def turn_lexicon(text: str, before: str | None = None):
    """The lexicon a turn is read with: its own language, else the conversation's so far
    ("42" after a Chinese question is read as Chinese), else English."""
    return lexicon(detect_language(text) or detect_language(before or "") or "en")


def singular(word: str) -> str:
    """A crude English singular, applied alike to queries and catalog words so they meet."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word in _EN.text.plurals:
        return _EN.text.plurals[word]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def plural(thing: str) -> str:
    """An English thing as a shop says it has none of them: "umbrella" -> umbrellas, "hair
    dryer" -> hair dryers; a plural, a noun without one ("cat food") or a phrase after its noun
    ("a lamp for reading") stays as said."""
    found = re.fullmatch(r"(.*?)([A-Za-z]+)", thing.strip())
    if not found:
        return thing
    head, last = found.groups()
    word = last.lower()
    if len(word) <= 2 or word.endswith("s") or word in _EN.text.uncountable:
        return thing
    if word in {v: k for k, v in _EN.text.plurals.items()}:
        return head + {v: k for k, v in _EN.text.plurals.items()}[word]
    if re.search(r"(?:x|z|ch|sh)$", word):
        return f"{thing}es"
    if re.search(r"[^aeiou]y$", word):
        return f"{head}{last[:-1]}ies"
    return f"{thing}s"


def plain(text: str) -> str:
    """``text`` with everyday synonyms in the catalog's words ("sunnies" -> "sunglasses")."""
    synonyms = _EN.text.synonyms
    return re.sub(r"[A-Za-z]+", lambda m: synonyms.get(m[0].lower(), m[0]), text)


def words(text: str) -> list[str]:
    """Lower-case singular word tokens (``'s`` dropped, grey and gray alike, "trainers" read as
    "sneakers"); Chinese is cut into words by jieba ("保温水壶" -> 保温, 水壶)."""
    text = re.sub(r"['’]s\b", "", text.lower())
    if HAN.search(text):
        return [w for part in TOKEN.findall(text) for w in _words(part)]
    return _words(text)


def _words(text: str) -> list[str]:
    if HAN.match(text):
        return chinese_words(text)
    synonyms, spellings = _EN.text.synonyms, _EN.text.spellings
    out = (singular(synonyms.get(w, w)) for w in WORD.findall(text))
    return [_ending(spellings.get(w, w)) for w in out]


def _ending(word: str) -> str:
    """``word`` with its British ending spelt as the one compared ("moisturiser" -> moisturizer)."""
    if len(word) >= 6:
        for ending, compared in _EN.text.endings.items():
            if word.endswith(ending):
                return word[: -len(ending)] + compared
    return word


def chinese_words(text: str) -> list[str]:
    """The words of a run of Chinese, and the shorter words inside long ones (jieba's search
    mode), so "电热水壶" meets a question's "水壶"."""
    return [w for w in _jieba().lcut_for_search(text) if HAN.search(w)]


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(60)  # no start-up banner
    return jieba


def word_roots(word: str) -> set[str]:
    """``word`` and, for a participle of a noun, its root: "hooded" -> hood, "laced" -> lace,
    "strapped" -> strap."""
    roots = {word}
    if len(word) > 4 and word.endswith("ed"):
        stem = word[:-2]
        roots |= {stem, stem + "e"}
        if stem[-1] == stem[-2]:
            roots.add(stem[:-1])
    return roots


def letters(text: str) -> list[str]:
    """Runs of letters, lower-cased, as written (no singulars, no synonyms)."""
    return re.findall(r"[a-z]+", text.lower())


def tokens_of(text: str) -> list[str]:
    """Words as attribute phrases are compared: lower case, British -ise spelt -ize, plural
    dropped, punctuation kept as ``BREAK``."""
    rules = _EN.attributes
    out = []
    text = re.sub(r"([a-z])(\d)", r"\1 \2", text.lower().replace("-", " ").replace("_", " "))
    text = re.sub(r"[,;:!?()]|\.(?!\d)|\s-\s", f" {BREAK} ", text)
    for w in words(text):
        if rules.ise_to_ize and len(w) > 5:
            w = re.sub(r"is(e|ed|ing)$", r"iz\1", w)
        out.append(w)
    return out


def norm(value: Any) -> str:
    """The form filter values are compared in: lower-case, single-spaced."""
    return re.sub(r"\s+", " ", str(value).strip().lower())


def gender_terms(value: Any) -> list[str]:
    """The genders a catalog's gender cell names, as filters compare them: ``"men"`` ->
    ``[men]``, ``"Boys, Girls"`` -> ``[kids]``, ``"Men, Boys"`` -> ``[men, kids]``; a cell
    with no known gender word is kept as written."""
    genders = _EN.catalog.genders | _ZH.catalog.genders
    cell = norm(value).replace("'s", "")
    cut = re.findall(r"[a-z]+", cell) + [w for w in words(cell) if HAN.match(w)]
    found = list(dict.fromkeys(genders[w] for w in cut if w in genders))
    if "kids" in found and "unisex" in found:  # "unisex kids": for any child, not any adult
        found.remove("unisex")
    return found or [norm(value)]


def norm_color(value: Any) -> str:
    """A colour as filters compare it (grey and gray are one colour)."""
    return norm(value).replace("gray", "grey")


def category_prefixes(category: str) -> list[str]:
    """``"A > B > C"`` -> ``["a", "a > b", "a > b > c"]``."""
    parts = [norm(p) for p in category.split(">") if p.strip()]
    return [" > ".join(parts[: i + 1]) for i in range(len(parts))]


def size_tokens(sizes: Any) -> list[str]:
    """Sizes as comparable tokens; a range like ``56-58 cm`` also yields ``56 cm``...``58 cm``."""
    tokens: list[str] = []
    for size in sizes if isinstance(sizes, list) else [sizes]:
        text = norm(size).replace("cm", " cm").replace("  ", " ")
        tokens.append(text.replace(" cm", "cm"))
        match = re.fullmatch(r"(\d+)\s*-\s*(\d+)\s*(cm)?", text.strip())
        if match and int(match[2]) - int(match[1]) <= 20:
            unit = match[3] or ""
            tokens += [f"{n}{unit}" for n in range(int(match[1]), int(match[2]) + 1)]
    return list(dict.fromkeys(t for t in tokens if t))


def content_words(text: str, said: frozenset[str] | set[str] = frozenset(), lex=None) -> list[str]:
    """The words of ``text`` that carry a need: alphabetic, not stopwords, not in ``said``; of
    Chinese, the longest words only ("保温杯", not also "保温")."""
    skip = (lex or _EN).text.stopwords | said
    return whole_words([w for w in words(text) if w.isalpha() and w not in skip])


def whole_words(tokens: list[str]) -> list[str]:
    """``tokens`` without the Chinese words jieba's search mode found inside a longer one."""
    han = [t for t in tokens if HAN.match(t)]
    return [t for t in tokens if not HAN.match(t) or not any(t != o and t in o for o in han)]


CHINESE_SHARE = 0.2  # titles with Chinese characters from which a catalog is Chinese (or mixed)


def catalog_language(titles: Sequence[str]) -> str:
    """``zh`` when at least a fifth of ``titles`` hold Chinese characters, else ``en``."""
    if not titles:
        return "en"
    chinese = sum(bool(HAN.search(t)) for t in titles)
    return "zh" if chinese >= CHINESE_SHARE * len(titles) else "en"
