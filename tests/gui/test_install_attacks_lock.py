"""A window lock file left read-only by a crash no longer keeps the database "already open" for ever.

Found by trying issue 18 as a user: a crashed window's lock file made read-only (copied from a
stick or a backup with the rest of the folder, a Windows read-only attribute) was stale, but Qt
could not open it to remove it, so every start said "already open in another coprod-app window".
Root ignores file modes, so as root the attempt runs in a forked child that is an ordinary user.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from coprod_app.ui.single_instance import AlreadyOpen, lock_path, take_database_lock
from tests.gui.test_single_window import HOLD
from tests.installed import NOBODY, as_ordinary_user

TAKEN, REFUSED = 0, 1


def _as_ordinary_user(path: Path) -> int:
    """TAKEN or REFUSED: what take_database_lock(path) does for a user who is not root."""
    return as_ordinary_user(lambda: _attempt(path), failed=2)


def _attempt(path: Path) -> int:
    try:
        lock = take_database_lock(path)
    except AlreadyOpen:
        return REFUSED
    assert lock is not None
    lock.unlock()
    return TAKEN


@pytest.fixture
def folder():
    """A database folder an ordinary user owns (tmp_path is inside root's private folder)."""
    made = Path(tempfile.mkdtemp(prefix="coprod-lock-"))
    if os.geteuid() == 0:
        os.chown(made, NOBODY, NOBODY)
    yield made
    shutil.rmtree(made, ignore_errors=True)


def _hold(path: Path) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(lock_path(path))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    return holder


def _own(path: Path) -> None:
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)


def test_a_read_only_lock_left_by_a_crashed_window_is_taken_over(qapp, folder):
    path = folder / "coprod.sqlite3"
    holder = _hold(path)
    holder.send_signal(signal.SIGKILL)  # the window crashes: its lock file stays behind
    holder.wait(timeout=30)
    _own(lock_path(path))
    lock_path(path).chmod(0o444)
    assert _as_ordinary_user(path) == TAKEN, "a stale read-only lock must not keep the database closed"


def test_a_read_only_lock_of_a_running_window_is_still_obeyed(qapp, folder):
    path = folder / "coprod.sqlite3"
    holder = _hold(path)
    try:
        _own(lock_path(path))
        lock_path(path).chmod(0o444)
        assert _as_ordinary_user(path) == REFUSED
    finally:
        holder.kill()
        holder.wait(timeout=30)
