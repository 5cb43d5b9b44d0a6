"""Backup and restore of the whole database (issue 6)."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from pathlib import Path

import pytest

from coprod_app.storage.backup import (
    backup_database,
    check_backup,
    newest_good_backup,
    restore_database,
)
from coprod_app.storage.database import StorageError, open_database
from coprod_app.storage.views import list_views
from tests.unit.bundle_helpers import add_views, db_files_hash, full_session, laptop, snapshot


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "db" / "coprod.sqlite3"


@pytest.fixture
def db(db_path):
    database = laptop(db_path)
    yield database
    database.close()


def test_database_path_comes_from_the_connection(db, db_path):
    assert db.path == db_path.resolve()


def test_backup_is_a_dated_private_single_file_with_everything_in_it(db, db_path):
    session_id = full_session(db)
    # Unchecked-pointed writes sit in the -wal; the backup must still hold them.
    assert (db_path.parent / "coprod.sqlite3-wal").stat().st_size > 0
    out = backup_database(db)
    assert out.parent == db_path.parent / "backups"
    assert re.fullmatch(r"coprod-\d{4}-\d\d-\d\dT\d{6}\.sqlite3", out.name)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert not os.path.exists(str(out) + "-wal")
    assert check_backup(out)["views"] == 6
    copy = open_database(out)
    try:
        assert snapshot(copy) == snapshot(db)
        assert len(list_views(copy, session_id)) == 6
    finally:
        copy.close()
    second = backup_database(db)
    assert second != out and second.exists(), "two backups in the same second do not overwrite each other"


def test_backup_to_a_chosen_file(db, tmp_path):
    full_session(db)
    out = backup_database(db, tmp_path / "usb" / "before-event.sqlite3")
    assert out == tmp_path / "usb" / "before-event.sqlite3" and check_backup(out)["sessions"] == 1
    with pytest.raises(StorageError, match="folder"):
        backup_database(db, tmp_path)


def test_restore_puts_the_backup_back_and_keeps_the_replaced_database(db, db_path):
    session_id = full_session(db)
    good = snapshot(db)
    backup = backup_database(db)
    add_views(db, session_id, 4, prefix="after the backup")
    after = snapshot(db)

    result = restore_database(db_path, backup)
    assert snapshot(db) == good, "the open connection sees the restored data"
    kept = result["replaced_kept_as"]
    assert kept and re.search(r"coprod\.sqlite3\.replaced-\d{4}-\d\d-\d\dT\d{6}$", kept)
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o600
    kept_db = open_database(kept)
    try:
        assert snapshot(kept_db) == after, "nothing of the replaced database is lost"
    finally:
        kept_db.close()
    reopened = open_database(db_path)
    try:
        assert snapshot(reopened) == good
        assert reopened.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        reopened.close()


@pytest.mark.parametrize("kind", ["not sqlite", "damaged", "another program", "newer version", "missing"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(db, db_path, tmp_path, kind):
    full_session(db)
    bad = tmp_path / "bad.sqlite3"
    if kind == "not sqlite":
        bad.write_text("hello")
    elif kind == "another program":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE photos (id INTEGER)")
        conn.commit()
        conn.close()
    elif kind in ("damaged", "newer version"):
        good = backup_database(db, bad)
        if kind == "newer version":
            conn = sqlite3.connect(good)
            conn.execute(
                "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                "VALUES ('coprod_app', '0099_future', '2030-01-01')"
            )
            conn.commit()
            conn.close()
        else:
            data = bytearray(bad.read_bytes())
            page = 4096
            for offset in range(
                page * 2, len(data) - 100, page
            ):  # scribble over every page but the first two
                data[offset + 10 : offset + 90] = b"\xde\xad" * 40
            bad.write_bytes(bytes(data))
    before = db_files_hash(db_path), sorted(os.listdir(db_path.parent))
    with pytest.raises(StorageError) as info:
        restore_database(db_path, bad)
    assert "\n" not in str(info.value)
    assert {
        "not sqlite": "not an SQLite file",
        "damaged": "damaged",
        "another program": "another program",
        "newer version": "newer version",
        "missing": "no backup file",
    }[kind] in str(info.value)
    assert (db_files_hash(db_path), sorted(os.listdir(db_path.parent))) == before


def test_restore_over_a_damaged_database_moves_it_aside_with_its_wal(db_path, tmp_path):
    db = laptop(db_path)
    full_session(db)
    backup = backup_database(db)
    db.close()
    db_path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)  # damaged beyond reading
    assert newest_good_backup(db_path) == backup
    result = restore_database(db_path, backup)
    assert Path(result["replaced_kept_as"]).read_bytes()[:16] == b"SQLite format 3\x00"
    restored = open_database(db_path)
    try:
        assert restored.execute("SELECT count(*) FROM views").fetchone()[0] == 6
    finally:
        restored.close()


def test_restore_into_a_missing_database_creates_it(db, tmp_path):
    full_session(db)
    backup = backup_database(db)
    target = tmp_path / "new-laptop" / "coprod.sqlite3"
    result = restore_database(target, backup)
    assert result["replaced_kept_as"] is None
    restored = open_database(target)
    try:
        assert snapshot(restored) == snapshot(db)
    finally:
        restored.close()


def test_newest_good_backup_skips_damaged_ones(db, db_path):
    assert newest_good_backup(db_path) is None
    full_session(db)
    older = backup_database(db)
    newer = backup_database(db)
    os.utime(older, (1_000_000, 1_000_000))
    assert newest_good_backup(db_path) == newer
    newer.write_bytes(b"not a database")
    assert newest_good_backup(db_path) == older
