"""The big cards a participant taps: one commitment each, in easy-read words.

A card is one target: a single tap, a click, Space or Enter chooses it (no drag,
no double-click). Each card shows the commitment's OpenMoji symbol, and a small
symbol of its priority beside the priority's name; a pack without symbols gets a
painted shape per priority instead (shape and colour both differ). A speaker
button on each card reads it aloud where the computer can speak.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from coprod_app.domain.pack import Commitment
from coprod_app.domain.voting import RATING_LABELS, RATINGS
from coprod_app.ui.accessibility import named
from coprod_app.ui.common.ballot_button import BallotButton
from coprod_app.ui.common.card_text import CardText, card_topic
from coprod_app.ui.common.fonts import font
from coprod_app.ui.common.read_aloud import SpeakerButton
from coprod_app.ui.common.symbols import SymbolView, paint_symbol
from coprod_app.ui.theme import CHOICE_CARD_TEXT, DEFAULT, RATING_CARD_TEXT, CardTextLook, Palette
from coprod_app.ui.voting.look import target

SHAPES = ("circle", "square", "triangle", "diamond", "hexagon", "star")


class SymbolArea(SymbolView):
    """The card's symbol; a coloured shape for its priority when the pack has no symbol for it."""

    def __init__(
        self,
        name: str,
        index: int,
        side: int,
        palette: Palette = DEFAULT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            name,
            side,
            lambda painter, r: paint_shape(painter, r.adjusted(2, 2, -2, -2), index, palette),
            palette,
            parent,
        )
        self.index = index


def paint_shape(painter: QPainter, r: QRectF, index: int, palette: Palette = DEFAULT) -> None:
    colours = palette.priority_colours
    colour = QColor(colours[index % len(colours)])
    painter.setPen(QPen(colour.darker(130), 2))
    painter.setBrush(colour)
    shape = SHAPES[index % len(SHAPES)]
    c = r.center()
    if shape == "circle":
        painter.drawEllipse(r)
    elif shape == "square":
        painter.drawRoundedRect(r.adjusted(2, 2, -2, -2), 4, 4)
    else:
        corners = {"triangle": 3, "diamond": 4, "hexagon": 6, "star": 10}[shape]
        radius = min(r.width(), r.height()) / 2
        points = []
        for i in range(corners):
            angle = -math.pi / 2 + 2 * math.pi * i / corners
            k = 0.5 if shape == "star" and i % 2 else 1.0
            points.append(QPointF(c.x() + radius * k * math.cos(angle), c.y() + radius * k * math.sin(angle)))
        painter.drawPolygon(QPolygonF(points))


def paint_face(painter: QPainter, r: QRectF, rating: str, palette: Palette = DEFAULT) -> None:
    """A simple face: smile (like), straight mouth (not sure), frown (don't like)."""
    colour = QColor(palette.rating_colour(rating))
    painter.setPen(QPen(colour, max(2.0, r.width() / 14)))
    painter.setBrush(Qt.NoBrush)
    painter.drawEllipse(r)
    eye = r.width() / 12
    for dx in (-0.18, 0.18):
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(r.center().x() + dx * r.width(), r.top() + r.height() * 0.38), eye, eye)
    painter.setBrush(Qt.NoBrush)
    left, right = r.left() + r.width() * 0.3, r.right() - r.width() * 0.3
    y = r.top() + r.height() * 0.66
    path = QPainterPath(QPointF(left, y))
    bend = {"like": 0.14, "unsure": 0.0, "dislike": -0.14}[rating] * r.height()
    path.quadTo(QPointF(r.center().x(), y + bend), QPointF(right, y))
    painter.drawPath(path)


def card_words(commitment: Commitment) -> str:
    return commitment.easy_read or commitment.text


def commitment_text(commitment: Commitment, look: CardTextLook, scale: float) -> CardText:
    """The card's easy-read words and, under them, its "I" statement in quotes."""
    said = f"“{commitment.i_statement}”" if commitment.i_statement else None
    return CardText(card_words(commitment), said, look, scale, names=("card_words", "card_i_statement"))


