"""The rule tables: every phrase in rules_en.yaml and rules_zh.yaml read by the turn reader,
checked field by field. Each table has its own small catalog and conversations."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.language.plans import Compare, Focus, NewNeed
from assistant.language.reader import read_turn
from assistant.language.text import words
from assistant.language.vocabulary import Vocabulary
from assistant.schemas import Constraints, Product, SearchHit, Session

FIELDS = {"kind", "stated", "inferred", "merged", "text", "shown", "notes", "thing",
          "unknown_thing", "named", "unsold_thing", "vague_thing", "gift", "recipient",
          "occasion"}  # fmt: skip
MINIMUM_ROWS = {"en": 150, "zh": 100, "zh_en": 20}  # zh_en: Chinese on an English catalog


def _product(row: dict) -> Product:
    title = row.get("title") or row["category"].split(">")[-1].strip()
    return Product(**({"title": title} | row))


class Table:
    """One language's table: its catalog's products and vocabulary, conversations and rows."""

    def __init__(self, name: str) -> None:
        data = _read(name)
        self.multilingual = data.get("multilingual", False)  # searched with e5 (the route)
        if "uses" in data:  # another table's catalog and conversations
            data = _read(data["uses"]) | {"rows": data["rows"]}
        self.products = {p.id: p for p in map(_product, data["catalog"])}
        known = {w for p in self.products.values() for w in words(p.to_embedding_text())}
        self.vocab = Vocabulary.from_products(self.products.values(), known)
        self.conversations, self.rows = data["conversations"], data["rows"]


def _read(name: str) -> dict:
    return yaml.safe_load((Path(__file__).parent / f"rules_{name}.yaml").read_text("utf-8"))


TABLES = {name: Table(name) for name in MINIMUM_ROWS}


class ShoppingGuide:
    """A router that always picks the shopping guide (routing has its own tests)."""

    def route(self, question, vector=None) -> str:
        return "shopping_guide"


def _session(table: Table, name: str | None) -> tuple[Session, list[SearchHit | None]]:
    if name is None:
        return Session(id="rules"), []
    state = dict(table.conversations[name])
    shown = [_hit(table.products[i]) if i in table.products else None for i in state.pop("shown")]
    constraints = Constraints(**state.pop("constraints"))
    ids = list(table.conversations[name]["shown"])
    return Session(id="rules", constraints=constraints, product_ids=ids, **state), shown


def _hit(p: Product) -> SearchHit:
    return SearchHit(**p.model_dump(exclude={"description", "review_count"}), score=0.0)


def _dump(c: Constraints | None) -> dict | None:
    if c is None:
        return None
    dumped = c.model_dump(exclude_defaults=True)
    return {k: round(v, 6) if isinstance(v, float) else v for k, v in dumped.items()}


def observed(plan) -> dict:
    """The plan's fields as the table names them."""
    seen: dict = {"kind": plan.kind}
    if isinstance(plan, Compare):
        seen["shown"] = [p.id for p in plan.products]
    if isinstance(plan, Focus):
        seen["shown"] = [plan.product.id]
    if isinstance(plan, NewNeed):
        occasion = plan.card.occasion
        seen |= {
            "stated": _dump(plan.stated), "merged": _dump(plan.query.filters),
            "inferred": _dump(plan.query.inferred),
            "text": plan.query.text, "notes": plan.notes, "thing": plan.asked_thing,
            "unknown_thing": plan.unknown_thing, "gift": plan.card.gift,
            "named": None if plan.query.named_kinds is None else list(plan.query.named_kinds),
            "unsold_thing": plan.unsold_thing, "vague_thing": plan.vague_thing,
            "recipient": plan.card.recipient, "occasion": occasion and occasion.opening,
        }  # fmt: skip
    return seen


CASES = [(language, row) for language, table in TABLES.items() for row in table.rows]


@pytest.mark.parametrize(
    ("language", "row"), CASES, ids=[f"{lang}:{r.get('after', '')}:{r['say']}" for lang, r in CASES]
)
def test_the_reader_reads_each_phrase_as_the_table_says(language, row):
    table = TABLES[language]
    session, shown = _session(table, row.get("after"))
    plan = read_turn(row["say"], session, table.vocab, shown=shown, router=ShoppingGuide(),
                     multilingual=table.multilingual)  # fmt: skip
    expected = {k: v for k, v in row.items() if k in FIELDS}
    got = observed(plan)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("language", list(MINIMUM_ROWS))
def test_each_table_covers_enough_phrases_and_only_known_fields(language):
    rows = TABLES[language].rows
    assert len(rows) >= MINIMUM_ROWS[language]
    for row in rows:
        assert set(row) <= FIELDS | {"say", "after"}, row
