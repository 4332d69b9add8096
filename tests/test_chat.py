"""Conversation state: turn interpretation and the server's bounded, expiring session store."""

from __future__ import annotations

import time

from assistant.chat import Session, SessionStore, interpret
from assistant.schemas import Constraints, Product
from assistant.understand import Vocabulary

VOCAB = Vocabulary.from_products([
    Product(id=str(n), title="t", category="Accessories > Hats > Fedora",
            attributes={"color": "black", "gender": "unisex", "material": material,
                        "decoration": decoration, "care": "machine wash wool cycle"})
    for n, (material, decoration) in enumerate(
        [("wool felt", "feather"), ("merino wool", "band"), ("straw", "band")])
])  # fmt: skip


def session(**kw) -> Session:
    defaults = {"id": "s", "topic": "hat for a round face", "product_ids": ["a", "b", "c"],
                "constraints": Constraints(categories=["accessories > hats"])}  # fmt: skip
    return Session(**(defaults | kw))


def test_turns_are_told_apart():
    s = session()
    assert interpret("compare the first two", s, VOCAB, []).indices == [0, 1]
    assert interpret("compare 1 and 3", s, VOCAB, []).indices == [0, 2]
    focus = interpret("the second one", s, VOCAB, [])
    assert (focus.kind, focus.indices) == ("focus", [1])
    assert interpret("a wok for my new kitchen", s, VOCAB, []).kind == "new"


def test_refinements_accumulate_on_the_topic():
    turn = interpret("under 150 yuan, and in black", session(), VOCAB, [])
    assert turn.kind == "refine" and turn.text == "hat for a round face"
    c = turn.constraints
    assert (c.price_max, c.colors, c.categories) == (150, ["black"], ["accessories > hats"])
    no_wool = interpret("not wool", session(constraints=c), VOCAB, [])
    assert no_wool.constraints.exclude == {"material": ["merino wool", "wool felt"]}
    assert no_wool.constraints.colors == ["black"]
    cheaper = interpret("cheaper", session(), VOCAB, [99.0, 59.0])
    assert cheaper.constraints.price_max < 59


def test_the_server_keeps_a_bounded_number_of_sessions_and_forgets_quiet_ones():
    store = SessionStore(limit=2, ttl=0.2)
    for sid in ("a", "b", "c"):
        store.save(Session(id=sid, topic=sid))
    assert store.get("a").topic == ""  # evicted: the oldest beyond the bound
    assert store.get("c").topic == "c"
    time.sleep(0.3)
    assert store.get("c").topic == ""  # expired


def test_what_only_looks_like_a_reference_or_a_comparison_is_not_one():
    s = session()
    assert interpret("a black one", s, VOCAB, []).kind == "refine"
    assert interpret("a cheaper one", s, VOCAB, [99.0]).kind == "refine"
    fedora_vs_trilby = "what's the difference between a fedora and a trilby?"
    assert interpret(fedora_vs_trilby, s, VOCAB, []).kind == "new"
    assert interpret("compare them", s, VOCAB, []).kind == "compare"


def test_a_stated_price_and_a_ruled_out_colour_mean_what_they_say():
    cheaper = interpret("cheaper than 500 yuan", session(), VOCAB, [59.0])
    assert cheaper.constraints.price_max == 500
    black = session(constraints=Constraints(colors=["black"], categories=["accessories > hats"]))
    not_black = interpret("not in black", black, VOCAB, [])
    assert not_black.constraints.exclude == {"color": ["black"]}
    assert not_black.constraints.colors == []
    hood = interpret("without a feather", session(), VOCAB, [])
    assert hood.constraints.exclude == {"decoration": ["feather"]}


def test_follow_ups_that_only_qualify_stay_on_the_topic_and_new_needs_leave_it():
    s, keys = session(), {"material", "decoration", "color"}
    for follow_up in ("do u have them in black", "oh and no feathers", "with a feather?",
                      "hmm bit pricey, cheaper?", "dont want to spend more than 100"):  # fmt: skip
        assert interpret(follow_up, s, VOCAB, [99.0], keys).kind == "refine", follow_up
    for new in ("ok diff thing, i need a lipstick that lasts",
                "how do I keep my running shoes from smelling so bad"):  # fmt: skip
        assert interpret(new, s, VOCAB, [99.0], keys).kind == "new", new
