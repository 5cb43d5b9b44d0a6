"""A button on a participant card: Enter presses it; the arrow keys are left to the ballot."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton

ARROWS = (Qt.Key_Left, Qt.Key_Right, Qt.Key_Up, Qt.Key_Down)


class BallotButton(QPushButton):
    # A held Enter presses again and again unless a subclass says not to (e.g. read aloud).
    enter_repeats = True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and (self.enter_repeats or not event.isAutoRepeat()):
            self.click()
            return
        if event.key() in ARROWS:
            event.ignore()  # the ballot moves focus
            return
        super().keyPressEvent(event)
