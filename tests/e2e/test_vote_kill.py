"""kill -9 right after the thank-you screen: that vote is in `results` after a restart.

A child process runs the real participant window (offscreen), votes by keyboard,
prints THANK-YOU the moment the thank-you page is on screen, and waits. We kill it
with SIGKILL at once and read the results with the command line.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from tests.conftest import ROOT

HANG_GUARD_SECONDS = 120  # not a timing assertion: a hung child fails instead of hanging the suite

VOTER = textwrap.dedent("""
    import sys
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv)
    from coprod_app.storage.database import open_database
    from coprod_app.ui.voting.participant_screen import ParticipantScreen

    db = open_database(sys.argv[1])
    screen = ParticipantScreen(db, int(sys.argv[2]), next_person_ms=600_000, press_guard_ms=0)  # keys at code speed
    screen.resize(1024, 768)
    screen.show()

    def said_thanks(_index):
        if screen.current_page() is screen.thanks:
            print("THANK-YOU", flush=True)

    screen.stack.currentChanged.connect(said_thanks)
    start = screen.welcome.start_button
    start.setFocus()
    QTest.keyClick(start, Qt.Key_Space)
    cards = list(screen.ballot.cards.values())
    QTest.keyClick(cards[0], Qt.Key_Space)
    QTest.keyClick(cards[0], Qt.Key_Right)
    QTest.keyClick(cards[1], Qt.Key_Space)
    screen.ballot.done_button.setFocus()
    QTest.keyClick(screen.ballot.done_button, Qt.Key_Return)
    QTest.keyClick(screen.review.yes_button, Qt.Key_Return)
    app.exec()
""")


def _cli(db, *argv):
    done = subprocess.run(
        [sys.executable, "-m", "coprod_app", "--db", str(db), *argv, "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_SECONDS,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("run", range(3))
def test_vote_survives_kill_right_after_thank_you(tmp_path, run):
    db = tmp_path / "vote.sqlite3"
    session = _cli(db, "session", "new", "--title", "Kill", "--date", "2026-01-01", "--forum", "youth-forum")[
        "id"
    ]
    rnd = _cli(db, "round", "new", "--session", str(session), "--method", "rank", "--max", "2")["id"]
    subprocess.run(
        [sys.executable, "-m", "coprod_app", "--db", str(db), "pin", "set", "--pin", "2468"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=HANG_GUARD_SECONDS,
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", VOTER, str(db), str(rnd)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        out = b""
        deadline = time.monotonic() + HANG_GUARD_SECONDS
        while b"THANK-YOU" not in out:
            ready, _, _ = select.select([child.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                pytest.fail("the voter never showed the thank-you page")
            chunk = os.read(child.stdout.fileno(), 4096)
            if not chunk:
                pytest.fail(
                    f"the voter stopped by itself: {child.stderr.read().decode(errors='replace')[-2000:]}"
                )
            out += chunk
        os.kill(child.pid, signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
    assert child.returncode == -signal.SIGKILL

    results = _cli(db, "results", "--round", str(rnd))
    assert results["ballots"] == 1
    top = [(c["key"], c["score"], c["rank"]) for c in results["commitments"][:2]]
    assert top == [("commitment-1.1", 2, 1), ("commitment-1.2", 1, 2)]
    assert _cli(db, "check")["ok"] is True
