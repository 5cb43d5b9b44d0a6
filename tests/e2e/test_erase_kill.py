"""kill -9 during an erase leaves no words in the database file or its -wal after the next open (issue 14).

A separate process (eraser.py) erases a participant and stops just before a chosen SQL
statement; we kill it there with SIGKILL, open the database as the app does, and search
the raw bytes of the file and its -wal for the erased words.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coprod_app.domain.view import ViewDraft
from coprod_app.storage.database import open_database
from coprod_app.storage.packs import ensure_default_pack
from coprod_app.storage.sessions import add_participant, create_session, list_participants
from coprod_app.storage.views import list_views, record_view
from coprod_app.storage.wiping import file_contains, searchable_bytes
from tests.conftest import ROOT

ERASER = Path(__file__).with_name("eraser.py")
SECRET = "Snickerdoodle-8830 take out what I said"
KEEP = "Ottercombe-1177 the other child's words"
# Not a timing assertion: only a guard so that a hung eraser fails the test instead of hanging it.
HANG_GUARD_SECONDS = 120

# Where the erase is killed: inside its transaction (rows half deleted, nothing committed), after the
# delete is committed but before the file is rewritten, and between VACUUM and emptying the WAL.
STOPS = ["DELETE FROM votes", "DELETE FROM participants", "VACUUM", "PRAGMA wal_checkpoint"]


def _database(path: Path):
    db = open_database(path)
    ensure_default_pack(db)
    db.execute("PRAGMA secure_delete=OFF")
    s = create_session(db, title="Kill during erase", date="2026-11-20", forum="youth-forum")
    child = add_participant(db, s.id, quote_consent=True)
    other = add_participant(db, s.id)
    record_view(db, s.id, ViewDraft(text=f"{SECRET} (short)", participant=child.code))
    record_view(db, s.id, ViewDraft(text=(SECRET + " ") * 400, participant=child.code))  # overflow pages
    record_view(db, s.id, ViewDraft(text=KEEP, participant=other.code))
    db.close()  # folds the WAL into the file, as after a restart
    return s.id, child.code, other.code


def _words_in(path: Path) -> list[str]:
    needles = searchable_bytes([SECRET])
    return [f.name for f in (path, Path(f"{path}-wal")) if file_contains(f, needles)]


def _erase_until(path: Path, session_id: int, code: str, stop_at: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, str(ERASER), str(path), str(session_id), code, stop_at],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    )
    try:
        ready, _, _ = select.select([proc.stdout], [], [], HANG_GUARD_SECONDS)
        line = proc.stdout.readline().decode() if ready else ""
        if line.strip() != f"at {stop_at}":
            proc.kill()
            proc.wait()
            pytest.fail(
                f"the eraser did not reach {stop_at!r}: {line!r} {proc.stderr.read().decode()[-2000:]}"
            )
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()


@pytest.mark.parametrize("stop_at", STOPS)
def test_kill_9_during_erase_leaves_no_words_after_the_next_open(tmp_path, stop_at):
    path = tmp_path / "db" / "coprod.sqlite3"
    session_id, code, other = _database(path)
    started = time.monotonic()
    _erase_until(path, session_id, code, stop_at)
    left = _words_in(path)
    assert left, "sanity: the words are still in the file when the erase is killed"

    db = open_database(path)  # the next open, as the window or any command does it
    try:
        assert _words_in(path) == [], f"killed at {stop_at!r}: words left in the file after the next open"
        assert [p.code for p in list_participants(db, session_id)] == [other]
        assert [v.text for v in list_views(db, session_id)] == [KEEP]
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()
    assert _words_in(path) == []
    print(
        f"\nkill -9 at {stop_at!r}: words were in {', '.join(left)}; none after the next open "
        f"({time.monotonic() - started:.1f} s)"
    )
