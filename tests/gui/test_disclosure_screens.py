"""The small-number rule on the voting screens: the big screen and every by-group view publish, the
facilitator's own results dialog shows the overall figures exactly (issue 15)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from coprod_app.storage import votes
from coprod_app.storage.sessions import add_participant
from coprod_app.ui.voting.results_chart import ResultsChart
from coprod_app.ui.voting.results_dialog import VoteResultsDialog


def _rating_round(db, session):
    """Six young people rate 1.1 'not sure' and 1.2 'like'; two parents rate 1.1 'like'."""
    rnd = votes.create_round(db, session.id, "rating", commitments=["commitment-1.1", "commitment-1.2"])
    for _ in range(6):
        p = add_participant(db, session.id, group="young-person")
        votes.cast_vote(
            db, rnd.id, {"commitment-1.1": "unsure", "commitment-1.2": "like"}, participant_code=p.code
        )
    for _ in range(2):
        p = add_participant(db, session.id, group="parent-carer")
        votes.cast_vote(db, rnd.id, {"commitment-1.1": "like"}, participant_code=p.code)
    return rnd


def test_the_big_screen_chart_hides_a_small_rating_and_the_score_beside_it(qtbot, db, session):
    """Before: the room read "2 like, 6 not sure, 0 don't like" for 1.1, and its bar was 2 long."""
    rnd = _rating_round(db, session)
    chart = ResultsChart()  # as the participant screen's results page makes it
    qtbot.addWidget(chart)
    chart.set_results(votes.round_results(db, rnd.id))
    words = chart.describe()
    assert (
        "1. We will help schools, doctors and carers teach you how to stay healthy.: 6 like, 0 not sure"
        in words
    )
    card = next(c for c in chart.results["commitments"] if c["key"] == "commitment-1.1")
    assert card["like"] == "fewer than 5" and card["score"] == "fewer than 5" and card["rank"] is None
    assert "(hidden) like" in words and "2 like" not in words
    assert [length for length, _ in chart._parts(card)][0] == 0  # no bar whose length is the number


def test_the_facilitators_dialog_shows_the_overall_figures_and_hides_groups_that_would_subtract(
    qtbot, db, session
):
    """Before: the dialog's by-group line said "Young person: 6 — ...", beside an exact 8: the parents' 2."""
    rnd = _rating_round(db, session)
    dialog = VoteResultsDialog(db, rnd.id)
    qtbot.addWidget(dialog)
    assert "2 like, 6 not sure, 0 don't like" in dialog.chart.describe()  # the facilitator's own: exact
    by_group = dialog.findChild(QLabel, "results_by_group").text()
    assert "Young person: not shown" in by_group and "Parent or carer: not shown" in by_group
    assert "6" not in by_group and "2" not in by_group
