"""A rating round one card at a time, as on a Talking Mat: the card large, and a fixed scale under it.

The card's symbol is big, its words and "I" statement under it. The scale (like, not sure, don't
like) stays in the same place for every card, each choice a big target with its face and its word,
told apart by the face and the shape behind it (circle, square, diamond), never by colour alone.
A choice moves on to the next card; the strip of small symbols along the bottom shows every card,
which are answered (a small face) and which one is shown (a heavy frame), and takes you back to any
card. Only the shown card's symbol in the strip is a Tab stop; Left and Right walk along the strip.
The rules (what is stored, undo) are the ballot's (domain/ballot.py); this widget shows and asks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain.pack import Commitment
from coprod_app.domain.voting import RATINGS
from coprod_app.storage.device_settings import DeviceSettings
from coprod_app.ui.accessibility import named
from coprod_app.ui.common.ballot_button import BallotButton
from coprod_app.ui.common.fonts import font
from coprod_app.ui.common.i18n import translate
from coprod_app.ui.common.read_aloud import SpeakerButton
from coprod_app.ui.common.swipe import swipe_scrolling
from coprod_app.ui.theme import DEFAULT, Palette
from coprod_app.ui.voting.cards import BigCardFace, card_words, rating_words, spoken_card
from coprod_app.ui.voting.rating_scale import SCALE_SIDE, ScaleButton, StripButton


@dataclass(frozen=True)
class RatedCard:
    commitment: Commitment
    priority_title: str
    priority_index: int


class RatingOneAtATime(QWidget):
    """One card shown at a time; `rated(key, rating)` when a choice on the scale is pressed."""

    rated = Signal(str, str)
    card_shown = Signal(int)  # the card now shown (0-based), for the page's heading

    def __init__(
        self,
        rated_cards: list[RatedCard],
        scale: float = 1.0,
        parent: QWidget | None = None,
        *,
        palette: Palette = DEFAULT,
        settings: DeviceSettings = DeviceSettings(),
        speak: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rating_one")
        self.cards = rated_cards
        self.keys = [c.commitment.key for c in rated_cards]
        self.scale = scale
        self.palette_ = palette
        self.settings = settings
        self.index = 0
        self.ratings: dict[str, str] = {}
        frame = min(scale, 1.5)

        self.speaker = SpeakerButton(
            lambda: spoken_card(
                self.current_card().commitment, self.current_card().priority_title, self.settings
            ),
            "rating_read",
            frame,
            palette,
            speak=speak,
        )
        if settings.read_pages_aloud:  # the card is read as it shows: the speaker would only be one more stop
            self.speaker.setFocusPolicy(Qt.NoFocus)

        self.face_host = QWidget()
        self.face_host.setObjectName("rating_face")
        self.face_layout = QVBoxLayout(self.face_host)
        self.face_layout.setContentsMargins(0, 0, 0, 0)
        self.face: QWidget | None = None
        self.face_scroll = QScrollArea()
        self.face_scroll.setObjectName("rating_face_scroll")
        self.face_scroll.setWidgetResizable(True)
        self.face_scroll.setFrameShape(QFrame.NoFrame)
        self.face_scroll.setFocusPolicy(Qt.NoFocus)
        self.face_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.face_scroll.setWidget(self.face_host)
        # Its scroll bar's long handle made it at least 246 px high at 200 %, pushing Done off a 768 px
        # screen; the card scrolls in whatever height is left once the scale and the strip have theirs.
        self.face_scroll.setMinimumHeight(round(60 * frame))
        swipe_scrolling(self.face_scroll)

        # 150 px high at every text size, wider at big ones (the words inside grow): on a 768 px high
        # screen at 200 % the card above keeps some room.
        side = SCALE_SIDE
        wide = round(SCALE_SIDE * max(1.0, frame))
        self.scale_buttons: dict[str, ScaleButton] = {}
        scale_row = QHBoxLayout()
        scale_row.setSpacing(round(24 * frame))
        scale_row.addStretch(1)
        for rating in RATINGS:
            button = ScaleButton(rating, wide, side, frame, palette)
            button.setObjectName(f"rate_one_{rating}")
            button.clicked.connect(lambda _c=False, r=rating: self._pressed(r))
            button.installEventFilter(self)
            self.scale_buttons[rating] = button
            scale_row.addWidget(button)
        scale_row.addStretch(1)

        small = round(60 * frame)
        self.previous_button = self._nav("rating_previous", "◀", translate("RatingOne", "Card before"), frame)
        self.previous_button.clicked.connect(lambda: self.show_card(self.index - 1))
        self.next_button = self._nav("rating_next", "▶", translate("RatingOne", "Next card"), frame)
        self.next_button.clicked.connect(lambda: self.show_card(self.index + 1))
        strip_host = QWidget()
        strip_host.setObjectName("rating_strip")
        strip = QHBoxLayout(strip_host)
        strip.setContentsMargins(0, 0, 0, 0)
        strip.setSpacing(round(4 * frame))
        self.strip_buttons: list[StripButton] = []
        for i, card in enumerate(rated_cards):
            button = StripButton(card.commitment.key, card.priority_index, small, frame, palette)
            button.setObjectName(f"rating_strip_{card.commitment.key}")
            button.clicked.connect(lambda _c=False, n=i: self.show_card(n))
            button.installEventFilter(self)
            self.strip_buttons.append(button)
            strip.addWidget(button)
        strip.addStretch(1)
        self.strip_scroll = QScrollArea()
        self.strip_scroll.setObjectName("rating_strip_scroll")
        self.strip_scroll.setWidgetResizable(True)
        self.strip_scroll.setFrameShape(QFrame.NoFrame)
        self.strip_scroll.setFocusPolicy(Qt.NoFocus)
        self.strip_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        # No bar: a swipe, the arrows either side, and Left / Right move along it (and save its height).
        self.strip_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.strip_scroll.setWidget(strip_host)
        self.strip_scroll.setFixedHeight(small + 4)
        swipe_scrolling(self.strip_scroll)
        strip_row = QHBoxLayout()
        strip_row.addWidget(self.previous_button)
        strip_row.addWidget(self.strip_scroll, 1)
        strip_row.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(round(10 * frame))
        face_row = QHBoxLayout()
        face_row.addWidget(self.face_scroll, 1)
        face_row.addWidget(self.speaker, 0, Qt.AlignTop)
        layout.addLayout(face_row, 1)
        layout.addLayout(scale_row)  # always in view: only the card above it scrolls
        layout.addLayout(strip_row)
        self.show_card(0)

    def _nav(self, name: str, text: str, spoken: str, frame: float) -> BallotButton:
        button = named(BallotButton(text), name, spoken)
        button.setToolTip(spoken)
        button.setAutoDefault(False)
        button.setFont(font(18, frame, bold=True))
        side = round(60 * frame)  # as high as the strip beside it
        button.setStyleSheet(
            f"QPushButton {{ padding: 0px; min-width: {side}px; min-height: {side}px; max-height: {side}px; }}"
        )
        return button

    # Showing -----------------------------------------------------------------

    def current_card(self) -> RatedCard:
        return self.cards[self.index]

    def current_key(self) -> str:
        return self.keys[self.index]

    def show_card(self, index: int) -> None:
        if not 0 <= index < len(self.cards):
            return
        self.index = index
        card = self.cards[index]
        if self.face is not None:
            self.face_layout.removeWidget(self.face)
            self.face.hide()  # until it is deleted it would still show, under the new one
            self.face.deleteLater()
        self.face = BigCardFace(
            card.commitment,
            card.priority_title,
            card.priority_index,
            self.scale,
            palette=self.palette_,
            settings=self.settings,
        )
        self.face_layout.addWidget(self.face)
        self.face_scroll.verticalScrollBar().setValue(0)
        self._refresh()
        self.card_shown.emit(index)

    def show_ratings(self, ratings: dict[str, str]) -> None:
        self.ratings = dict(ratings)
        self._refresh()

    def _refresh(self) -> None:
        card = self.current_card()
        words = card_words(card.commitment)
        rating = self.ratings.get(self.current_key())
        for r, button in self.scale_buttons.items():
            button.setChecked(r == rating)
            button.setAccessibleName(f"{rating_words(self, r)}: {words}")
        for i, (button, each) in enumerate(zip(self.strip_buttons, self.cards)):
            button.current = i == self.index
            button.rating = self.ratings.get(each.commitment.key)
            each_words = card_words(each.commitment)
            state = (
                rating_words(self, button.rating)
                if button.rating is not None
                else translate("RatingOne", "not answered yet")
            )
            button.setAccessibleName(
                translate("RatingOne", "Card {number}: {words}").format(number=i + 1, words=each_words)
            )
            button.setAccessibleDescription(state)
            button.setToolTip(f"{each_words} ({state})")
            # One Tab stop for the strip (the card shown); Left and Right walk along it.
            button.setFocusPolicy(Qt.StrongFocus if button.current else Qt.ClickFocus)
            button.update()
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.cards) - 1)
        self.strip_scroll.ensureWidgetVisible(self.strip_buttons[self.index])

    def next_unanswered(self) -> int | None:
        """The first card after this one without an answer (then from the start), or None."""
        n = len(self.cards)
        for step in range(1, n + 1):
            i = (self.index + step) % n
            if self.keys[i] not in self.ratings:
                return i
        return None

    def focus_chain(self) -> list[QWidget]:
        return [
            *self.scale_buttons.values(),
            self.speaker,
            self.previous_button,
            self.strip_buttons[self.index],
            self.next_button,
        ]

    def first_focus(self) -> QWidget:
        return self.scale_buttons[RATINGS[0]]

    # Pressing ----------------------------------------------------------------

    def _pressed(self, rating: str) -> None:
        self._refresh()  # the button's own check state follows the ballot's, never its own toggle
        self.rated.emit(self.current_key(), rating)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """Left and Right walk along the scale, and along the strip."""
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Left, Qt.Key_Right):
            step = 1 if event.key() == Qt.Key_Right else -1
            row: list[QWidget] = (
                list(self.scale_buttons.values())
                if watched in self.scale_buttons.values()
                else self.strip_buttons
            )
            if watched in row:
                i = row.index(watched) + step
                if 0 <= i < len(row):
                    row[i].setFocus(Qt.TabFocusReason)
                    if row is self.strip_buttons:
                        self.strip_scroll.ensureWidgetVisible(row[i])
                return True
        return super().eventFilter(watched, event)
