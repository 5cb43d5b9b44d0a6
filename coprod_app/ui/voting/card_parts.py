"""What every voting card is made of: its symbols, its words, its priority and its speaker.

Shared by the ballot's cards (cards.py) and the one-card-at-a-time face (big_card.py), so
a size or a rule (what the settings hide, what the speaker reads) is the same on both.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QWidget

from coprod_app.domain.pack import Commitment
from coprod_app.storage.device_settings import DeviceSettings
from coprod_app.ui.common.card_text import CardText, card_topic
from coprod_app.ui.common.read_aloud import SpeakerButton
from coprod_app.ui.common.symbols import SymbolStrip, SymbolView
from coprod_app.ui.theme import DEFAULT, CardTextLook, Palette

SHAPES = ("circle", "square", "triangle", "diamond", "hexagon", "star")
# Sizes at 100 % text; each is multiplied by the text-size setting.
SYMBOL_PX = 120  # a commitment's symbols on a ballot card (issue 17: about 46 px was too small to tell apart)
BIG_SYMBOL_PX = 200  # on the one-card-at-a-time face
PRIORITY_SYMBOL_PX = 36  # the priority's symbol beside its name
RATING_SYMBOL_PX = 64  # like / not sure / don't like on their buttons
# The one-card-at-a-time face: words that read from across a table (CardTextLook in ui/theme.py is
# the other cards' equivalent; this one lives here until theme.py has a place for it).
BIG_CARD_TEXT = CardTextLook(
    words_pt=22, under_pt=16, gap_px=14, under_italic=True, under_muted=True, topic_pt=15
)


def _priority_shape(index: int, palette: Palette):
    """What a symbol shows when the pack has none for it: its priority's coloured shape."""
    return lambda painter, r: paint_shape(painter, r.adjusted(2, 2, -2, -2), index, palette)


class SymbolArea(SymbolView):
    """One symbol (the priority's); a coloured shape for its priority when the pack has no symbol for it."""

    def __init__(
        self,
        name: str,
        index: int,
        side: int,
        palette: Palette = DEFAULT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            name,
            side,
            _priority_shape(index, palette),
            palette,
            parent,
        )
        self.index = index


class CardSymbols(SymbolStrip):
    """A commitment's symbols side by side; its priority's coloured shape when the pack has none."""

    def __init__(
        self,
        name: str,
        index: int,
        side: int,
        palette: Palette = DEFAULT,
        parent: QWidget | None = None,
        *,
        min_side: int | None = None,
    ) -> None:
        super().__init__(
            name,
            side,
            _priority_shape(index, palette),
            palette,
            parent,
            min_side=min_side,
        )
        self.setObjectName("card_symbols")
        self.index = index


def paint_shape(painter: QPainter, r: QRectF, index: int, palette: Palette = DEFAULT) -> None:
    colours = palette.priority_colours
    colour = QColor(colours[index % len(colours)])
    painter.setPen(QPen(colour.darker(130), 2))
    painter.setBrush(colour)
    shape = SHAPES[index % len(SHAPES)]
    c = r.center()
    if shape == "circle":
        painter.drawEllipse(r)
    elif shape == "square":
        painter.drawRoundedRect(r.adjusted(2, 2, -2, -2), 4, 4)
    else:
        corners = {"triangle": 3, "diamond": 4, "hexagon": 6, "star": 10}[shape]
        radius = min(r.width(), r.height()) / 2
        points = []
        for i in range(corners):
            angle = -math.pi / 2 + 2 * math.pi * i / corners
            k = 0.5 if shape == "star" and i % 2 else 1.0
            points.append(QPointF(c.x() + radius * k * math.cos(angle), c.y() + radius * k * math.sin(angle)))
        painter.drawPolygon(QPolygonF(points))