def spoken_card(commitment: Commitment, priority_title: str) -> str:
    """What the speaker button reads: the easy-read words, the "I" statement, then the topic."""
    parts = [card_words(commitment)]
    if commitment.i_statement:
        parts.append(commitment.i_statement)
    parts.append(priority_title)
    return " ".join(p if p.rstrip().endswith((".", "!", "?", "…")) else p + "." for p in parts)


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
    ) -> None:
        super().__init__(parent)
        self.key = commitment.key
        self.scale = scale
        self.palette_ = palette
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

        header = QHBoxLayout()
        header.setSpacing(round(10 * scale))
        self.symbol = SymbolArea(commitment.key, priority_index, round(64 * scale), palette)
        header.addWidget(self.symbol, 0, Qt.AlignTop)
        topic_row = QHBoxLayout()
        topic_row.setSpacing(round(6 * scale))
        self.priority_symbol = SymbolArea(
            priority_key or "priority-" + commitment.key.removeprefix("commitment-").split(".")[0],
            priority_index,
            round(26 * scale),
            palette,
        )
        topic = card_topic(priority_title, CHOICE_CARD_TEXT, scale)
        topic_row.addWidget(self.priority_symbol, 0, Qt.AlignTop)
        topic_row.addWidget(topic, 1)
        header.addLayout(topic_row, 1)
        self.speaker = SpeakerButton(
            lambda: spoken_card(commitment, priority_title), f"read_{commitment.key}", scale, palette
        )
        self.speaker.setAccessibleName(self.tr("Read aloud: {words}").format(words=self.words))
        header.addWidget(self.speaker, 0, Qt.AlignTop)
        self.badge_space = QWidget()
        self.badge_space.setFixedSize(round(52 * scale), round(44 * scale))
        header.addWidget(self.badge_space, 0, Qt.AlignTop)

        layout = QVBoxLayout(self)
        pad = round(14 * scale)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(round(8 * scale))
        layout.addLayout(header)
        layout.addWidget(commitment_text(commitment, CHOICE_CARD_TEXT, scale))
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
        return QSize(max(hint.width(), round(280 * self.scale)), hint.height())


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
        face = round(40 * scale)
        check = round(30 * scale)
        self.setStyleSheet(
            f"QPushButton {{ padding-left: {face + round(22 * scale)}px; padding-right: {check}px;"
            " text-align: left; }"
        )
        self.setMinimumHeight(round(64 * scale))

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        p = self.palette_
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        side = 40 * self.scale
        left = 12 * self.scale
        r = QRectF(left, (self.height() - side) / 2, side, side)
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
    """One commitment with three choices: like, not sure, don't like."""

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
    ) -> None:
        super().__init__(parent)
        self.key = commitment.key
        self.palette_ = palette
        self.setObjectName(f"rating_card_{commitment.key}")
        self.rating: str | None = None
        words = card_words(commitment)
        pad = round(12 * scale)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(round(12 * scale))
        self.symbol = SymbolArea(commitment.key, priority_index, round(64 * scale), palette)
        layout.addWidget(self.symbol, 0, Qt.AlignTop)
        text_box = QVBoxLayout()
        topic_row = QHBoxLayout()
        topic_row.setSpacing(round(6 * scale))
        topic = card_topic(priority_title, RATING_CARD_TEXT, scale)
        # Top right of the words, as on every card: read first, then the three choices to its right.
        self.speaker = SpeakerButton(
            lambda: spoken_card(commitment, priority_title), f"read_{commitment.key}", scale, palette
        )
        self.speaker.setAccessibleName(self.tr("Read aloud: {words}").format(words=words))
        topic_row.addWidget(topic, 1)
        topic_row.addWidget(self.speaker, 0, Qt.AlignTop)
        text_box.addLayout(topic_row)
        text_box.addWidget(commitment_text(commitment, RATING_CARD_TEXT, scale))
        text_box.addStretch(1)
        layout.addLayout(text_box, 3)
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
        layout.addLayout(column, 2)
        self.setFrameShape(QFrame.StyledPanel)

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
