"""Vote rounds: fixed ballots against hand counts, ties, refusals, and order-independence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_app.domain import pin as pin_rules
from coprod_app.domain.errors import CoprodError, InvalidInput, NotFound
from coprod_app.domain.voting import Ballot, Round, Tally, check_ballot, method_note, score_round
from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes
from coprod_app.storage.sessions import add_participant, set_session_status

KEYS = ("a", "b", "c", "d", "e")


def _round(method: str, max_choices: int = 3, keys=KEYS, status: str = "open") -> Round:
    return Round(
        id=1,
        uuid="u",
        session_id=1,
        method=method,
        max_choices=max_choices,
        commitments=tuple(keys),
        status=status,
        created_at="",
    )


def _table(scores) -> list[tuple]:
    return [(c.key, c.score, c.count, c.rank) for c in scores.cards]


# Scoring with fixed ballots (hand counts in the comments) --------------------


def test_pick_counts_picks_and_shares_ranks_on_ties():
    rnd = _round("pick")
    ballots = [Ballot(("a", "b")), Ballot(("b", "c", "a")), Ballot(("d",)), Ballot(("c",))]
    # a: 2, b: 2, c: 2, d: 1, e: 0 -> ranks 1, 1, 1, 4, 5
    scores = score_round(rnd, ballots, [])
    assert _table(scores) == [("a", 2, 2, 1), ("b", 2, 2, 1), ("c", 2, 2, 1), ("d", 1, 1, 4), ("e", 0, 0, 5)]
    assert scores.ballots == 4


def test_pick_paper_tally_adds_to_counts():
    rnd = _round("pick")
    scores = score_round(rnd, [Ballot(("a",))], [Tally("e", 3, "parent-carer"), Tally("a", 1)])
    assert _table(scores)[:2] == [("e", 3, 3, 1), ("a", 2, 2, 2)]
    assert scores.tallied == 4


def test_rank_is_borda_with_max_choices_points():
    rnd = _round("rank", max_choices=3)
    ballots = [Ballot(("a", "b", "c")), Ballot(("b", "a")), Ballot(("c",)), Ballot(("b", "d", "a"))]
    # 1st = 3 points, 2nd = 2, 3rd = 1.
    # a: 3 + 2 + 1 = 6 (3 people); b: 2 + 3 + 3 = 8 (3); c: 1 + 3 = 4 (2); d: 2 (1); e: 0
    scores = score_round(rnd, ballots, [])
    assert _table(scores) == [("b", 8, 3, 1), ("a", 6, 3, 2), ("c", 4, 2, 3), ("d", 2, 1, 4), ("e", 0, 0, 5)]
    assert "Borda" in method_note(rnd) and "3 points" in method_note(rnd)


def test_rank_tie_and_tally_counts_as_first_choice():
    rnd = _round("rank", max_choices=2, keys=("a", "b", "c"))
    ballots = [Ballot(("a", "b")), Ballot(("b", "a"))]  # a: 2 + 1 = 3, b: 1 + 2 = 3
    scores = score_round(rnd, ballots, [Tally("c", 1)])  # c: one first choice = 2
    assert _table(scores) == [("a", 3, 2, 1), ("b", 3, 2, 1), ("c", 2, 1, 3)]


def test_rating_counts_each_rating_and_scores_likes_minus_dislikes():
    rnd = _round("rating", keys=("a", "b", "c"))
    ballots = [
        Ballot({"a": "like", "b": "dislike"}),
        Ballot({"a": "unsure", "b": "like", "c": "like"}),
        Ballot({"a": "like", "c": "dislike"}),
    ]
    tallies = [Tally("b", 2, None, "dislike")]
    scores = score_round(rnd, ballots, tallies)
    rows = [(c.key, c.like, c.unsure, c.dislike, c.score, c.count, c.rank) for c in scores.cards]
    # a: 2 like 1 unsure -> 2; c: 1 like 1 dislike -> 0; b: 1 like 3 dislike -> -2
    assert rows == [("a", 2, 1, 0, 2, 3, 1), ("c", 1, 0, 1, 0, 2, 2), ("b", 1, 0, 3, -2, 4, 3)]


@settings(max_examples=60, deadline=None)
@given(
    method=st.sampled_from(["pick", "rank"]),
    ballots=st.lists(st.permutations(KEYS).map(lambda p: tuple(p[:3])), max_size=12),
    cut=st.lists(st.integers(min_value=1, max_value=3), min_size=12, max_size=12),
    data=st.data(),
)
def test_ranking_does_not_depend_on_ballot_order(method, ballots, cut, data):
    ballots = [Ballot(b[: cut[i]]) for i, b in enumerate(ballots)]
    shuffled = data.draw(st.permutations(ballots))
    rnd = _round(method)
    assert _table(score_round(rnd, ballots, [])) == _table(score_round(rnd, shuffled, []))


@settings(max_examples=40, deadline=None)
@given(
    ratings=st.lists(
        st.dictionaries(st.sampled_from(KEYS), st.sampled_from(["like", "unsure", "dislike"]), min_size=1),
        max_size=10,
    ),
    data=st.data(),
)
def test_rating_ranking_does_not_depend_on_ballot_order(ratings, data):
    ballots = [Ballot(r) for r in ratings]
    rnd = _round("rating")
    shuffled = data.draw(st.permutations(ballots))
    a, b = score_round(rnd, ballots, []), score_round(rnd, shuffled, [])
    assert [(c.key, c.like, c.unsure, c.dislike, c.rank) for c in a.cards] == [
        (c.key, c.like, c.unsure, c.dislike, c.rank) for c in b.cards
    ]


# Refusals (domain) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "choices", "reason"),
    [
        ("pick", ["zz"], "not on the ballot"),
        ("pick", ["a", "b", "c", "d"], "at most 3"),
        ("rank", ["a", "b", "a"], "appears twice"),
        ("pick", [], "at least one"),
        ("rating", ["a=love"], "not a rating"),
        ("rating", ["a"], "KEY=like"),
        ("rating", ["zz=like"], "not on the ballot"),
    ],
)
def test_bad_ballots_are_refused_with_one_sentence(method, choices, reason):
    with pytest.raises(InvalidInput) as err:
        check_ballot(_round(method), choices)
    assert reason in str(err.value)
    assert str(err.value).count(". ") == 0 and str(err.value).endswith(".")


def test_closed_round_refuses():
    with pytest.raises(InvalidInput, match="closed"):
        check_ballot(_round("pick", status="closed"), ["a"])


# Storage ------------------------------------------------------------------------


def _count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_round_defaults_to_all_commitments_in_pack_order(db, session):
    rnd = votes.create_round(db, session.id, "pick")
    assert len(rnd.commitments) == 17 and rnd.commitments[0] == "commitment-1.1"
    picked = votes.create_round(db, session.id, "rank", 2, ["commitment-4.1", "commitment-1.2"])
    assert picked.commitments == ("commitment-1.2", "commitment-4.1")
    assert [r.id for r in votes.list_rounds(db, session.id)] == [rnd.id, picked.id]


def test_round_refusals(db, session):
    with pytest.raises(InvalidInput, match="method"):
        votes.create_round(db, session.id, "approval")
    with pytest.raises(InvalidInput, match="no commitment"):
        votes.create_round(db, session.id, "pick", commitments=["nope"])
    with pytest.raises(InvalidInput, match="cannot choose 5"):
        votes.create_round(db, session.id, "pick", 5, ["commitment-1.1", "commitment-1.2"])
    with pytest.raises(NotFound):
        votes.create_round(db, 999, "pick")
    set_session_status(db, session.id, "closed")
    with pytest.raises(InvalidInput, match="closed"):
        votes.create_round(db, session.id, "pick")
    assert _count(db, "rounds") == 0


def test_results_shape_matches_the_contract(db, session):
    rnd = votes.create_round(
        db, session.id, "pick", 2, ["commitment-1.1", "commitment-2.1", "commitment-3.1"]
    )
    votes.cast_vote(db, rnd.id, ["commitment-2.1", "commitment-3.1"])
    votes.cast_vote(db, rnd.id, ["commitment-2.1"])
    votes.add_tally(db, rnd.id, "commitment-1.1", 2, group="parent-carer")
    results = votes.round_results(db, rnd.id)
    assert results["method"] == "pick" and results["ballots"] == 2
    assert [(c["key"], c["score"], c["rank"]) for c in results["commitments"]] == [
        ("commitment-1.1", 2, 1),
        ("commitment-2.1", 2, 1),
        ("commitment-3.1", 1, 3),
    ]
    first = results["commitments"][0]
    assert {"key", "text", "score", "count", "like", "unsure", "dislike", "rank"} <= set(first)
    assert first["text"].startswith("We will train")
    assert first["easy_read"]


def test_refused_votes_and_tallies_store_nothing(db, session):
    rnd = votes.create_round(
        db, session.id, "rank", 2, ["commitment-1.1", "commitment-1.2", "commitment-1.3"]
    )
    for bad in (
        ["commitment-1.1", "commitment-1.1"],
        ["commitment-9.9"],
        ["commitment-1.1", "commitment-1.2", "commitment-1.3"],
    ):
        with pytest.raises(InvalidInput):
            votes.cast_vote(db, rnd.id, bad)
    with pytest.raises(NotFound):
        votes.cast_vote(db, rnd.id, ["commitment-1.1"], participant_code="ZZZ")
    with pytest.raises(InvalidInput):
        votes.add_tally(db, rnd.id, "commitment-4.4", 3)
    with pytest.raises(InvalidInput):
        votes.add_tally(db, rnd.id, "commitment-1.1", 3, rating="like")
    votes.close_round(db, rnd.id)
    with pytest.raises(InvalidInput, match="closed"):
        votes.cast_vote(db, rnd.id, ["commitment-1.1"])
    with pytest.raises(InvalidInput, match="closed"):
        votes.add_tally(db, rnd.id, "commitment-1.1", 1)
    assert _count(db, "votes") == 0 and _count(db, "tallies") == 0


def test_a_participant_votes_once_per_round_and_groups_are_suppressed_when_small(db, session):
    rnd = votes.create_round(db, session.id, "pick", 1, ["commitment-1.1", "commitment-1.2"])
    people = [add_participant(db, session.id, group="young-person") for _ in range(5)]
    parent = add_participant(db, session.id, group="parent-carer")
    for p in people:
        votes.cast_vote(db, rnd.id, ["commitment-1.2"], participant_code=p.code.lower())
    votes.cast_vote(db, rnd.id, ["commitment-1.1"], participant_code=parent.code)
    with pytest.raises(InvalidInput, match="already voted"):
        votes.cast_vote(db, rnd.id, ["commitment-1.1"], participant_code=parent.code)
    assert sorted(votes.voted_codes(db, rnd.id)) == sorted(p.code for p in [*people, parent])
    groups = votes.results_by_group(db, rnd.id)
    assert groups["parent-carer"]["suppressed"] and groups["parent-carer"]["commitments"] == []
    assert groups["parent-carer"]["people"] == "fewer than 5"
    # The 5 young people are hidden too: the overall 6 ballots minus their 5 would be the parent's 1.
    assert groups["young-person"]["suppressed"] and groups["young-person"]["people"] == "fewer than 5"


def test_rating_votes_via_key_equals_value(db, session):
    rnd = votes.create_round(db, session.id, "rating", commitments=["commitment-1.1", "commitment-1.2"])
    votes.cast_vote(db, rnd.id, ["commitment-1.2=like", "commitment-1.1=dislike"])
    votes.cast_vote(db, rnd.id, {"commitment-1.1": "unsure"})
    votes.add_tally(db, rnd.id, "commitment-1.1", 4, rating="like")
    with pytest.raises(InvalidInput, match="needs a rating"):
        votes.add_tally(db, rnd.id, "commitment-1.1", 4)
    by_key = {c["key"]: c for c in votes.round_results(db, rnd.id)["commitments"]}
    assert (
        by_key["commitment-1.1"]["like"],
        by_key["commitment-1.1"]["unsure"],
        by_key["commitment-1.1"]["dislike"],
        by_key["commitment-1.1"]["score"],
    ) == (4, 1, 1, 3)
    assert by_key["commitment-1.1"]["rank"] == 1


# The PIN ----------------------------------------------------------------------


def test_pin_is_salted_and_verified():
    a, b = pin_rules.hash_pin("2468", iterations=1000), pin_rules.hash_pin("2468", iterations=1000)
    assert a != b and "2468" not in a
    assert pin_rules.verify_pin("2468", a) and not pin_rules.verify_pin("2469", a)
    assert not pin_rules.verify_pin("2468", "damaged")
    for bad in ("12", "abcd", "1234567890123", "١٢٣٤"):
        with pytest.raises(CoprodError):
            pin_rules.hash_pin(bad)


def test_wrong_pins_wait_longer_each_time():
    guard = pin_rules.PinGuard(pin_rules.hash_pin("2468", iterations=1000))
    waits = [guard.attempt("0000", now=1000.0 + i * 100).wait for i in range(5)]
    assert waits == [0.0, 1.0, 2.0, 4.0, 8.0]
    early = guard.attempt("2468", now=1400.0 + 1)  # 8 s not yet passed: refused without checking
    assert early.refused and not early.ok
    assert guard.attempt("2468", now=1400.0 + 9).ok
    assert guard.failures == 0
    assert pin_rules.delay_after(100) == pin_rules.MAX_DELAY


def test_pin_is_stored_hashed_in_meta(db):
    pin_store.set_facilitator_pin(db, "97531")
    stored = pin_store.facilitator_pin_hash(db)
    assert stored and "97531" not in stored and pin_rules.verify_pin("97531", stored)
