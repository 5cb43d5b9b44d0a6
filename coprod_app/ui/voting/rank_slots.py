"""The 1st, 2nd, 3rd … places of a rank round, in a strip under the cards.

Each place shows its number, the card's symbol and words. Its buttons move the card up (to the
place before) or down (to the place after), or take it out; pressing one place and then another
swaps their cards (or moves a card into an empty place). Every button works by touch, mouse,
keyboard (Tab, Left/Right along the strip, Space or Enter) and switch. The strip only shows the
places and says what was pressed: the rules are domain/ballot.py's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from coprod_app.ui.accessibility import named
from coprod_app.ui.common.ballot_button import BallotButton
from coprod_app.ui.common.fonts import font
from coprod_app.ui.common.i18n import translate
from coprod_app.ui.common.swipe import swipe_scrolling
from coprod_app.ui.common.symbols import paint_symbol
from coprod_app.ui.theme import DEFAULT, Palette


def place_name(number: int) -> str:
    """ "1st", "2nd", "3rd" … in the chosen language (a number alone where a language has no such words)."""
    words = {
        1: translate("RankSlots", "1st"),
        2: translate("RankSlots", "2nd"),
        3: translate("RankSlots", "3rd"),
    }
    return words.get(number) or translate("RankSlots", "{number}th").format(number=number)


class SlotFace(BallotButton):
    """One place: its number, then the card's symbol and words (or "empty"). Checked = picked to swap."""

    def __init__(self, number: int, scale: float, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.scale = scale
        self.palette_ = palette
        self.key: str | None = None
        self.words = ""
        self.setCheckable(True)
        self.setAutoDefault(False)
        high = round(68 * scale)
        # In the style sheet too: the screen's own would make every button 112 px high at 200 %.
        self.setStyleSheet(
            f"QPushButton {{ padding: 0px; min-height: {high}px; max-height: {high}px;"
            f" min-width: {round(180 * scale)}px; }}"
        )

    def show_card(self, key: str | None, words: str) -> None:
        self.key, self.words = key, words
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        p, s = self.palette_, self.scale
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        pad = 10 * s
        painter.setPen(QColor(p.text))
        painter.setFont(font(15, s, bold=True))
        number_box = QRectF(pad, pad, 52 * s, self.height() - 2 * pad)
        painter.drawText(number_box, Qt.AlignLeft | Qt.AlignVCenter, place_name(self.number))
        left = number_box.right() + 4 * s
        if self.key is None:
            painter.setPen(QPen(QColor(p.muted_text), max(2.0, 2 * s), Qt.DashLine))
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(
                QRectF(left, pad, self.width() - left - pad, self.height() - 2 * pad), 8, 8
            )
            painter.setPen(QColor(p.muted_text))
            painter.setFont(font(12, s))
            painter.drawText(
                QRectF(left, pad, self.width() - left - pad, self.height() - 2 * pad),
                Qt.AlignCenter,
                translate("RankSlots", "empty"),
            )
        else:
            side = min(52 * s, self.height() - 2 * pad)
            paint_symbol(painter, QRectF(left, (self.height() - side) / 2, side, side), self.key, p)
            words_box = QRectF(
                left + side + 6 * s, pad, self.width() - left - side - 6 * s - pad, self.height() - 2 * pad
            )
            if words_box.width() > 40 * s:  # the words' start, as a reminder; the symbol says which card
                painter.setFont(font(10, s))
                painter.setPen(QColor(p.text))
                painter.drawText(words_box, Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap, self.words)
        if self.isChecked():  # picked to swap: a heavy frame, never colour alone
            width = max(4.0, 5 * s)
            painter.setBrush(Qt.NoBrush)
            painter.setPen(QPen(QColor(p.accent), width, Qt.DashLine))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(width, width, -width, -width), 8, 8)
        painter.end()


