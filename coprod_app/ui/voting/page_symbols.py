"""The symbols of the pages around the ballot: OpenMoji files, on buttons and beside words.

The files are resources/symbols/page-*.svg (credited in resources/symbols/LICENSE.md). They are
not a principle's or a card's symbol, so they are read from their own names, not symbols.json;
a plain painted shape stands in if a file is missing, so a page is never without its picture.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QWidget

from coprod_app.resources import SYMBOLS
from coprod_app.ui.theme import DEFAULT, Palette

# The pages' own symbols (OpenMoji, by code point): what each one means is what it shows.
PAGE_SYMBOLS = {
    "page-start": "25B6 play button: Start",
    "page-yes": "2705 check mark button: Yes, this is right",
    "page-change": "270F pencil: Change my choices",
    "page-check": "2753 question mark: Is this right?",
    "page-thanks": "1F44F clapping hands: Thank you, well done",
    "page-wait": "23F3 hourglass: Please wait",
}


_renderers: dict[str, object] = {}


def _page_renderer(name: str):
    """The page symbol's SVG renderer (kept: a new page for each person must not re-read the file)."""
    if name not in _renderers:
        from PySide6.QtSvg import QSvgRenderer

        path = Path(SYMBOLS) / f"{name}.svg"
        renderer = QSvgRenderer(str(path)) if path.is_file() else None
        _renderers[name] = renderer if renderer is not None and renderer.isValid() else None
    return _renderers[name]


def paint_page_symbol(painter: QPainter, rect: QRectF, name: str, palette: Palette = DEFAULT) -> None:
    """Draw a page symbol into `rect`, on a light tile on a dark palette; a painted one if the file is missing."""
    if palette.symbol_tile:
        painter.save()
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(palette.symbol_tile))
        painter.drawRoundedRect(rect, rect.width() * 0.18, rect.width() * 0.18)
        painter.restore()
        inset = rect.width() * 0.06
        rect = rect.adjusted(inset, inset, -inset, -inset)
    renderer = _page_renderer(name)
    if renderer is not None:
        renderer.render(painter, rect)
        return
    _paint_fallback(painter, rect, name, QColor(palette.text if not palette.symbol_tile else "#000000"))


def _paint_fallback(painter: QPainter, r: QRectF, name: str, colour: QColor) -> None:
    """Plain shapes for a damaged install: a triangle (start), a tick (yes), a circle (anything else)."""
    s = min(r.width(), r.height())
    x, y = r.center().x() - s / 2, r.center().y() - s / 2
    painter.save()
    if name == "page-start":
        painter.setPen(Qt.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x + s * 0.25, y + s * 0.15),
                    QPointF(x + s * 0.85, y + s / 2),
                    QPointF(x + s * 0.25, y + s * 0.85),
                ]
            )
        )
    elif name in ("page-yes", "page-thanks"):
        painter.setPen(QPen(colour, max(2.0, s * 0.12), Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        painter.drawPolyline(
            QPolygonF(
                [
                    QPointF(x + s * 0.15, y + s * 0.55),
                    QPointF(x + s * 0.4, y + s * 0.8),
                    QPointF(x + s * 0.85, y + s * 0.2),
                ]
            )
        )
    else:
        painter.setPen(QPen(colour, max(2.0, s * 0.08)))
        painter.drawEllipse(QRectF(x, y, s, s).adjusted(s * 0.1, s * 0.1, -s * 0.1, -s * 0.1))
    painter.restore()


def symbol_icon(name: str, side: int, palette: Palette = DEFAULT) -> QIcon:
    """A page symbol as a button's icon, drawn at the screen's pixel ratio so it stays sharp."""
    from PySide6.QtGui import QGuiApplication

    ratio = QGuiApplication.instance().devicePixelRatio() if QGuiApplication.instance() else 1.0
    pixmap = QPixmap(round(side * ratio), round(side * ratio))
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    paint_page_symbol(painter, QRectF(0, 0, pixmap.width(), pixmap.height()), name, palette)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return QIcon(pixmap)


class PageSymbol(QWidget):
    """One of the pages' symbols, `side` px square; taps go through it to the page."""

    def __init__(
        self, name: str, side: int, palette: Palette = DEFAULT, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.palette_ = palette
        self.setObjectName(f"{name}_symbol")
        self.setFixedSize(side, side)
        self.setAttribute(Qt.WA_TransparentForMouseEvents)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        paint_page_symbol(painter, QRectF(self.rect()).adjusted(1, 1, -1, -1), self.name, self.palette_)
        painter.end()
