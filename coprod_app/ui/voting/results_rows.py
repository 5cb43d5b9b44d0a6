"""How a row of the results chart looks: its sizes on the big screen and on the facilitator's
laptop, and the bars, each rating filled with a pattern of its own so they differ without colour.
The chart itself (what it shows, paging, the words) is results_chart.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

# Each rating's fill: a shape of its own, so the bars differ in black and white as well as in colour.
RATING_STYLES = {"like": Qt.SolidPattern, "unsure": Qt.BDiagPattern, "dislike": Qt.DiagCrossPattern}


@dataclass(frozen=True)
class RowLook:
    """The sizes of one row at 100 %, in points and pixels."""

    words_pt: float
    least_words_pt: float  # long words shrink to fit their row, never below this
    value_pt: float
    rank_pt: float
    min_row_px: float
    badge_px: float
    symbol_px: float
    bar_line_px: float
    pad_px: float


# The big screen: rows of at least 200 px (3 x 65.6) with words at 34 pt (15 pt before).
BIG = RowLook(
    words_pt=34,
    least_words_pt=22,
    value_pt=30,
    rank_pt=26,
    min_row_px=200,
    badge_px=60,
    symbol_px=150,
    bar_line_px=58,
    pad_px=12,
)
# The facilitator's laptop: every card at once, in a scroll area.
COMPACT = RowLook(
    words_pt=14,
    least_words_pt=11,
    value_pt=14,
    rank_pt=13,
    min_row_px=96,
    badge_px=36,
    symbol_px=72,
    bar_line_px=30,
    pad_px=8,
)
# The text-size setting is for the person at the screen; the room's chart grows with it up to here.
MAX_ROW_SCALE = 1.25


def paint_bar(painter: QPainter, rect: QRectF, colour: str, style: Qt.BrushStyle, scale: float = 1.0) -> None:
    """A bar in `colour`: solid, or outlined and filled with thick stripes (Qt's 1 px patterns vanish on
    a projector, so BDiagPattern and DiagCrossPattern are drawn as lines 3 px wide, 12 px apart)."""
    painter.save()
    ink = QColor(colour)
    edge = max(2.0, 2 * scale)
    if style == Qt.SolidPattern:
        painter.setPen(Qt.NoPen)
        painter.setBrush(ink)
        painter.drawRect(rect)
    else:
        painter.setClipRect(rect)
        painter.setPen(QPen(ink, max(2.0, 3 * scale), Qt.SolidLine, Qt.FlatCap))
        step = 12 * scale
        h = rect.height()
        x = rect.left() - h
        while x < rect.right() + step:
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + h, rect.top()))
            if style == Qt.DiagCrossPattern:
                painter.drawLine(QPointF(x, rect.top()), QPointF(x + h, rect.bottom()))
            x += step
        painter.setClipping(False)
        painter.setPen(QPen(ink, edge))
        painter.setBrush(Qt.NoBrush)
        inset = edge / 2
        painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
    painter.restore()
