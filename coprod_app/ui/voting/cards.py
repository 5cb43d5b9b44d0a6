"""The big cards a participant taps: one commitment each, in easy-read words.

A card is one target: a single tap, a click, Space or Enter chooses it (no drag,
no double-click). Each card shows the commitment's OpenMoji symbols (one to three,
for what its words say, each at least SYMBOL_PX x text size), and a small symbol
of its priority beside the priority's name; a pack without symbols gets a painted
shape per priority instead (shape and colour both differ). A speaker button on
each card reads it aloud where the computer can speak. This laptop's settings can
hide the priority and the "I" statement, and take the speaker out of the Tab order
when pages are read aloud on focus (the card is read as it takes focus then).
BigCardFace (big_card.py) is the same card, larger and without buttons, for rating one card at a time;
the parts every card is made of are in card_parts.py.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QBoxLayout, QButtonGroup, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from coprod_app.domain.pack import Commitment
from coprod_app.domain.voting import RATING_LABELS, RATINGS
from coprod_app.storage.device_settings import DeviceSettings
from coprod_app.ui.accessibility import named
from coprod_app.ui.common.ballot_button import BallotButton
from coprod_app.ui.common.fonts import font
from coprod_app.ui.common.symbols import paint_symbol
from coprod_app.ui.theme import CHOICE_CARD_TEXT, DEFAULT, RATING_CARD_TEXT, Palette
from coprod_app.ui.voting.big_card import BigCardFace
from coprod_app.ui.voting.card_parts import (
    BIG_SYMBOL_PX,
    RATING_SYMBOL_PX,
    SHAPES,
    SYMBOL_PX,
    CardSymbols,
    SymbolArea,
    card_speaker,
    card_words,
    commitment_text,
    paint_face,
    paint_shape,
    spoken_card,
    topic_row,
)
from coprod_app.ui.voting.look import target

# What the voting screens import from here (the parts live in card_parts.py and big_card.py).
__all__ = [
    "BIG_SYMBOL_PX",
    "CARD_WIDTH",
    "RATING_SYMBOL_PX",
    "SHAPES",
    "SYMBOL_PX",
    "BigCardFace",
    "ChoiceCard",
    "RatingButton",
    "RatingCard",
    "SymbolArea",
    "card_words",
    "commitment_text",
    "paint_face",
    "paint_shape",
    "rating_words",
    "spoken_card",
]

# The ballot grid's column width at 100 % text (x the text size): three SYMBOL_PX symbols side by
# side within the card's padding and the grid's gaps.
CARD_WIDTH = 432


class ChoiceCard(QFrame):
    """One commitment to pick or rank. `mark` is "" (not chosen), "✓" (picked) or "1", "2"… (ranked)."""

    activated = Signal(str)

    def __init__(
        self,
        commitment: Commitment,
        priority_title: str,
        priority_index: int,
        position: int,
        total: int,
        scale: float = 1.0,
        parent: QWidget | None = None,
        *,
        priority_key: str = "",
        palette: Palette = DEFAULT,
        settings: DeviceSettings = DeviceSettings(),
    ) -> None:
        super().__init__(parent)
        self.key = commitment.key
        self.scale = scale
        self.palette_ = palette
        self.settings = settings
        self.mark = ""
        self.words = card_words(commitment)
        named(
            self,
            f"card_{commitment.key}",
            self.words,
            self.tr("Card {position} of {total}: {priority}").format(
                position=position, total=total, priority=priority_title
            ),
        )
        self.setFocusPolicy(Qt.StrongFocus)
        self.setCursor(Qt.PointingHandCursor)
        self.setMinimumHeight(target(scale) * 2)
        self.setAttribute(Qt.WA_Hover, False)

        # The priority and the buttons above, the symbols across the card's width under them, then
        # the words: three 120 px symbols beside a speaker and a badge would not fit a column.
        header = QHBoxLayout()
        header.setSpacing(round(10 * scale))
        topics, self.priority_symbol, self.topic = topic_row(
            commitment,
            priority_title,
            priority_index,
            CHOICE_CARD_TEXT,
            scale,
            palette,
            priority_key=priority_key,
            settings=settings,
        )
        header.addLayout(topics, 1)
        self.speaker = card_speaker(commitment, priority_title, self.words, scale, palette, settings)
        header.addWidget(self.speaker, 0, Qt.AlignTop)
        self.badge_space = QWidget()
        self.badge_space.setFixedSize(round(52 * scale), round(44 * scale))
        header.addWidget(self.badge_space, 0, Qt.AlignTop)
        self.symbol = CardSymbols(commitment.key, priority_index, round(SYMBOL_PX * scale), palette)
        self.card_text = commitment_text(commitment, CHOICE_CARD_TEXT, scale, settings)

        layout = QVBoxLayout(self)
        pad = round(14 * scale)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(round(8 * scale))
        layout.addLayout(header)
        layout.addWidget(self.symbol)
        layout.addWidget(self.card_text)
        layout.addStretch(1)
        for child in self.findChildren(QWidget):
            if child is not self.speaker:
                child.setAttribute(Qt.WA_TransparentForMouseEvents)

    def set_mark(self, mark: str) -> None:
        self.mark = mark
        state = (
            self.tr("not chosen")
            if not mark
            else (self.tr("chosen") if mark == "✓" else self.tr("choice number {number}").format(number=mark))
        )
        self.setAccessibleDescription(state)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.LeftButton:
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.LeftButton and self.rect().contains(event.position().toPoint()):
            self.setFocus(Qt.MouseFocusReason)
            self.activated.emit(self.key)
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Space, Qt.Key_Return, Qt.Key_Enter) and not event.isAutoRepeat():
            self.activated.emit(self.key)
            event.accept()
            return
        event.ignore()  # arrows go to the ballot, which moves focus

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, _event) -> None:
        p = self.palette_
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        chosen = bool(self.mark)
        radius = 14 * self.scale
        ring = max(4.0, 5 * self.scale)
        body = QRectF(self.rect()).adjusted(ring, ring, -ring, -ring)
        painter.setBrush(QColor(p.chosen_background if chosen else p.surface))
        painter.setPen(
            QPen(QColor(p.accent if chosen else p.border), max(4.0, 5 * self.scale) if chosen else 2)
        )
        painter.drawRoundedRect(body, radius, radius)
        if self.hasFocus():
            painter.setBrush(Qt.NoBrush)
            painter.setPen(QPen(QColor(p.focus), ring))
            half = ring / 2
            painter.drawRoundedRect(
                QRectF(self.rect()).adjusted(half, half, -half, -half), radius + 2, radius + 2
            )
        if chosen:
            geo = self.badge_space.geometry()
            side = min(geo.width(), geo.height())
            badge = QRectF(geo.right() - side, geo.top(), side, side)
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor(p.accent))
            painter.drawEllipse(badge)
            painter.setPen(QColor(p.accent_text))
            painter.setFont(font(16, self.scale, bold=True))
            painter.drawText(badge, Qt.AlignCenter, self.mark)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), round(CARD_WIDTH * self.scale)), hint.height())


def rating_words(_widget: QWidget | None, rating: str) -> str:
    """Like / Not sure / Don't like, translated (one context, whichever screen shows them)."""
    words = {
        "like": QCoreApplication.translate("RatingWords", "Like"),
        "unsure": QCoreApplication.translate("RatingWords", "Not sure"),
        "dislike": QCoreApplication.translate("RatingWords", "Don't like"),
    }
    return words.get(rating, RATING_LABELS.get(rating, rating))


