"""The OpenMoji symbols on screen: drawn from the shipped SVGs, with a painted fallback.

Another council's pack may have keys without a symbol of their own
(`coprod_app.resources.symbol_path` returns None); the caller's painted shape
stands in then, so a card is never without a picture. On a dark palette the
symbol sits on a light tile, because OpenMoji's black outlines would vanish.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from coprod_app.resources import symbol_path
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
    renderer = _renderer(path) if path is not None else None
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
