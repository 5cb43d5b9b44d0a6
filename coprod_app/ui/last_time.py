""""Last time you said…": at the start of an event, the themes heard at the forum's previous session
and what happened since, one big easy-read card at a time, for the participant screen.

Next and previous by keyboard (Right, Space, Page Down / Left, Page Up), by the
big buttons, or by swiping; Escape closes. "Read aloud" is shown only when Qt's
text-to-speech can be loaded and has an engine on this machine.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget
from sqlite_utils import Database

from coprod_app.domain.actions import STATUS_EASY_READ, Theme
from coprod_app.domain.session import Session
from coprod_app.ui.accessibility import named
from coprod_app.ui.theme import DEFAULT, PARTICIPANT_TARGET_PX

logger = logging.getLogger(__name__)
CARD_TEXT_PT = 26  # easy-read text on the shared screen; ask the lead to move to theme.py
AUTO = object()
SYMBOL_COLOURS = {"said": "#1F4E8C", "did": "#1B6E34", "next": "#C2410C"}


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
    from coprod_app.reports.easy_read import FORUM_WORDS, Plain, next_steps
    from coprod_app.reports.document import long_date

    if previous is None:
        return [Card("Welcome", (CardLine("said", "This is our first meeting", "We want to hear what you think."),))]
    plain = Plain()
    forum = FORUM_WORDS.get(previous.forum, "meeting")
    cards = [Card("Last time you said…", (
        CardLine("said", f"At the {forum} on {long_date(previous.date)}", "You told us what matters to you."),
        CardLine("did", "We listened", "Here is what we did."),
    ))]
    if not themes:
        cards.append(Card("We are still working on it", (
            CardLine("did", "We did", "We are still reading what you said."),
            CardLine("next", "What happens next", "We will tell you more soon."))))
    for t in themes:
        did = " ".join(f"{plain(a.we_did)} {STATUS_EASY_READ.get(a.status, '')}" for a in t.actions) \
            or "We are still working out what to do."
        cards.append(Card(plain(t.title), (
            CardLine("said", "You said", plain(t.you_said)),
            CardLine("did", "We did", did),
            CardLine("next", "What happens next", " ".join(next_steps(t.actions))),
        )))
    return cards


class Symbol(QWidget):
    """A simple drawn symbol: speech bubble (you said), tick (we did), arrow (what happens next)."""

    def __init__(self, kind: str, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setFixedSize(size, size)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        s = float(self.width())
        colour = QColor(SYMBOL_COLOURS.get(self.kind, DEFAULT.accent))
        p.setPen(Qt.NoPen)
        p.setBrush(colour)
        if self.kind == "said":
            p.drawRoundedRect(QRectF(2, 2, s - 4, s * 0.65), s * 0.15, s * 0.15)
            p.drawPolygon(QPolygonF([QPointF(s * 0.2, s * 0.6), QPointF(s * 0.18, s - 2), QPointF(s * 0.45, s * 0.6)]))
            p.setBrush(QColor("white"))
            for x in (0.3, 0.5, 0.7):
                p.drawEllipse(QPointF(s * x, s * 0.34), s * 0.06, s * 0.06)
        elif self.kind == "did":
            p.drawEllipse(QRectF(1, 1, s - 2, s - 2))
            pen = QPen(QColor("white"), s * 0.1, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin)
            p.setPen(pen)
            path = QPainterPath(QPointF(s * 0.27, s * 0.48))
            path.lineTo(s * 0.44, s * 0.66)
            path.lineTo(s * 0.75, s * 0.32)
            p.drawPath(path)
        else:
            p.drawRect(QRectF(2, s * 0.38, s * 0.55, s * 0.24))
            p.drawPolygon(QPolygonF([QPointF(s * 0.5, s * 0.12), QPointF(s - 2, s * 0.5), QPointF(s * 0.5, s * 0.88)]))
        p.end()


def _speech():
    """A QTextToSpeech with a working engine, or None (no library, no libpulse, or no engine)."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return None
    try:
        if not QTextToSpeech.availableEngines():
            return None
        speech = QTextToSpeech()
        if speech.state() == QTextToSpeech.State.Error:
            return None
        return speech
    except Exception:  # an engine that fails to start must not stop the screen
        logger.info("text to speech unavailable", exc_info=True)
        return None


