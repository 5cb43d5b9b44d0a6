""" "Last time you said…": at the start of an event, the themes heard at the forum's previous session
and what happened since, one big easy-read card at a time, for the participant screen.

Next and previous by keyboard (Right, Space, Page Down / Left, Page Up), by the
big buttons, or by swiping; Escape closes. Each line has its OpenMoji symbol
(you said, we did, what happens next). The speaker button (top right) reads the
card aloud; it is shown only when Qt's text-to-speech can be loaded and has an
engine on this machine (see ui/common/read_aloud.py). Text size and colours follow the
View menu.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain.actions import STATUS_EASY_READ, Theme
from coprod_app.domain.session import Session
from coprod_app.ui.accessibility import named
from coprod_app.ui.common.card_text import CardText
from coprod_app.ui.common.fonts import font
from coprod_app.ui.common.plain_text import plain_label
from coprod_app.ui.common.read_aloud import SpeakerButton
from coprod_app.ui.common.symbols import SymbolView
from coprod_app.ui.theme import CARD_TEXT_PT, DEFAULT, LAST_TIME_TEXT, PARTICIPANT_TARGET_PX, Palette
from coprod_app.ui.voting.look import scroll_bar_style

if TYPE_CHECKING:
    from coprod_app.storage.database import AppDatabase

logger = logging.getLogger(__name__)
AUTO = object()
SYMBOL_NAMES = {"said": "you-said", "did": "we-did", "next": "next"}


@dataclass(frozen=True)
class CardLine:
    symbol: str  # "said", "did" or "next"
    heading: str
    text: str


@dataclass(frozen=True)
class Card:
    title: str
    lines: tuple[CardLine, ...]

    def spoken(self) -> str:
        return ". ".join([self.title] + [f"{line.heading}. {line.text}" for line in self.lines])


def cards_for(previous: Session | None, themes: list[Theme]) -> list[Card]:
    """The cards to show, in order: an opening card, then one per theme."""
    from coprod_app.reports.document import long_date
    from coprod_app.reports.easy_read import FORUM_WORDS, Plain, next_steps

    if previous is None:
        return [
            Card(
                QCoreApplication.translate("LastTime", "Welcome"),
                (
                    CardLine(
                        "said",
                        QCoreApplication.translate("LastTime", "This is our first meeting"),
                        QCoreApplication.translate("LastTime", "We want to hear what you think."),
                    ),
                ),
            )
        ]
    plain = Plain()
    forum = FORUM_WORDS.get(previous.forum, "meeting")
    cards = [
        Card(
            QCoreApplication.translate("LastTime", "Last time you said…"),
            (
                CardLine(
                    "said",
                    QCoreApplication.translate("LastTime", "At the {forum} on {date}").format(
                        forum=forum, date=long_date(previous.date)
                    ),
                    QCoreApplication.translate("LastTime", "You told us what matters to you."),
                ),
                CardLine(
                    "did",
                    QCoreApplication.translate("LastTime", "We listened"),
                    QCoreApplication.translate("LastTime", "Here is what we did."),
                ),
            ),
        )
    ]
    if not themes:
        cards.append(
            Card(
                QCoreApplication.translate("LastTime", "We are still working on it"),
                (
                    CardLine(
                        "did",
                        QCoreApplication.translate("LastTime", "We did"),
                        QCoreApplication.translate("LastTime", "We are still reading what you said."),
                    ),
                    CardLine(
                        "next",
                        QCoreApplication.translate("LastTime", "What happens next"),
                        QCoreApplication.translate("LastTime", "We will tell you more soon."),
                    ),
                ),
            )
        )
    for t in themes:
        did = " ".join(
            f"{plain(a.we_did)} {STATUS_EASY_READ.get(a.status, '')}" for a in t.actions
        ) or QCoreApplication.translate("LastTime", "We are still working out what to do.")
        cards.append(
            Card(
                plain(t.title),
                (
                    CardLine("said", QCoreApplication.translate("LastTime", "You said"), plain(t.you_said)),
                    CardLine("did", QCoreApplication.translate("LastTime", "We did"), did),
                    CardLine(
                        "next",
                        QCoreApplication.translate("LastTime", "What happens next"),
                        " ".join(next_steps(t.actions)),
                    ),
                ),
            )
        )
    return cards


class Symbol(SymbolView):
    """The line's OpenMoji symbol; a drawn one (speech bubble, tick, arrow) when the symbol file is missing."""

    def __init__(
        self, kind: str, size: int, palette: Palette = DEFAULT, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            SYMBOL_NAMES.get(kind, kind),
            size,
            lambda p, r: paint_line_symbol(p, r, kind, palette),
            palette,
            parent,
        )
        self.kind = kind


