"""The offline answer engine end to end on the default catalog: what a shopper notices."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATASETS = Path(__file__).parent.parent.parent / "evals" / "datasets"
ROUND_FACE = "My face is big and round, how do I choose a hat?"


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATASETS / name).read_text().splitlines() if line]


def named(answer, *names) -> bool:
    dims = " ".join(d.name.lower() for d in answer.dimensions)
    return all(any(n in dims for n in alternatives.split("|")) for alternatives in names)


@pytest.fixture(scope="module")
def hat(default_catalog):
    return default_catalog.ask(ROUND_FACE)


def test_round_face_hat_advice_covers_shape_colour_material_and_size(hat):
    assert hat.persona == "shopping_guide" and hat.engine == "offline"
    assert len(hat.dimensions) >= 4
    assert named(hat, "shape|style", "colour|color", "material", "size|fit")
    assert hat.sources == ["hat-round-face"]


def test_round_face_hats_follow_the_advice_and_say_why(hat):
    assert len(hat.products) >= 3
    shape = next(d for d in hat.dimensions if "shape" in d.name.lower())
    for p in hat.products:
        assert p.category.startswith("Accessories > Hats")
        assert p.matched_dimensions and p.matched_dimensions[0] in p.reason
        assert p.attributes["crown_height"] in shape.implies["crown_height"]
    assert "compare the first two" in hat.follow_ups
    assert any(chip.startswith("under ¥") for chip in hat.follow_ups)


def test_a_conversation_refines_compares_and_resolves_references(default_catalog, hat):
    ask = default_catalog.ask
    sid = hat.session_id
    black = ask("under 150 yuan, and in black", sid)
    assert len(black.products) >= 3
    for p in black.products:
        assert p.category.startswith("Accessories > Hats")
        assert p.attributes["color"] == "black" and p.price <= 150
    pk = ask("compare the first two", sid)
    assert pk.comparison.product_ids == [p.id for p in black.products[:2]]
    rows_ = [r.dimension for r in pk.comparison.rows]
    assert rows_[: len(black.dimensions)] == [d.name for d in black.dimensions]
    assert all(set(r.values) == set(pk.comparison.product_ids) for r in pk.comparison.rows)
    no_wool = ask("not wool", sid)
    assert no_wool.products and all("wool" not in p.attributes["material"]
                                    for p in no_wool.products)  # fmt: skip
    cheaper = ask("cheaper", sid)
    assert all(p.price < min(q.price for q in no_wool.products) for p in cheaper.products)
    assert all("wool" not in p.attributes["material"] for p in cheaper.products)
    second = ask("the second one", sid)
    assert [p.id for p in second.products] == [cheaper.products[1].id]


def test_for_someone_else_instead_switches_who_it_is_for(default_catalog):
    coat = default_catalog.ask("a warm winter coat for my wife")
    assert all(p.attributes["gender"] in ("women", "unisex") for p in coat.products)
    dad = default_catalog.ask("for my dad instead", coat.session_id)
    assert dad.products and all(p.attributes["gender"] in ("men", "unisex") for p in dad.products)


def test_a_vague_need_gets_a_clarifying_question(default_catalog):
    answer = default_catalog.ask("I need a gift")
    assert answer.clarifying_question and "budget" in answer.clarifying_question


def test_how_to_wash_white_sneakers_is_the_life_experts_with_steps_and_products(default_catalog):
    answer = default_catalog.ask("How do I wash white sneakers?")
    assert answer.persona == "life_expert"
    assert len(answer.steps) >= 3
    assert answer.products and all(p.category.startswith("Shoes") for p in answer.products)


def test_roles_give_their_own_shapes(default_catalog):
    trip = default_catalog.ask("what to pack for a 3-day hike")
    assert trip.persona == "travel_planner" and len(trip.checklist) >= 5 and trip.products
    card = default_catalog.ask("write a birthday card for my mum to go with this scarf")
    assert card.persona == "copywriter" and "Mum" in card.copy_text and "scarf" in card.copy_text
    assert card.products and all("Scarves" in p.category for p in card.products)
    forced = default_catalog.ask("green tea", persona="food_expert")
    assert forced.persona == "food_expert"


def test_an_honest_no_for_what_the_catalog_does_not_carry(default_catalog):
    answer = default_catalog.ask("Do you sell lawn mowers?")
    assert answer.summary.startswith("We don't carry lawn mowers")
    assert answer.products == []  # nothing near enough to offer; never padding


def test_honesty_on_things_absent_and_oddly_worded_things_present(default_catalog):
    absent = [r for r in rows("honesty.jsonl") if r["kind"] == "absent"]
    present = [r for r in rows("honesty.jsonl") if r["kind"] == "present"]
    refused = [
        r for r in absent if default_catalog.ask(r["question"]).summary.startswith("We don't carry")
    ]
    found = []
    for r in present:
        answer = default_catalog.ask(r["question"])
        if not answer.summary.startswith("We don't carry") and any(
            p.category.startswith(r["category"]) for p in answer.products
        ):
            found.append(r)
    # Measured 10/18 and 17/22; the floors keep what works from slipping back.
    assert len(refused) >= 9, [r["question"] for r in absent if r not in refused]
    assert len(found) >= 16, [r["question"] for r in present if r not in found]


def test_persona_routing_is_at_least_90_percent_right(default_catalog):
    labelled = rows("personas.jsonl")
    right = [r for r in labelled if default_catalog.router.route(r["question"]) == r["persona"]]
    assert len(labelled) >= 50 and len(right) / len(labelled) >= 0.9


def test_answers_are_grounded_and_deterministic(default_catalog):
    first = default_catalog.ask("black running shoes for men under 500 yuan")
    again = default_catalog.ask("black running shoes for men under 500 yuan")
    strip = {"session_id"}
    assert first.model_dump(exclude=strip) == again.model_dump(exclude=strip)
    for p in first.products:
        real = default_catalog.product(p.id)
        assert (p.title, p.price, p.url, p.currency) == (real.title, real.price, real.url,
                                                         real.currency)  # fmt: skip
