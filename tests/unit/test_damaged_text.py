"""Damaged files found early (issue 14, part 7): one flipped byte in stored text or in the schema.

Before: with one byte of a view's words changed to 0xFF on disk, `check` said ok,
then listing, changing and exporting failed with a raw sqlite3.OperationalError
("Could not decode to UTF-8 column 'text'"); one flipped byte in the schema's SQL
gave a seven-line error. These tests damage the bytes of a real file.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from coprod_app.domain.errors import CoprodError
from coprod_app.domain.view import ViewDraft
from coprod_app.storage.database import StorageError, open_database
from coprod_app.storage.integrity import health, integrity_check
from coprod_app.storage.packs import ensure_default_pack
from coprod_app.storage.sessions import create_session
from coprod_app.storage.views import delete_view, list_views, record_view, update_view
from tests.unit.real_cli import one_line, run_cli

MARK = "Zebracrossing-5521"
CHECK_KEYS = {"ok", "schema_version", "journal_mode", "synchronous", "foreign_keys", "problems"}


def _flip(path: Path, needle: bytes, new: bytes, at: int = 3) -> int:
    """Overwrite bytes of `needle` in the file (the only copy of it), as a bad sector or a bad copy does."""
    data = bytearray(path.read_bytes())
    offset = data.find(needle)
    assert offset >= 0 and data.find(needle, offset + 1) < 0, "the words must be in the file exactly once"
    data[offset + at : offset + at + len(new)] = new
    path.write_bytes(bytes(data))
    return offset


def _database(path: Path) -> tuple[int, int, int]:
    """A database with three views, closed (so everything is in the main file, no -wal)."""
    db = open_database(path)
    ensure_default_pack(db)
    s = create_session(db, title="Forum", date="2026-03-14", forum="other")
    before = record_view(db, s.id, ViewDraft(text="Before the damage"))
    damaged = record_view(db, s.id, ViewDraft(text=f"We want {MARK} near school"))
    record_view(db, s.id, ViewDraft(text="After the damage"))
    db.close()
    assert not Path(f"{path}-wal").exists()
    return s.id, damaged.id, before.id


@pytest.fixture
def damaged(tmp_path):
    path = tmp_path / "coprod.sqlite3"
    session_id, view_id, other_id = _database(path)
    _flip(path, MARK.encode(), b"\xff")
    return path, session_id, view_id, other_id


def test_check_finds_a_flipped_byte_in_a_views_words(damaged):
    path, _session_id, view_id, _ = damaged
    result = run_cli("--db", str(path), "check")
    assert result.returncode == 1
    out = result.stdout.decode()
    assert out.count("\n") == 1 and "Traceback" not in out, out
    assert "views" in out and "text" in out and "not valid UTF-8" in out and f"row {view_id}" in out
    report = json.loads(run_cli("--db", str(path), "check", "--json").stdout)
    assert CHECK_KEYS <= set(report) and report["ok"] is False  # the old keys, and what is damaged
    assert report["damaged_text"] == [{"table": "views", "column": "text", "count": 1, "rows": [view_id]}]
    assert len(report["problems"]) == 1 and "not valid UTF-8" in report["problems"][0]


def test_a_sound_file_checks_ok_with_no_damaged_text(tmp_path):
    path = tmp_path / "coprod.sqlite3"
    _database(path)
    report = json.loads(run_cli("--db", str(path), "check", "--json").stdout)
    assert report["ok"] is True and report["problems"] == [] and report["damaged_text"] == []


def test_reading_and_changing_a_damaged_view_is_one_sentence(damaged):
    path, session_id, view_id, _ = damaged
    for argv in (["view", "list", "--session", str(session_id)], ["view", "delete", "--view", str(view_id)]):
        err = one_line(run_cli("--db", str(path), *argv))
        assert "damaged" in err and "UTF-8" in err
    db = open_database(path)
    try:
        for action in (
            lambda: list_views(db, session_id),
            lambda: delete_view(db, view_id),
            lambda: update_view(db, view_id, ViewDraft(text="new words")),
        ):
            with pytest.raises(StorageError) as caught:
                action()
            assert "\n" not in str(caught.value) and "damaged" in str(caught.value)
    finally:
        db.close()


def test_damage_made_with_sql_is_found_too(tmp_path):
    path = tmp_path / "coprod.sqlite3"
    session_id, view_id, _ = _database(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE views SET text = CAST(X'41FF42' AS TEXT) WHERE id = ?", [view_id])
    conn.close()
    report = json.loads(run_cli("--db", str(path), "check", "--json").stdout)
    assert report["ok"] is False and report["damaged_text"][0]["rows"] == [view_id]
    one_line(run_cli("--db", str(path), "view", "list", "--session", str(session_id)))


def test_the_background_check_at_start_finds_damaged_text_and_refuses_writes(damaged):
    path, session_id, _view_id, _ = damaged
    db = open_database(path, check_in_background=True)  # as the window opens it
    try:
        problem = integrity_check(db).wait(60)
        assert problem is not None and "not valid UTF-8" in problem and "\n" not in problem
        with pytest.raises(StorageError) as caught:
            record_view(db, session_id, ViewDraft(text="a new view"))
        assert str(caught.value) == problem
    finally:
        db.close()


def test_health_lists_every_damaged_column(tmp_path):
    path = tmp_path / "coprod.sqlite3"
    session_id, view_id, other_id = _database(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE views SET text = CAST(X'C328' AS TEXT) WHERE id IN (?, ?)", [view_id, other_id])
        conn.execute("UPDATE sessions SET title = CAST(X'EDA080' AS TEXT)")  # an encoded surrogate: not UTF-8
    conn.close()
    db = open_database(path)
    try:
        found = {(d["table"], d["column"]): d for d in health(db)["damaged_text"]}
    finally:
        db.close()
    assert found[("views", "text")]["rows"] == sorted([view_id, other_id])
    assert found[("sessions", "title")]["count"] == 1


# The schema ------------------------------------------------------------------------------------


@pytest.mark.parametrize("byte", [b"'", b'"', b"\xff"], ids=["quote", "double quote", "0xFF"])
def test_a_flipped_byte_in_the_schema_is_one_sentence_on_open_and_in_check(tmp_path, byte):
    path = tmp_path / "coprod.sqlite3"
    _database(path)
    _flip(
        path,
        b"session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,\n            method",
        byte,
        at=0,
    )
    with pytest.raises(CoprodError) as caught:
        open_database(path)
    assert "\n" not in str(caught.value) and "damaged" in str(caught.value)
    for argv in (["check"], ["session", "list"]):
        assert "damaged" in one_line(run_cli("--db", str(path), *argv))
    result = run_cli("--db", str(path), "check", "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False and CHECK_KEYS <= set(report)
    assert len(report["problems"]) == 1 and "\n" not in report["problems"][0]


def test_a_schema_entry_changed_with_writable_schema_is_one_sentence(tmp_path):
    path = tmp_path / "coprod.sqlite3"
    _database(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'views'").fetchone()[0]
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'views'", [sql.replace("(", "('", 1)])
    conn.commit()
    conn.close()
    err = one_line(run_cli("--db", str(path), "check"))
    assert "schema" in err and "views" in err