def paint_line_symbol(p: QPainter, r: QRectF, kind: str, palette: Palette = DEFAULT) -> None:
    s = min(r.width(), r.height())
    p.save()
    p.translate(r.topLeft())
    colour = QColor(getattr(palette, kind, palette.accent))
    inner = QColor(palette.background)
    p.setPen(Qt.NoPen)
    p.setBrush(colour)
    if kind == "said":
        p.drawRoundedRect(QRectF(2, 2, s - 4, s * 0.65), s * 0.15, s * 0.15)
        p.drawPolygon(
            QPolygonF([QPointF(s * 0.2, s * 0.6), QPointF(s * 0.18, s - 2), QPointF(s * 0.45, s * 0.6)])
        )
        p.setBrush(inner)
        for x in (0.3, 0.5, 0.7):
            p.drawEllipse(QPointF(s * x, s * 0.34), s * 0.06, s * 0.06)
    elif kind == "did":
        p.drawEllipse(QRectF(1, 1, s - 2, s - 2))
        pen = QPen(inner, s * 0.1, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin)
        p.setPen(pen)
        path = QPainterPath(QPointF(s * 0.27, s * 0.48))
        path.lineTo(s * 0.44, s * 0.66)
        path.lineTo(s * 0.75, s * 0.32)
        p.drawPath(path)
    else:
        p.drawRect(QRectF(2, s * 0.38, s * 0.55, s * 0.24))
        p.drawPolygon(
            QPolygonF([QPointF(s * 0.5, s * 0.12), QPointF(s - 2, s * 0.5), QPointF(s * 0.5, s * 0.88)])
        )
    p.restore()