class RankSlots(QFrame):
    """The places; `face_pressed(slot)`, `move(slot, step)` and `take_out(slot)` say what was pressed."""

    face_pressed = Signal(int)
    move = Signal(int, int)
    take_out = Signal(int)

    def __init__(
        self,
        count: int,
        words_of: Callable[[str], str],
        scale: float = 1.0,
        parent: QWidget | None = None,
        *,
        palette: Palette = DEFAULT,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rank_slots")
        self.words_of = words_of
        scale = min(scale, 1.5)  # like the bar under it: at 200 % three places still fit 1024 px
        self.scale = scale
        self.faces: list[SlotFace] = []
        self.ups: list[BallotButton] = []
        self.downs: list[BallotButton] = []
        self.outs: list[BallotButton] = []
        host = QWidget()
        host.setObjectName("rank_slots_host")
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(round(12 * scale))
        small = round(56 * scale)  # 56 px at 100 %, 84 px at 200 %: three side by side under each place
        for slot in range(count):
            number = slot + 1
            box = QVBoxLayout()
            box.setSpacing(round(4 * scale))
            face = named(SlotFace(number, scale, palette), f"slot_{number}", place_name(number))
            face.clicked.connect(lambda _c=False, s=slot: self.face_pressed.emit(s))
            box.addWidget(face)
            buttons = QHBoxLayout()
            buttons.setSpacing(round(4 * scale))
            up = self._button(f"slot_{number}_up", "◀", small)
            up.clicked.connect(lambda _c=False, s=slot: self.move.emit(s, -1))
            down = self._button(f"slot_{number}_down", "▶", small)
            down.clicked.connect(lambda _c=False, s=slot: self.move.emit(s, 1))
            out = self._button(f"slot_{number}_out", "✕", small)
            out.clicked.connect(lambda _c=False, s=slot: self.take_out.emit(s))
            for button in (up, down, out):
                buttons.addWidget(button)
            box.addLayout(buttons)
            row.addLayout(box)
            self.faces.append(face)
            self.ups.append(up)
            self.downs.append(down)
            self.outs.append(out)
        row.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("rank_slots_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidget(host)
        # From the sizes set above, not the host's size hint: the screen's style sheet is applied later
        # and made the hint too short at 200 % (the buttons under the places were cut).
        self.scroll.setMinimumHeight(round(68 * scale) + round(4 * scale) + small + round(12 * scale))
        swipe_scrolling(self.scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        for widget in self.focus_chain():
            widget.installEventFilter(self)

    def _button(self, name: str, text: str, side: int) -> BallotButton:
        button = BallotButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setFont(font(15, self.scale, bold=True))
        button.setStyleSheet(
            f"QPushButton {{ padding: 0px; min-width: {side}px; max-width: {side}px;"
            f" min-height: {side}px; max-height: {side}px; }}"
        )
        return button

    def focus_chain(self) -> list[QWidget]:
        """Each place's face, then its buttons, place after place (disabled ones are skipped by Tab)."""
        chain: list[QWidget] = []
        for face, up, down, out in zip(self.faces, self.ups, self.downs, self.outs):
            chain += [face, up, down, out]
        return chain

    def show_slots(self, slots: tuple[str | None, ...], picked: int | None) -> None:
        """Show each place's card; `picked` is the place pressed first for a swap, or None."""
        last = len(slots) - 1
        for slot, key in enumerate(slots):
            number = slot + 1
            words = self.words_of(key) if key is not None else ""
            face = self.faces[slot]
            face.show_card(key, words)
            face.setChecked(picked == slot)
            if key is None:
                face.setAccessibleName(
                    translate("RankSlots", "{place}: empty").format(place=place_name(number))
                )
                face.setAccessibleDescription(
                    translate("RankSlots", "Tap a card to put it here.")
                    if picked is None
                    else translate("RankSlots", "Press to move the card you picked here.")
                )
            else:
                face.setAccessibleName(
                    translate("RankSlots", "{place}: {words}").format(place=place_name(number), words=words)
                )
                face.setAccessibleDescription(
                    translate("RankSlots", "Press, then press another place, to swap them.")
                    if picked is None
                    else translate("RankSlots", "Press to swap with the card you picked.")
                )
            up, down, out = self.ups[slot], self.downs[slot], self.outs[slot]
            up.setEnabled(key is not None and slot > 0)
            down.setEnabled(key is not None and slot < last)
            out.setEnabled(key is not None)
            shown = words or place_name(number)
            if slot > 0:
                up.setAccessibleName(
                    translate("RankSlots", "Move up to {place}: {words}").format(
                        place=place_name(number - 1), words=shown
                    )
                )
            else:
                up.setAccessibleName(
                    translate("RankSlots", "Move up: {words} is already 1st").format(words=shown)
                )
            if slot < last:
                down.setAccessibleName(
                    translate("RankSlots", "Move down to {place}: {words}").format(
                        place=place_name(number + 1), words=shown
                    )
                )
            else:
                down.setAccessibleName(
                    translate("RankSlots", "Move down: {words} is last").format(words=shown)
                )
            out.setAccessibleName(translate("RankSlots", "Take out: {words}").format(words=shown))
            up.setToolTip(up.accessibleName())
            down.setToolTip(down.accessibleName())
            out.setToolTip(out.accessibleName())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """Left and Right walk along the strip's buttons that can be pressed."""
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Left, Qt.Key_Right):
            chain = [w for w in self.focus_chain() if w.isEnabled()]
            if watched in chain:
                i = chain.index(watched) + (1 if event.key() == Qt.Key_Right else -1)
                if 0 <= i < len(chain):
                    chain[i].setFocus(Qt.TabFocusReason)
                    self.scroll.ensureWidgetVisible(chain[i])
                return True
        return super().eventFilter(watched, event)
