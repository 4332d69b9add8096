"""The lexicon files load against their schema, and say what the reader relies on."""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml
from pydantic import ValidationError

from assistant.language.lexicon import Lexicon, lexicon
from assistant.language.prices import chinese_numerals
from assistant.language.text import detect_language, plain, plural, words


def test_the_english_lexicon_loads_once_with_compiled_patterns():
    lex = lexicon("en")
    assert lex is lexicon("en")
    assert isinstance(lex.turns.compare, re.Pattern) and lex.turns.compare.flags & re.IGNORECASE
    assert all(isinstance(p, re.Pattern) for _, p in lex.prices.compiled)
    assert {"men", "women", "kids", "unisex"} <= set(lex.people.genders)


def test_a_bare_yes_or_no_in_a_word_list_is_refused_not_read_as_a_boolean():
    source = resources.files("assistant.language.lexicon").joinpath("en.yaml")
    raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    raw["text"]["stopwords"] = [True, "the"]  # what YAML makes of an unquoted `yes`
    with pytest.raises(ValidationError):
        Lexicon.model_validate(raw)


def test_synonyms_and_spellings_meet_the_catalogs_words():
    assert plain("Sunnies and trainers") == "sunglasses and sneakers"
    assert words("Gray fibres") == ["grey", "fiber"]


@pytest.mark.parametrize("said, catalog", [
    ("moisturiser", "Moisturizer"), ("personalised mug", "Personalized Mug"),
    ("an organiser", "Organizer"), ("aluminium frame", "Aluminum Frame"),
    ("flavoured tea", "Flavored Tea"), ("personalisation", "personalization"),
])  # fmt: skip
def test_british_and_american_spellings_are_one_word(said, catalog):
    assert words(said)[-len(words(catalog)) :] == words(catalog)


@pytest.mark.parametrize("thing, things", [
    ("umbrella", "umbrellas"), ("hair dryer", "hair dryers"), ("lawn mowers", "lawn mowers"),
    ("cat food", "cat food"), ("watch", "watches"), ("baby pony", "baby ponies"),
    ("knife", "knives"), ("toy", "toys"), ("green tea", "green tea"),
])  # fmt: skip
def test_what_we_do_not_carry_is_said_in_the_plural(thing, things):
    assert plural(thing) == things


def test_a_short_word_keeps_its_ending():
    assert words("rise and wise") == ["rise", "and", "wise"]


@pytest.mark.parametrize("text, language", [
    ("a hat for a round face", "en"), ("我是大圆脸，怎么选帽子？", "zh"),
    ("200元以内的 hat", "zh"), ("??? 123", None), ("a tent 500元以上", "en"),
    ("想买个iPhone手机壳", "zh"),
])  # fmt: skip
def test_the_language_of_a_turn_is_told_from_its_letters(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text, digits", [
    ("两百以内", "200以内"), ("一千五左右", "1500左右"), ("三百到五百", "300到500"),
    ("预算四五百", "预算400-500"), ("1.5万", "15000"), ("2千以内", "2000以内"),
    ("第一个", "第一个"), ("十分好看", "十分好看"), ("一个保温杯", "一个保温杯"),
])  # fmt: skip
def test_chinese_number_words_are_read_as_digits_only_where_they_are_numbers(text, digits):
    assert chinese_numerals(text) == digits


@pytest.mark.parametrize("language, said, asks", [
    ("en", "What should I look for in hiking socks?", True),
    ("en", "how do i choose a tent", True),
    ("en", "how to pick a wok", True),
    ("en", "tips for choosing a yoga mat", True),
    ("en", "which tent should I buy", False),
    ("en", "hiking socks", False),
    ("en", "I need a gift", False),
    ("zh", "登山袜怎么选", True),
    ("zh", "买保温杯要注意什么", True),
    ("zh", "想买个礼物", False),
])  # fmt: skip
def test_asking_what_to_look_for_is_asking_for_advice(language, said, asks):
    assert bool(lexicon(language).turns.asks_advice.search(said.lower())) is asks
