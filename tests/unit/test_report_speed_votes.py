"""Vote rounds summed in SQL (as the reports read them) give the same results as the domain's scoring, ballot by ballot."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coprod_app.domain import voting as rules
from coprod_app.storage import votes
from coprod_app.storage.database import record_fields
from coprod_app.storage.sessions import create_session

RESULT_FIELDS = ("key", "score", "count", "like", "unsure", "dislike", "rank")
FEW = ["commitment-1.1", "commitment-1.2", "commitment-2.1", "commitment-3.1"]


def _one_by_one(db, rnd_id: int) -> tuple[int, list[tuple]]:
    """The window's results: every ballot scored in Python by voting.score_round."""
    data = votes.round_results(db, rnd_id)
    return data["ballots"], [tuple(c[f] for f in RESULT_FIELDS) for c in data["commitments"]]


def _summed(db, rnd_id: int) -> tuple[int, list[tuple]] | None:
    """The report's results: ballots summed in SQL, scored by voting.score_totals."""
    rnd = votes.get_round(db, rnd_id)
    totals = votes.round_totals(db, [rnd])
    if rnd.id not in totals:
        return None
    tallies = votes.tallies_of_rounds(db, [rnd.id]).get(rnd.id, ())
    scores = rules.score_totals(rnd, totals[rnd.id], tallies)
    return scores.ballots, [tuple(c.as_dict()[f] for f in RESULT_FIELDS) for c in scores.cards]


def _raw_vote(db, round_id: int, choices_json: str) -> None:
    """A ballot stored as it is, without the checks cast_vote makes (old or hand-edited data)."""
    db["votes"].insert(
        {"round_id": round_id, "participant_id": None, "choices": choices_json, **record_fields(db)}
    )


def test_pick_ties_share_a_rank_and_tallies_add(db, session):
    rnd = votes.create_round(db, session.id, "pick", 2, FEW)
    for ballot in (
        ["commitment-1.1", "commitment-1.2"],
        ["commitment-1.2", "commitment-2.1"],
        ["commitment-1.1"],
        ["commitment-2.1", "commitment-1.1"],
    ):
        votes.cast_vote(db, rnd.id, ballot)
    votes.add_tally(db, rnd.id, "commitment-1.2", 1)
    votes.add_tally(db, rnd.id, "commitment-3.1", 3, group="parent-carer")
    ballots, cards = _summed(db, rnd.id)
    assert (ballots, cards) == _one_by_one(db, rnd.id)
    # 1.1: 3, 1.2: 2 + 1, 3.1: 0 + 3 -> three share 1st; 2.1: 2 -> 4th
    assert [(c[0], c[1], c[-1]) for c in cards] == [
        ("commitment-1.1", 3, 1),
        ("commitment-1.2", 3, 1),
        ("commitment-3.1", 3, 1),
        ("commitment-2.1", 2, 4),
    ]


def test_rank_borda_points_short_ballots_and_tallies(db, session):
    rnd = votes.create_round(db, session.id, "rank", 3, FEW)
    for ballot in (
        ["commitment-2.1", "commitment-1.1", "commitment-3.1"],
        ["commitment-1.1"],
        ["commitment-3.1", "commitment-2.1"],
        ["commitment-1.2", "commitment-1.1", "commitment-2.1"],
    ):
        votes.cast_vote(db, rnd.id, ballot)
    votes.add_tally(db, rnd.id, "commitment-1.2", 2)
    assert _summed(db, rnd.id) == _one_by_one(db, rnd.id)
    # a ballot longer than the round allows (stored before the checks): a 3rd choice scores max(2 - 2, 0)
    short = votes.create_round(db, session.id, "rank", 2, FEW)
    votes.cast_vote(db, short.id, [FEW[1], FEW[0]])
    _raw_vote(db, short.id, json.dumps([FEW[0], FEW[2], FEW[3]]))
    assert _summed(db, short.id) == _one_by_one(db, short.id)
    assert _summed(db, short.id)[1][:2] == [(FEW[0], 3, 2, 0, 0, 0, 1), (FEW[1], 2, 1, 0, 0, 0, 2)]