class RatingButton(BallotButton):
    """Like / not sure / don't like, with its symbol (a painted face without one), choosable without reading."""

    def __init__(
        self, rating: str, scale: float, parent: QWidget | None = None, *, palette: Palette = DEFAULT
    ) -> None:
        super().__init__(parent)
        self.setText(rating_words(self, rating))
        self.rating = rating
        self.scale = scale
        self.palette_ = palette
        self.setCheckable(True)
        self.setFont(font(14, scale, bold=True))
        face = round(RATING_SYMBOL_PX * scale)
        check = round(30 * scale)
        self.setStyleSheet(
            f"QPushButton {{ padding-left: {face + round(22 * scale)}px; padding-right: {check}px;"
            " text-align: left; }"
        )
        self.setMinimumHeight(face + round(14 * scale))

    def symbol_rect(self) -> QRectF:
        """Where the like / not sure / don't like symbol is drawn (tests measure it)."""
        side = RATING_SYMBOL_PX * self.scale
        return QRectF(10 * self.scale, (self.height() - side) / 2, side, side)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        p = self.palette_
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        r = self.symbol_rect()
        if not paint_symbol(painter, r, self.rating, p):
            paint_face(painter, r.adjusted(3, 3, -3, -3), self.rating, p)
        if self.isChecked():  # chosen: a heavy frame, so the state never rests on colour alone
            width = max(4.0, 5 * self.scale)
            painter.setBrush(Qt.NoBrush)
            painter.setPen(QPen(QColor(p.focus if self.hasFocus() else p.accent), width))
            inset = width / 2 + (0 if self.hasFocus() else width)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 8, 8)
            painter.setPen(QColor(p.accent))
            painter.setFont(font(16, self.scale, bold=True))
            painter.drawText(
                QRectF(self.rect()).adjusted(0, 0, -12 * self.scale, 0), Qt.AlignRight | Qt.AlignVCenter, "✓"
            )


