"""Wenwen's own words: everything an answer says that does not come from the catalog or a guide.

One YAML file per language (``en.yaml``, ``zh.yaml``) with the same keys and placeholders; an
answer is written in the language of the turn it answers: ``wording("zh").say("absent",
thing="割草机")``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

LANGUAGES = ("en", "zh")


class Wording:
    """One language's templates."""

    def __init__(self, language: str, templates: dict[str, str]) -> None:
        self.language, self.templates = language, templates

    def say(self, key: str, /, **values: object) -> str:
        """The template ``key`` with ``values`` filled in."""
        return self.templates[key].format(**values)

    def join(self, items: list[str]) -> str:
        """Items of a list as this language lists them ("a, b" / "a、b")."""
        return self.templates["list_and"].join(items)

    def either(self, items: list[str]) -> str:
        """Alternatives ("black or navy" / "黑色或藏青")."""
        return self.templates["or"].join(items)


@lru_cache
def wording(language: str = "en") -> Wording:
    """The wording of ``language`` (English for any other)."""
    language = language if language in LANGUAGES else "en"
    source = resources.files(__package__).joinpath(f"{language}.yaml")
    return Wording(language, yaml.safe_load(source.read_text(encoding="utf-8")))
