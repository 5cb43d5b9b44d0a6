"""Colours, sizes and the style sheets: the one place they are set.

Three palettes: the default, a high-contrast one (light text on black, every
text pair at least 7:1) and a calm one (an off-white, low-glare background for
people with visual stress). `contrast_ratio` is WCAG 2's formula, and
`text_pairs` lists every text/background pair a palette is used with, so a test
can check them all. Sizes are in points at 100 %; the text-size setting
(`TEXT_SCALES`, 100 % to 200 %) multiplies them.
"""

from __future__ import annotations

from dataclasses import dataclass

# WCAG 2.1 1.4.3 (AA) and 1.4.6 (AAA) for text; 1.4.11 for focus rings, borders and symbols.
AA_TEXT = 4.5
AAA_TEXT = 7.0
NON_TEXT = 3.0


@dataclass(frozen=True)
class Palette:
    name: str
    background: str
    surface: str  # cards, buttons
    text: str
    muted_text: str  # secondary words: a card's priority, an "I" statement
    accent: str  # the main button, chosen cards' frames, the rank badge
    accent_text: str  # words on the accent colour
    focus: str  # the focus ring: never the same as accent, always thick
    saved: str
    error: str
    border: str
    chosen_background: str  # a chosen card or choice
    # One colour per priority (in pack order), for the painted shape used when a pack has no symbol.
    priority_colours: tuple[str, ...]
    like: str
    unsure: str
    dislike: str
    said: str  # "last time you said…": you said, we did, what happens next (painted fallbacks)
    did: str
    next: str
    symbol_tile: str = ""  # a light tile behind the coloured symbols on a dark background
    min_text_contrast: float = AA_TEXT

    def rating_colour(self, rating: str) -> str:
        return {"like": self.like, "unsure": self.unsure, "dislike": self.dislike}.get(rating, self.text)


DEFAULT = Palette(
    name="default",
    background="#FFFFFF",
    surface="#F3F5F8",
    text="#1A1A1A",
    muted_text="#4A4F57",
    accent="#1F4E8C",
    accent_text="#FFFFFF",
    focus="#C2410C",
    saved="#1B6E34",
    error="#A4161A",
    border="#8A8F98",
    chosen_background="#E3ECF8",
    priority_colours=("#1F6F50", "#7A3E9D", "#B3541E", "#1F4E8C", "#8C1F4E", "#4E5B1F"),
    like="#1B6E34",
    unsure="#5A5F66",
    dislike="#A4161A",
    said="#1F4E8C",
    did="#1B6E34",
    next="#C2410C",
)

HIGH_CONTRAST = Palette(
    name="high-contrast",
    background="#000000",
    surface="#141414",
    text="#FFFFFF",
    muted_text="#E6E6E6",
    accent="#FFE14D",
    accent_text="#000000",
    focus="#00E5FF",
    saved="#7CFF8A",
    error="#FF9C9C",
    border="#FFFFFF",
    chosen_background="#00306B",
    priority_colours=("#7CFF8A", "#E0A8FF", "#FFB070", "#8CC8FF", "#FF9CC8", "#D8E870"),
    like="#7CFF8A",
    unsure="#E6E6E6",
    dislike="#FF9C9C",
    said="#8CC8FF",
    did="#7CFF8A",
    next="#FFB070",
    symbol_tile="#FFFFFF",
    min_text_contrast=AAA_TEXT,
)

CALM = Palette(
    name="calm",
    background="#FAF6EC",  # warm off-white: less glare than white on a projector
    surface="#F0EADB",
    text="#2A2722",
    muted_text="#514C42",
    accent="#2E5A6E",
    accent_text="#FFFFFF",
    focus="#9A4A12",
    saved="#2F6B3A",
    error="#963024",
    border="#8C8474",
    chosen_background="#DCE6E4",
    priority_colours=("#3E6E5A", "#6E4E80", "#8E5A34", "#3A5F80", "#80405A", "#5A6234"),
    like="#2F6B3A",
    unsure="#5A574F",
    dislike="#963024",
    said="#2E5A6E",
    did="#2F6B3A",
    next="#9A4A12",
)