def test_rating_counts_and_tallies(db, session):
    rnd = votes.create_round(db, session.id, "rating", commitments=FEW)
    votes.cast_vote(db, rnd.id, {FEW[0]: "like", FEW[1]: "dislike", FEW[2]: "unsure"})
    votes.cast_vote(db, rnd.id, {FEW[1]: "like", FEW[0]: "dislike"})
    votes.cast_vote(db, rnd.id, {FEW[3]: "like"})
    votes.add_tally(db, rnd.id, FEW[2], 2, rating="dislike")
    votes.add_tally(db, rnd.id, FEW[3], 1, rating="like")
    assert _summed(db, rnd.id) == _one_by_one(db, rnd.id)


@pytest.mark.parametrize("method", rules.METHODS)
def test_empty_rounds_and_tallies_only(db, session, method):
    empty = votes.create_round(db, session.id, method, 2, FEW)
    assert _summed(db, empty.id) == _one_by_one(db, empty.id) == (0, _one_by_one(db, empty.id)[1])
    assert all(c[-1] == 1 for c in _summed(db, empty.id)[1])  # nobody chose anything: all share 1st
    paper = votes.create_round(db, session.id, method, 2, FEW)
    votes.add_tally(db, paper.id, FEW[2], 4, rating="like" if method == "rating" else None)
    assert _summed(db, paper.id) == _one_by_one(db, paper.id)


ratings = st.dictionaries(st.sampled_from(FEW), st.sampled_from(rules.RATINGS), min_size=1)
orders = st.lists(st.sampled_from(FEW), min_size=1, max_size=4, unique=True)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(method=st.sampled_from(rules.METHODS), max_choices=st.integers(1, 4), data=st.data())
def test_any_ballots_give_the_same_results(db, method, max_choices, data):
    s = create_session(db, title="Round", date="2026-01-01", forum="youth-forum", town="Stockton")
    rnd = votes.create_round(db, s.id, method, max_choices, FEW)
    if method == "rating":
        ballots = data.draw(st.lists(ratings, max_size=12))
    else:
        ballots = data.draw(st.lists(orders.map(lambda keys: keys[:max_choices]), max_size=12))
    for ballot in ballots:
        votes.cast_vote(db, rnd.id, ballot)
    for key, count, rating in data.draw(
        st.lists(
            st.tuples(st.sampled_from(FEW), st.integers(1, 9), st.sampled_from(rules.RATINGS)), max_size=3
        )
    ):
        votes.add_tally(db, rnd.id, key, count, rating=rating if method == "rating" else None)
    assert _summed(db, rnd.id) == _one_by_one(db, rnd.id)


def test_ballots_of_an_unexpected_shape_are_scored_one_by_one(db, session):
    pick = votes.create_round(db, session.id, "pick", 2, FEW)
    votes.cast_vote(db, pick.id, FEW[:2])
    _raw_vote(db, pick.id, json.dumps({FEW[0]: "like"}))  # an object in a pick round
    rank = votes.create_round(db, session.id, "rank", 2, FEW)
    votes.cast_vote(db, rank.id, FEW[1:3])
    _raw_vote(db, rank.id, json.dumps([FEW[0], 7]))  # a number among the keys
    rating = votes.create_round(db, session.id, "rating", commitments=FEW)
    _raw_vote(db, rating.id, json.dumps([]))  # an empty list: no ratings, as dict([]) in the rules
    _raw_vote(db, rating.id, json.dumps({FEW[0]: "like", FEW[1]: 3, "commitment-9.9": "like"}))
    fine = votes.create_round(db, session.id, "pick", 2, FEW)
    _raw_vote(db, fine.id, json.dumps(["commitment-9.9", FEW[3]]))  # a card not on the ballot is ignored
    rounds = votes.list_rounds(db, session.id)
    totals = votes.round_totals(db, rounds)
    assert pick.id not in totals and rank.id not in totals
    assert rating.id in totals and fine.id in totals
    assert _summed(db, rating.id) == _one_by_one(db, rating.id)
    assert _summed(db, fine.id) == _one_by_one(db, fine.id)


def test_malformed_ballot_json_fails_as_before(db, session):
    rnd = votes.create_round(db, session.id, "pick", 2, FEW)
    votes.cast_vote(db, rnd.id, FEW[:2])
    _raw_vote(db, rnd.id, "[not json")
    assert votes.round_totals(db, [votes.get_round(db, rnd.id)]) == {}
