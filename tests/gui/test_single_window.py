"""One window per database (issue 18, part 3): a second window on the same database says so and brings
nothing up; another database opens; a lock left by a crash is taken over; the command line is never
blocked. Before, nothing stopped two windows on one database."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from coprod_app.ui import app as app_module
from coprod_app.ui.main_window import MainWindow
from coprod_app.ui.single_instance import AlreadyOpen, lock_path, take_database_lock
from tests.unit.real_cli import run_cli


@pytest.fixture
def told(monkeypatch):
    """What message boxes said (a modal box would wait for a click)."""
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    for kind in ("information", "critical", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda parent, title, text, *a, **k: said.append(text) or QMessageBox.Ok
        )
    return said


def _main_windows() -> list:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_a_second_lock_on_one_database_is_refused_in_one_sentence(qapp, tmp_path):
    path = tmp_path / "db" / "coprod.sqlite3"
    first = take_database_lock(path)
    assert first is not None and lock_path(path).exists()
    with pytest.raises(AlreadyOpen) as caught:
        take_database_lock(path)
    assert str(caught.value) == (
        f"The database '{path}' is already open in another coprod-app window; "
        "use that window, or close it and start coprod-app again."
    )
    other = take_database_lock(tmp_path / "other" / "coprod.sqlite3")
    assert other is not None, "a different database opens fine"
    first.unlock()
    again = take_database_lock(path)
    assert again is not None, "once the first window has closed, the database opens again"
    again.unlock()
    other.unlock()


def test_two_spellings_of_one_database_share_one_lock(qapp, tmp_path):
    real = tmp_path / "db" / "coprod.sqlite3"
    real.parent.mkdir()
    (tmp_path / "link").symlink_to(real.parent)
    lock = take_database_lock(real)
    try:
        with pytest.raises(AlreadyOpen):
            take_database_lock(tmp_path / "link" / ".." / "db" / "coprod.sqlite3")
        with pytest.raises(AlreadyOpen):
            take_database_lock(tmp_path / "link" / "coprod.sqlite3")
    finally:
        lock.unlock()


HOLD = r"""
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
print("locked" if lock.tryLock(0) else "not locked", flush=True)
sys.stdin.read()
"""


def test_a_lock_left_by_a_crashed_window_is_taken_over(qapp, tmp_path):
    path = tmp_path / "db" / "coprod.sqlite3"
    path.parent.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(lock_path(path))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(AlreadyOpen):
            take_database_lock(path)  # the other window is still running
        holder.send_signal(signal.SIGKILL)  # it crashes: the lock file stays behind
        holder.wait(timeout=30)
    finally:
        if holder.poll() is None:
            holder.kill()
    assert lock_path(path).exists()
    lock = take_database_lock(path)
    assert lock is not None, "a stale lock must not keep the database closed for ever"
    lock.unlock()


def test_a_second_window_on_one_database_says_so_and_brings_nothing_up(
    qapp, db, db_path, told, capsys, monkeypatch
):
    first = take_database_lock(db_path)  # the first window
    try:
        before = _main_windows()
        assert app_module.run_app(str(db_path)) == 1
        assert _main_windows() == before, "no second window"
        sentence = "is already open in another coprod-app window; use that window, or close it and start"
        assert len(told) == 1 and sentence in told[0] and "\n" not in told[0]
        assert sentence in capsys.readouterr().err
    finally:
        first.unlock()


def test_the_command_line_runs_beside_a_locked_database(qapp, db, db_path, session):
    lock = take_database_lock(db_path)
    try:
        result = run_cli("--db", str(db_path), "session", "list", "--json")
        assert result.returncode == 0, result.stderr
        assert session.title in result.stdout.decode()
    finally:
        lock.unlock()


def test_a_database_in_a_synced_folder_shows_why_at_the_foot_of_the_window(qtbot, tmp_path, told):
    from PySide6.QtWidgets import QLabel

    from tests.gui.conftest import start_app_window

    window = start_app_window(qtbot, tmp_path / "OneDrive - Stockton Council" / "coprod.sqlite3")
    label = window.findChild(QLabel, "place_warning")
    assert label is not None and label.isVisible()
    assert "is in a OneDrive folder" in label.text() and label.accessibleName() == label.text()
    window.statusBar().showMessage("a menu's hint")  # what hovering a menu does
    assert label.isVisible() and "OneDrive" in label.text()
    window.db.close()


@pytest.mark.parametrize("content", [b"", b"garbage\n"])
def test_an_empty_or_unreadable_lock_file_does_not_keep_the_database_closed(qapp, tmp_path, content):
    # With a stale time of 0 Qt never took such a file over: "already open" for ever.
    path = tmp_path / "db" / "coprod.sqlite3"
    path.parent.mkdir()
    lock_path(path).write_bytes(content)
    lock = take_database_lock(path)
    assert lock is not None
    lock.unlock()


def test_a_lock_taken_on_another_computer_names_it(qapp, tmp_path):
    path = tmp_path / "db" / "coprod.sqlite3"
    path.parent.mkdir()
    lock_path(path).write_text(
        "4242\ncoprod-app\nLIBRARY-LAPTOP-7\n"
    )  # Qt's lock file: pid, program, computer
    with pytest.raises(
        AlreadyOpen, match="open in another coprod-app window on the computer 'LIBRARY-LAPTOP-7'"
    ):
        take_database_lock(path)


def test_a_database_on_a_read_only_disk_opens_without_a_lock(qapp, tmpfs):
    disk = tmpfs("ro,size=1m")
    assert take_database_lock(disk / "coprod.sqlite3") is None  # nothing can be saved there by any window