class RatingCard(QFrame):
    """One commitment with three choices: like, not sure, don't like.

    Where the card is wide, its symbols, words and choices sit side by side; narrower, the
    choices go under the words; narrower still (1024 px at 200 %), the symbols go above the
    words too, so nothing is squeezed or cut off.
    """

    rated = Signal(str, str)

    def __init__(
        self,
        commitment: Commitment,
        priority_title: str,
        priority_index: int,
        scale: float = 1.0,
        parent: QWidget | None = None,
        *,
        palette: Palette = DEFAULT,
        settings: DeviceSettings = DeviceSettings(),
    ) -> None:
        super().__init__(parent)
        self.key = commitment.key
        self.scale = scale
        self.palette_ = palette
        self.settings = settings
        self.setObjectName(f"rating_card_{commitment.key}")
        self.rating: str | None = None
        words = card_words(commitment)
        pad = round(12 * scale)
        self.layout_ = QBoxLayout(QBoxLayout.LeftToRight, self)
        self.layout_.setContentsMargins(pad, pad, pad, pad)
        self.layout_.setSpacing(round(12 * scale))
        self.info = QBoxLayout(QBoxLayout.LeftToRight)
        self.info.setSpacing(round(12 * scale))
        self.symbol = CardSymbols(commitment.key, priority_index, round(SYMBOL_PX * scale), palette)
        self.info.addWidget(self.symbol, 0)
        text_box = QVBoxLayout()
        topics, self.priority_symbol, self.topic = topic_row(
            commitment, priority_title, priority_index, RATING_CARD_TEXT, scale, palette, settings=settings
        )
        # Top right of the words, as on every card: read first, then the three choices.
        self.speaker = card_speaker(commitment, priority_title, words, scale, palette, settings)
        topics.addWidget(self.speaker, 0, Qt.AlignTop | Qt.AlignRight)
        text_box.addLayout(topics)
        self.card_text = commitment_text(commitment, RATING_CARD_TEXT, scale, settings)
        text_box.addWidget(self.card_text)
        text_box.addStretch(1)
        self.info.addLayout(text_box, 1)
        self.layout_.addLayout(self.info, 3)
        self.group = QButtonGroup(self)
        self.buttons: list[RatingButton] = []
        column = QVBoxLayout()
        column.setSpacing(round(6 * scale))
        for rating in RATINGS:
            button = RatingButton(rating, scale, palette=palette)
            named(button, f"rate_{commitment.key}_{rating}", f"{button.text()}: {words}")
            self.group.addButton(button)
            button.clicked.connect(lambda _checked=False, r=rating: self._choose(r))
            column.addWidget(button)
            self.buttons.append(button)
        self.layout_.addLayout(column, 2)
        self.setFrameShape(QFrame.StyledPanel)

    def _arrange(self, width: int) -> None:
        """Side by side where the width allows it, stacked where it does not."""
        pad = round(12 * self.scale)
        gap = self.layout_.spacing()
        symbols = self.symbol.sizeHint().width()
        words = round(280 * self.scale)  # the narrowest the words may get beside the symbols
        choices = max(button.sizeHint().width() for button in self.buttons)
        room = width - 2 * pad
        self.info.setDirection(
            QBoxLayout.LeftToRight if room >= symbols + gap + words else QBoxLayout.TopToBottom
        )
        self.layout_.setDirection(
            QBoxLayout.LeftToRight if room >= symbols + words + choices + 2 * gap else QBoxLayout.TopToBottom
        )

    def resizeEvent(self, event) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def _choose(self, rating: str) -> None:
        self.rating = rating
        self.rated.emit(self.key, rating)

    def paintEvent(self, _event) -> None:
        p = self.palette_
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setBrush(QColor(p.surface))
        painter.setPen(QPen(QColor(p.accent if self.rating else p.border), 3 if self.rating else 1.5))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 12, 12)
