"""The window's start-up runs the integrity check beside the first paint, and still never writes to a
damaged file: every write waits for the check, and a damaged file refuses it in one sentence."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest

from coprod_app.domain.view import ViewDraft
from coprod_app.storage import integrity
from coprod_app.storage.database import StorageError, open_database
from coprod_app.storage.integrity import integrity_check
from coprod_app.storage.sessions import create_session, list_sessions
from coprod_app.storage.views import list_views, record_view
from tests.unit.test_storage import (
    _another_program,
    _flip_page_headers,
    _flip_schema_page,
    _newer_version,
    _orphan_pages,
    _truncate_half,
    make_database,
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_sentence(text: str) -> str:
    assert "\n" not in text and "Traceback" not in text
    return text


def test_sound_file_opens_before_the_check_and_saves_after_it(db_path):
    session_id = make_database(db_path, views=3)
    db = open_database(db_path, check_in_background=True)
    check = integrity_check(db)
    assert check is not None
    assert check.wait(timeout=60) is None and check.done
    view = record_view(db, session_id, ViewDraft(text="Saved after the check"))
    assert [v.text for v in list_views(db, session_id)][-1] == "Saved after the check"
    assert view.id
    db.close()
    assert open_database(db_path).execute("SELECT count(*) FROM views").fetchone()[0] == 4


def test_a_write_made_while_the_check_runs_waits_for_it(db_path, monkeypatch):
    session_id = make_database(db_path, views=3)
    real_quick_check = integrity.quick_check
    release, about_to_write = threading.Event(), threading.Event()

    def slow_quick_check(conn):
        release.wait(timeout=60)
        return real_quick_check(conn)

    monkeypatch.setattr(integrity, "quick_check", slow_quick_check)
    db = open_database(db_path, check_in_background=True)
    check = integrity_check(db)
    threading.Thread(target=lambda: (about_to_write.wait(60), release.set()), daemon=True).start()
    running_when_saved = not check.done
    about_to_write.set()
    record_view(db, session_id, ViewDraft(text="Typed in the first second"))
    assert running_when_saved
    assert check.done and check.problem is None
    assert list_views(db, session_id)[-1].text == "Typed in the first second"
    db.close()


def test_damage_only_the_integrity_check_sees_refuses_every_write(db_path):
    make_database(db_path, views=3)
    _orphan_pages(db_path)
    before = sha256(db_path)
    db = open_database(db_path, check_in_background=True)  # the cheap checks pass: the window can open
    assert list_sessions(db)  # reading is fine while the check runs
    problem = integrity_check(db).wait(timeout=60)
    assert problem is not None
    assert "damaged" in one_sentence(problem) and str(db_path) in problem and "backup" in problem
    with pytest.raises(StorageError) as caught:
        create_session(db, title="Tonight", date="2026-11-20", forum="youth-forum")
    assert str(caught.value) == problem
    with pytest.raises(sqlite3.DatabaseError):  # a write that does not go through `writing` is refused too
        db.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    with pytest.raises(StorageError):  # and it stays refused
        create_session(db, title="Again", date="2026-11-20", forum="youth-forum")
    db.close()
    assert sha256(db_path) == before


@pytest.mark.parametrize(
    "spoil",
    [_flip_page_headers, _flip_schema_page, _orphan_pages, _truncate_half, _another_program, _newer_version],
)
def test_bad_files_are_refused_at_open_or_by_the_check_and_left_untouched(db_path, spoil):
    session_id = make_database(db_path, views=30)
    spoil(db_path)
    before = sha256(db_path)
    try:
        db = open_database(db_path, check_in_background=True)
    except StorageError as exc:
        assert one_sentence(str(exc))
    else:
        check = integrity_check(db)
        problem = check.wait(timeout=60) if check else None
        if check is None:  # opening had to write, so it checked first; the file must have been sound
            pytest.fail("a spoiled file was opened for writing without a check")
        assert problem is not None and "damaged" in one_sentence(problem)
        with pytest.raises((StorageError, sqlite3.DatabaseError)):
            record_view(db, session_id, ViewDraft(text="must not be written"))
        db.close()
    assert sha256(db_path) == before


def test_opening_that_must_write_checks_first(db_path, tmp_path):
    fresh = tmp_path / "new.sqlite3"
    db = open_database(fresh, check_in_background=True)  # a new file is made and upgraded: nothing to check
    assert integrity_check(db) is None
    db.close()
    make_database(db_path, views=3)
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM meta WHERE key = 'device_id'")  # opening will write a device id
    conn.commit()
    conn.close()
    _orphan_pages(db_path)
    before = sha256(db_path)
    with pytest.raises(StorageError, match="damaged"):
        open_database(db_path, check_in_background=True)
    assert sha256(db_path) == before


def test_without_the_option_the_check_still_runs_before_open(db_path):
    make_database(db_path, views=3)
    _orphan_pages(db_path)
    with pytest.raises(StorageError, match="damaged"):
        open_database(db_path)
