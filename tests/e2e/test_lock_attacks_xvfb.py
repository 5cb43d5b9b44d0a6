"""The locked voting screen attacked from outside the app, under Xvfb and openbox (issue 14, part 1).

A window can be unmapped (`xdotool windowunmap`) or its X window destroyed (`xdotool windowclose`)
behind Qt's back: Qt still takes the voting screen for shown, so "Back to voting" on the lock cover
did nothing, and the only way on was the facilitator PIN, which ends voting. Each test reads the
screen with tesseract: no photograph may show the session's words, and "Back to voting" must bring
the ballot back.
"""

from __future__ import annotations

import pytest

from tests.e2e.test_lock_screen_xvfb import WORDS, real_app, start_voting
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