def paint_face(painter: QPainter, r: QRectF, rating: str, palette: Palette = DEFAULT) -> None:
    """A simple face: smile (like), straight mouth (not sure), frown (don't like)."""
    colour = QColor(palette.rating_colour(rating))
    painter.setPen(QPen(colour, max(2.0, r.width() / 14)))
    painter.setBrush(Qt.NoBrush)
    painter.drawEllipse(r)
    eye = r.width() / 12
    for dx in (-0.18, 0.18):
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(r.center().x() + dx * r.width(), r.top() + r.height() * 0.38), eye, eye)
    painter.setBrush(Qt.NoBrush)
    left, right = r.left() + r.width() * 0.3, r.right() - r.width() * 0.3
    y = r.top() + r.height() * 0.66
    path = QPainterPath(QPointF(left, y))
    bend = {"like": 0.14, "unsure": 0.0, "dislike": -0.14}[rating] * r.height()
    path.quadTo(QPointF(r.center().x(), y + bend), QPointF(right, y))
    painter.drawPath(path)


def card_words(commitment: Commitment) -> str:
    return commitment.easy_read or commitment.text


def commitment_text(
    commitment: Commitment, look: CardTextLook, scale: float, settings: DeviceSettings = DeviceSettings()
) -> CardText:
    """The card's easy-read words and, under them, its "I" statement in quotes (unless the settings hide it)."""
    said = f"“{commitment.i_statement}”" if commitment.i_statement and not settings.hide_i_statement else None
    return CardText(card_words(commitment), said, look, scale, names=("card_words", "card_i_statement"))


def spoken_card(
    commitment: Commitment, priority_title: str, settings: DeviceSettings = DeviceSettings()
) -> str:
    """What the speaker button reads: the easy-read words, the "I" statement, then the topic.

    What the settings hide from the card is not read either, so the voice says what the screen shows.
    """
    parts = [card_words(commitment)]
    if commitment.i_statement and not settings.hide_i_statement:
        parts.append(commitment.i_statement)
    if not settings.hide_priority_badge:
        parts.append(priority_title)
    return " ".join(p if p.rstrip().endswith((".", "!", "?", "…")) else p + "." for p in parts)


def priority_symbol_name(commitment: Commitment, priority_key: str = "") -> str:
    return (
        priority_key
        or commitment.priority_key
        or "priority-" + commitment.key.removeprefix("commitment-").split(".")[0]
    )


def topic_row(
    commitment: Commitment,
    priority_title: str,
    priority_index: int,
    look: CardTextLook,
    scale: float,
    palette: Palette,
    *,
    priority_key: str = "",
    symbol_px: int = PRIORITY_SYMBOL_PX,
    settings: DeviceSettings = DeviceSettings(),
) -> tuple[QHBoxLayout, SymbolArea, QWidget]:
    """The priority's small symbol and its name, side by side: (the row, the symbol, the name); both
    hidden when the settings hide the priority."""
    row = QHBoxLayout()
    row.setSpacing(round(6 * scale))
    symbol = SymbolArea(
        priority_symbol_name(commitment, priority_key), priority_index, round(symbol_px * scale), palette
    )
    symbol.setObjectName("card_priority_symbol")
    topic = card_topic(priority_title, look, scale)
    row.addWidget(symbol, 0, Qt.AlignVCenter)
    row.addWidget(topic, 1)
    if settings.hide_priority_badge:
        symbol.hide()
        topic.hide()
    return row, symbol, topic


def card_speaker(
    commitment: Commitment,
    priority_title: str,
    words: str,
    scale: float,
    palette: Palette,
    settings: DeviceSettings,
) -> SpeakerButton:
    speaker = SpeakerButton(
        lambda: spoken_card(commitment, priority_title, settings), f"read_{commitment.key}", scale, palette
    )
    speaker.setAccessibleName(
        QCoreApplication.translate("ChoiceCard", "Read aloud: {words}").format(words=words)
    )
    if settings.read_pages_aloud:
        # The card is read as it takes focus: a speaker stop after every card would double each Tab.
        speaker.setFocusPolicy(Qt.NoFocus)
    return speaker
