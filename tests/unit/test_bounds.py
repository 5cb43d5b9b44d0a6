"""Bounds everywhere, one sentence each (issue 14, part 5), tried as a new user would.

Before: `session new --date 9999-12-31` was accepted (and every later purge failed
with "year 10001 is out of range"), `tally add --count 9223372036854775807` was
accepted twice (the PDF printed "Chosen by 18446744073709551614"), negative tallies
were accepted, huge ids gave a raw OverflowError, a rating round took any --max,
and a view could be 1,000,000 characters.
"""

from __future__ import annotations

import json
import math

import pytest

from coprod_app.domain.errors import CoprodError, InvalidInput, NotFound
from coprod_app.domain.view import ViewDraft
from coprod_app.storage import votes
from coprod_app.storage.privacy import set_retention_months
from coprod_app.storage.sessions import create_session, get_participant, get_session, list_sessions
from coprod_app.storage.views import get_view, list_views, record_view
from tests.unit.real_cli import one_line, run_cli

HUGE = "99999999999999999999"  # more than SQLite's 64-bit integers hold
INT64_MAX = str(2**63 - 1)


@pytest.fixture
def cli(tmp_path):
    path = tmp_path / "bounds.sqlite3"

    def run(*argv: str):
        return run_cli("--db", str(path), *argv)

    run.path = path
    return run


def _json(result) -> object:
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


def _session(cli) -> int:
    return _json(
        cli("session", "new", "--title", "Forum", "--date", "2026-03-14", "--forum", "other", "--json")
    )["id"]


# Dates -------------------------------------------------------------------------------------


def test_a_session_in_the_year_9999_is_refused_in_one_sentence(cli):
    err = one_line(cli("session", "new", "--title", "Far", "--date", "9999-12-31", "--forum", "other"), 2)
    assert "2000-01-01" in err and "2100-12-31" in err
    assert _json(cli("session", "list", "--json")) == []


@pytest.mark.parametrize("date", ["1999-12-31", "2101-01-01", "0001-01-01"])
def test_session_dates_outside_2000_to_2100_are_refused_everywhere(db, date):
    with pytest.raises(InvalidInput, match="between 2000-01-01 and 2100-12-31"):
        create_session(db, title="t", date=date, forum="other")  # the window's path and the bundles' rule
    assert list_sessions(db) == []


def test_the_first_and_last_dates_are_taken(db):
    for date in ("2000-01-01", "2100-12-31"):
        assert create_session(db, title="t", date=date, forum="other").date == date


def test_a_due_date_in_the_year_2999_is_refused(cli):
    sid = _session(cli)
    view = _json(cli("view", "add", "--session", str(sid), "--text", "More ramps", "--json"))["id"]
    theme = _json(
        cli("theme", "add", "--title", "Access", "--you-said", "ramps", "--view", str(view), "--json")
    )["id"]
    err = one_line(
        cli(
            "action",
            "add",
            "--theme",
            str(theme),
            "--we-did",
            "Built",
            "--status",
            "planned",
            "--due",
            "2999-01-01",
        ),
        2,
    )
    assert "2100-12-31" in err


# Tallies -----------------------------------------------------------------------------------


def test_tally_counts_outside_0_to_100000_are_refused(cli):
    sid = _session(cli)
    rnd = _json(cli("round", "new", "--session", str(sid), "--method", "pick", "--json"))["id"]
    key = "commitment-1.1"
    for count in (INT64_MAX, INT64_MAX, "-5", "100001"):
        err = one_line(cli("tally", "add", "--round", str(rnd), "--commitment", key, "--count", count))
        assert "0 to 100,000" in err, err
    for count in ("100000", "0", "3"):
        assert cli("tally", "add", "--round", str(rnd), "--commitment", key, "--count", count).returncode == 0
    results = _json(cli("results", "--round", str(rnd), "--json"))
    assert results["tallied"] == 100_003
    assert next(c for c in results["commitments"] if c["key"] == key)["count"] == 100_003


def test_a_tally_count_too_big_for_sqlite_is_one_sentence(cli):
    sid = _session(cli)
    rnd = _json(cli("round", "new", "--session", str(sid), "--method", "pick", "--json"))["id"]
    err = one_line(
        cli("tally", "add", "--round", str(rnd), "--commitment", "commitment-1.1", "--count", HUGE), 2
    )
    assert "too big" in err


def test_storage_refuses_a_huge_or_negative_tally(db, session):
    rnd = votes.create_round(db, session.id, "pick", 3)
    for count in (2**63 - 1, -1, 100_001, True, 2.5):
        with pytest.raises(InvalidInput):
            votes.add_tally(db, rnd.id, "commitment-1.1", count)
    assert db.execute("SELECT count(*) FROM tallies").fetchone()[0] == 0


