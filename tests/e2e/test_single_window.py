"""Two real coprod-app processes on one database (issue 18, part 3), under the offscreen platform.

The first is the app as a user starts it. The second runs the same start-up (`coprod_app.cli.main`)
with its message box and its event loop replaced, so the test can read what it said and whether it
showed a window without a person to click OK: on the same database it must say, in one sentence,
that the database is already open and show nothing; on another database it opens; after the first
is killed (a crash), it opens the first database too.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from tests.conftest import ROOT

SECOND = r"""
import sys
from PySide6.QtWidgets import QApplication, QMessageBox
told = []
for kind in ("information", "critical", "warning"):
    setattr(QMessageBox, kind, staticmethod(lambda parent, title, text, *a, **k: told.append(text) or QMessageBox.Ok))

def shown_and_leave():
    from coprod_app.ui.main_window import MainWindow
    up = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    print("WINDOW" if up else "NO WINDOW", flush=True)
    return 0

QApplication.exec = staticmethod(shown_and_leave)
from coprod_app.cli import main
code = main(["--db", sys.argv[1]])
print("TOLD: " + " | ".join(told), flush=True)
sys.exit(code)
"""


def _env() -> dict:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def _second(db) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", SECOND, str(db)],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _wait_for_lock(app: subprocess.Popen, lock) -> None:
    deadline = time.monotonic() + 60  # the app's start-up, on a busy machine
    while not lock.exists():
        if app.poll() is not None:
            raise AssertionError(f"the first window exited: {app.stderr.read()[-2000:]}")
        assert time.monotonic() < deadline, "the first window never took its lock"
        time.sleep(0.05)


def test_a_second_process_on_one_database_says_so_and_another_database_opens(tmp_path):
    db = tmp_path / "db" / "coprod.sqlite3"
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "coprod_app",
            "--db",
            str(db),
            "session",
            "new",
            "--title",
            "Youth forum",
            "--date",
            "2026-11-20",
            "--forum",
            "youth-forum",
        ],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    first = subprocess.Popen(
        [sys.executable, "-m", "coprod_app", "--db", str(db)],
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_for_lock(first, db.parent / "coprod.sqlite3.lock")

        second = _second(db)
        assert second.returncode == 1, second.stderr
        assert not {"WINDOW", "NO WINDOW"} & set(second.stdout.splitlines()), (
            "it never reached its event loop"
        )
        sentence = (
            f"The database '{db}' is already open in another coprod-app window; use that window, "
            "or close it and start coprod-app again."
        )
        assert f"TOLD: {sentence}" in second.stdout
        assert second.stderr.strip().splitlines()[-1] == f"coprod-app: {sentence}"

        cli = subprocess.run(
            [sys.executable, "-m", "coprod_app", "--db", str(db), "session", "list"],
            cwd=ROOT,
            env=_env(),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert cli.returncode == 0 and "Youth forum" in cli.stdout, "the command line is never blocked"

        other = _second(tmp_path / "other" / "coprod.sqlite3")
        assert other.returncode == 0 and "WINDOW" in other.stdout.splitlines(), other.stderr

        assert first.poll() is None, "the first window is still open"
        first.send_signal(signal.SIGKILL)  # it crashes and leaves its lock file behind
        first.wait(timeout=30)
        assert (db.parent / "coprod.sqlite3.lock").exists()
        after_crash = _second(db)
        assert after_crash.returncode == 0 and "WINDOW" in after_crash.stdout.splitlines(), after_crash.stdout
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(timeout=30)
