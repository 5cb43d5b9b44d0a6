"""Files (issue 14, part 9): what `--db` may name, owner-only files, and a database in a read-only place.

Before: an existing empty file given as --db was silently made into a database
that stayed world-readable; a database copied in world-readable stayed so; and a
database on a read-only mount could not even be listed, exported or backed up
elsewhere ("read-only file or folder ... left untouched"). Root ignores file modes,
so the read-only place is a real read-only tmpfs mount (skipped where mount is denied).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
from pathlib import Path

import pytest

from coprod_app.domain.view import ViewDraft
from coprod_app.storage.database import StorageError, open_database
from coprod_app.storage.packs import ensure_default_pack
from coprod_app.storage.sessions import create_session
from coprod_app.storage.views import list_views, record_view
from tests.unit.real_cli import one_line, run_cli

WORDS = ["The bus is late every day 🚌", "Mae'r ŵyl yn hwyl", "<b>quiet room</b> & more"]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _mode(path: Path | str) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _make(path: Path) -> int:
    db = open_database(path)
    try:
        ensure_default_pack(db)
        s = create_session(db, title="Forum", date="2026-03-14", forum="other")
        for text in WORDS:
            record_view(db, s.id, ViewDraft(text=text))
        return s.id
    finally:
        db.close()


# Not a database ------------------------------------------------------------------------------


def test_an_empty_file_given_as_db_is_refused_and_left_as_it_was(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.touch(mode=0o644)
    os.chmod(empty, 0o644)
    err = one_line(
        run_cli(
            "--db", str(empty), "session", "new", "--title", "t", "--date", "2026-01-01", "--forum", "other"
        )
    )
    assert "empty file" in err and "not a coprod-app database" in err
    assert empty.stat().st_size == 0 and _mode(empty) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite3"]  # no -wal, no stray new file


@pytest.mark.parametrize("kind", ["text file", "folder", "pdf"])
def test_other_things_given_as_db_are_refused_in_one_sentence(tmp_path, kind):
    target = tmp_path / "coprod.sqlite3"
    if kind == "folder":
        target.mkdir()
    elif kind == "pdf":
        target.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 10)
    else:
        target.write_text("session notes, not a database\n", encoding="utf-8")
    before = sorted(os.listdir(tmp_path))
    err = one_line(run_cli("--db", str(target), "session", "list"))
    assert "not a" in err
    assert sorted(os.listdir(tmp_path)) == before


def test_only_a_missing_path_is_made_into_a_database(tmp_path):
    path = tmp_path / "new" / "coprod.sqlite3"
    result = run_cli("--db", str(path), "session", "list", "--json")
    assert result.returncode == 0 and json.loads(result.stdout) == []
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert _mode(path) == 0o600
    assert sorted(os.listdir(path.parent)) == ["coprod.sqlite3"]  # the file it was built in is gone


# Owner-only ----------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="owner-only file modes are POSIX permissions")
def test_an_existing_world_readable_database_is_made_owner_only(tmp_path):
    path = tmp_path / "coprod.sqlite3"
    _make(path)
    os.chmod(path, 0o644)  # as after `cp` with the usual umask
    db = open_database(path)
    try:
        ensure_default_pack(db)
        record_view(db, 1, ViewDraft(text="one more"))
        modes = {suffix: _mode(f"{path}{suffix}") for suffix in ("", "-wal", "-shm")}
    finally:
        db.close()
    assert modes == {"": 0o600, "-wal": 0o600, "-shm": 0o600}


@pytest.mark.skipif(os.name != "posix", reason="owner-only file modes are POSIX permissions")
def test_a_new_database_is_owner_only_whatever_the_umask(tmp_path):
    path = tmp_path / "coprod.sqlite3"
    old = os.umask(0)
    try:
        result = run_cli(
            "--db", str(path), "session", "new", "--title", "t", "--date", "2026-01-01", "--forum", "other"
        )
    finally:
        os.umask(old)
    assert result.returncode == 0
    assert _mode(path) == 0o600


# A read-only place ---------------------------------------------------------------------------


def _remount_read_only(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True, capture_output=True)


@pytest.fixture
def read_only_db(tmpfs, tmp_path):
    disk = tmpfs("size=4m")
    path = disk / "we?ird #% ŵ name.sqlite3"  # characters a file: URI must escape
    session_id = _make(path)
    _remount_read_only(disk)
    return path, session_id


def test_a_database_on_a_read_only_disk_lists_exports_and_backs_up_elsewhere(read_only_db, tmp_path):
    path, session_id = read_only_db
    before = _sha(path)
    out = tmp_path / "out"
    out.mkdir()

    def cli(*argv):
        return run_cli("--db", str(path), *argv)

    sessions = json.loads(cli("session", "list", "--json").stdout)
    assert [s["title"] for s in sessions] == ["Forum"]
    views = json.loads(cli("view", "list", "--session", str(session_id), "--json").stdout)
    assert [v["text"] for v in views] == WORDS
    assert cli("check").returncode == 0
    for argv in (
        ["export", "officer", "--session", str(session_id), "--out", str(out / "officer.pdf")],
        ["export", "csv", "--out", str(out / "csv")],
        ["backup", "--out", str(out / "copy.sqlite3")],
    ):
        result = cli(*argv)
        assert result.returncode == 0, result.stderr.decode()
    assert (out / "officer.pdf").read_bytes()[:5] == b"%PDF-"
    assert "Mae'r ŵyl yn hwyl" in (out / "csv" / "views.csv").read_text(encoding="utf-8-sig")
    copy = run_cli("--db", str(out / "copy.sqlite3"), "view", "list", "--session", str(session_id), "--json")
    assert [v["text"] for v in json.loads(copy.stdout)] == WORDS
    assert _sha(path) == before


def test_saving_to_a_database_on_a_read_only_disk_says_why_in_one_sentence(read_only_db):
    path, session_id = read_only_db
    before = _sha(path)
    for argv in (
        ["session", "new", "--title", "t", "--date", "2026-01-01", "--forum", "other"],
        ["view", "add", "--session", str(session_id), "--text", "more words"],
        ["session", "close", "--session", str(session_id)],
        ["participant", "new", "--session", str(session_id)],
    ):
        err = one_line(run_cli("--db", str(path), *argv))
        assert "read-only place" in err and "copy" in err and "damaged" not in err
    assert _sha(path) == before
    db = open_database(path)
    try:
        assert [v.text for v in list_views(db, session_id)] == WORDS
        with pytest.raises(StorageError, match="read-only place"):
            record_view(db, session_id, ViewDraft(text="more words"))
    finally:
        db.close()


def test_a_new_database_cannot_be_made_on_a_read_only_disk(tmpfs):
    disk = tmpfs("ro,size=1m")
    err = one_line(run_cli("--db", str(disk / "coprod.sqlite3"), "session", "list"))
    assert "could not be created" in err


def test_the_window_s_background_check_reads_a_read_only_database(read_only_db):
    from coprod_app.storage.database import read_only_reason
    from coprod_app.storage.integrity import integrity_check

    path, session_id = read_only_db
    db = open_database(path, check_in_background=True)
    try:
        assert integrity_check(db).wait(60) is None  # sound: the check's own read-only connection opened it
        assert "read-only place" in read_only_reason(db)
        assert [v.text for v in list_views(db, session_id)] == WORDS
    finally:
        db.close()


# Read-only connections: a file: URI that works on every system ----------------------------------


def test_read_only_uris_never_name_an_authority():
    from coprod_app.storage.database import file_uri

    # Path.as_uri() gives file://server/share/... for a UNC path, and SQLite refuses "server".
    assert (
        file_uri("\\\\server\\share\\coprod.sqlite3", windows=True) == "file:////server/share/coprod.sqlite3"
    )
    assert file_uri("C:\\Users\\Jo Bloggs\\coprod.sqlite3", windows=True) == (
        "file:///C:/Users/Jo%20Bloggs/coprod.sqlite3"
    )
    assert file_uri("/home/jo/a?b#c%d ŵ.sqlite3", windows=False) == (
        "file:///home/jo/a%3Fb%23c%25d%20%C5%B5.sqlite3"
    )


def test_a_read_only_connection_opens_a_path_with_uri_characters(tmp_path):
    from coprod_app.storage.database import connect_read_only

    path = tmp_path / "a?b#c%d &mode=rwc ŵ.sqlite3"
    _make(path)
    conn = connect_read_only(path)
    try:
        assert conn.execute("SELECT count(*) FROM views").fetchone()[0] == len(WORDS)
        with pytest.raises(Exception, match="readonly"):
            conn.execute("DELETE FROM views")
    finally:
        conn.close()
    made = {p.name for p in tmp_path.iterdir()} - {f"{path.name}-wal", f"{path.name}-shm"}
    assert made == {path.name}  # no file made at a name cut off at the ?, # or %
