"""A button on a participant card: Enter presses it; the arrow keys are left to the ballot.

Also the ballot's "help me" button, with its raised hand drawn (no words needed to find it).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QPushButton, QWidget

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


def paint_raised_hand(painter: QPainter, r: QRectF, colour: QColor) -> None:
    """A raised open hand (palm, four fingers, thumb): "I need help" without words."""
    s = min(r.width(), r.height())
    x, y = r.center().x() - s / 2, r.center().y() - s / 2
    painter.save()
    painter.setPen(QPen(colour, max(2.0, s * 0.05), Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
    painter.setBrush(colour)
    finger = s * 0.13
    for i, top in enumerate((0.14, 0.04, 0.08, 0.2)):  # index to little finger, the middle one tallest
        left = x + s * (0.26 + i * 0.14)
        painter.drawRoundedRect(QRectF(left, y + s * top, finger, s * 0.5), finger / 2, finger / 2)
    painter.drawRoundedRect(QRectF(x + s * 0.24, y + s * 0.45, s * 0.56, s * 0.45), s * 0.14, s * 0.14)
    thumb = QPainterPath(QPointF(x + s * 0.28, y + s * 0.62))
    thumb.lineTo(QPointF(x + s * 0.08, y + s * 0.42))
    painter.setBrush(Qt.NoBrush)
    painter.setPen(QPen(colour, s * 0.12, Qt.SolidLine, Qt.RoundCap))
    painter.drawPath(thumb)
    painter.restore()


class HelpButton(BallotButton):
    """ "Help me", with a raised hand: one press quietly tells the facilitator."""

    enter_repeats = False  # one press, one call for help

    def __init__(self, text: str, scale: float, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.scale = scale
        self.colour = colour
        hand = round(40 * scale)
        self.setStyleSheet(
            f"QPushButton {{ padding-left: {hand + round(20 * scale)}px; padding-right: {round(16 * scale)}px; }}"
        )
        self.setAutoDefault(False)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        side = 40 * self.scale
        paint_raised_hand(
            painter, QRectF(10 * self.scale, (self.height() - side) / 2, side, side), QColor(self.colour)
        )
        painter.end()
