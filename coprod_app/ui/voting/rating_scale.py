"""The rating scale of the one-card-at-a-time view, and its strip of cards.

ScaleButton is one choice of the fixed scale (like, not sure, don't like): its picture big, its
word under it, told apart by its face and the shape behind it (circle, square, diamond), never by
colour alone. StripButton is a card's small symbol in the strip along the bottom, with a small
face once answered and a heavy frame on the card shown. RatingOneAtATime (rating_one.py) puts
them together.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from coprod_app.ui.common.ballot_button import BallotButton
from coprod_app.ui.common.fonts import font
from coprod_app.ui.common.symbols import paint_symbol
from coprod_app.ui.theme import Palette
from coprod_app.ui.voting.cards import paint_face, paint_shape, rating_words

SCALE_SIDE = 150  # px at 100 %: the like / not sure / don't like targets
SHAPE_OF = {"like": "circle", "unsure": "square", "dislike": "diamond"}


def paint_backdrop(painter: QPainter, r: QRectF, rating: str, colour: QColor) -> None:
    """The shape behind a rating's face: a circle (like), a square (not sure), a diamond (don't like)."""
    painter.save()
    painter.setPen(QPen(colour, max(2.0, r.width() / 30)))
    painter.setBrush(Qt.NoBrush)
    shape = SHAPE_OF[rating]
    if shape == "circle":
        painter.drawEllipse(r)
    elif shape == "square":
        painter.drawRect(
            r.adjusted(r.width() * 0.06, r.height() * 0.06, -r.width() * 0.06, -r.height() * 0.06)
        )
    else:
        c = r.center()
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), r.top()),
                    QPointF(r.right(), c.y()),
                    QPointF(c.x(), r.bottom()),
                    QPointF(r.left(), c.y()),
                ]
            )
        )
    painter.restore()


def paint_rating(painter: QPainter, r: QRectF, rating: str, palette: Palette) -> None:
    """A rating's picture: its shape, and its symbol (a painted face when the pack has none)."""
    paint_backdrop(painter, r, rating, QColor(palette.text))
    inner = r.adjusted(r.width() * 0.2, r.height() * 0.2, -r.width() * 0.2, -r.height() * 0.2)
    if not paint_symbol(painter, inner, rating, palette):
        paint_face(painter, inner, rating, palette)


class ScaleButton(BallotButton):
    """Like, not sure or don't like: its picture big, its word under it; checked = this card's answer."""

    enter_repeats = False  # a held Enter is one answer, not answers for the next cards too

    def __init__(self, rating: str, wide: int, side: int, scale: float, palette: Palette) -> None:
        super().__init__()
        self.rating = rating
        self.scale = scale
        self.palette_ = palette
        self.setCheckable(True)
        self.setAutoDefault(False)
        self.setText(rating_words(self, rating))
        self.setFont(font(17, scale, bold=True))
        self.setMinimumSize(wide, side)
        # In the style sheet too: the screen's style sheet sets button sizes when it polishes. The word
        # sits under the picture: the top padding is inside the height, not added to it.
        top = round(side * 0.62)
        self.setStyleSheet(
            f"QPushButton {{ min-width: {wide}px; min-height: {side - top}px; max-height: {side - top}px;"
            f" text-align: center; padding: {top}px 4px 0px 4px; }}"
            f" QPushButton:focus {{ padding: {top}px 4px 0px 4px; }}"
        )

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        p = self.palette_
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        side = min(self.width(), self.height()) * 0.55
        r = QRectF((self.width() - side) / 2, self.height() * 0.06, side, side)
        paint_rating(painter, r, self.rating, p)
        if self.isChecked():  # this card's answer: a heavy frame and a tick, never colour alone
            width = max(5.0, 6 * self.scale)
            painter.setBrush(Qt.NoBrush)
            painter.setPen(QPen(QColor(p.focus if self.hasFocus() else p.accent), width))
            inset = width / 2 + (0 if self.hasFocus() else width)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 10, 10)
            painter.setPen(QColor(p.accent))
            painter.setFont(font(22, self.scale, bold=True))
            painter.drawText(
                QRectF(self.rect()).adjusted(0, 8, -14 * self.scale, 0), Qt.AlignRight | Qt.AlignTop, "✓"
            )
        painter.end()


class StripButton(BallotButton):
    """A card's small symbol in the strip; a small face in its corner once answered."""

    def __init__(self, key: str, index: int, side: int, scale: float, palette: Palette) -> None:
        super().__init__()
        self.key = key
        self.index = index
        self.scale = scale
        self.palette_ = palette
        self.rating: str | None = None
        self.current = False
        self.setAutoDefault(False)
        self.setFixedSize(side, side)
        self.setStyleSheet(
            f"QPushButton {{ padding: 0px; min-width: {side}px; max-width: {side}px;"
            f" min-height: {side}px; max-height: {side}px; }}"
        )

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        p, s = self.palette_, self.scale
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        r = QRectF(self.rect()).adjusted(8 * s, 8 * s, -8 * s, -8 * s)
        if not paint_symbol(painter, r, self.key, p):
            paint_shape(painter, r, self.index, p)
        if self.rating is not None:
            mark = QRectF(self.width() - 26 * s, self.height() - 26 * s, 24 * s, 24 * s)
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor(p.background))
            painter.drawEllipse(mark)
            paint_rating(painter, mark, self.rating, p)
        if self.current:  # the card shown now: a heavy frame
            width = max(4.0, 4 * s)
            painter.setBrush(Qt.NoBrush)
            painter.setPen(QPen(QColor(p.accent), width))
            painter.drawRoundedRect(
                QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2), 8, 8
            )
        painter.end()
