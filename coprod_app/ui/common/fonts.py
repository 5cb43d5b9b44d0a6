"""The participant screens' font: legible, at a size in points times the text-size setting.

Used by the voting screen, the Last time cards and the card text they share
(ui/common/card_text.py); the sizes themselves are in ui/theme.py.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

_family: str | None = None


def font_family() -> str:
    """Atkinson Hyperlegible (made for low-vision readers) when it can be loaded, else the system font."""
    global _family
    if _family is None:
        _family = ""
        try:
            from fontpkg_atkinson_hyperlegible import ROOT

            for name in ("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf"):
                font_id = QFontDatabase.addApplicationFont(str(ROOT / "files" / name))
                families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
                if families and not _family:
                    _family = families[0]
        except ImportError:
            pass
    return _family


def font(points: float, scale: float = 1.0, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont(font_family()) if font_family() else QFont()
    f.setPointSizeF(points * scale)
    f.setBold(bold)
    f.setItalic(italic)
    return f
