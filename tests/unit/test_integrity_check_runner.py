"""The background integrity check is a plain function storage offers and the window runs in its thread
pool: no write ever waits for a check nobody started, and a check stopped because the app is closing
is not a finding."""

from __future__ import annotations

import ast
import hashlib
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest

from coprod_app.storage import integrity
from coprod_app.storage.database import StorageError, open_database
from coprod_app.storage.integrity import integrity_check
from coprod_app.storage.sessions import create_session
from tests.unit.test_storage import _orphan_pages, make_database


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_write_runs_the_check_nobody_started_and_a_damaged_file_refuses_it(db_path):
    make_database(db_path, views=3)
    _orphan_pages(db_path)
    before = sha256(db_path)
    db = open_database(db_path, check_in_background=True)
    check = integrity_check(db)
    assert not check.done  # nothing has run it: storage starts no thread of its own
    with pytest.raises(StorageError) as caught:
        create_session(db, title="Tonight", date="2026-11-20", forum="youth-forum")
    assert check.done and str(caught.value) == check.problem and "damaged" in check.problem
    db.close()
    assert sha256(db_path) == before


def test_a_check_stopped_as_the_app_closes_is_no_finding_and_runs_again_before_a_write(db_path):
    make_database(db_path, views=3)
    _orphan_pages(db_path)
    db = open_database(db_path, check_in_background=True)
    check = integrity_check(db)
    assert check.run(cancelled=lambda: True) is None
    assert not check.done and check.problem is None and check.skipped is None
    with pytest.raises(StorageError, match="damaged"):  # the write ran it, uncancelled, first
        create_session(db, title="Tonight", date="2026-11-20", forum="youth-forum")
    db.close()


class _NoticingCondition(threading.Condition):
    """The check's condition, saying when someone has to wait on it (the check runs elsewhere)."""

    def __init__(self) -> None:
        super().__init__()
        self.someone_waits = threading.Event()

    def wait_for(self, predicate, timeout=None):
        if not predicate():
            self.someone_waits.set()
        return super().wait_for(predicate, timeout)


def test_a_write_while_the_pool_runs_the_check_waits_for_that_run(db_path, monkeypatch):
    session_id = make_database(db_path, views=3)
    real_quick_check = integrity.quick_check
    started, release, runs = threading.Event(), threading.Event(), []

    def slow_quick_check(conn):
        runs.append(threading.current_thread())
        started.set()
        release.wait(60)
        return real_quick_check(conn)

    monkeypatch.setattr(integrity, "quick_check", slow_quick_check)
    db = open_database(db_path, check_in_background=True)
    check = integrity_check(db)
    check._changed = _NoticingCondition()
    pool_thread = threading.Thread(target=check.run)  # what the window's thread pool does
    pool_thread.start()
    assert started.wait(60)
    saved = []

    def release_once_the_write_waits():
        # The write is blocked inside the check's wait (it has let go of the lock), and only
        # `release` can end the running check: nothing was saved yet.
        if check._changed.someone_waits.wait(60):
            with closing(sqlite3.connect(db_path)) as reader:
                saved.append(reader.execute("SELECT count(*) FROM sessions").fetchone()[0])
            saved.append(check.done)
        release.set()

    releaser = threading.Thread(target=release_once_the_write_waits)
    releaser.start()
    create_session(db, title="Typed in the first second", date="2026-11-20", forum="youth-forum")
    releaser.join(60)
    pool_thread.join(60)
    assert saved == [1, False], "the write must wait for the running check before saving"
    assert runs == [pool_thread], "the write must wait for the running check, not run a second one"
    assert check.done and check.problem is None
    assert db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 2
    assert session_id
    db.close()


def test_storage_starts_no_thread_and_imports_no_qt():
    source = Path(integrity.__file__).read_text(encoding="utf-8")
    calls = {
        node.func.attr
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    }
    assert "Thread" not in calls and "PySide6" not in source
