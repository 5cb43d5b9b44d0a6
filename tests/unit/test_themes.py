"""Themes and actions: what the officer writes, and the status history kept with its dates."""

import pytest

from coprod_app.domain import actions as rules
from coprod_app.domain.errors import InvalidInput, NotFound
from coprod_app.domain.view import ViewDraft
from coprod_app.storage import themes as store
from coprod_app.storage.sessions import create_session
from coprod_app.storage.views import record_view


@pytest.fixture
def views(db, session):
    return [record_view(db, session.id, ViewDraft(text=f"view {i}")).id for i in range(3)]


def test_theme_groups_views_and_lists_for_its_session(db, session, views):
    theme = store.add_theme(db, "Getting to clubs", "You said the buses stop too early.", views[:2])
    assert theme.view_ids == tuple(views[:2])
    assert theme.session_ids == (session.id,)
    assert [t.id for t in store.list_themes(db, session.id)] == [theme.id]
    other = create_session(db, title="Other", date="2026-12-01", forum="youth-forum")
    assert store.list_themes(db, other.id) == []


def test_theme_text_is_kept_exactly(db, session, views):
    text = "<b>&amp;</b> ŵŷ żółć مرحبا 🙂"
    theme = store.add_theme(db, "T <i>", text, views)
    assert store.get_theme(db, theme.id).you_said == text


@pytest.mark.parametrize(
    "title, said, message",
    [
        ("", "x", "A theme needs a title."),
        ("T", "   ", "A theme needs a 'you said' summary; it is empty."),
    ],
)
def test_bad_theme_is_refused_in_one_sentence(db, title, said, message):
    with pytest.raises(InvalidInput) as err:
        store.add_theme(db, title, said)
    assert str(err.value) == message


def test_unknown_view_is_refused_and_nothing_saved(db, session):
    with pytest.raises(NotFound, match="no view with the id 999"):
        store.add_theme(db, "T", "said", [999])
    assert store.list_themes(db) == []


def test_status_changes_are_kept_with_their_dates(db, session, views):
    theme = store.add_theme(db, "T", "said", views)
    action = store.add_action(
        db,
        theme.id,
        "We asked for a later bus.",
        "planned",
        owner="Transport lead",
        due="2027-03-31",
        commitments=["commitment-4.1"],
    )
    assert [h.status for h in action.history] == ["planned"]
    action = store.set_action_status(db, action.id, "in-progress")
    action = store.set_action_status(db, action.id, "done")
    assert [h.status for h in action.history] == ["planned", "in-progress", "done"]
    assert all(len(h.date) == 10 and h.date[4] == "-" for h in action.history)
    assert [h.changed_at for h in action.history] == sorted(h.changed_at for h in action.history)
    # the same status again adds nothing
    assert len(store.set_action_status(db, action.id, "done").history) == 3


def test_not_possible_needs_a_reason(db, session, views):
    theme = store.add_theme(db, "T", "said", views)
    with pytest.raises(InvalidInput, match="needs a reason"):
        store.add_action(db, theme.id, "A drop-in", "not-possible")
    action = store.add_action(db, theme.id, "A drop-in", "planned")
    with pytest.raises(InvalidInput, match="needs a reason"):
        store.set_action_status(db, action.id, "not-possible", "  ")
    action = store.set_action_status(db, action.id, "not-possible", "No money this year.")
    assert action.history[-1].reason == "No money this year."


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"status": "finished"}, "'finished' is not an action status"),
        ({"due": "next week"}, "'next week' is not a date"),
        ({"commitments": ["commitment-99"]}, "no commitment with the key 'commitment-99'"),
        ({"we_did": " "}, "needs 'we did' words"),
    ],
)
def test_bad_action_is_refused(db, session, views, kwargs, message):
    theme = store.add_theme(db, "T", "said", views)
    args = {"we_did": "Something", "status": "planned", **kwargs}
    with pytest.raises(InvalidInput, match=message):
        store.add_action(db, theme.id, **args)
    assert store.get_theme(db, theme.id).actions == ()


def test_themes_across_sessions_by_date(db, session, views):
    later = create_session(db, title="Later", date="2027-02-01", forum="youth-forum")
    later_view = record_view(db, later.id, ViewDraft(text="later")).id
    early = store.add_theme(db, "Early", "said", views)
    late = store.add_theme(db, "Late", "said", [later_view])
    store.add_theme(db, "No views yet", "said")
    assert [t.title for t in store.list_themes(db, start="2027-01-01")] == ["Late"]
    assert [t.title for t in store.list_themes(db, end="2026-12-31")] == ["Early"]
    assert {t.id for t in store.list_themes(db)} >= {early.id, late.id}
    assert len(store.list_themes(db)) == 3


def test_last_time_means_the_previous_session_of_the_same_forum(db, session, views):
    theme = store.add_theme(db, "Clubs", "said", views)
    create_session(db, title="Parents in between", date="2026-12-01", forum="parent-carer-forum")
    next_one = create_session(db, title="Next youth forum", date="2027-01-15", forum="youth-forum")
    previous, themes = store.themes_heard_last_time(db, next_one.id)
    assert previous.id == session.id
    assert [t.id for t in themes] == [theme.id]
    assert store.themes_heard_last_time(db, session.id) == (None, [])


def test_progress_summaries():
    a = [rules.Action(1, 1, "x", "done"), rules.Action(2, 1, "y", "planned"), rules.Action(3, 1, "z", "done")]
    assert rules.status_counts(a) == {"planned": 1, "in-progress": 0, "done": 2, "not-possible": 0}
    assert rules.progress_sentence(a) == "3 actions: 1 planned, 2 done."
    assert rules.progress_sentence([]) == "No actions yet."
