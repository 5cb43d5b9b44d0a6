"""Restoring while the window holds the database (issue 18, part 3).

On Windows a file another process has open cannot be replaced, so restore must never replace the
database file: it writes the backup through SQLite's backup API into the live database, and the
window (another process) notices the commit through PRAGMA data_version and reloads. These tests
hold the database open in a second process, as the window does, while restore runs.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from coprod_app.domain.view import ViewDraft
from coprod_app.storage.backup import backup_database, restore_database
from coprod_app.storage.views import list_views, record_view
from tests.conftest import ROOT

# A stand-in for the window: opens the database as the window does and keeps that one connection,
# answering each line it reads with what that connection sees now.
WINDOW = r"""
import json, sys
from coprod_app.storage.database import open_database
db = open_database(sys.argv[1], check_in_background=True)
print(json.dumps({"ready": True}), flush=True)
for line in sys.stdin:
    version = db.conn.execute("PRAGMA data_version").fetchone()[0]
    texts = [r[0] for r in db.conn.execute("SELECT text FROM views ORDER BY id")]
    print(json.dumps({"data_version": version, "texts": texts}), flush=True)
db.close()
"""


@pytest.fixture
def window_process(db_path):
    proc = subprocess.Popen(
        [sys.executable, "-c", WINDOW, str(db_path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )

    def ask() -> dict:
        proc.stdin.write("look\n")
        proc.stdin.flush()
        line = proc.stdout.readline()
        assert line, f"the window process ended: {proc.stderr.read()[-2000:]}"
        return json.loads(line)

    assert json.loads(proc.stdout.readline()) == {"ready": True}, proc.stderr.read()[-2000:]
    try:
        yield ask
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)


def test_restore_while_another_process_holds_the_database_open(
    db, db_path, session, window_process, tmp_path
):
    record_view(db, session.id, ViewDraft(text="In the backup"))
    saved = backup_database(db, tmp_path / "saved.sqlite3")
    record_view(db, session.id, ViewDraft(text="Added after the backup"))
    before = window_process()
    assert before["texts"] == ["In the backup", "Added after the backup"]
    inode = os.stat(db_path).st_ino

    result = restore_database(db_path, saved)

    after = window_process()
    assert after["texts"] == ["In the backup"], "the window's own connection reads the backup's data"
    assert after["data_version"] != before["data_version"], "so the window's watch reloads"
    assert os.stat(db_path).st_ino == inode, "written through SQLite, not by replacing the file (Windows)"
    kept = result["replaced_kept_as"]
    with sqlite3.connect(kept) as conn:  # the replaced database is kept, as before
        assert [r[0] for r in conn.execute("SELECT text FROM views ORDER BY id")] == [
            "In the backup",
            "Added after the backup",
        ]
    assert [v.text for v in list_views(db, session.id)] == ["In the backup"]  # this process's connection too


def test_restore_never_replaces_or_removes_the_database_file(db, db_path, session, tmp_path, monkeypatch):
    record_view(db, session.id, ViewDraft(text="words"))
    saved = backup_database(db, tmp_path / "saved.sqlite3")
    touched = []
    real_replace, real_unlink = os.replace, os.unlink
    monkeypatch.setattr(
        os, "replace", lambda a, b: (touched.append(("replace", str(b))), real_replace(a, b))[1]
    )
    monkeypatch.setattr(os, "unlink", lambda a: (touched.append(("unlink", str(a))), real_unlink(a))[1])
    restore_database(db_path, saved)
    assert [t for t in touched if t[1] in (str(db_path), f"{db_path}-wal", f"{db_path}-shm")] == []


def test_a_backup_with_another_page_size_restores_beside_an_open_window(
    db, db_path, session, tmp_path, window_process
):
    record_view(db, session.id, ViewDraft(text="Made with 8 KiB pages"))
    saved = backup_database(db, tmp_path / "saved.sqlite3")
    with sqlite3.connect(saved) as conn:  # as another build of SQLite, or a tool, might leave it
        conn.execute("PRAGMA page_size=8192")
        conn.execute("VACUUM")
        assert conn.execute("PRAGMA page_size").fetchone()[0] == 8192
    record_view(db, session.id, ViewDraft(text="Added after the backup"))
    # Before: "The backup could not be restored ... (attempt to write a readonly database)".
    restore_database(db_path, saved)
    assert window_process()["texts"] == ["Made with 8 KiB pages"]
    assert db.conn.execute("PRAGMA page_size").fetchone()[0] == 4096
    left = [
        p.name
        for folder in (db_path.parent, db_path.parent / "backups")
        if folder.is_dir()
        for p in folder.iterdir()
        if p.name.startswith(".restore-")
    ]
    assert left == [], "scratch copy left"


def test_a_damaged_database_held_open_on_windows_says_to_close_the_window(db_path, tmp_path, monkeypatch):
    from coprod_app.storage import disk_place
    from coprod_app.storage.database import StorageError, open_database
    from coprod_app.storage.packs import ensure_default_pack

    good = open_database(tmp_path / "good.sqlite3")
    ensure_default_pack(good)
    saved = backup_database(good, tmp_path / "saved.sqlite3")
    good.close()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db_path.write_bytes(
        b"SQLite format 3\x00" + b"\xff" * 8192
    )  # too damaged to copy: it must be moved aside

    def held(src, dst):
        exc = PermissionError(
            13, "The process cannot access the file because it is being used by another process"
        )
        exc.winerror = 32
        raise exc

    monkeypatch.setattr(disk_place, "_sleep", lambda s: None)
    monkeypatch.setattr(disk_place.os, "replace", held)
    with pytest.raises(StorageError) as caught:
        restore_database(db_path, saved)
    assert str(caught.value) == (
        "The damaged database is open in another program (a coprod-app window?); close it "
        "and restore again. Nothing was restored."
    )
