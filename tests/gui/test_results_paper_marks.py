"""Paper marks and shows of hands are public: they cannot hide a secret ballot on the big screen.

The room saw the hands go up, so it can take them away from any total it is shown. Reveal at 5
secret votes, one more child votes on the screen, the facilitator adds a show of hands of 4: that
is 5 more "voters", yet taking the 4 hands away shows exactly where the one child's vote went.
"""

from __future__ import annotations

from coprod_app.storage import votes
from coprod_app.ui.voting.results_chart import enough_voters
from tests.gui.test_attacks_voting_alone import open_screen, shown  # noqa: F401 (a fixture)


def test_one_secret_vote_and_a_show_of_hands_do_not_show_that_vote(open_screen, db, session):  # noqa: F811
    rnd = votes.create_round(db, session.id, "pick", 1, ["commitment-1.1", "commitment-1.2"])
    for _ in range(5):
        votes.cast_vote(db, rnd.id, ["commitment-1.1"])
    screen = open_screen(rnd.id)
    screen.set_revealed(True)
    seen = shown(screen)
    assert ": 5 votes." in seen
    votes.cast_vote(db, rnd.id, ["commitment-1.2"])  # the one secret vote
    votes.add_tally(db, rnd.id, "commitment-1.1", 4)  # four hands, seen by everyone
    screen.set_revealed(False)
    screen.set_revealed(True)
    now = shown(screen)
    assert now in ("", seen), f"the room can subtract the hands: before {seen!r}, now {now!r}"


def test_a_few_secret_votes_beside_paper_marks_are_not_shown():
    """1-4 secret ballots are not hidden by any number of public marks; marks alone may be shown."""
    for ballots in range(1, 5):
        assert not enough_voters({"ballots": ballots, "tallied": 20})
    assert enough_voters({"ballots": 5, "tallied": 3})
    assert enough_voters({"ballots": 0, "tallied": 7})  # a paper board alone: the room made it
    assert not enough_voters({"ballots": 0, "tallied": 4})
