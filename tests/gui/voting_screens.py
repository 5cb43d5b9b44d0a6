"""What the voting-screen tests share: a clock the test moves, a speech engine that only listens,
a key pressed where keyboard focus is, and the votes as the database stores them.

The fixture that shows a screen and ends its voting afterwards is `show_screen` in conftest.py.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


class Clock:
    """The screen's (or the ballot's) clock for its guards against double presses: time moves only
    when the test moves it."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def wait(self, ms: float) -> None:
        self.now += ms / 1000


class FakeSpeech:
    """A speech engine that keeps what it was asked to say."""

    def __init__(self) -> None:
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        pass


def press(key, modifiers=Qt.NoModifier) -> None:
    """One key, sent where keyboard focus is, as a keyboard sends it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has keyboard focus"
    QTest.keyClick(target, key, modifiers)


def stored_votes(db, round_id: int) -> list:
    """The round's votes as stored, in the order they were cast."""
    rows = db.execute("SELECT choices FROM votes WHERE round_id = ? ORDER BY id", [round_id])
    return [json.loads(r[0]) for r in rows]
