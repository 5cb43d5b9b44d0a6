"""The facilitator's PIN: a keypad to leave the participant screen, and a dialog to set it.

Wrong tries make the next try wait longer (see domain/pin.py); the pad says how
long, and refuses tries until then without checking them. The wait is kept in
the database and counted in wall-clock time, so it outlives a restart.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain.errors import CoprodError
from coprod_app.domain.pin import MAX_LENGTH, PinGuard
from coprod_app.ui.accessibility import named, ok_cancel_buttons
from coprod_app.ui.common import plain_text
from coprod_app.ui.common.fonts import font
from coprod_app.ui.common.i18n import translate


class PinPad(QWidget):
    """PIN box, a 0-9 keypad for touch screens, Unlock and Back. Emits `unlocked` on the right PIN."""

    unlocked = Signal()
    cancelled = Signal()

    def __init__(
        self,
        guard: PinGuard,
        scale: float = 1.0,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pin_pad")
        self.guard = guard
        self.clock = clock
        title = QLabel(self.tr("Facilitator PIN"))
        title.setObjectName("pin_title")
        title.setFont(font(24, scale, bold=True))
        title.setAlignment(Qt.AlignCenter)
        self.entry = named(QLineEdit(), "pin_entry", self.tr("Facilitator PIN"))
        self.entry.setEchoMode(QLineEdit.Password)
        self.entry.setMaxLength(MAX_LENGTH)
        self.entry.setFont(font(22, scale, bold=True))
        self.entry.setAlignment(Qt.AlignCenter)
        self.entry.returnPressed.connect(self.try_unlock)
        self.message = QLabel("")
        self.message.setObjectName("pin_message")
        self.message.setProperty("role", "error")
        self.message.setFont(font(15, scale, bold=True))
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignCenter)

        keys = QGridLayout()
        keys.setSpacing(round(8 * scale))
        side = round(64 * min(scale, 1.3))  # big enough to tap at any text size, small enough to fit
        for i, digit in enumerate("123456789"):
            keys.addWidget(self._key(digit, side, scale), i // 3, i % 3)
        clear = named(QPushButton(self.tr("Clear")), "pin_clear", self.tr("Clear the PIN"))
        clear.setFont(font(13, scale))
        clear.setMinimumSize(side, side)
        clear.clicked.connect(self.entry.clear)
        keys.addWidget(clear, 3, 0)
        keys.addWidget(self._key("0", side, scale), 3, 1)
        self.unlock_button = named(QPushButton(self.tr("Unlock")), "pin_unlock", self.tr("Unlock"))
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.setFont(font(15, scale, bold=True))
        self.unlock_button.setMinimumSize(side, side)
        self.unlock_button.clicked.connect(self.try_unlock)
        keys.addWidget(self.unlock_button, 3, 2)
        self.back_button = named(
            QPushButton(self.tr("Back to voting")), "pin_back", self.tr("Back to voting")
        )
        self.back_button.setFont(font(15, scale))
        self.back_button.clicked.connect(self._cancel)

        column = QVBoxLayout()
        column.setSpacing(round(12 * scale))
        column.addWidget(title)
        column.addWidget(self.entry)
        column.addWidget(self.message)
        column.addLayout(keys)
        column.addWidget(self.back_button)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column)
        outer.addStretch(1)
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._count_down)

    def _key(self, digit: str, side: int, scale: float) -> QPushButton:
        button = named(QPushButton(digit), f"pin_key_{digit}", digit)
        button.setFont(font(18, scale, bold=True))
        button.setMinimumSize(side, side)
        button.setFocusPolicy(Qt.TabFocus)
        button.clicked.connect(lambda: self.entry.insert(digit))
        return button

    def reset(self) -> None:
        self.entry.clear()
        self._show_wait()
        self.entry.setFocus(Qt.OtherFocusReason)

    def _cancel(self) -> None:
        self.entry.clear()
        self.cancelled.emit()

    def try_unlock(self) -> None:
        attempt = self.guard.attempt(self.entry.text(), self.clock())
        self.entry.clear()
        if attempt.ok:
            self.message.setText("")
            self._tick.stop()
            self.unlocked.emit()
            return
        if not attempt.refused:
            self.message.setText(self.tr("That PIN is not right."))
        self._show_wait()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # A hidden pad has nobody to count down for; without this its timer went on reading
        # the database after the screen had gone.
        self._tick.stop()
        super().hideEvent(event)

    def _count_down(self) -> None:
        if not self.isVisible():
            self._tick.stop()
            return
        self._show_wait()

    def _show_wait(self) -> None:
        wait = self.guard.wait_left(self.clock())
        if wait > 0:
            seconds = int(wait + 0.999)
            self.message.setText(translate("PinPad", "Wrong PIN. Try again in %n second(s).", None, seconds))
            self.unlock_button.setEnabled(False)
            self._tick.start()
        else:
            self.unlock_button.setEnabled(True)
            self._tick.stop()


class PinDialog(QDialog):
    """The PIN pad in a small dialog, for the facilitator console's End button."""

    def __init__(self, guard: PinGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pin_dialog")
        self.setWindowTitle(self.tr("Facilitator PIN"))
        self.pad = PinPad(guard, 0.8)
        self.pad.back_button.setText(self.tr("Cancel"))
        self.pad.unlocked.connect(self.accept)
        self.pad.cancelled.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pad)
        self.pad.reset()


class SetPinDialog(QDialog):
    """Set this laptop's facilitator PIN (asked for twice); changing a PIN that is set needs the current one.

    `save(new_pin, current_pin)` stores it or raises a CoprodError with the sentence to show;
    `current_pin` is None when no PIN is set yet.
    """

    def __init__(
        self,
        save: Callable[[str, str | None], None],
        parent: QWidget | None = None,
        *,
        needs_current: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("set_pin_dialog")
        self.setWindowTitle(
            self.tr("Change the facilitator PIN") if needs_current else self.tr("Set the facilitator PIN")
        )
        self.save = save
        intro = QLabel(
            self.tr(
                "The PIN is needed to leave the participant screen. Use 4 to 12 digits. "
                "It is kept only on this laptop, scrambled."
            )
        )
        intro.setWordWrap(True)
        self.current = None
        if needs_current:
            self.current = named(QLineEdit(), "set_pin_current", self.tr("Current PIN"))
        self.first = named(QLineEdit(), "set_pin_first", self.tr("New PIN"))
        self.second = named(QLineEdit(), "set_pin_second", self.tr("New PIN again"))
        for box in (self.current, self.first, self.second):
            if box is not None:
                box.setEchoMode(QLineEdit.Password)
                box.setMaxLength(MAX_LENGTH)
        form = QFormLayout()
        if self.current is not None:
            form.addRow(self.tr("Current PIN"), self.current)
        form.addRow(self.tr("New PIN"), self.first)
        form.addRow(self.tr("Type it again"), self.second)
        buttons = ok_cancel_buttons(
            self, "set_pin_ok", self.tr("Save PIN"), "set_pin_cancel", on_ok=self._save
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _save(self) -> None:
        if self.first.text() != self.second.text():
            QMessageBox.warning(self, self.tr("PIN not set"), self.tr("The two PINs are different."))
            return
        try:
            self.save(self.first.text(), self.current.text() if self.current is not None else None)
        except CoprodError as exc:
            if self.current is not None:
                self.current.clear()
            plain_text.warning(self, self.tr("PIN not set"), str(exc))  # a saving error names the file
            return
        self.accept()
