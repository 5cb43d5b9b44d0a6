"""Windows-safe storage (issue 18, part 3): read-only opens by plain path, writability tried, open failures
that are not damage.

Before: read-only connections were opened by a `file:` URI, which a UNC home folder
(\\\\server\\home$\\jo) broke; the background check then called a sound database damaged when it
could not open it, and every save was refused. Writability was asked of os.access, which on Windows
reads only the read-only attribute, never the folder's permissions.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from coprod_app.domain.view import ViewDraft
from coprod_app.storage import database, integrity
from coprod_app.storage.database import connect_read_only, open_database, read_only_reason
from coprod_app.storage.integrity import integrity_check
from coprod_app.storage.views import list_views, record_view
from tests.unit.test_db_files import WORDS, _make


class _Recorder:
    """sqlite3.connect, noting what it was given."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.real = sqlite3.connect

    def __call__(self, target, *args, **kwargs):
        self.calls.append((target, kwargs))
        return self.real(target, *args, **kwargs)


# Read-only opens: the plain path -------------------------------------------------------------------


def test_a_read_only_open_takes_the_plain_path_and_refuses_writes(tmp_path, monkeypatch):
    path = tmp_path / "a?b#c%d ŵ name.sqlite3"
    _make(path)
    recorder = _Recorder()
    monkeypatch.setattr(database.sqlite3, "connect", recorder)
    conn = connect_read_only(path)
    try:
        assert conn.execute("SELECT count(*) FROM views").fetchone()[0] == len(WORDS)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("DELETE FROM views")
    finally:
        conn.close()
    assert recorder.calls == [(str(path), {"timeout": 10, "check_same_thread": True})], (
        "the plain absolute path, no URI"
    )


def test_a_unc_like_path_reaches_sqlite_as_it_is(tmp_path, monkeypatch):
    # A real folder whose name is a UNC path (backslashes are ordinary letters in a Linux name), inside a
    # folder with a space, ?, #, % and ŵ: every character must reach SQLite unchanged.
    folder = tmp_path / "Jo Bloggs ? # % ŵ" / "\\\\server\\home$\\jo"
    folder.mkdir(parents=True)
    path = folder / "coprod.sqlite3"
    session_id = _make(path)
    recorder = _Recorder()
    monkeypatch.setattr(database.sqlite3, "connect", recorder)
    conn = connect_read_only(path)
    try:
        assert conn.execute(
            "SELECT text FROM views WHERE session_id = ? ORDER BY id", [session_id]
        ).fetchall() == [(w,) for w in WORDS]
    finally:
        conn.close()
    assert [target for target, _ in recorder.calls] == [str(path)]
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "coprod.sqlite3"
    ]


def test_on_windows_a_unc_path_is_passed_without_a_uri(monkeypatch):
    # What Windows would do: ntpath.abspath keeps \\server\share\..., and the file is there.
    unc = r"\\server\home$\jo\coprod-app\db\coprod.sqlite3"
    seen = []
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        seen.append((target, kwargs.get("uri", False)))
        return real_connect(":memory:")

    monkeypatch.setattr(database.os.path, "abspath", lambda p: str(p))
    monkeypatch.setattr(database.os.path, "isfile", lambda p: p == unc)
    monkeypatch.setattr(database.sqlite3, "connect", connect)
    connect_read_only(unc).close()
    assert seen == [(unc, False)], "before, this was file://server/home$/..., which SQLite refuses"


def test_a_read_only_open_of_a_missing_file_makes_nothing(tmp_path):
    with pytest.raises(sqlite3.OperationalError, match="unable to open"):
        connect_read_only(tmp_path / "nothing.sqlite3")
    assert list(tmp_path.iterdir()) == []


def test_the_read_only_disk_fallback_still_opens_a_wal_database_without_its_shm(tmpfs):
    disk = tmpfs("size=4m")
    path = disk / "we?ird #% ŵ name.sqlite3"
    _make(path)
    assert not Path(f"{path}-shm").exists()
    import subprocess

    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    conn = connect_read_only(path)
    try:
        assert conn.execute("SELECT count(*) FROM views").fetchone()[0] == len(WORDS)
    finally:
        conn.close()


# The background check: not opening is not damage ----------------------------------------------------


def test_the_background_check_that_cannot_open_the_file_does_not_call_it_damaged(db_path, monkeypatch):
    session_id = _make(db_path)

    def cannot_open(path, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(integrity, "connect_read_only", cannot_open)
    db = open_database(db_path, check_in_background=True)
    try:
        check = integrity_check(db)
        assert check.wait(60) is None, "a sound database the check could not open was called damaged"
        assert "could not run" in check.skipped and "\n" not in check.skipped
        record_view(db, session_id, ViewDraft(text="Saved after the check was skipped"))
        assert [v.text for v in list_views(db, session_id)][-1] == "Saved after the check was skipped"
    finally:
        db.close()


def test_the_background_check_still_calls_an_unreadable_file_damaged(db_path, monkeypatch):
    _make(db_path)

    def not_a_database(path, **kwargs):
        raise sqlite3.DatabaseError("file is not a database")

    monkeypatch.setattr(integrity, "connect_read_only", not_a_database)
    db = open_database(db_path, check_in_background=True)
    try:
        problem = integrity_check(db).wait(60)
        assert problem is not None and "damaged" in problem and "not a database" in problem
    finally:
        db.close()


# Writability: tried by making a file ----------------------------------------------------------------


def test_a_read_only_disk_opens_read_only_even_when_os_access_says_writable(tmpfs, monkeypatch):
    disk = tmpfs("size=4m")
    path = disk / "coprod.sqlite3"
    session_id = _make(path)
    import subprocess

    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    monkeypatch.setattr(os, "access", lambda *a, **k: True)  # what Windows says of a folder its ACL refuses
    db = open_database(path)
    try:
        assert "read-only place" in read_only_reason(db)
        assert [v.text for v in list_views(db, session_id)] == WORDS
    finally:
        db.close()


def test_a_writable_folder_opens_for_saving_even_when_os_access_says_not(db_path, monkeypatch):
    session_id = _make(db_path)
    monkeypatch.setattr(os, "access", lambda *a, **k: False)
    db = open_database(db_path)
    try:
        assert read_only_reason(db) is None
        record_view(db, session_id, ViewDraft(text="saved"))
    finally:
        db.close()
    left = sorted(p.name for p in db_path.parent.iterdir())
    assert not [name for name in left if name.endswith(".writable")], f"the probe file stayed: {left}"


def test_a_relative_db_name_that_looks_like_a_uri_is_a_file(tmp_path, monkeypatch):
    # This SQLite is built with SQLITE_USE_URI: a plain name starting "file:" is read as a URI unless the
    # path is made absolute. Before, `--db "file:x.sqlite3?mode=memory"` saved everything into memory.
    monkeypatch.chdir(tmp_path)
    name = "file:forum.sqlite3?mode=memory"
    session_id = _make(Path(name))
    db = open_database(Path(name))
    try:
        assert [v.text for v in list_views(db, session_id)] == WORDS, "the views were saved to the file"
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        db.close()
    conn = connect_read_only(name)
    try:
        assert conn.execute("SELECT count(*) FROM views").fetchone()[0] == len(WORDS)
    finally:
        conn.close()