PALETTES: dict[str, Palette] = {p.name: p for p in (DEFAULT, HIGH_CONTRAST, CALM)}

# The text-size setting: 100 % to 200 %.
TEXT_SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)
MIN_TEXT_SCALE, MAX_TEXT_SCALE = TEXT_SCALES[0], TEXT_SCALES[-1]

FACILITATOR_TARGET_PX = 32
PARTICIPANT_TARGET_PX = 44
FACILITATOR_TEXT_PT = 10  # the facilitator windows' text at 100 %

# "Last time you said…": easy-read text on the shared screen, at 100 %.
CARD_TEXT_PT = 26


@dataclass(frozen=True)
class CardTextLook:
    """A card's words and the line under them (ui/common/card_text.py): points and pixels at 100 %.

    On a voting card the words are the commitment's easy-read words and the line under
    them its "I" statement, in italics and the muted colour, with the priority's name
    (the topic) above; on a Last time card the words are a heading ("You said") and
    the line under them what was said.
    """

    words_pt: float
    under_pt: float
    gap_px: float  # between the words and the line under them
    under_bold: bool = False
    under_italic: bool = False
    under_muted: bool = False
    topic_pt: float = 0  # the priority's name above the words; 0 where a card has none


# A card to pick or rank, three across the screen.
CHOICE_CARD_TEXT = CardTextLook(
    words_pt=17, under_pt=12.5, gap_px=8, under_italic=True, under_muted=True, topic_pt=12
)
# A card to rate, one per row beside its three buttons.
RATING_CARD_TEXT = CardTextLook(
    words_pt=16, under_pt=12, gap_px=12, under_italic=True, under_muted=True, topic_pt=11.5
)
# One line of a Last time card: its heading in bold, then what was said, both at CARD_TEXT_PT.
LAST_TIME_TEXT = CardTextLook(words_pt=CARD_TEXT_PT, under_pt=CARD_TEXT_PT, gap_px=0)
# The privacy notice: sizes relative to the screen height, so a 768-line projector and a 4K
# touch screen both read well; the text-size setting multiplies them.
TITLE_PT_PER_100PX = 3.2
HEADING_PT_PER_100PX = 2.6
BODY_PT_PER_100PX = 2.1
MIN_BODY_PT = 16


def palette_named(name: str | None) -> Palette:
    """The palette with this name; the default for None or a name this version does not know."""
    return PALETTES.get(name or "", DEFAULT)


def clamp_scale(scale: float) -> float:
    return max(MIN_TEXT_SCALE, min(MAX_TEXT_SCALE, float(scale)))


