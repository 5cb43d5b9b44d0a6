"""`coprod-app erase`, `purge` and `retention` as the issue's contract says (issue 7)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from coprod_app.cli import main
from tests.unit.privacy_fixtures import traces

WORDS = "Snorkelwick-5120 please do not keep this"


def _core(summary: dict) -> dict:
    """The keys purge --json has always printed (others are added beside them)."""
    return {key: summary[key] for key in ("sessions", "views", "votes")}


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def filled(db_path, capsys):
    """Two sessions (one old), a participant with a view in each."""
    ids, codes = [], []
    for title, date in (("Old forum", "2023-01-10"), ("New forum", "2026-01-10")):
        status, out, _ = run(
            capsys,
            "--db",
            db_path,
            "session",
            "new",
            "--title",
            title,
            "--date",
            date,
            "--forum",
            "youth-forum",
            "--json",
        )
        assert status == 0
        ids.append(json.loads(out)["id"])
        _, out, _ = run(capsys, "participant", "new", "--session", ids[-1], "--db", db_path, "--json")
        codes.append(json.loads(out)["code"])
        status, _, _ = run(
            capsys,
            "view",
            "add",
            "--db",
            db_path,
            "--session",
            ids[-1],
            "--participant",
            codes[-1],
            "--text",
            f"{WORDS} ({title})",
        )
        assert status == 0
    return ids, codes


def test_erase_removes_and_wipes(db_path, capsys, filled):
    (old, new), (old_code, new_code) = filled
    status, out, err = run(
        capsys, "--db", db_path, "erase", "--participant", new_code, "--session", new, "--json"
    )
    assert status == 0, err
    data = json.loads(out)
    assert data["participant"] == new_code and data["session"] == new
    assert (data["views"], data["votes"], data["wiped"]) == (1, 0, True)
    assert traces(db_path, f"{WORDS} (New forum)") == []
    assert traces(db_path, f"{WORDS} (Old forum)")

    status, out, err = run(capsys, "erase", "--participant", new_code, "--session", new, "--db", db_path)
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and new_code in err and "Traceback" not in err


def test_erase_text_output(db_path, capsys, filled):
    (old, _), (old_code, _) = filled
    status, out, _ = run(
        capsys, "erase", "--db", db_path, "--participant", old_code.lower(), "--session", old
    )
    assert status == 0
    assert out.strip() == f"Erased participant {old_code} from session {old}: 1 view and 0 votes removed."


def test_erase_needs_both_options(db_path, capsys):
    status, _, err = run(capsys, "erase", "--db", db_path, "--participant", "ABC")
    assert status == 2 and "--session" in err and err.count("\n") == 1


def test_purge_dry_run_then_purge(db_path, capsys, filled):
    (old, new), _ = filled
    expected = {"sessions": [{"id": old, "title": "Old forum", "date": "2023-01-10"}], "views": 1, "votes": 0}
    status, out, _ = run(capsys, "purge", "--dry-run", "--json", "--db", db_path, "--today", "2025-06-01")
    assert status == 0 and _core(json.loads(out)) == expected and json.loads(out)["problems"] == []
    status, out, _ = run(capsys, "--db", db_path, "purge", "--dry-run", "--today", "2025-06-01")
    assert "Would delete 1 session with 1 view and 0 votes." in out and "Old forum" in out
    status, out, _ = run(capsys, "--db", db_path, "session", "list", "--json")
    assert len(json.loads(out)) == 2

    status, out, _ = run(capsys, "--db", db_path, "purge", "--json", "--today", "2025-06-01")
    assert status == 0 and _core(json.loads(out)) == expected
    assert traces(db_path, f"{WORDS} (Old forum)") == []
    status, out, _ = run(capsys, "--db", db_path, "session", "list", "--json")
    assert [s["id"] for s in json.loads(out)] == [new]
    status, out, _ = run(capsys, "--db", db_path, "purge", "--today", "2025-06-01")
    assert out.strip() == "No session is past its retention period."
    status, out, _ = run(capsys, "--db", db_path, "purge", "--dry-run", "--json")  # counted to today
    due_today = dt.date.today() >= dt.date(2028, 1, 10)
    assert [s["id"] for s in json.loads(out)["sessions"]] == ([new] if due_today else [])


def test_retention_show_and_set(db_path, capsys, filled):
    _, new = filled[0]
    status, out, _ = run(capsys, "--db", db_path, "retention", "--session", new, "--json")
    assert json.loads(out) == {
        "session": new,
        "retention_months": 24,
        "keep_until": "2028-01-10",
        "ask_demographics": True,
    }
    status, out, _ = run(
        capsys, "--db", db_path, "retention", "--session", new, "--months", "6", "--demographics", "off"
    )
    assert status == 0
    assert out.strip() == (
        f"Session {new} is kept for 6 months, until 2026-07-10; group, age band and town are not asked."
    )
    status, out, _ = run(capsys, "--db", db_path, "purge", "--dry-run", "--json", "--today", "2026-07-10")
    assert [s["id"] for s in json.loads(out)["sessions"]] == filled[0]


@pytest.mark.parametrize("argv", [["--months", "0"], ["--months", "121"], ["--demographics", "maybe"]])
def test_retention_refuses_bad_values(db_path, capsys, filled, argv):
    _, new = filled[0]
    status, _, err = run(capsys, "--db", db_path, "retention", "--session", new, *argv)
    assert status in (1, 2) and err.count("\n") == 1 and "Traceback" not in err


def test_unknown_session(db_path, capsys):
    status, _, err = run(capsys, "--db", db_path, "retention", "--session", "42")
    assert status == 1 and err.strip() == "coprod-app: There is no session with the id 42."
