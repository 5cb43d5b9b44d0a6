"""Retention: sessions past their period are deleted with everything in them (issue 7)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from coprod_app.domain.errors import InvalidInput, NotFound
from coprod_app.domain.privacy import (
    add_months,
    check_retention_months,
    describe_period,
    is_due,
    retention_ends,
)
from coprod_app.domain.view import ViewDraft
from coprod_app.storage.integrity import quick_check
from coprod_app.storage.privacy import (
    asks_demographics,
    keep_until,
    privacy_settings,
    purge,
    retention_months,
    sessions_due,
    set_ask_demographics,
    set_retention_months,
)
from coprod_app.storage.sessions import add_participant, create_session, get_participant, list_sessions
from coprod_app.storage.views import record_view
from tests.unit.privacy_fixtures import add_round, add_theme, add_vote, traces

OLD_WORDS = "Flibbertigibbet-3310 old session words"


def _session(db, title, date, views=1, votes=1):
    s = create_session(db, title=title, date=date, forum="youth-forum")
    people = [add_participant(db, s.id) for _ in range(max(views, votes, 1))]
    view_ids = [
        record_view(db, s.id, ViewDraft(text=f"{OLD_WORDS} {title} {i}", participant=people[i].code)).id
        for i in range(views)
    ]
    if votes:
        round_id = add_round(db, s.id)
        for i in range(votes):
            add_vote(db, round_id, people[i].id)
    return s, view_ids


def _core(summary: dict) -> dict:
    """The keys the command line has always printed (others are added beside them)."""
    return {key: summary[key] for key in ("sessions", "views", "votes")}


def test_add_months_clamps_to_the_end_of_the_month():
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2024, 12, 5), 24) == dt.date(2026, 12, 5)
    assert add_months(dt.date(2024, 11, 30), 3) == dt.date(2025, 2, 28)
    assert retention_ends("2024-03-14", 24) == dt.date(2026, 3, 14)


def test_due_from_the_day_the_period_ends():
    assert not is_due("2024-03-14", 24, dt.date(2026, 3, 13))
    assert is_due("2024-03-14", 24, dt.date(2026, 3, 14))


@pytest.mark.parametrize("bad", [0, -1, 121, "two", None, 1.5])
def test_retention_months_must_be_1_to_120(bad):
    with pytest.raises(InvalidInput):
        check_retention_months(bad)


def test_describe_period():
    assert [describe_period(m) for m in (1, 12, 18, 24, 36)] == [
        "1 month",
        "1 year",
        "18 months",
        "2 years",
        "3 years",
    ]


def test_default_retention_is_24_months(db, session):
    assert retention_months(db, session.id) == 24
    assert keep_until(db, session.id) == "2028-11-20"
    assert privacy_settings(db, session.id) == {
        "session": session.id,
        "retention_months": 24,
        "keep_until": "2028-11-20",
        "ask_demographics": True,
    }


def test_dry_run_lists_but_deletes_nothing(db):
    old, _ = _session(db, "Old", "2023-01-10", views=3, votes=2)
    _session(db, "New", "2026-01-10")
    result = purge(db, today="2025-06-01", dry_run=True)
    assert _core(result.summary()) == {
        "sessions": [{"id": old.id, "title": "Old", "date": "2023-01-10"}],
        "views": 3,
        "votes": 2,
    }
    assert len(list_sessions(db)) == 2


def test_purge_deletes_due_sessions_with_everything_in_them(db, db_path):
    old, old_views = _session(db, "Old", "2023-01-10", views=3, votes=2)
    older, _ = _session(db, "Older", "2022-05-01", views=2, votes=0)
    new, new_views = _session(db, "New", "2026-01-10", views=1, votes=1)
    theme = add_theme(db, "Buses", "You said the buses are late.", old_views + new_views)

    result = purge(db, today=dt.date(2025, 6, 1))

    assert _core(result.summary()) == {
        "sessions": [
            {"id": older.id, "title": "Older", "date": "2022-05-01"},
            {"id": old.id, "title": "Old", "date": "2023-01-10"},
        ],
        "views": 5,
        "votes": 2,
    }
    assert [s.id for s in list_sessions(db)] == [new.id]
    for table, count in (("participants", 1), ("views", 1), ("rounds", 1), ("votes", 1)):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count, table
    # Themes and actions are the officer's summaries: kept, linked only to what is left.
    assert db.execute("SELECT you_said FROM themes WHERE id = ?", [theme]).fetchone()[0]
    assert db.execute("SELECT view_id FROM theme_views").fetchall() == [(new_views[0],)]
    assert db.execute("SELECT count(*) FROM actions").fetchone()[0] == 1
    assert quick_check(db) == []
    # VACUUM and the checkpoint leave no trace of the deleted words.
    assert traces(db_path, f"{OLD_WORDS} Old") == [] and traces(db_path, f"{OLD_WORDS} Older") == []
    assert traces(db_path, f"{OLD_WORDS} New")
    assert _core(purge(db, today=dt.date(2025, 6, 1)).summary()) == {"sessions": [], "views": 0, "votes": 0}
    print(f"\npurge: 2 sessions, 5 views, 2 votes deleted; {4 + 3} items checked")


def test_a_longer_period_keeps_a_session(db):
    old, _ = _session(db, "Old", "2023-01-10")
    set_retention_months(db, old.id, 36)
    assert sessions_due(db, "2025-06-01") == []
    assert [s.keep_until for s in sessions_due(db, "2026-01-10")] == ["2026-01-10"]
    set_retention_months(db, old.id, 6)
    assert purge(db, today="2023-07-10").summary()["sessions"][0]["id"] == old.id


def test_settings_on_an_unknown_session_say_so(db):
    with pytest.raises(NotFound):
        set_retention_months(db, 99, 12)
    with pytest.raises(NotFound):
        set_ask_demographics(db, 99, False)


def test_switching_demographics_off(db, session):
    p = add_participant(db, session.id, group="young-person", age_band="11-15", town="Stockton")
    set_ask_demographics(db, session.id, False)
    assert not asks_demographics(db, session.id)
    assert get_participant(db, p.id).group == "young-person"  # kept unless asked to clear
    set_ask_demographics(db, session.id, False, clear_existing=True)
    cleared = get_participant(db, p.id)
    assert (cleared.group, cleared.age_band, cleared.town) == (None, None, None)
    set_ask_demographics(db, session.id, True)
    assert asks_demographics(db, session.id)


# One bad row never stops purge or retention (issue 14, part 5) -----------------------------------


@pytest.mark.parametrize(
    "column, bad, said",
    [
        ("date", "9999-12-31", "9999-12-31"),  # was: "year 10001 is out of range" and no purge at all
        ("date", "garbage", "garbage"),
        ("retention_months", -5, "-5"),  # was: due at once, deleted five months *before* its date
    ],
)
def test_purge_skips_a_bad_row_reports_it_and_purges_the_rest(db, db_path, column, bad, said):
    old, _ = _session(db, "Old", "2023-01-10", views=2, votes=1)
    broken, _ = _session(db, "Broken", "2024-01-10", views=1, votes=0)
    new, _ = _session(db, "New", "2026-01-10")
    db.execute(f"UPDATE sessions SET {column} = ? WHERE id = ?", [bad, broken.id])  # straight into the table
    db.conn.commit()

    dry = purge(db, today="2025-06-01", dry_run=True).summary()
    assert [s["id"] for s in dry["sessions"]] == [old.id]
    assert [p["session"] for p in dry["problems"]] == [broken.id]

    result = purge(db, today="2025-06-01")

    summary = result.summary()
    assert [s["id"] for s in summary["sessions"]] == [old.id]
    assert [p["session"] for p in summary["problems"]] == [broken.id]
    assert said in summary["problems"][0]["problem"]
    assert sorted(s.id for s in list_sessions(db)) == [broken.id, new.id], "the bad row is kept, not deleted"
    assert traces(db_path, f"{OLD_WORDS} Old") == []
    # The settings of the bad session say what is wrong instead of failing.
    settings = privacy_settings(db, broken.id)
    assert settings["keep_until"] is None and said in settings["problem"]


def test_cli_purge_and_retention_report_a_bad_row_in_one_sentence(db, db_path, capsys):
    from coprod_app.cli import main

    old, _ = _session(db, "Old", "2023-01-10")
    broken, _ = _session(db, "Broken", "2024-01-10")
    db.execute("UPDATE sessions SET date = '9999-12-31' WHERE id = ?", [broken.id])
    db.conn.commit()
    status = main(["--db", str(db_path), "purge", "--json", "--today", "2025-06-01"])
    out, err = capsys.readouterr()
    assert status == 0, err
    data = json.loads(out)
    assert [s["id"] for s in data["sessions"]] == [old.id]
    assert data["problems"][0]["session"] == broken.id and "9999-12-31" in data["problems"][0]["problem"]
    assert {"views", "votes"} <= set(data)

    status = main(["--db", str(db_path), "purge", "--today", "2025-06-01"])
    out, err = capsys.readouterr()
    assert status == 0 and f"Skipped session {broken.id}:" in out and "Traceback" not in out + err

    status = main(["--db", str(db_path), "retention", "--session", str(broken.id)])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert "cannot be given a keep-until date" in out and out.count("\n") == 1
