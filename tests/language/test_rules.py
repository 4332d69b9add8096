"""The rule table: every phrase in rules_en.yaml read by the turn reader, checked field by field."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.language.plans import Compare, Focus, NewNeed
from assistant.language.reader import read_turn
from assistant.language.text import words
from assistant.language.vocabulary import Vocabulary
from assistant.schemas import Constraints, Product, SearchHit, Session

TABLE = yaml.safe_load((Path(__file__).parent / "rules_en.yaml").read_text(encoding="utf-8"))
FIELDS = {"kind", "stated", "inferred", "merged", "text", "shown", "notes", "thing",
          "unknown_thing", "gift", "recipient", "occasion"}  # fmt: skip


def _product(row: dict) -> Product:
    title = row.get("title") or row["category"].split(">")[-1].strip()
    return Product(**({"title": title} | row))


PRODUCTS = {p.id: p for p in map(_product, TABLE["catalog"])}
KNOWN = {w for p in PRODUCTS.values() for w in words(p.to_embedding_text())}
VOCAB = Vocabulary.from_products(PRODUCTS.values(), KNOWN)


class ShoppingGuide:
    """A router that always picks the shopping guide (routing has its own tests)."""

    def route(self, question, vector=None) -> str:
        return "shopping_guide"


def _session(name: str | None) -> tuple[Session, list[SearchHit | None]]:
    if name is None:
        return Session(id="rules"), []
    state = dict(TABLE["conversations"][name])
    shown = [_hit(PRODUCTS[i]) if i in PRODUCTS else None for i in state.pop("shown")]
    constraints = Constraints(**state.pop("constraints"))
    ids = list(TABLE["conversations"][name]["shown"])
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
            "recipient": plan.card.recipient, "occasion": occasion and occasion.opening,
        }  # fmt: skip
    return seen


ROWS = TABLE["rows"]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.get('after', '')}:{r['say']}" for r in ROWS])
def test_the_reader_reads_each_phrase_as_the_table_says(row):
    session, shown = _session(row.get("after"))
    plan = read_turn(row["say"], session, VOCAB, shown=shown, router=ShoppingGuide())
    expected = {k: v for k, v in row.items() if k in FIELDS}
    got = observed(plan)
    assert {k: got.get(k) for k in expected} == expected


def test_the_table_covers_enough_phrases_and_only_known_fields():
    assert len(ROWS) >= 150
    for row in ROWS:
        assert set(row) <= FIELDS | {"say", "after"}, row
