"""The ballot: the round's cards, a bar with what happened, "help me", Undo and Done.

Pick: tap up to N cards (tap again, later, to take one back). Rank: each tap puts a card in the
first empty place of the 1st, 2nd, 3rd … strip under the cards, where places can be moved, swapped
or emptied (rank_slots.py). Rating: one card at a time with a fixed like / not sure / don't like
scale (rating_one.py, this laptop's default), or the list of every card with its three choices.
The rules (and Undo, which restores exactly what the last action changed) are domain/ballot.py's.

Nothing here trips a child up: a second tap on the same card within 600 ms is a double tap and is
ignored (it once chose and un-chose a card without a word); a swipe scrolls the cards (kinetic,
with a finger or a held mouse button) and is never taken as a tap; every choice, take-back and
refusal is said in one short sentence in the status line and by `feedback` (read aloud by the
screen when that setting is on). Arrow keys move between cards, Tab too; Space or Enter chooses.
A new ballot is built for every person, so nothing from the previous person can show.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain.ballot import Change, Choosing
from coprod_app.domain.pack import Pack
from coprod_app.domain.voting import Round
from coprod_app.storage.device_settings import DeviceSettings
from coprod_app.ui.accessibility import named
from coprod_app.ui.common.ballot_button import HelpButton
from coprod_app.ui.common.fonts import font
from coprod_app.ui.common.i18n import translate
from coprod_app.ui.common.swipe import swipe_scrolling
from coprod_app.ui.theme import DEFAULT, Palette
from coprod_app.ui.voting.ballot_words import sentence
from coprod_app.ui.voting.cards import CARD_WIDTH, ChoiceCard, RatingCard, card_words
from coprod_app.ui.voting.pages import BigButton
from coprod_app.ui.voting.rank_slots import RankSlots
from coprod_app.ui.voting.rating_one import RatedCard, RatingOneAtATime

DOUBLE_TAP_SECONDS = 0.6  # a second tap on the same card sooner than this is the same tap, twice
_MOVES = {Qt.Key_Left: (0, -1), Qt.Key_Right: (0, 1), Qt.Key_Up: (-1, 0), Qt.Key_Down: (1, 0)}


class BallotPage(QWidget):
    done = Signal()
    feedback = Signal(str)  # one short sentence on choose, take back, refuse, move and undo
    help_requested = Signal()

    def __init__(
        self,
        rnd: Round,
        pack: Pack,
        scale: float = 1.0,
        columns: int | None = None,
        parent: QWidget | None = None,
        *,
        palette: Palette = DEFAULT,
        settings: DeviceSettings = DeviceSettings(),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ballot_page")
        self.palette_ = palette
        self.settings = settings
        self.round = rnd
        self.pack = pack
        self.scale = scale
        self.choosing = Choosing(rnd.method, rnd.commitments, rnd.max_choices)
        self.clock = time.monotonic  # for the double-tap guard; tests set their own
        self._last_tap: tuple[str, float] | None = None
        self._picked_slot: int | None = None  # rank: the place pressed first for a swap
        self._said = ""  # the last feedback sentence, shown above the count
        priorities = {p.key: (i, p.easy_read or p.title, p.key) for i, p in enumerate(pack.priorities)}
        self.one_at_a_time = rnd.method == "rating" and settings.rating_layout == "one-at-a-time"

        # The heading and the bar grow less than the cards at big text sizes, leaving the screen to the cards.
        frame_scale = min(scale, 1.5)
        self.heading = QLabel(self._heading_text())
        self.heading.setFont(font(19, frame_scale, bold=True))
        self.heading.setWordWrap(True)
        self.heading.setObjectName("ballot_heading")

        grid_host = QWidget()
        grid_host.setObjectName("ballot_cards")
        self.grid = QGridLayout(grid_host)
        gap = round(12 * scale)
        self.grid.setSpacing(gap)
        self.grid.setContentsMargins(gap, gap, gap, gap)
        self.cards: dict[str, ChoiceCard] = {}
        self.rating_cards: dict[str, RatingCard] = {}
        self.rating_one: RatingOneAtATime | None = None
        self.slots: RankSlots | None = None
        self.focus_rows: list[list[QWidget]] = []
        self.columns = columns or 1
        total = len(rnd.commitments)
        rated: list[RatedCard] = []
        for position, key in enumerate(rnd.commitments):
            c = pack.commitment(key)
            index, title, priority_key = priorities[c.priority_key]
            if self.one_at_a_time:
                rated.append(RatedCard(c, title, index))
            elif rnd.method == "rating":
                card = RatingCard(c, title, index, scale, palette=palette, settings=settings)
                card.rated.connect(self._rated)
                self.rating_cards[key] = card
                self.grid.addWidget(card, position, 0)
                self.focus_rows.append(list(card.buttons))
            else:
                card = ChoiceCard(
                    c,
                    title,
                    index,
                    position + 1,
                    total,
                    scale,
                    priority_key=priority_key,
                    palette=palette,
                    settings=settings,
                )
                card.activated.connect(self._tapped)
                self.cards[key] = card
        self.scroll = QScrollArea()
        self.scroll.setObjectName("ballot_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(grid_host)
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        # Without this its scroll bar's handle asks 246 px at 200 %: with the rank places under it,
        # Done went off a 768 px screen. The cards scroll in the height that is left.
        self.scroll.setMinimumHeight(round(70 * frame_scale))
        if self.one_at_a_time:
            self.rating_one = RatingOneAtATime(rated, scale, palette=palette, settings=settings)
            self.rating_one.rated.connect(self._rated)
            self.rating_one.card_shown.connect(lambda _i: self.heading.setText(self._heading_text()))
            self.scroll = self.rating_one.face_scroll  # the part of this page that scrolls
        swipe_scrolling(self.scroll)
        if rnd.method == "rank":
            self.slots = RankSlots(len(self.choosing.choices.slots), self._words, scale, palette=palette)
            self.slots.face_pressed.connect(self._slot_pressed)
            self.slots.move.connect(lambda slot, step: self._act(self.choosing.move(slot, step)))
            self.slots.take_out.connect(lambda slot: self._act(self.choosing.take_out(slot)))

        self.status = QLabel("")
        self.status.setObjectName("ballot_status")
        self.status.setFont(font(15, frame_scale, bold=True))
        self.status.setWordWrap(True)
        self.help_button = named(
            HelpButton(self.tr("Help me"), frame_scale, palette.text),
            "ballot_help",
            self.tr("Help me"),
            self.tr("Asks the facilitator to come and help you."),
        )
        self.help_button.setFont(font(15, frame_scale))
        self.help_button.clicked.connect(self._help)
        self.help_note = QLabel("")
        self.help_note.setObjectName("ballot_help_note")
        self.help_note.setFont(font(13, frame_scale))
        self.help_note.setWordWrap(True)
        self.help_note.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.help_note.hide()
        self.undo_button = named(
            BigButton(self.tr("Undo")),
            "ballot_undo",
            self.tr("Undo"),
            self.tr("Puts back what your last tap changed."),
        )
        self.undo_button.setFont(font(15, frame_scale))
        self.undo_button.clicked.connect(self.undo)
        self.done_button = named(
            BigButton(self.tr("Done ✓")),
            "ballot_done",
            self.tr("Done"),
            self.tr("See what you chose before sending it."),
        )
        self.done_button.setFont(font(17, frame_scale, bold=True))
        self.done_button.setProperty("role", "primary")
        self.done_button.clicked.connect(self._done)

        # The status line has the page's width (a card's words in it would not fit beside the buttons
        # at 200 %) and room for two lines from the start, so the cards do not jump at the first tap.
        self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing())
        bar = QHBoxLayout()
        bar.setSpacing(round(14 * scale))
        # The note goes just before the help button, in the bar's free room: under it, at 200 % its two
        # lines made the bar taller and pushed the rank places' buttons off the screen.
        bar.addWidget(self.help_note, 1)
        bar.addWidget(self.help_button)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.done_button)
        for button in (self.help_button, self.undo_button, self.done_button):
            # Less padding than the screen's buttons: the bar leaves the height to the cards at 200 %.
            button.setStyleSheet(
                button.styleSheet() + f" QPushButton {{ padding-top: {round(4 * frame_scale)}px;"
                f" padding-bottom: {round(4 * frame_scale)}px; }}"
            )
        layout = QVBoxLayout(self)
        m = round(16 * frame_scale)
        layout.setContentsMargins(m, m, m, m)
        layout.setSpacing(round(10 * frame_scale))
        layout.addWidget(self.heading)
        if self.rating_one is not None:
            layout.addWidget(self.rating_one, 1)
        else:
            layout.addWidget(self.scroll, 1)
        if self.slots is not None:
            layout.addWidget(self.slots)  # under the cards: choose first, then put in order
        layout.addWidget(self.status)
        layout.addLayout(bar)
        if self.cards:
            self._lay_out_cards(self.columns)
        else:
            self._set_tab_order()
        for row in self.focus_rows:
            for widget in row:
                widget.installEventFilter(self)
        for card in [*self.cards.values(), *self.rating_cards.values()]:
            card.speaker.installEventFilter(self)
        # Kept as a Python reference: the filter still hears events while the page is being destroyed,
        # when asking the (already deleted) scroll area for its viewport would raise and crash Python.
        self._viewport = self.scroll.viewport()
        self._viewport.installEventFilter(self)
        self._update()

    # Layout ------------------------------------------------------------------

    def _lay_out_cards(self, columns: int) -> None:
        self.columns = max(1, columns)
        for card in self.cards.values():
            self.grid.removeWidget(card)
        keys = list(self.cards)
        self.focus_rows = []
        for i, key in enumerate(keys):
            self.grid.addWidget(self.cards[key], i // self.columns, i % self.columns)
            if i % self.columns == 0:
                self.focus_rows.append([])
            self.focus_rows[-1].append(self.cards[key])
        for col in range(self.columns):
            self.grid.setColumnStretch(col, 1)
        self._set_tab_order()

    def tab_chain(self) -> list[QWidget]:
        """Reading order: each card (and its speaker, its choices), the places, help, Undo, Done.

        Widgets that take no focus (a speaker when pages speak on focus) are left out: Tab would skip
        them anyway, and a chain through them once stopped on an invisible stop.
        """
        chain: list[QWidget] = []
        if self.cards:
            for row in self.focus_rows:
                for card in row:
                    chain += [card, card.speaker]
        elif self.rating_one is not None:
            chain += self.rating_one.focus_chain()
        else:
            for card in self.rating_cards.values():
                chain += [card.speaker, *card.buttons]
        if self.slots is not None:
            chain += self.slots.focus_chain()
        chain += [self.help_button, self.undo_button, self.done_button]
        return [w for w in chain if w.focusPolicy() & Qt.TabFocus]

    def _set_tab_order(self) -> None:
        chain = self.tab_chain()
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _fit_columns(self) -> None:
        """As many columns as the cards' width allows (1-4), decided on the scroll area's real width."""
        if self.cards:
            wanted = max(1, min(4, self.scroll.viewport().width() // round(CARD_WIDTH * self.scale)))
            if wanted != self.columns:
                self._lay_out_cards(wanted)

    def first_focus(self) -> QWidget | None:
        if self.rating_one is not None:
            return self.rating_one.first_focus()
        return self.focus_rows[0][0] if self.focus_rows and self.focus_rows[0] else None

    # Choosing ----------------------------------------------------------------

    def _heading_text(self) -> str:
        n = self.round.max_choices
        if self.round.method == "pick":
            return translate("BallotPage", "Tap up to %n card(s) that matter most to you.", None, n)
        if self.round.method == "rank":
            return translate(
                "BallotPage", "Tap up to %n card(s) in order. Tap the most important first.", None, n
            )
        if self.one_at_a_time:
            shown = self.rating_one.index if getattr(self, "rating_one", None) is not None else 0
            return self.tr("Card {number} of {total}. Tap Like, Not sure or Don't like.").format(
                number=shown + 1, total=len(self.round.commitments)
            )
        return self.tr("For each card, tap Like, Not sure or Don't like.")

    def _words(self, key: str | None) -> str:
        """A card's words inside a sentence (without their own full stop: "healthy.." read badly)."""
        return card_words(self.pack.commitment(key)).rstrip(" .") if key else ""

    def _tapped(self, key: str) -> None:
        now = self.clock()
        last, self._last_tap = self._last_tap, (key, now)
        if last is not None and last[0] == key and 0 <= now - last[1] < DOUBLE_TAP_SECONDS:
            # The second half of a double tap (or a bounce): the first one already did what was meant.
            # Timed from the last tap, acted on or not, so quick taps in a row (a tremor) stay one.
            return
        self._picked_slot = None
        change = self.choosing.tap(key)
        self._act(change)
        if (
            change.kind in ("chose", "placed")
            and self.choosing.count() == self.round.max_choices
            and self.cards[key].hasFocus()
        ):
            self.done_button.setFocus(Qt.OtherFocusReason)

    def _rated(self, key: str, rating: str) -> None:
        now = self.clock()
        if self.rating_one is not None:
            # One press, one card: a double tap on the scale must not answer the next card as well.
            last, self._last_tap = self._last_tap, (key, now)
            if last is not None and 0 <= now - last[1] < DOUBLE_TAP_SECONDS:
                return
        change = self.choosing.rate(key, rating)
        if change.kind == "nothing":  # the same answer again: said again, nothing to undo
            change = Change("rated", key, rating=rating)
            self._say(change)
            self._update()
        else:
            self._act(change)
        if self.rating_one is not None:
            following = self.rating_one.next_unanswered()
            if following is None:
                self.done_button.setFocus(Qt.OtherFocusReason)  # every card answered: Done is next
            else:
                self.rating_one.show_card(following)
                first = self.rating_one.first_focus()
                if first.hasFocus():  # "Like" now stands for the next card: given focus again, it is read
                    first.clearFocus()
                first.setFocus(Qt.OtherFocusReason)
                self._set_tab_order()

    def _slot_pressed(self, slot: int) -> None:
        """A place pressed: the first press picks it for a swap, the second swaps (or moves into an empty one)."""
        picked, self._picked_slot = self._picked_slot, None
        slots = self.choosing.choices.slots
        if picked is None:
            if slots[slot] is None:
                self._say_text(self.tr("Tap a card to put it in this place."))
            else:
                self._picked_slot = slot
                self._say_text(
                    self.tr("You picked {words}. Now press the place to move it to.").format(
                        words=self._words(slots[slot])
                    )
                )
            self._update()
            return
        if picked == slot:
            self._update()  # pressed again: not moved
            return
        self._act(self.choosing.swap(picked, slot))

    def undo(self) -> None:
        self._picked_slot = None
        self._last_tap = None  # after an undo, the card may be tapped again at once
        change = self.choosing.undo()
        self._act(change)
        if self.rating_one is not None and change.key is not None:
            self.rating_one.show_card(self.rating_one.keys.index(change.key))  # show what was put back
            self._set_tab_order()

    def _act(self, change: Change) -> None:
        self._say(change)
        self._update()

    def choices(self):
        """What will be stored: keys in order (pick, rank) or key -> rating (rating)."""
        return self.choosing.stored()

    def chosen_count(self) -> int:
        return self.choosing.count()

    # Words -------------------------------------------------------------------

    def sentence(self, change: Change) -> str:
        """One short sentence for what `change` did ("" when it did nothing)."""
        return sentence(change, self.choosing, self._words)

    def _say(self, change: Change) -> None:
        self._say_text(self.sentence(change))

    def _say_text(self, text: str) -> None:
        if text:
            self._said = text
            self.feedback.emit(text)

    def _help(self) -> None:
        self.help_note.setText(self.tr("The facilitator is coming."))
        self.help_note.show()
        self.help_requested.emit()

    # Showing -----------------------------------------------------------------

    def _update(self) -> None:
        c = self.choosing.choices
        if self.round.method == "pick":
            for key, card in self.cards.items():
                card.set_mark("✓" if key in c.picked else "")
        elif self.round.method == "rank":
            for key, card in self.cards.items():
                card.set_mark(str(c.slots.index(key) + 1) if key in c.slots else "")
            self.slots.show_slots(c.slots, self._picked_slot)
        elif self.rating_one is not None:
            self.rating_one.show_ratings(dict(c.ratings))
        else:
            ratings = dict(c.ratings)
            for key, card in self.rating_cards.items():
                self._show_rating(card, ratings.get(key))
        count = self.chosen_count()
        if self.round.method == "rating":
            text = translate(
                "BallotPage", "You rated {count} of %n card(s).", None, len(self.round.commitments)
            ).format(count=count)
        else:
            text = self.tr("You chose {count} of {most}.").format(count=count, most=self.round.max_choices)
        self.status.setText(f"{self._said} {text}" if self._said else text)
        self.undo_button.setEnabled(self.choosing.can_undo)
        self.done_button.setEnabled(count > 0)

    @staticmethod
    def _show_rating(card: RatingCard, rating: str | None) -> None:
        """The list's card shows the ballot's answer (after an undo, the one before)."""
        if card.rating == rating:
            return
        card.group.setExclusive(False)
        for button in card.buttons:
            button.setChecked(button.rating == rating)
        card.group.setExclusive(True)
        card.rating = rating
        card.update()

    def _done(self) -> None:
        if self.chosen_count():
            self.done.emit()

    # Keyboard ----------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if watched is self._viewport:
            if event.type() == QEvent.Resize:
                self._fit_columns()  # the page's own resize comes before its scroll area's
            return False
        # Arrows are caught on the cards themselves: the scroll area would otherwise eat them to scroll.
        if (
            event.type() == QEvent.KeyPress
            and event.key() in _MOVES
            and not event.modifiers() & ~Qt.KeypadModifier
        ):
            self._move(watched, *_MOVES[event.key()])
            return True
        return super().eventFilter(watched, event)

    def _move(self, current: QWidget, dr: int, dc: int) -> None:
        for card in [*self.cards.values(), *self.rating_cards.values()]:
            if current is card.speaker:  # arrows from a speaker button move as from its card
                current = card if isinstance(card, ChoiceCard) else card.buttons[0]
                break
        for r, row in enumerate(self.focus_rows):
            if current in row:
                c = row.index(current)
                break
        else:
            return
        if dc:
            c += dc
            if self.rating_cards:
                # Left and Right stay on the card's own three choices (they once ran on to the next card).
                c = max(0, min(c, len(self.focus_rows[r]) - 1))
            elif c < 0 and r > 0:
                r, c = r - 1, len(self.focus_rows[r - 1]) - 1
            elif c >= len(self.focus_rows[r]) and r + 1 < len(self.focus_rows):
                r, c = r + 1, 0
        else:
            r += dr
        if 0 <= r < len(self.focus_rows):
            c = max(0, min(c, len(self.focus_rows[r]) - 1))
            target = self.focus_rows[r][c]
            target.setFocus(Qt.TabFocusReason)
            self._bring_into_view(target)

    def focus_changed(self, widget: QWidget | None) -> None:
        """Keep the focused card in view (called by the screen on every focus change).

        Not while a finger or the mouse is down: a press gives focus before its release, and scrolling
        then moved a card partly below the edge from under the finger, so the tap chose nothing.
        """
        if QApplication.mouseButtons() != Qt.NoButton:
            return
        if widget is not None and self.scroll.widget().isAncestorOf(widget):
            self._bring_into_view(widget)

    def _bring_into_view(self, widget: QWidget) -> None:
        """Scroll so `widget` shows; a card taller than the view shows from its top, then to `widget`.

        At 200 % on 1024×768 a rating card is taller than the view: scrolled to its top only, its
        focused "Don't like" stayed below the edge.
        """
        margin = round(16 * self.scale)
        card = next(
            (
                c
                for c in [*self.cards.values(), *self.rating_cards.values()]
                if c is widget or c.isAncestorOf(widget)
            ),
            widget,
        )
        if card.height() + 2 * margin > self.scroll.viewport().height():
            top = card.mapTo(self.scroll.widget(), card.rect().topLeft()).y()
            self.scroll.verticalScrollBar().setValue(max(0, top - margin))
            if card is not widget:
                self.scroll.ensureWidgetVisible(widget, 0, margin)
        else:
            self.scroll.ensureWidgetVisible(card if card is not widget else widget, 0, margin)
