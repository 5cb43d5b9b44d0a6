"""The open database says what it is: its file, a plain connection for reads, sqlite-utils by name for writes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_app.storage.database import AppDatabase, StorageError, open_database, writing

ROOT = Path(__file__).resolve().parents[2]


def test_the_database_type_hides_nothing_behind_getattr(db_path):
    assert not hasattr(AppDatabase, "__getattr__")
    with open_database(db_path) as db:
        with pytest.raises(AttributeError):
            db.table_names  # noqa: B018 (sqlite-utils' own names are reached through db.utils, by name)
        assert "views" in db.utils.table_names()


def test_path_is_the_absolute_file_for_a_relative_db(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_database(Path("here") / "coprod.sqlite3") as db:
        assert db.path.is_absolute()
        assert db.path == (tmp_path / "here" / "coprod.sqlite3").resolve()
    # A relative name beginning "file:" is a file too (never read as a URI).
    with open_database("file:odd.sqlite3") as db:
        assert db.path == (tmp_path / "file:odd.sqlite3").resolve()


def test_path_is_the_file_for_a_database_opened_read_only(tmpfs):
    disk = tmpfs("size=4m")
    path = disk / "coprod.sqlite3"
    open_database(path).close()
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True, capture_output=True)
    with open_database(path) as db:
        with pytest.raises(StorageError, match="read-only place"):
            with writing(db):
                pass
        assert db.path == path.resolve()


def test_every_statement_runs_on_the_plain_connection_before_sqlite_utils_is_loaded(db_path):
    open_database(db_path).close()
    script = (
        "import sys\n"
        "from coprod_app.storage.database import open_database\n"
        f"db = open_database({str(db_path)!r})\n"
        # Before, only text starting with SELECT ran on the connection; this loaded sqlite-utils.
        "db.execute('WITH n AS (SELECT 1) SELECT * FROM n').fetchall()\n"
        "db.execute(\"INSERT OR REPLACE INTO meta (key, value) VALUES ('k', 'v')\")\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["False"]
    other = sqlite3.connect(db_path)
    assert other.execute("SELECT value FROM meta WHERE key = 'k'").fetchone() == ("v",)  # committed at once
    other.close()


def test_a_raw_write_inside_writing_is_part_of_the_one_transaction(db_path):
    with open_database(db_path) as db:
        other = sqlite3.connect(db_path)
        try:
            with writing(db):
                db.execute("INSERT INTO meta (key, value) VALUES ('a', '1')")
                db.conn.execute("INSERT INTO meta (key, value) VALUES ('b', '2')")
                assert other.execute("SELECT count(*) FROM meta WHERE key IN ('a', 'b')").fetchone() == (0,)
            assert other.execute("SELECT count(*) FROM meta WHERE key IN ('a', 'b')").fetchone() == (2,)
            with pytest.raises(StorageError):
                with writing(db):
                    db.execute("INSERT INTO meta (key, value) VALUES ('c', '3')")
                    db["meta"].insert(
                        {"key": "a", "value": "again"}
                    )  # the key exists: the whole action fails
            assert other.execute("SELECT count(*) FROM meta WHERE key = 'c'").fetchone() == (0,)
            assert not db.conn.in_transaction
        finally:
            other.close()
