"""How the participant screen looks: a legible font, big targets, a thick focus ring, sizes that scale.

Colours come from ui/theme.py. The few colours the participant screen adds (one
per priority for its symbol, and the like / not sure / don't like colours) are
here until theme.py takes them; each is at least 3:1 against white, and no
meaning rests on colour alone (each priority also has its own shape).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from coprod_app.ui.theme import DEFAULT, PARTICIPANT_TARGET_PX, Palette

# One colour per priority (in pack order); shapes differ too, see vote_cards.SymbolArea.
PRIORITY_COLOURS = ("#1F6F50", "#7A3E9D", "#B3541E", "#1F4E8C", "#8C1F4E", "#4E5B1F")
RATING_COLOURS = {"like": "#1B6E34", "unsure": "#5A5F66", "dislike": "#A4161A"}
CHOSEN_BACKGROUND = "#E3ECF8"

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


def target(scale: float = 1.0) -> int:
    """The smallest touch target on the participant screen, in pixels (44 at 100 %), before padding."""
    return round(max(PARTICIPANT_TARGET_PX, 56) * scale)


def style_sheet(scale: float = 1.0, p: Palette = DEFAULT) -> str:
    """Big buttons with a thick, always-visible focus ring; no animation anywhere."""
    t = target(scale)
    pad = round(10 * scale)
    edge = max(
        2, round(2 * scale)
    )  # the usual border; the focus ring is thicker and takes it out of the padding
    ring = max(4, round(5 * scale))
    return f"""
    QWidget#participant_screen, QWidget#participant_screen QStackedWidget > QWidget {{
        background: {p.background}; color: {p.text};
    }}
    QLabel {{ color: {p.text}; background: transparent; }}
    QLabel[role="muted"] {{ color: {p.muted_text}; }}
    QLabel[role="error"] {{ color: {p.error}; font-weight: bold; }}
    QPushButton {{
        min-height: {t}px; min-width: {t}px; padding: {pad}px {2 * pad}px;
        border: {edge}px solid {p.border}; border-radius: {round(10 * scale)}px;
        background: {p.surface}; color: {p.text};
    }}
    QPushButton[role="primary"] {{
        background: {p.accent}; color: {p.accent_text}; border-color: {p.accent};
    }}
    QPushButton:disabled {{ color: {p.muted_text}; background: {p.background}; border-style: dashed; }}
    QPushButton:checked {{ background: {CHOSEN_BACKGROUND}; border-color: {p.accent}; }}
    QPushButton:focus {{
        border: {ring}px solid {p.focus};
        padding: {max(0, pad - ring + edge)}px {max(0, 2 * pad - ring + edge)}px;
    }}
    QLineEdit {{ min-height: {t}px; border: 2px solid {p.border}; border-radius: 6px; padding: 0 {pad}px;
        background: {p.background}; color: {p.text}; }}
    QLineEdit:focus {{ border: {max(4, round(5 * scale))}px solid {p.focus}; }}
    QScrollArea, QWidget#qt_scrollarea_viewport {{ border: none; background: {p.background}; }}
    QWidget#welcome_page, QWidget#review_page, QWidget#thanks_page, QWidget#paused_page, QWidget#pin_pad,
    QWidget#vote_console_page, QWidget#ballot_cards {{ background: {p.background}; }}
    QScrollBar:vertical {{ width: {round(24 * scale)}px; }}
    """
