"""Actions dated by the officer: `action add --on` and `action status --on` say when a change happened.

Before, every history entry was dated the moment it was typed, so a change made in March and
recorded in April was "in April", and an annual summary's "status at the end of March" was wrong.
"""

import datetime as dt
import json

import pytest

from coprod_app.cli import main
from coprod_app.domain.errors import InvalidInput
from coprod_app.storage import themes as store
from coprod_app.storage.bundle.checks import _TIME

TODAY = dt.date.today()


def _db_file(db) -> str:
    return db.execute("PRAGMA database_list").fetchone()[2]


def _cli(db, capsys, *args):
    code = main(["--db", _db_file(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def theme(db, session):
    return store.add_theme(db, "Buses", "You said the buses are late")


def _days_ago(n: int) -> str:
    return (TODAY - dt.timedelta(days=n)).isoformat()


def test_the_command_line_records_the_day_each_change_happened(db, capsys, theme):
    code, out, _ = _cli(
        db,
        capsys,
        "action",
        "add",
        "--theme",
        str(theme.id),
        "--we-did",
        "Asked for later buses",
        "--status",
        "planned",
        "--on",
        _days_ago(40),
        "--json",
    )
    assert code == 0
    action_id = json.loads(out)["id"]
    assert (
        _cli(
            db,
            capsys,
            "action",
            "status",
            "--action",
            str(action_id),
            "--status",
            "in-progress",
            "--on",
            _days_ago(10),
        )[0]
        == 0
    )
    assert (
        _cli(db, capsys, "action", "status", "--action", str(action_id), "--status", "done")[0] == 0
    )  # today
    history = store.get_action(db, action_id).history
    assert [(h.status, h.date) for h in history] == [
        ("planned", _days_ago(40)),
        ("in-progress", _days_ago(10)),
        ("done", TODAY.isoformat()),
    ]
    # Still change times as bundles carry them, so a dated change travels to another laptop.
    assert all(_TIME.fullmatch(h.changed_at) for h in history)


@pytest.mark.parametrize("command", ["add", "status"])
def test_a_day_in_the_future_is_refused_in_one_sentence(db, capsys, theme, command):
    action = store.add_action(db, theme.id, "Asked for later buses", "planned")
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    args = (
        ["add", "--theme", str(theme.id), "--we-did", "Another", "--status", "planned"]
        if command == "add"
        else ["status", "--action", str(action.id), "--status", "done"]
    )
    code, _, err = _cli(db, capsys, "action", *args, "--on", tomorrow)
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert f"The date {tomorrow} is in the future" in err
    assert store.get_theme(db, theme.id).actions == (store.get_action(db, action.id),), "nothing was saved"
    assert store.get_action(db, action.id).status == "planned"


def test_a_change_before_the_last_one_is_refused(db, theme):
    action = store.add_action(db, theme.id, "Asked for later buses", "planned", on=_days_ago(5))
    with pytest.raises(InvalidInput) as err:
        store.set_action_status(db, action.id, "done", on=_days_ago(6))
    assert f"before this action's last change ({_days_ago(5)})" in str(err.value)
    assert len(store.get_action(db, action.id).history) == 1


def test_a_change_recorded_later_sorts_after_one_typed_on_its_day(db, theme):
    """Both on the same past day: the one recorded second comes second, whatever the clock said."""
    day = _days_ago(3)
    action = store.add_action(db, theme.id, "Asked for later buses", "planned", on=day)
    action = store.set_action_status(db, action.id, "in-progress", on=day)
    action = store.set_action_status(db, action.id, "done", on=day)
    assert [h.status for h in action.history] == ["planned", "in-progress", "done"]
    assert action.status == action.history[-1].status


def test_today_is_the_officers_calendar_day(db, theme):
    """`today` is the officer's day (what the date field shows); a change that day is dated that day."""
    action = store.add_action(
        db, theme.id, "Asked for later buses", "planned", on="2026-03-14", today=dt.date(2026, 3, 14)
    )
    assert action.history[0].date == "2026-03-14"
    with pytest.raises(InvalidInput):
        store.set_action_status(db, action.id, "done", on="2026-03-15", today=dt.date(2026, 3, 14))


def test_a_date_that_is_not_a_date_is_refused_by_the_command_line(db, capsys, theme):
    code, _, err = _cli(
        db,
        capsys,
        "action",
        "add",
        "--theme",
        str(theme.id),
        "--we-did",
        "X",
        "--status",
        "planned",
        "--on",
        "14/03/2026",
    )
    assert code == 2 and "YYYY-MM-DD" in err and store.get_theme(db, theme.id).actions == ()


def test_the_status_at_the_end_of_a_period_reads_from_the_dates_given(db, theme):
    """What the annual summary reads: the last history entry dated on or before the period's end."""
    action = store.add_action(db, theme.id, "Asked for later buses", "planned", on=_days_ago(60))
    store.set_action_status(db, action.id, "done", on=_days_ago(20))
    history = store.get_action(db, action.id).history
    end = _days_ago(30)  # recorded today, but done 20 days ago: at the end of a period 30 days ago, planned
    assert [h.status for h in history if h.date <= end][-1] == "planned"
