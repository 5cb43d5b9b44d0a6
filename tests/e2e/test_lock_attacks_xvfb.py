"""The locked voting screen attacked from outside the app, under Xvfb and openbox (issue 14, part 1).

A window can be unmapped (`xdotool windowunmap`) or its X window destroyed (`xdotool windowclose`)
behind Qt's back: Qt still takes the voting screen for shown, so "Back to voting" on the lock cover
did nothing, and the only way on was the facilitator PIN, which ends voting. Each test reads the
screen with tesseract: no photograph may show the session's words, and "Back to voting" must bring
the ballot back.

The app killed while people vote (a crash, a power cut, `kill -9`; a kiosk starts it again by itself)
came back on the main window with every view, the lock gone without the PIN. It now comes back on the
locked voting screen, the main window covered before its first paint.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.e2e.test_lock_screen_xvfb import PIN, WORDS, real_app, start_voting
from tests.e2e.xvfb import wait_until


def _voting_windows(screen) -> list[str]:
    return screen.x("xdotool", "search", "--onlyvisible", "--name", "^Voting$", check=False).split()


@pytest.mark.parametrize("attack", ["windowunmap", "windowclose"])
def test_back_to_voting_brings_the_ballot_back_after_the_window_was_taken_away(tmp_path, attack):
    with real_app(tmp_path, 1024, 768) as screen:
        screen.wait_to_read("control-before-voting", "ZEBRA")
        main, voting = start_voting(screen)
        screen.x("xdotool", attack, voting)
        wait_until(lambda: not _voting_windows(screen), what=f"{attack} to take the voting screen away")
        cover = screen.wait_to_read(f"after-{attack}", "VOTING IS ON", clean=True)
        assert not [w for w in WORDS if w in cover]

        screen.x("xdotool", "windowactivate", "--sync", main)
        screen.x("xdotool", "key", "alt+b")  # Back to voting, on the main window's cover
        wait_until(lambda: bool(_voting_windows(screen)), what="the voting screen to come back")
        screen.wait_to_read("back-to-voting", "YOUR TURN", clean=True)
        assert screen.app.poll() is None, "the app must keep running"


def test_voting_killed_comes_back_locked_when_the_app_starts_again(tmp_path):
    with real_app(tmp_path, 1024, 768) as screen:
        screen.wait_to_read("control-before-voting", "ZEBRA")
        start_voting(screen)
        screen.app.kill()  # kill -9: nothing of the app runs any more
        screen.app.wait(timeout=20)
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=screen.display, QT_QPA_PLATFORM="xcb", COPROD_READ_ALOUD="off")
        screen.app = subprocess.Popen(  # as a kiosk starts it again; real_app ends this one
            [sys.executable, "-m", "coprod_app", "--db", str(tmp_path / "db" / "coprod.sqlite3")],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        wait_until(
            lambda: bool(_voting_windows(screen)), timeout=30, what="the voting screen after a restart"
        )
        screen.wait_to_read("started-again", "YOUR TURN", clean=True)
        main = screen.window("^coprod-app")
        screen.x("xdotool", "windowactivate", "--sync", main)
        screen.wait_to_read("main-window-after-restart", "VOTING IS ON", clean=True)
        # Only the PIN ends it, as before the kill.
        screen.x("xdotool", "key", "alt+u")
        screen.wait_to_read("pin-pad", "FACILITATOR PIN", clean=True)
        screen.x("xdotool", "type", "--delay", "30", PIN)
        screen.x("xdotool", "key", "Return")
        screen.wait_to_read("after-the-pin", "ZEBRA")
