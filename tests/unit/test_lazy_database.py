"""The database handle reads at start-up without sqlite-utils; table writes reach sqlite-utils through `db.utils`."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from coprod_app.storage.database import AppDatabase, open_database
from coprod_app.storage.migrations import KNOWN_MIGRATIONS, MIGRATION_SET

ROOT = Path(__file__).resolve().parents[2]


def test_opening_an_existing_file_and_reading_does_not_load_sqlite_utils(db_path):
    open_database(db_path).close()  # made, upgraded and given its device id
    script = (
        "import sys\n"
        "from coprod_app.storage.database import open_database\n"
        "from coprod_app.storage.sessions import list_sessions\n"
        f"db = open_database({str(db_path)!r}, check_in_background=True)\n"
        "list_sessions(db)\n"
        "print('sqlite_utils' in sys.modules)\n"
        "db.utils\n"
        "print('sqlite_utils' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["False", "True"]


def test_a_new_file_gets_every_migration(tmp_path):
    db = open_database(tmp_path / "new.sqlite3")
    applied = [
        r[0]
        for r in db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
        ).fetchall()
    ]
    assert applied == list(KNOWN_MIGRATIONS)
    db.close()


def test_writes_through_execute_are_committed_at_once(db_path):
    db = open_database(db_path)
    db.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
    assert not db.conn.in_transaction
    other = sqlite3.connect(db_path)
    assert other.execute("SELECT value FROM meta WHERE key = 'k'").fetchone() == ("v",)
    other.close()
    db.close()


def test_table_writes_are_sqlite_utils_on_the_same_connection(db_path):
    db = open_database(db_path)
    assert isinstance(db, AppDatabase)
    assert db.utils.conn is db.conn
    assert db.utils is db.utils  # made once
    assert "views" in db.utils.table_names()
    assert db["meta"].count >= 1
    with db.atomic():
        db["meta"].insert({"key": "a", "value": "1"})
    assert db.execute("SELECT value FROM meta WHERE key = 'a'").fetchone() == ("1",)
    db.close()


def test_a_migrations_table_of_another_shape_is_brought_up_to_date(tmp_path):
    path = tmp_path / "old.sqlite3"
    open_database(path).close()
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT migration_set, name, applied_at FROM _sqlite_migrations").fetchall()
    conn.executescript(
        "DROP TABLE _sqlite_migrations;"
        "CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT);"
    )
    conn.executemany("INSERT INTO _sqlite_migrations VALUES (?, ?, ?)", rows)
    conn.commit()
    conn.close()
    db = open_database(path)
    pks = [r[1] for r in db.conn.execute("PRAGMA table_info(_sqlite_migrations)") if r[5]]
    assert pks == ["id"]
    names = [r[0] for r in db.execute("SELECT name FROM _sqlite_migrations").fetchall()]
    assert names == list(KNOWN_MIGRATIONS)  # nothing applied twice
    db.close()


def test_with_open_database_closes_it(tmp_path):
    import sqlite3

    import pytest

    from coprod_app.storage.database import open_database

    with open_database(tmp_path / "db" / "coprod.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM sessions").fetchone() == (0,)
    with pytest.raises(sqlite3.ProgrammingError):
        db.execute("SELECT 1")