# Ids and numbers too big for SQLite -----------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["session", "close", "--session", HUGE],
        ["view", "list", "--session", HUGE],
        ["participant", "new", "--session", HUGE],
        ["view", "delete", "--view", HUGE],
        ["round", "close", "--round", HUGE],
        ["results", "--round", HUGE],
        ["vote", "add", "--round", HUGE, "--choice", "commitment-1.1"],
        ["round", "new", "--session", "1", "--method", "pick", "--max", HUGE],
        ["action", "add", "--theme", HUGE, "--we-did", "x", "--status", "planned"],
        ["action", "status", "--action", HUGE, "--status", "done"],
        ["theme", "add", "--title", "t", "--you-said", "x", "--view", HUGE],
        ["retention", "--session", "1", "--months", HUGE],
        ["export", "officer", "--session", HUGE, "--out", "x.pdf"],
    ],
    ids=lambda argv: " ".join(a for a in argv if not a.isdigit()),
)
def test_numbers_too_big_for_sqlite_are_one_sentence(cli, argv):
    _session(cli)
    err = one_line(cli(*argv), 2)
    assert "too big" in err and "OverflowError" not in err


@pytest.mark.parametrize("number", [2**63, 2**70, -(2**63) - 1])
def test_storage_says_there_is_no_such_record_for_an_id_too_big(db, session, number):
    rnd = votes.create_round(db, session.id, "pick", 3)
    for call in (
        lambda: get_session(db, number),
        lambda: list_views(db, number),
        lambda: get_view(db, number),
        lambda: get_participant(db, number),
        lambda: record_view(db, number, ViewDraft(text="words")),
        lambda: votes.get_round(db, number),
        lambda: votes.list_rounds(db, number),
        lambda: votes.round_results(db, number),
        lambda: votes.add_tally(db, number, "commitment-1.1", 1),
        lambda: votes.cast_vote(db, number, ["commitment-1.1"]),
        lambda: votes.create_round(db, number, "pick", 3),
    ):
        with pytest.raises(NotFound) as caught:
            call()
        assert "There is no" in str(caught.value) and "\n" not in str(caught.value)
    assert votes.get_round(db, rnd.id).ballots == 0


# Retention ---------------------------------------------------------------------------------


@pytest.mark.parametrize("months", [0, 121, -5, math.inf, -math.inf, math.nan, True, "forever"])
def test_retention_outside_1_to_120_months_is_one_sentence(db, session, months):
    with pytest.raises(InvalidInput) as caught:
        set_retention_months(db, session.id, months)  # an infinite float arrives from a bundle's JSON
    assert "\n" not in str(caught.value)


def test_retention_of_121_months_on_the_command_line(cli):
    sid = _session(cli)
    assert "120" in one_line(cli("retention", "--session", str(sid), "--months", "121"))
    assert cli("retention", "--session", str(sid), "--months", "120").returncode == 0


# Vote rounds: at most the cards on the ballot ----------------------------------------------------


def test_max_choices_above_the_cards_on_the_ballot_is_refused(cli):
    sid = _session(cli)
    two = ["--commitment", "commitment-1.1", "--commitment", "commitment-1.2"]
    for method in ("pick", "rank", "rating"):
        err = one_line(cli("round", "new", "--session", str(sid), "--method", method, *two, "--max", "99"))
        assert "ballot of 2" in err
    # No --max on a ballot of two cards: the most is two (the default 3 would not fit).
    rnd = _json(cli("round", "new", "--session", str(sid), "--method", "pick", *two, "--json"))["id"]
    rounds = _json(cli("round", "list", "--session", str(sid), "--json"))
    assert [(r["id"], r["max"]) for r in rounds] == [(rnd, 2)]


def test_a_rating_round_with_a_huge_maximum_is_refused_in_storage(db, session):
    with pytest.raises(InvalidInput, match="ballot of 17"):
        votes.create_round(db, session.id, "rating", 2**63 - 1)
    assert votes.list_rounds(db, session.id) == []


# Views: at most 100,000 characters ------------------------------------------------------------


def test_a_view_of_100001_characters_is_refused(cli, tmp_path):
    sid = _session(cli)
    words = tmp_path / "words.txt"
    words.write_text("ŵ" * 100_001, encoding="utf-8")
    err = one_line(cli("view", "add", "--session", str(sid), "--text-file", str(words)))
    assert "100,001" in err and "100,000" in err
    words.write_text("ŵ" * 100_000, encoding="utf-8")
    assert cli("view", "add", "--session", str(sid), "--text-file", str(words)).returncode == 0
    listed = _json(cli("view", "list", "--session", str(sid), "--json"))
    assert [len(v["text"]) for v in listed] == [100_000]


def test_every_path_refuses_a_long_view(db, session):
    with pytest.raises(CoprodError, match="at most 100,000"):
        record_view(db, session.id, ViewDraft(text="a" * 100_001))
    assert list_views(db, session.id) == []
