"""The big cards a participant taps: one commitment each, in easy-read words.

A card is one target: a single tap, a click, Space or Enter chooses it (no drag,
no double-click). Each card shows the commitment's OpenMoji symbols (one to three,
for what its words say, each at least SYMBOL_PX x text size), and a small symbol
of its priority beside the priority's name; a pack without symbols gets a painted
shape per priority instead (shape and colour both differ). A speaker button on
each card reads it aloud where the computer can speak. This laptop's settings can
hide the priority and the "I" statement, and take the speaker out of the Tab order
when pages are read aloud on focus (the card is read as it takes focus then).
BigCardFace is the same card, larger and without buttons, for rating one card at a time.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QBoxLayout, QButtonGroup, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from coprod_app.domain.pack import Commitment
from coprod_app.domain.voting import RATING_LABELS, RATINGS
from coprod_app.storage.device_settings import DeviceSettings
from coprod_app.ui.accessibility import named
from coprod_app.ui.common.ballot_button import BallotButton
from coprod_app.ui.common.card_text import CardText, card_topic
from coprod_app.ui.common.fonts import font
from coprod_app.ui.common.read_aloud import SpeakerButton
from coprod_app.ui.common.symbols import SymbolStrip, SymbolView, paint_symbol
from coprod_app.ui.theme import CHOICE_CARD_TEXT, DEFAULT, RATING_CARD_TEXT, CardTextLook, Palette
from coprod_app.ui.voting.look import target

SHAPES = ("circle", "square", "triangle", "diamond", "hexagon", "star")
# Sizes at 100 % text; each is multiplied by the text-size setting.
# The ballot grid's column width: three symbols side by side within the card's padding and the grid's gaps.
CARD_WIDTH = 432
SYMBOL_PX = 120  # a commitment's symbols on a ballot card (issue 17: about 46 px was too small to tell apart)
BIG_SYMBOL_PX = 200  # on the one-card-at-a-time face
PRIORITY_SYMBOL_PX = 36  # the priority's symbol beside its name
RATING_SYMBOL_PX = 64  # like / not sure / don't like on their buttons
# The one-card-at-a-time face: words that read from across a table (CardTextLook in ui/theme.py is
# the other cards' equivalent; this one lives here until theme.py has a place for it).
BIG_CARD_TEXT = CardTextLook(
    words_pt=22, under_pt=16, gap_px=14, under_italic=True, under_muted=True, topic_pt=15
)


class SymbolArea(SymbolView):
    """One symbol (the priority's); a coloured shape for its priority when the pack has no symbol for it."""

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


class CardSymbols(SymbolStrip):
    """A commitment's symbols side by side; its priority's coloured shape when the pack has none."""

    def __init__(
        self,
        name: str,
        index: int,
        side: int,
        palette: Palette = DEFAULT,
        parent: QWidget | None = None,
        *,
        min_side: int | None = None,
    ) -> None:
        super().__init__(
            name,
            side,
            lambda painter, r: paint_shape(painter, r.adjusted(2, 2, -2, -2), index, palette),
            palette,
            parent,
            min_side=min_side,
        )
        self.setObjectName("card_symbols")
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


def commitment_text(
    commitment: Commitment, look: CardTextLook, scale: float, *, i_statement: bool = True
) -> CardText:
    """The card's easy-read words and, under them, its "I" statement in quotes (unless `i_statement` is False)."""
    said = f"“{commitment.i_statement}”" if commitment.i_statement and i_statement else None
    return CardText(card_words(commitment), said, look, scale, names=("card_words", "card_i_statement"))


def spoken_card(
    commitment: Commitment, priority_title: str, settings: DeviceSettings = DeviceSettings()
) -> str:
    """What the speaker button reads: the easy-read words, the "I" statement, then the topic.

    What the settings hide from the card is not read either, so the voice says what the screen shows.
    """
    parts = [card_words(commitment)]
    if commitment.i_statement and not settings.hide_i_statement:
        parts.append(commitment.i_statement)
    if not settings.hide_priority_badge:
        parts.append(priority_title)
    return " ".join(p if p.rstrip().endswith((".", "!", "?", "…")) else p + "." for p in parts)


def priority_symbol_name(commitment: Commitment, priority_key: str = "") -> str:
    return (
        priority_key
        or commitment.priority_key
        or "priority-" + commitment.key.removeprefix("commitment-").split(".")[0]
    )


def topic_row(
    commitment: Commitment,
    priority_title: str,
    priority_index: int,
    look: CardTextLook,
    scale: float,
    palette: Palette,
    *,
    priority_key: str = "",
    symbol_px: int = PRIORITY_SYMBOL_PX,
) -> tuple[QHBoxLayout, SymbolArea, QWidget]:
    """The priority's small symbol and its name, side by side: (the row, the symbol, the name)."""
    row = QHBoxLayout()
    row.setSpacing(round(6 * scale))
    symbol = SymbolArea(
        priority_symbol_name(commitment, priority_key), priority_index, round(symbol_px * scale), palette
    )
    symbol.setObjectName("card_priority_symbol")
    topic = card_topic(priority_title, look, scale)
    row.addWidget(symbol, 0, Qt.AlignVCenter)
    row.addWidget(topic, 1)
    return row, symbol, topic


def card_speaker(
    commitment: Commitment,
    priority_title: str,
    words: str,
    scale: float,
    palette: Palette,
    settings: DeviceSettings,
) -> SpeakerButton:
    speaker = SpeakerButton(
        lambda: spoken_card(commitment, priority_title, settings), f"read_{commitment.key}", scale, palette
    )
    speaker.setAccessibleName(
        QCoreApplication.translate("ChoiceCard", "Read aloud: {words}").format(words=words)
    )
    if settings.read_pages_aloud:
        # The card is read as it takes focus: a speaker stop after every card would double each Tab.
        speaker.setFocusPolicy(Qt.NoFocus)
    return speaker


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
        )
        header.addLayout(topics, 1)
        if settings.hide_priority_badge:
            self.priority_symbol.hide()
            self.topic.hide()
        self.speaker = card_speaker(commitment, priority_title, self.words, scale, palette, settings)
        header.addWidget(self.speaker, 0, Qt.AlignTop)
        self.badge_space = QWidget()
        self.badge_space.setFixedSize(round(52 * scale), round(44 * scale))
        header.addWidget(self.badge_space, 0, Qt.AlignTop)
        self.symbol = CardSymbols(commitment.key, priority_index, round(SYMBOL_PX * scale), palette)
        self.text = commitment_text(
            commitment, CHOICE_CARD_TEXT, scale, i_statement=not settings.hide_i_statement
        )

        layout = QVBoxLayout(self)
        pad = round(14 * scale)
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(round(8 * scale))
        layout.addLayout(header)
        layout.addWidget(self.symbol)
        layout.addWidget(self.text)
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
            commitment, priority_title, priority_index, RATING_CARD_TEXT, scale, palette
        )
        if settings.hide_priority_badge:
            self.priority_symbol.hide()
            self.topic.hide()
        # Top right of the words, as on every card: read first, then the three choices.
        self.speaker = card_speaker(commitment, priority_title, words, scale, palette, settings)
        topics.addWidget(self.speaker, 0, Qt.AlignTop | Qt.AlignRight)
        text_box.addLayout(topics)
        self.text = commitment_text(
            commitment, RATING_CARD_TEXT, scale, i_statement=not settings.hide_i_statement
        )
        text_box.addWidget(self.text)
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


