"""Eval cases as files, and their labels computed from the catalog's attributes.

A case says what the shopper asked and what must hold (``evals/datasets/README.md``); which
products are right follows from the catalog, never from a list typed in by hand.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..language.text import HAN, HAN_CHARS, norm, norm_color, size_tokens
from ..schemas import Product

Expect = Literal["products", "refuse", "clarify", "compare", "focus"]
Split = Literal["dev", "test"]
SPLITS: tuple[Split, ...] = ("dev", "test")


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


class Wanted(BaseModel):
    """Hard constraints the shopper stated; every product shown must meet all of them."""

    model_config = ConfigDict(extra="forbid")

    category: list[str] = Field(default_factory=list)
    price_min: float | None = None
    price_max: float | None = None
    color: list[str] = Field(default_factory=list)
    gender: list[str] = Field(default_factory=list)
    size: list[str] = Field(default_factory=list)
    attributes: dict[str, list[str]] = Field(default_factory=dict)
    exclude: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("category", "color", "gender", "size", mode="before")
    @classmethod
    def _listed(cls, value: Any) -> list:
        return [str(v) for v in _as_list(value)]

    @field_validator("attributes", "exclude", mode="before")
    @classmethod
    def _listed_values(cls, value: Any) -> dict:
        return {k: [str(v) for v in _as_list(vs)] for k, vs in (value or {}).items()}

    def is_empty(self) -> bool:
        return self == Wanted()

    def met_by(self, product: Product) -> bool:
        """Whether ``product`` meets every constraint (a missing attribute does not)."""
        attrs = product.attributes
        if self.category and not in_categories(product, self.category):
            return False
        if self.price_min is not None and (product.price is None or product.price < self.price_min):
            return False
        if self.price_max is not None and (product.price is None or product.price > self.price_max):
            return False
        if self.color and not {norm_color(c) for c in self.color} & _values(attrs, "color", True):
            return False
        if self.gender and not {norm(g) for g in self.gender} & _values(attrs, "gender"):
            return False
        if self.size and not set(size_tokens(self.size)) & set(size_tokens(attrs.get("size", []))):
            return False
        if any(not {norm(v) for v in vs} & _values(attrs, k) for k, vs in self.attributes.items()):
            return False
        return not any({norm(v) for v in vs} & _values(attrs, k) for k, vs in self.exclude.items())


def _values(attributes: dict, key: str, color: bool = False) -> set[str]:
    clean = norm_color if color else norm
    return {clean(v) for v in _as_list(attributes.get(key)) if v not in (None, "")}


def in_categories(product: Product, prefixes: Sequence[str]) -> bool:
    """The product's category equals one of the prefixes or lies under it."""
    category = norm(product.category)
    return any(category == norm(p) or category.startswith(norm(p) + " > ") for p in prefixes)


class Turn(BaseModel):
    """One thing the shopper says, and what should come back."""

    model_config = ConfigDict(extra="forbid")

    say: str = Field(min_length=1)
    persona: str | None = None
    dimensions: list[str] = Field(default_factory=list)
    topic: list[str] = Field(default_factory=list)
    constraints: Wanted = Field(default_factory=Wanted)
    prefer: dict[str, list[str]] = Field(default_factory=dict)
    expect: Expect = "products"
    forbid: list[str] = Field(default_factory=list)
    compare: list[int] = Field(default_factory=list)
    focus: int | None = None
    cheaper: bool = False
    thing: str | None = None
    named: list[str] = Field(default_factory=list)  # a right product's title names one of these
    relevant: dict[str, int] | None = None  # labels computed by a generator (the Myntra suite)

    @field_validator("topic", "named", mode="before")
    @classmethod
    def _topics(cls, value: Any) -> list:
        return [str(v) for v in _as_list(value)]

    @field_validator("prefer", mode="before")
    @classmethod
    def _preferred(cls, value: Any) -> dict:
        return {k: [str(v) for v in _as_list(vs)] for k, vs in (value or {}).items()}

    def scope(self) -> list[str]:
        """The category prefixes a relevant product lies in."""
        return self.constraints.category or self.topic

    def grades(self, products: Sequence[Product]) -> dict[str, int]:
        """Relevant product id -> grade (1 + how many ``prefer`` keys it matches)."""
        if self.relevant is not None:
            return dict(self.relevant)
        scope = self.scope()
        if not scope and self.constraints.is_empty() and not self.named:
            return {}
        named = words_pattern(self.named) if self.named else None
        out = {}
        for product in products:
            if scope and not in_categories(product, scope):
                continue
            if named and not named.search(product.title):
                continue
            if self.constraints.met_by(product):
                out[product.id] = 1 + sum(
                    bool({norm(v) for v in vs} & _values(product.attributes, k))
                    for k, vs in self.prefer.items()
                )
        return out

    def labelled(self) -> bool:
        """Whether this turn says which products answer it."""
        return (
            self.relevant is not None
            or bool(self.scope() or self.named)
            or not self.constraints.is_empty()
        )