class LastTimeViewer(QWidget):
    """Full-screen cards; nothing on it changes any data."""

    def __init__(self, cards: list[Card], parent: QWidget | None = None, speech=AUTO) -> None:
        """`speech`: a QTextToSpeech, None for no read-aloud, or AUTO to find one on this machine."""
        super().__init__(parent)
        self.setObjectName("last_time_viewer")
        self.setAccessibleName(self.tr("Last time you said"))
        self.setWindowTitle(self.tr("Last time you said…"))
        self.setStyleSheet(f"QWidget#last_time_viewer {{ background: {DEFAULT.background}; }}"
                           f" QLabel {{ color: {DEFAULT.text}; }}"
                           f" QPushButton {{ min-height: {PARTICIPANT_TARGET_PX * 2}px; padding: 4px 24px;"
                           f" font-size: {CARD_TEXT_PT - 4}pt; border: 2px solid {DEFAULT.border}; border-radius: 8px;"
                           f" background: {DEFAULT.surface}; }}"
                           f" QPushButton:focus {{ border: 4px solid {DEFAULT.focus}; }}")
        self.cards = cards or cards_for(None, [])
        self.index = 0
        self.speech = _speech() if speech is AUTO else speech
        self.setAttribute(Qt.WA_AcceptTouchEvents)
        self._press_x: float | None = None

        self.title = QLabel()
        self.title.setObjectName("last_time_title")
        self.title.setWordWrap(True)
        self.title.setFont(self._font(CARD_TEXT_PT + 10, bold=True))
        self.body = QWidget()  # replaced whole for each card
        self.position = QLabel()
        self.position.setObjectName("last_time_position")
        self.position.setFont(self._font(CARD_TEXT_PT - 8))
        self.previous_button = named(QPushButton(self.tr("◀  Back")), "last_time_previous", self.tr("Previous card"))
        self.next_button = named(QPushButton(self.tr("Next  ▶")), "last_time_next", self.tr("Next card"))
        self.read_button = named(QPushButton(self.tr("Read aloud")), "last_time_read", self.tr("Read this card aloud"))
        self.close_button = named(QPushButton(self.tr("Close")), "last_time_close", self.tr("Close"))
        self.read_button.setVisible(self.speech is not None)
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.read_button.clicked.connect(self.read_aloud)
        self.close_button.clicked.connect(self.close)

        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.position)
        buttons.addStretch(1)
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.next_button)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button, 0, Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        self._layout = layout
        layout.addLayout(buttons)
        self.show_card(0)

    def _font(self, points: float, bold: bool = False) -> QFont:
        try:
            from coprod_app.ui.participant_look import font

            return font(points, bold=bold)
        except ImportError:
            f = QFont()
            f.setPointSizeF(points)
            f.setBold(bold)
            return f

    def show_card(self, index: int) -> None:
        self.index = max(0, min(index, len(self.cards) - 1))
        card = self.cards[self.index]
        self.title.setText(card.title)
        body = QWidget()
        rows = QVBoxLayout(body)
        rows.setContentsMargins(0, 24, 0, 0)
        rows.setSpacing(24)
        for line in card.lines:
            row = QHBoxLayout()
            row.setSpacing(24)
            row.addWidget(Symbol(line.symbol, PARTICIPANT_TARGET_PX * 2), 0, Qt.AlignTop)
            text = QLabel(f"<b>{_html(line.heading)}</b><br>{_html(line.text)}")
            text.setTextFormat(Qt.RichText)
            text.setWordWrap(True)
            text.setFont(self._font(CARD_TEXT_PT))
            text.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
            row.addWidget(text, 1)
            rows.addLayout(row)
        rows.addStretch(1)
        old = self.body
        self._layout.replaceWidget(old, body)
        old.hide()
        old.deleteLater()
        self.body = body
        self.position.setText(self.tr("%1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(len(self.cards))))
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.cards) - 1)
        self.setAccessibleDescription(card.spoken())

    def next(self) -> None:
        self.show_card(self.index + 1)

    def previous(self) -> None:
        self.show_card(self.index - 1)

    def read_aloud(self) -> None:
        if self.speech is not None:
            self.speech.say(self.cards[self.index].spoken())

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
        if self.speech is not None:
            try:
                self.speech.stop()
            except Exception:
                pass
        super().closeEvent(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


def open_last_time(db: Database, session_id: int, parent: QWidget | None = None) -> LastTimeViewer:
    """Show the cards full screen, on the last screen (the projector when there are two)."""
    from PySide6.QtGui import QGuiApplication

    from coprod_app.storage.themes import themes_heard_last_time

    previous, themes = themes_heard_last_time(db, session_id)
    viewer = LastTimeViewer(cards_for(previous, themes))
    viewer.setAttribute(Qt.WA_DeleteOnClose)
    screens = QGuiApplication.screens()
    if screens:
        viewer.setGeometry(screens[-1].geometry())
    viewer.showFullScreen()
    viewer.next_button.setFocus()
    return viewer
