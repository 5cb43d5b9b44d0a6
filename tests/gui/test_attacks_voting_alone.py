"""Attacks on issue 17's voting screen, as a careless or hostile person would try them.

Each test is one attack that once worked; the screens are the real ones, built with the app's look.
"""

from __future__ import annotations

import pytest

from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes
from coprod_app.storage.privacy import erase_participant
from coprod_app.storage.sessions import add_participant
from coprod_app.ui.voting.participant_screen import ParticipantScreen

PIN = "2468"


@pytest.fixture
def open_screen(qtbot, db, app_look):
    """A voting screen on `round_id`, as the facilitator opens it (again, for the same round)."""
    pin_store.set_facilitator_pin(db, PIN)
    app_look()
    made = []

    def _open(round_id: int) -> ParticipantScreen:
        screen = ParticipantScreen(db, round_id, next_person_ms=600_000)
        qtbot.addWidget(screen)
        made.append(screen)
        screen.resize(1366, 768)
        screen.show()
        qtbot.waitExposed(screen)
        return screen

    yield _open
    for screen in made:
        if not screen.has_ended:
            screen.end()


def shown(screen: ParticipantScreen) -> str:
    """What the room sees of the results: the chart's rows (empty when none are shown)."""
    page = screen.results_page
    return page.chart.describe() if page.chart.isVisibleTo(page) and page.chart.results else ""


# Results: one more vote must never be told apart by subtraction -------------------------------------


def test_ending_and_restarting_voting_on_the_same_round_does_not_show_one_more_vote(open_screen, db, session):
    """Reveal at 5, end voting with the PIN, start it again on the same round, 1 more child votes, reveal:
    the room saw 5 for card 1, now sees card 2 go up by one: that child's choice. The shown results
    were kept by the screen alone, so a new screen forgot them."""
    rnd = votes.create_round(db, session.id, "pick", 1, ["commitment-1.1", "commitment-1.2"])
    for _ in range(5):
        votes.cast_vote(db, rnd.id, ["commitment-1.1"])
    first = open_screen(rnd.id)
    first.set_revealed(True)
    seen = shown(first)
    assert ": 5 votes." in seen
    first.end()
    votes.cast_vote(db, rnd.id, ["commitment-1.2"])
    again = open_screen(rnd.id)
    again.set_revealed(True)
    assert shown(again) in ("", seen), "one more child's choice can be found by subtraction"


def test_an_erasure_then_one_more_vote_does_not_show_that_vote(open_screen, db, session):
    """Reveal at 5, one child is erased (4: nothing shown), one more child votes (5 again), reveal: the
    count is the same as the room saw, so the new results were shown, and the card that went up by one
    is the new child's (and the one that went down, the erased child's)."""
    rnd = votes.create_round(db, session.id, "pick", 1, ["commitment-1.1", "commitment-1.2"])
    child = add_participant(db, session.id)
    votes.cast_vote(db, rnd.id, ["commitment-1.1"], child.code)
    for _ in range(4):
        votes.cast_vote(db, rnd.id, ["commitment-1.1"])
    screen = open_screen(rnd.id)
    screen.set_revealed(True)
    seen = shown(screen)
    assert ": 5 votes." in seen
    erase_participant(db, session.id, child.code)
    screen.refresh_results()
    assert shown(screen) == ""  # 4 voters: nothing, at once
    votes.cast_vote(db, rnd.id, ["commitment-1.2"])
    screen.set_revealed(False)
    screen.set_revealed(True)
    now = shown(screen)
    assert now == "", f"the room can subtract: before {seen!r}, now {now!r}"
