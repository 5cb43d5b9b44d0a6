"""The one-card-at-a-time face of a rating round: one card, large, without buttons.

The ballot's rating view (rating_one.py) builds the fixed like / not sure / don't like
scale under it; this is only the card: its symbols, its words and its "I" statement.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QBoxLayout, QFrame, QVBoxLayout, QWidget

from coprod_app.domain.pack import Commitment
from coprod_app.storage.device_settings import DeviceSettings
from coprod_app.ui.accessibility import named
from coprod_app.ui.theme import DEFAULT, Palette
from coprod_app.ui.voting.card_parts import (
    BIG_CARD_TEXT,
    BIG_SYMBOL_PX,
    SYMBOL_PX,
    CardSymbols,
    card_words,
    commitment_text,
    spoken_card,
    topic_row,
)


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
            commitment,
            priority_title,
            priority_index,
            BIG_CARD_TEXT,
            scale,
            palette,
            symbol_px=40,
            settings=settings,
        )
        column.addLayout(topics)
        self.card_text = commitment_text(commitment, BIG_CARD_TEXT, scale, settings)
        column.addWidget(self.card_text)
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
        height = self.card_text.heightForWidth(width)
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
