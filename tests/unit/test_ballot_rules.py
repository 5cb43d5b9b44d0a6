"""The ballot's rules while a person chooses (domain/ballot.py): pick, rank by slots, rate, and undo."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_app.domain.ballot import Choosing
from coprod_app.domain.errors import InvalidInput

KEYS = ("a", "b", "c", "d", "e")


def test_pick_chooses_takes_back_and_refuses_past_the_most():
    ballot = Choosing("pick", KEYS, 2)
    assert ballot.tap("b").kind == "chose"
    assert ballot.tap("d").kind == "chose"
    refused = ballot.tap("a")
    assert refused.kind == "refused" and ballot.stored() == ["b", "d"]
    assert ballot.tap("b").kind == "took_back"
    assert ballot.stored() == ["d"]
    undone = ballot.undo()
    assert undone.kind == "undone" and undone.undone.kind == "took_back"
    assert ballot.stored() == ["b", "d"], "undo puts the card back in its own place"


def test_rank_taking_out_leaves_the_others_in_their_slots_and_undo_puts_it_back():
    ballot = Choosing("rank", KEYS, 3)
    for key in ("c", "a", "e"):
        ballot.tap(key)
    assert ballot.choices.slots == ("c", "a", "e")
    out = ballot.tap("a")  # tap a ranked card: taken out of the 2nd slot
    assert (out.kind, out.key, out.slot) == ("took_out", "a", 1)
    assert ballot.choices.slots == ("c", None, "e"), "the 3rd stays 3rd: no silent renumbering"
    assert ballot.stored() == ["c", "e"]
    ballot.undo()
    assert ballot.choices.slots == ("c", "a", "e"), "undo restores the card taken out, not the last ranked"
    ballot.take_out(1)
    assert ballot.tap("b").slot == 1, "the next tap fills the empty slot"
    assert ballot.choices.slots == ("c", "b", "e")
    assert ballot.tap("d").kind == "refused"


def test_rank_move_and_swap():
    ballot = Choosing("rank", KEYS, 3)
    ballot.tap("a")
    ballot.tap("b")
    moved = ballot.move(1, -1)
    assert moved.kind == "moved" and ballot.choices.slots == ("b", "a", None)
    ballot.move(1, +1)  # into the empty 3rd slot
    assert ballot.choices.slots == ("b", None, "a")
    assert ballot.move(0, -1).kind == "nothing"  # nothing above the 1st
    assert ballot.move(1, +1).kind == "nothing"  # an empty slot has nothing to move
    ballot.swap(0, 2)
    assert ballot.choices.slots == ("a", None, "b")
    ballot.undo()
    ballot.undo()
    assert ballot.choices.slots == ("b", "a", None)
    assert ballot.stored() == ["b", "a"]


def test_rank_has_no_more_slots_than_cards():
    assert Choosing("rank", ("a", "b"), 3).choices.slots == (None, None)


def test_rating_changes_and_undo_gives_the_previous_rating_back():
    ballot = Choosing("rating", KEYS, 3)
    ballot.rate("c", "like")
    ballot.rate("a", "dislike")
    ballot.rate("c", "unsure")
    assert ballot.stored() == {"a": "dislike", "c": "unsure"}
    assert list(ballot.stored()) == ["a", "c"], "in the ballot's order"
    ballot.undo()
    assert ballot.stored() == {"a": "dislike", "c": "like"}
    assert ballot.rate("c", "like").kind == "nothing"  # the same rating again changes nothing


def test_mistakes_are_one_sentence():
    with pytest.raises(InvalidInput, match="not on this ballot"):
        Choosing("pick", KEYS, 2).tap("z")
    with pytest.raises(InvalidInput, match="not a rating"):
        Choosing("rating", KEYS, 2).rate("a", "love")
    with pytest.raises(InvalidInput, match="no slot 4"):
        Choosing("rank", KEYS, 3).move(3, -1)
    assert Choosing("pick", KEYS, 2).undo().kind == "nothing"


# Properties: undo after any action restores the previous state exactly -----------------

actions = st.one_of(
    st.tuples(st.just("tap"), st.sampled_from(KEYS)),
    st.tuples(st.just("take_out"), st.integers(0, 2)),
    st.tuples(st.just("move"), st.integers(0, 2), st.sampled_from((-1, 1))),
    st.tuples(st.just("swap"), st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("rate"), st.sampled_from(KEYS), st.sampled_from(("like", "unsure", "dislike"))),
    st.tuples(st.just("undo")),
)


def act(ballot: Choosing, action: tuple):
    name, *args = action
    if ballot.method != "rank" and name in ("take_out", "move", "swap"):
        return None
    if ballot.method == "rating" and name == "tap":
        return None
    if ballot.method != "rating" and name == "rate":
        return None
    before = ballot.choices
    try:
        return getattr(ballot, name)(*args)
    except InvalidInput:  # a slot this ballot does not have: refused, and nothing changed
        assert ballot.choices == before
        return None


@settings(max_examples=300, deadline=None)
@given(method=st.sampled_from(("pick", "rank", "rating")), most=st.integers(1, 3), steps=st.lists(actions))
def test_undo_after_any_action_restores_the_state_before_it(method, most, steps):
    ballot = Choosing(method, KEYS, most)
    states = [ballot.choices]  # the state before each action still to undo
    for action in steps:
        before = ballot.choices
        change = act(ballot, action)
        if change is None:
            continue
        if action[0] == "undo":
            if len(states) > 1:
                states.pop()
            assert ballot.choices == states[-1]
        elif ballot.choices != before:
            states.append(ballot.choices)
            ballot.undo()
            assert ballot.choices == before, f"undo after {action} did not restore {before}"
            act(ballot, action)  # and again, to carry on from the changed state
            assert ballot.choices == states[-1]
        else:
            assert change.kind in ("refused", "nothing")
        # what is stored is always a valid vote's shape
        stored = ballot.stored()
        if method == "rating":
            assert set(stored) <= set(KEYS)
        else:
            assert len(stored) == len(set(stored)) <= most
    while ballot.can_undo:
        ballot.undo()
    assert ballot.count() == 0, "undo all the way back is an empty ballot"