class BigCardFace(QFrame):
    """One card, large, for rating one card at a time: its symbols, its words, its "I" statement; no buttons.

    The symbols are BIG_SYMBOL_PX x scale where there is room. Where the face is short for its
    width (a landscape screen with the rating scale under the face) the words go beside the
    symbols instead of under them, whichever leaves the symbols bigger; in a small space the
    symbols shrink, never below SYMBOL_PX x scale, and the words are never cut: below that the
    face asks for more height (put it in a scroll area). The like / not sure / don't like scale
    goes under it (the ballot's), fixed, the same for every card.
    """

    def __init__(
        self,
        commitment: Commitment,
        priority_title: str,
        priority_index: int,
        scale: float = 1.0,
        *,
        palette: Palette = DEFAULT,
        settings: DeviceSettings = DeviceSettings(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = commitment.key
        self.scale = scale
        self.palette_ = palette
        self.settings = settings
        self.commitment = commitment
        self.priority_title = priority_title
        self.words = card_words(commitment)
        self.beside = False  # the words beside the symbols (True) or under them
        # Not a focus stop (the scale under it is); the name is for screen readers that read the page.
        named(self, "big_card_face", self.words, priority_title)
        pad = round(12 * scale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(pad, pad, pad, pad)
        self.body = QBoxLayout(QBoxLayout.TopToBottom)
        self.body.setSpacing(round(16 * scale))
        self.symbol = CardSymbols(
            commitment.key,
            priority_index,
            round(BIG_SYMBOL_PX * scale),
            palette,
            min_side=round(SYMBOL_PX * scale),
        )
        self.body.addWidget(self.symbol, 0)
        # The priority sits with the words (under the symbols, or beside them): one column to read.
        column = QVBoxLayout()
        self.column_spacing = round(10 * scale)
        column.setSpacing(self.column_spacing)
        topics, self.priority_symbol, self.topic = topic_row(
            commitment, priority_title, priority_index, BIG_CARD_TEXT, scale, palette, symbol_px=40
        )
        if settings.hide_priority_badge:
            self.priority_symbol.hide()
            self.topic.hide()
        column.addLayout(topics)
        self.text = commitment_text(
            commitment, BIG_CARD_TEXT, scale, i_statement=not settings.hide_i_statement
        )
        column.addWidget(self.text)
        column.addStretch(1)
        self.body.addLayout(column, 1)
        layout.addLayout(self.body)
        layout.addStretch(1)

    def spoken(self) -> str:
        """What to say when this card comes up (the same words the card's speaker reads elsewhere)."""
        return spoken_card(self.commitment, self.priority_title, self.settings)

    def resizeEvent(self, event) -> None:
        self._arrange(event.size().width(), self._visible_height(event.size().height()))
        super().resizeEvent(event)

    def _viewport(self) -> QWidget | None:
        """The scroll area's viewport this face is shown in, if it is in one."""
        widget = self.parentWidget()
        while widget is not None and widget.objectName() != "qt_scrollarea_viewport":
            widget = widget.parentWidget()
        return widget

    def _visible_height(self, height: int) -> int:
        """In a scroll area, the part of it that can be seen at once: the face fits that when it can."""
        viewport = self._viewport()
        if viewport is None:
            return height
        return min(height, viewport.height() - max(0, self.mapTo(viewport, QPoint(0, 0)).y()))

    def event(self, event) -> bool:
        # The ballot may put the face in its scroll area after building it: look again when shown.
        if event.type() in (QEvent.ParentChange, QEvent.Show):
            viewport = self._viewport()
            if viewport is not None:  # a viewport that changes height re-fits the face
                viewport.installEventFilter(self)
                self._arrange(self.width(), self._visible_height(self.height()))
        return super().event(event)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Resize and watched is self._viewport():
            self._arrange(self.width(), self._visible_height(self.height()))
        return super().eventFilter(watched, event)

    def _column_height(self, width: int) -> int:
        """The priority, the words and the "I" statement, in a column this wide."""
        height = self.text.heightForWidth(width)
        if self.topic.isVisibleTo(self):
            topic_width = width - self.priority_symbol.width() - round(6 * self.scale)
            height += max(self.topic.heightForWidth(topic_width), self.priority_symbol.height())
            height += self.column_spacing
        return height

    def _arrange(self, face_width: int, face_height: int) -> None:
        """Words under or beside the symbols, and the symbols' size, for a face this big."""
        margins = self.layout().contentsMargins()
        width = face_width - margins.left() - margins.right()
        room = face_height - margins.top() - margins.bottom()
        big, least = round(BIG_SYMBOL_PX * self.scale), self.symbol.min_side
        n, gap, spacing = self.symbol.count(), self.symbol.gap, self.body.spacing()

        # Under: one or more rows of symbols, then the words across the whole width.
        under_words = self._column_height(width)
        rows = -(-n // self.symbol.grid_for(width)[1])
        under_side = min(big, (room - under_words - spacing - (rows - 1) * gap) // rows)
        under_least = under_words + spacing + rows * least + (rows - 1) * gap

        # Beside: one row of symbols on the left, the words on the right (at least 40 % of the width).
        def beside_words(side: int) -> int:
            return self._column_height(width - (n * side + (n - 1) * gap) - spacing)

        widest = (width * 6 // 10 - spacing - (n - 1) * gap) // n
        beside_side = min(big, room, widest)
        while beside_side >= least and beside_words(beside_side) > room:
            beside_side -= max(1, beside_side // 20)
        beside_least = max(least, beside_words(least)) if widest >= least else None

        if under_side >= least or beside_side >= least:  # one of them fits: the bigger symbols win
            self.beside = beside_side > under_side and under_side < big
        else:  # neither fits what can be seen: the one that needs less scrolling
            self.beside = beside_least is not None and beside_least < under_least
            beside_side = under_side = least
        needed = beside_least if self.beside else under_least
        self.setMinimumHeight(margins.top() + margins.bottom() + needed)
        if self.beside:
            self.body.setDirection(QBoxLayout.LeftToRight)
            self.symbol.set_side(beside_side)
            self.symbol.setFixedWidth(n * self.symbol.side + (n - 1) * gap)
        else:
            self.body.setDirection(QBoxLayout.TopToBottom)
            self.symbol.setMinimumWidth(0)
            self.symbol.setMaximumWidth(16777215)
            self.symbol.set_side(under_side)

    def paintEvent(self, _event) -> None:
        p = self.palette_
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setBrush(QColor(p.surface))
        painter.setPen(QPen(QColor(p.border), 2))
        radius = 16 * self.scale
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), radius, radius)
