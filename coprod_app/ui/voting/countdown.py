"""The thank-you page's countdown: "Next person in 5…" and a bar that shrinks as the seconds go.

A change that comes without warning can upset an autistic child: the page says, in words and
in a bar a non-reader can watch, when the screen will move on. The bar is one block per
second (at most MAX_BLOCKS, so a long wait still shows steps), and the blocks that have
gone are drawn as outlines, so the shrinking is told by shape, not by colour alone.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coprod_app.ui.common.i18n import translate
from coprod_app.ui.theme import DEFAULT, Palette
from coprod_app.ui.voting.pages import page_label

MAX_BLOCKS = 10
TICK_MS = 250


class CountdownBar(QWidget):
    """Blocks left to right: filled for the seconds still to go, outlined for those gone."""

    def __init__(self, scale: float, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thanks_countdown_bar")
        self.scale = scale
        self.palette_ = palette
        self.blocks = 0
        self.filled = 0
        self.setMinimumHeight(round(28 * scale))

    def set_blocks(self, blocks: int, filled: int) -> None:
        self.blocks, self.filled = blocks, max(0, min(filled, blocks))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(round(420 * self.scale), round(28 * self.scale))

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        if not self.blocks:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        colour = QColor(self.palette_.text)
        gap = 8 * self.scale
        side = min(self.height() - 4.0, (self.width() - gap * (self.blocks - 1)) / self.blocks)
        total = side * self.blocks + gap * (self.blocks - 1)
        x = (self.width() - total) / 2
        y = (self.height() - side) / 2
        painter.setPen(QPen(colour, max(2.0, 2 * self.scale)))
        for i in range(self.blocks):
            painter.setBrush(colour if i < self.filled else Qt.NoBrush)
            painter.drawRoundedRect(QRectF(x + i * (side + gap), y, side, side), side * 0.25, side * 0.25)
        painter.end()


class Countdown(QWidget):
    """Shows the time left on `timer` (the screen's next-person timer), in words and in the bar."""

    def __init__(
        self, timer: QTimer, scale: float = 1.0, parent: QWidget | None = None, *, palette: Palette = DEFAULT
    ) -> None:
        super().__init__(parent)
        self.setObjectName("thanks_countdown")
        self.timer = timer
        self.label = page_label("", 22, scale, "thanks_countdown_text", bold=True)
        self.bar = CountdownBar(scale, palette)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, round(12 * scale), 0, 0)
        layout.setSpacing(round(8 * scale))
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 0, Qt.AlignHCenter)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)

    def start(self) -> None:
        self.show_remaining(self.timer.interval())
        self._ticker.start()

    def stop(self) -> None:
        self._ticker.stop()

    def _tick(self) -> None:
        if not self.timer.isActive():
            self._ticker.stop()
            return
        self.show_remaining(self.timer.remainingTime())

    def show_remaining(self, ms: int) -> None:
        """Say how long is left; the bar has a block per second (at most MAX_BLOCKS) of the whole wait."""
        seconds = max(0, math.ceil(ms / 1000))
        total = max(1, math.ceil(self.timer.interval() / 1000))
        self.label.setText(translate("Countdown", "Next person in {seconds}…").format(seconds=seconds))
        blocks = min(total, MAX_BLOCKS)
        self.bar.set_blocks(blocks, math.ceil(blocks * seconds / total))
        self.setAccessibleName(self.label.text())