def words_pattern(words: Sequence[str]) -> re.Pattern:
    """Any of ``words`` as a whole word or phrase, any case ("tee" is not in "teenage"); a
    Chinese term anywhere ("养生壶" in "玻璃养生壶"), since Chinese does not space its words."""
    ordered = sorted(words, key=len, reverse=True)
    whole = "|".join(re.escape(w) for w in ordered if not HAN.search(w))
    letter = rf"[^\W{HAN_CHARS}]|-"  # a letter or digit, not Chinese ("316不锈钢")
    alternatives = [rf"(?<!{letter})(?:{whole})(?!{letter})"] if whole else []
    alternatives += [re.escape(w) for w in ordered if HAN.search(w)]
    return re.compile("|".join(alternatives), re.I)


class Case(BaseModel):
    """One eval case: a single question or a conversation of turns."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    kind: str = ""  # the file it came from, e.g. "advice"
    split: Split = "dev"  # dev: tune on it; test: read its failures only when the work is done
    turns: list[Turn]
    smoke: bool = False

    @model_validator(mode="before")
    @classmethod
    def _single_question(cls, data: Any) -> Any:
        """A case with ``question`` is a conversation of one turn."""
        if isinstance(data, dict) and "question" in data:
            data = dict(data)
            turn = {k: data.pop(k) for k in list(data) if k not in ("id", "kind", "split", "smoke")}
            turn["say"] = turn.pop("question")
            data["turns"] = [turn]
        return data

    @model_validator(mode="after")
    def _carry_topic(self) -> Case:
        for before, turn in zip(self.turns, self.turns[1:], strict=False):
            if not turn.topic:
                turn.topic = before.topic
        return self

    @property
    def question(self) -> str:
        return self.turns[0].say


def load_cases(paths: Iterable[Path]) -> list[Case]:
    """Cases from YAML (a list) or JSONL files; an error names the file and the case."""
    cases: list[Case] = []
    for path in paths:
        if path.suffix == ".jsonl":
            raw = [
                json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()
            ]
        else:
            raw = yaml.safe_load(path.read_text("utf-8")) or []
        for n, item in enumerate(raw, start=1):
            try:
                cases.append(case_of(_legacy(item, f"{path.stem}-{n:03d}"), path.stem))
            except ValueError as exc:
                raise ValueError(f"{path.name} case {n}: {exc}") from None
    seen: set[str] = set()
    for case in cases:
        if case.id in seen:
            raise ValueError(f"case id {case.id!r} appears twice")
        seen.add(case.id)
    return cases


def case_of(item: dict, kind: str) -> Case:
    """One case as a file writes it; every case says which split it is in."""
    if "split" not in item:
        raise ValueError("no split: give it split: dev or split: test")
    return Case.model_validate({"kind": kind, **item})


def _legacy(item: dict, case_id: str) -> dict:
    """The development sets (``personas.jsonl``, ``honesty.jsonl``) in the case format."""
    if "id" in item:
        return item
    item = dict(item, id=case_id)
    kept = {k: item[k] for k in ("id", "question", "split") if k in item}
    if item.get("kind") == "absent":
        return {**kept, "expect": "refuse", "thing": item.get("thing")}
    if item.get("kind") == "present":
        return {**kept, "topic": item["category"]}
    return item
