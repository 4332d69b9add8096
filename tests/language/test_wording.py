"""Wenwen's own words: every language says every thing, with the same blanks to fill."""

from __future__ import annotations

import string

import pytest

from assistant.language.wording import LANGUAGES, wording


def _blanks(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_language_has_every_template_with_the_same_blanks():
    english = wording("en").templates
    for language in LANGUAGES:
        templates = wording(language).templates
        assert set(templates) == set(english), language
        for key, text in templates.items():
            assert _blanks(text) == _blanks(english[key]), (language, key)


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "We don't carry lawn mowers."), ("zh", "我们店里没有割草机。"),
])  # fmt: skip
def test_a_template_is_filled_in_the_shoppers_language(language, expected):
    thing = "lawn mowers" if language == "en" else "割草机"
    assert wording(language).say("absent", thing=thing) == expected


def test_a_language_without_words_of_its_own_is_answered_in_english():
    assert wording("fr").say("row_price") == "Price"
