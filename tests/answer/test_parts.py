"""Parts fold into the Answer a shopper would get whole."""

from __future__ import annotations

from assistant.answer import parts
from assistant.schemas import Constraints, Dimension


def test_summary_pieces_add_up_and_a_whole_summary_replaces_them():
    answer = parts.fold([parts.Begin("shopping_guide", "llm"), parts.SummaryDelta("Go "),
                         parts.SummaryDelta("tall.")])  # fmt: skip
    assert (answer.summary, answer.engine) == ("Go tall.", "llm")
    answer = parts.fold([parts.SummaryDelta("Go ta"), parts.Summary("Go tall.")])
    assert answer.summary == "Go tall."


def test_a_fallback_begins_again_and_keeps_what_came_before_it():
    folded = parts.fold([
        parts.Begin("shopping_guide", "llm", Constraints(colors=["black"]), ("g1",)),
        parts.SummaryDelta("Half a sen"),
        parts.Begin("shopping_guide", "offline", Constraints(colors=["black"]), ("g1",)),
        parts.Summary("The offline answer."),
        parts.Dimension(Dimension(name="Shape", advice="High crown.")),
        parts.Notice("LLM unavailable, answered offline."),
        parts.FollowUps(("in black",)),
    ], session_id="s")  # fmt: skip
    assert (folded.engine, folded.summary, folded.sources) == ("offline", "The offline answer.",
                                                               ["g1"])  # fmt: skip
    assert [d.name for d in folded.dimensions] == ["Shape"] and folded.follow_ups == ["in black"]
    assert folded.notices == ["LLM unavailable, answered offline."] and folded.session_id == "s"


def test_a_whole_answer_cut_into_parts_folds_back_to_itself():
    answer = parts.fold([
        parts.Begin("copywriter"), parts.Summary("A card."), parts.Clarify("For whom?"),
        parts.Copy("Dear you,"), parts.Steps(("one",)), parts.Checklist(("two",)),
        parts.Notice("n"), parts.FollowUps(("more",)),
    ])  # fmt: skip
    assert parts.fold(parts.parts_of(answer)) == answer