# Contrast ---------------------------------------------------------------------


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of "#RRGGBB"."""
    h = colour.lstrip("#")
    if len(h) != 6:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours, from 1.0 (same) to 21.0 (black on white)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    light, dark = max(la, lb), min(la, lb)
    return (light + 0.05) / (dark + 0.05)


def text_pairs(p: Palette) -> list[tuple[str, str, str]]:
    """Every (what, text colour, background colour) pair the screens draw text with."""
    pairs = [
        ("text on background", p.text, p.background),
        ("text on a card or button", p.text, p.surface),
        ("text on a chosen card", p.text, p.chosen_background),
        ("muted text on background", p.muted_text, p.background),
        ("muted text on a card", p.muted_text, p.surface),
        ("muted text on a chosen card", p.muted_text, p.chosen_background),
        ("main button / rank badge", p.accent_text, p.accent),
        ("a tick drawn in the accent colour on a card", p.accent, p.surface),
        ("headings in the accent colour", p.accent, p.background),
        ("saved message", p.saved, p.background),
        ("saved message on a card", p.saved, p.surface),
        ("error message", p.error, p.background),
        ("error message on a card", p.error, p.surface),
    ]
    return pairs


def non_text_pairs(p: Palette) -> list[tuple[str, str, str]]:
    """Focus rings, chosen frames and symbols: 3:1 against what is around them (WCAG 1.4.11)."""
    pairs = [
        ("focus ring on background", p.focus, p.background),
        ("focus ring on a card", p.focus, p.surface),
        ("chosen frame on background", p.accent, p.background),
        ("chosen frame on a chosen card", p.accent, p.chosen_background),
    ]
    # The painted shapes and faces used when a pack has no symbol; SVG symbols sit on `symbol_tile`.
    for i, colour in enumerate(p.priority_colours):
        pairs.append((f"priority {i + 1} shape on a card", colour, p.surface))
    for name in ("like", "unsure", "dislike"):
        pairs.append((f"{name} face on a button", p.rating_colour(name), p.surface))
        pairs.append((f"{name} face on a chosen button", p.rating_colour(name), p.chosen_background))
    for name in ("said", "did", "next"):
        pairs.append((f"{name} symbol", getattr(p, name), p.background))
    return pairs


# Style sheets -------------------------------------------------------------------


def facilitator_points(scale: float = 1.0, system_points: float = 0) -> float:
    """The facilitator windows' text size in points: 10 pt (or the system's, if larger) times `scale`."""
    return max(FACILITATOR_TEXT_PT, system_points) * clamp_scale(scale)


def style_sheet(*, palette: Palette = DEFAULT, scale: float = 1.0) -> str:
    """The facilitator windows' style: a thick focus ring that is always visible, targets at `scale`.

    No `QWidget { font-size }` rule: a style sheet's font rule beats every widget's own font, and
    this sheet is the application's, so it made the voting screen's 40 pt "Your turn." 12.5 pt at
    125 % (issue 17). The facilitator text size is the application font instead
    (ui/view_settings.py `apply_look`), which a participant page's own fonts keep their sizes over.
    Keyword-only, like voting/look.py's: the two once took palette and scale in opposite orders.
    """
    p = palette
    target = round(FACILITATOR_TARGET_PX * scale)
    # The heading grows less than the text under it (26 pt at 200 %, not 32): at 200 % on a 768-line
    # screen three lines of it left the form a strip to type in.
    # Tick boxes and round buttons grow with the words beside them; at 100 % they stay the platform's own.
    side = round(13 * scale)
    ticks = (
        f"QCheckBox::indicator, QRadioButton::indicator, QListView::indicator, QTableView::indicator"
        f" {{ width: {side}px; height: {side}px; }}"
        if scale > 1.01
        else ""
    )
    return f"""
    {ticks}
    QWidget {{ color: {p.text}; }}
    QMainWindow, QDialog, QMenuBar, QMenu {{ background: {p.background}; }}
    QMenu::item:selected, QMenuBar::item:selected {{ background: {p.accent}; color: {p.accent_text}; }}
    QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateEdit, QSpinBox, QListView, QTableView,
    QListWidget, QTreeView {{ background: {p.background}; color: {p.text}; }}
    QPushButton {{
        min-height: {target}px; padding: 2px 12px; border: 1px solid {p.border};
        border-radius: 4px; background: {p.surface};
    }}
    QPushButton:default, QPushButton#save_view {{ background: {p.accent}; color: {p.accent_text}; }}
    QPushButton:disabled {{ color: {p.muted_text}; }}
    QPushButton:default:disabled, QPushButton#save_view:disabled {{ background: {p.surface}; color: {p.muted_text}; }}
    QComboBox, QLineEdit, QDateEdit {{ min-height: {target}px; }}
    QPushButton:focus, QComboBox:focus, QLineEdit:focus, QDateEdit:focus, QPlainTextEdit:focus,
    QListView:focus, QTableView:focus, QListWidget:focus, QCheckBox:focus, QRadioButton:focus {{
        border: 3px solid {p.focus};
    }}
    QCheckBox:focus, QRadioButton:focus {{ border-radius: 3px; }}
    QLabel#save_status[state="saved"] {{ color: {p.saved}; font-weight: bold; }}
    QLabel#save_status[state="error"] {{ color: {p.error}; font-weight: bold; }}
    QLabel#session_heading {{ font-size: {round(max(16, 13 * scale))}pt; font-weight: bold; }}
    """
