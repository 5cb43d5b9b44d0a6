"""The OpenMoji symbols on screen: drawn from the shipped SVGs, with a painted fallback.

Another council's pack may have keys without a symbol of their own
(`coprod_app.resources.symbol_path` returns None); the caller's painted shape
stands in then, so a card is never without a picture. On a dark palette the
symbol sits on a light tile, because OpenMoji's black outlines would vanish.
A key may have up to three symbols (a card whose words say several things):
SymbolStrip shows them all, side by side, wrapping onto a new row when narrow.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from coprod_app.resources import symbol_path, symbol_paths
from coprod_app.ui.theme import DEFAULT, Palette

_renderers: dict[Path, object] = {}


def _renderer(path: Path):
    """One QSvgRenderer per file, kept: a new ballot for each person must not re-read 17 files."""
    renderer = _renderers.get(path)
    if renderer is None:
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            return None
        _renderers[path] = renderer
    return renderer


def paint_symbol(painter: QPainter, rect: QRectF, name: str, palette: Palette = DEFAULT) -> bool:
    """Draw the symbol called `name` into `rect`; False when there is none (paint a fallback then)."""
    path = symbol_path(name, "svg")
    return path is not None and paint_symbol_file(painter, rect, path, palette)


def paint_symbol_file(painter: QPainter, rect: QRectF, path: Path, palette: Palette = DEFAULT) -> bool:
    """Draw the SVG at `path` into `rect` (on a light tile where the palette asks); False if it cannot be read."""
    renderer = _renderer(path)
    if renderer is None:
        return False
    if palette.symbol_tile:
        painter.save()
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(palette.symbol_tile))
        radius = rect.width() * 0.18
        painter.drawRoundedRect(rect, radius, radius)
        painter.restore()
        inset = rect.width() * 0.06
        rect = rect.adjusted(inset, inset, -inset, -inset)
    renderer.render(painter, rect)
    return True


class SymbolView(QWidget):
    """A square symbol; `fallback(painter, rect)` paints when the pack has no symbol for `name`."""

    def __init__(
        self,
        name: str,
        side: int,
        fallback: Callable[[QPainter, QRectF], None] | None = None,
        palette: Palette = DEFAULT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.fallback = fallback
        self.palette_ = palette
        self.setFixedSize(side, side)
        self.setAttribute(Qt.WA_TransparentForMouseEvents)

    def has_symbol(self) -> bool:
        path = symbol_path(self.name, "svg")
        return path is not None and _renderer(path) is not None

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setRenderHint(QPainter.SmoothPixmapTransform)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        if not paint_symbol(painter, rect, self.name, self.palette_) and self.fallback is not None:
            self.fallback(painter, rect)
        painter.end()


class SymbolStrip(QWidget):
    """All of a key's symbols (one to three) in a row, each a square `side` px wide; centred in its width.

    Where the row is wider than the room it has, the symbols shrink to fit, down to
    `min_side` (default: `side`, never smaller), and below that they wrap onto a new
    row rather than be cut off. `fallback(painter, rect)` paints one shape when the
    key has no symbol at all.
    """

    def __init__(
        self,
        name: str,
        side: int,
        fallback: Callable[[QPainter, QRectF], None] | None = None,
        palette: Palette = DEFAULT,
        parent: QWidget | None = None,
        *,
        min_side: int | None = None,
        gap: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.fallback = fallback
        self.palette_ = palette
        self.paths = [path for path in symbol_paths(name, "svg") if _renderer(path) is not None]
        self.side = side
        self.min_side = min(side, min_side if min_side is not None else side)
        self.gap = gap if gap is not None else max(4, round(side * 0.06))
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        policy = QSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def count(self) -> int:
        """How many pictures it shows: its symbols, or the one fallback shape."""
        return max(1, len(self.paths))

    def set_side(self, side: int) -> None:
        """A new largest size (BigCardFace fits its symbols to the height it is given)."""
        side = max(self.min_side, side)
        if side != self.side:
            self.side = side
            self.updateGeometry()
            self.update()

    def grid_for(self, width: int) -> tuple[int, int]:
        """(side, per row) for a strip `width` px wide."""
        n = self.count()
        fits = (width - self.gap * (n - 1)) // n
        if fits >= self.min_side:
            return min(self.side, fits), n
        per_row = max(1, min(n, (width + self.gap) // (self.min_side + self.gap)))
        return max(self.min_side, min(self.side, (width - self.gap * (per_row - 1)) // per_row)), per_row

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        side, per_row = self.grid_for(width)
        rows = -(-self.count() // per_row)
        return rows * side + (rows - 1) * self.gap

    def sizeHint(self) -> QSize:
        n = self.count()
        return QSize(n * self.side + (n - 1) * self.gap, self.side)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.min_side, self.min_side)

    def symbol_rects(self) -> list[QRectF]:
        """Where each picture goes, in this widget's coordinates (rows centred)."""
        side, per_row = self.grid_for(self.width())
        rects = []
        n = self.count()
        for first in range(0, n, per_row):
            in_row = min(per_row, n - first)
            left = (self.width() - (in_row * side + (in_row - 1) * self.gap)) / 2
            top = (first // per_row) * (side + self.gap)
            rects += [QRectF(left + i * (side + self.gap), top, side, side) for i in range(in_row)]
        return rects

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setRenderHint(QPainter.SmoothPixmapTransform)
        rects = self.symbol_rects()
        if self.paths:
            for path, rect in zip(self.paths, rects):
                paint_symbol_file(painter, rect.adjusted(1, 1, -1, -1), path, self.palette_)
        elif self.fallback is not None:
            self.fallback(painter, rects[0].adjusted(1, 1, -1, -1))
        painter.end()
