"""How the participant screen looks: big targets, a thick focus ring, sizes that scale.

Its font is ui/common/fonts.py; the sizes of a card's words are ui/theme.py's CardTextLook.

Every colour comes from the palette (ui/theme.py: default, high contrast or
calm); `scale` is the text-size setting (1.0 to 2.0). No meaning rests on colour
alone: each card has its own symbol, a chosen card a heavy frame and a badge.
"""

from __future__ import annotations

from coprod_app.ui.theme import DEFAULT, PARTICIPANT_TARGET_PX, Palette


def target(scale: float = 1.0) -> int:
    """The smallest touch target on the participant screen, in pixels (44 at 100 %), before padding."""
    return round(max(PARTICIPANT_TARGET_PX, 56) * scale)


def style_sheet(*, palette: Palette = DEFAULT, scale: float = 1.0) -> str:
    """Big buttons with a thick, always-visible focus ring; no animation anywhere.

    Keyword-only, like theme.style_sheet: the two once took palette and scale in opposite orders.
    """
    p = palette
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
    QPushButton:checked {{ background: {p.chosen_background}; border-color: {p.accent}; }}
    QPushButton:focus {{
        border: {ring}px solid {p.focus};
        padding: {max(0, pad - ring + edge)}px {max(0, 2 * pad - ring + edge)}px;
    }}
    QLineEdit {{ min-height: {t}px; border: 2px solid {p.border}; border-radius: 6px; padding: 0 {pad}px;
        background: {p.background}; color: {p.text}; }}
    QLineEdit:focus {{ border: {max(4, round(5 * scale))}px solid {p.focus}; }}
    QScrollArea, QWidget#qt_scrollarea_viewport {{ border: none; background: {p.background}; }}
    QWidget#welcome_page, QWidget#review_page, QWidget#thanks_page, QWidget#paused_page, QWidget#pin_pad,
    QWidget#vote_console_page, QWidget#ballot_cards, QWidget#results_page {{ background: {p.background}; }}
    QWidget#vote_console_page QListWidget {{
        color: {p.text}; background: {p.background};
    }}
    {scroll_bar_style(palette=p, scale=scale)}
    """


def scroll_bar_style(*, palette: Palette = DEFAULT, scale: float = 1.0) -> str:
    """A wide scroll bar in the palette's colours (Qt's own can vanish on a dark background); no arrows."""
    p = palette
    return f"""
    QScrollBar:vertical {{
        width: {round(24 * scale)}px; background: {p.surface}; border: 1px solid {p.border}; margin: 0px;
    }}
    QScrollBar::handle:vertical {{
        background: {p.muted_text}; min-height: {round(60 * scale)}px; border-radius: {round(6 * scale)}px;
        margin: {max(2, round(3 * scale))}px;
    }}
    QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0px; }}
    QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
    """