class LastTimeViewer(QWidget):
    """Full-screen cards; nothing on it changes any data."""

    def __init__(
        self,
        cards: list[Card],
        parent: QWidget | None = None,
        speech=AUTO,
        *,
        scale: float | None = None,
        palette: Palette | None = None,
        db: AppDatabase | None = None,
    ) -> None:
        """`speech`: AUTO for this computer's engine (ui/common/read_aloud.py), None for no read-aloud, or an
        object with `say(text)`. `scale` and `palette` default to the View menu's settings in `db`."""
        super().__init__(parent)
        from coprod_app.ui.view_settings import load_view_settings, palette_of

        settings = load_view_settings(db)
        self.scale = scale = settings.text_scale if scale is None else scale
        self.palette_ = p = palette or palette_of(settings)
        self.setObjectName("last_time_viewer")
        self.setAccessibleName(self.tr("Last time you said"))
        self.setWindowTitle(self.tr("Last time you said…"))
        button_scale = min(scale, 1.5)  # the buttons grow less than the words, so three fit across
        self.setStyleSheet(
            f"QWidget#last_time_viewer, QWidget#last_time_card {{ background: {p.background}; }}"
            f" QScrollArea, QWidget#qt_scrollarea_viewport {{ border: none; background: {p.background}; }}"
            f" QLabel {{ color: {p.text}; background: transparent; }}"
            f" QPushButton {{ min-height: {round(PARTICIPANT_TARGET_PX * 2 * button_scale)}px;"
            f" padding: 4px {round(24 * button_scale)}px;"
            f" font-size: {round((CARD_TEXT_PT - 4) * button_scale)}pt; border: 2px solid {p.border};"
            f" border-radius: 8px; background: {p.surface}; color: {p.text}; }}"
            f" QPushButton:disabled {{ color: {p.muted_text}; border-style: dashed; }}"
            f" QPushButton:focus {{ border: 5px solid {p.focus}; }}"
            + scroll_bar_style(palette=p, scale=button_scale)
        )
        self.cards = cards or cards_for(None, [])
        self.index = 0
        if speech is AUTO:
            self.speech = AUTO
            speak = None
        else:
            self.speech = speech
            speak = (lambda text: speech.say(text) or True) if speech is not None else (lambda _text: False)
        self.setAttribute(Qt.WA_AcceptTouchEvents)
        self._press_x: float | None = None

        self.title = plain_label()  # theme titles are shown as typed (see plain_text)
        self.title.setObjectName("last_time_title")
        self.title.setWordWrap(True)
        # The title grows less than the lines, so at 200 % the card's words still have the room.
        self.title.setFont(self._font((CARD_TEXT_PT + 10) * min(scale, 1.4) / scale, bold=True))
        self.body = QWidget()  # replaced whole for each card
        self.position = plain_label()
        self.position.setObjectName("last_time_position")
        self.position.setFont(self._font((CARD_TEXT_PT - 8) * button_scale / scale))
        self.previous_button = named(
            QPushButton(self.tr("◀  Back")), "last_time_previous", self.tr("Previous card")
        )
        self.next_button = named(QPushButton(self.tr("Next  ▶")), "last_time_next", self.tr("Next card"))
        self.read_button = SpeakerButton(
            lambda: self.cards[self.index].spoken(), "last_time_read", button_scale * 1.4, p, speak=speak
        )
        self.read_button.setAccessibleName(self.tr("Read this card aloud"))
        if speech is None:
            self.read_button.hide()
        self.close_button = named(QPushButton(self.tr("Close")), "last_time_close", self.tr("Close"))
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.close)

        # The card (title and lines) scrolls when a large text size needs more than the screen.
        self.card_page = QWidget()
        self.card_page.setObjectName("last_time_card")
        self._card_layout = QVBoxLayout(self.card_page)
        self._card_layout.setContentsMargins(0, 0, 0, 0)
        self._card_layout.addWidget(self.title)
        self._card_layout.addWidget(self.body, 1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("last_time_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.card_page)

        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.read_button, 0, Qt.AlignTop)
        top.addWidget(self.close_button, 0, Qt.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.position)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(
            round(48 * button_scale),
            round(24 * button_scale),
            round(48 * button_scale),
            round(24 * button_scale),
        )
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        # Reading order for Tab: the card's speaker, Close, then Back and Next below it.
        QWidget.setTabOrder(self.read_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.next_button)
        self.show_card(0)

    def _font(self, points: float, bold: bool = False) -> QFont:
        return font(points, self.scale, bold=bold)

    def show_card(self, index: int) -> None:
        self.index = max(0, min(index, len(self.cards) - 1))
        card = self.cards[self.index]
        self.title.setText(card.title)
        gap = round(24 * self.scale)
        body = QWidget()
        rows = QVBoxLayout(body)
        rows.setContentsMargins(0, gap, 0, 0)
        rows.setSpacing(gap)
        for i, line in enumerate(card.lines):
            row = QHBoxLayout()
            row.setSpacing(gap)
            row.addWidget(
                Symbol(line.symbol, round(PARTICIPANT_TARGET_PX * 2 * self.scale), self.palette_),
                0,
                Qt.AlignTop,
            )
            # The heading in bold, then the words: "you said" and "we did" are shown as typed.
            text = CardText(
                line.heading,
                line.text,
                LAST_TIME_TEXT,
                self.scale,
                names=(f"last_time_line_{i + 1}_heading", f"last_time_line_{i + 1}_text"),
            )
            text.setObjectName(f"last_time_line_{i + 1}")
            text.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
            row.addWidget(text, 1)
            rows.addLayout(row)
        rows.addStretch(1)
        old = self.body
        self._card_layout.replaceWidget(old, body)
        old.hide()
        old.deleteLater()
        self.body = body
        self.scroll.verticalScrollBar().setValue(0)
        self.position.setText(
            self.tr("{position} of {total}").format(position=self.index + 1, total=len(self.cards))
        )
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.cards) - 1)
        self.setAccessibleDescription(card.spoken())

    def next(self) -> None:
        self.show_card(self.index + 1)

    def previous(self) -> None:
        self.show_card(self.index - 1)

    def read_aloud(self) -> bool:
        return self.read_button.read()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key_Right, Qt.Key_Space, Qt.Key_PageDown, Qt.Key_Down):
            self.next()
        elif key in (Qt.Key_Left, Qt.Key_Backspace, Qt.Key_PageUp, Qt.Key_Up):
            self.previous()
        elif key == Qt.Key_Home:
            self.show_card(0)
        elif key == Qt.Key_End:
            self.show_card(len(self.cards) - 1)
        elif key == Qt.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    # A swipe with a finger or the mouse: left for next, right for previous.
    def mousePressEvent(self, event) -> None:
        self._press_x = event.position().x()

    def mouseReleaseEvent(self, event) -> None:
        if self._press_x is not None:
            moved = event.position().x() - self._press_x
            if abs(moved) > self.width() * 0.15:
                self.next() if moved < 0 else self.previous()
        self._press_x = None

    def closeEvent(self, event) -> None:
        from coprod_app.ui.common import read_aloud

        if self.speech is AUTO:
            read_aloud.stop()
        elif self.speech is not None:
            read_aloud._quiet_stop(self.speech)
        super().closeEvent(event)


def open_last_time(db: AppDatabase, session_id: int, parent: QWidget | None = None) -> LastTimeViewer:
    """Show the cards full screen, on the last screen (the projector when there are two)."""
    from PySide6.QtGui import QGuiApplication

    from coprod_app.storage.themes import themes_heard_last_time

    previous, themes = themes_heard_last_time(db, session_id)
    viewer = LastTimeViewer(cards_for(previous, themes), db=db)
    viewer.setAttribute(Qt.WA_DeleteOnClose)
    screens = QGuiApplication.screens()
    if screens:
        viewer.setGeometry(screens[-1].geometry())
    viewer.showFullScreen()
    viewer.next_button.setFocus()
    return viewer
