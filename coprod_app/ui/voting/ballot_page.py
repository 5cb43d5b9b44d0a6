"""The ballot: the round's cards in a grid, and a bar with what is chosen, Undo and Done.

Pick: tap up to N cards (tap again to un-choose). Rank: tap in order, badges 1, 2, 3
(tap a ranked card to take it out). Rating: like / not sure / don't like on each card.
Arrow keys move between cards, Tab too; Space or Enter chooses. A new ballot is
built for every person, so nothing from the previous person can show.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain.pack import Pack
from coprod_app.domain.voting import Round
from coprod_app.ui.accessibility import named
from coprod_app.ui.common.fonts import font
from coprod_app.ui.common.i18n import translate
from coprod_app.ui.theme import DEFAULT, Palette
from coprod_app.ui.voting.cards import ChoiceCard, RatingCard
from coprod_app.ui.voting.pages import BigButton

CARD_WIDTH = 400  # room for the symbol, the priority, the speaker button and the badge side by side
_MOVES = {Qt.Key_Left: (0, -1), Qt.Key_Right: (0, 1), Qt.Key_Up: (-1, 0), Qt.Key_Down: (1, 0)}


class BallotPage(QWidget):
    done = Signal()

    def __init__(
        self,
        rnd: Round,
        pack: Pack,
        scale: float = 1.0,
        columns: int | None = None,
        parent: QWidget | None = None,
        *,
        palette: Palette = DEFAULT,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ballot_page")
        self.palette_ = palette
        self.round = rnd
        self.pack = pack
        self.scale = scale
        self.order: list[str] = []  # pick and rank: chosen keys, in the order tapped
        self.ratings: dict[str, str] = {}
        self.history: list[str] = []  # rating: keys in the order rated, for Undo
        priorities = {p.key: (i, p.easy_read or p.title, p.key) for i, p in enumerate(pack.priorities)}

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
        self.focus_rows: list[list[QWidget]] = []
        self.columns = columns or 1
        total = len(rnd.commitments)
        for position, key in enumerate(rnd.commitments):
            c = pack.commitment(key)
            index, title, priority_key = priorities[c.priority_key]
            if rnd.method == "rating":
                card = RatingCard(c, title, index, scale, palette=palette)
                card.rated.connect(self._rated)
                self.rating_cards[key] = card
                self.grid.addWidget(card, position, 0)
                self.focus_rows.append(list(card.buttons))
            else:
                card = ChoiceCard(
                    c, title, index, position + 1, total, scale, priority_key=priority_key, palette=palette
                )
                card.activated.connect(self._tapped)
                self.cards[key] = card
        self.scroll = QScrollArea()
        self.scroll.setObjectName("ballot_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(grid_host)
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.status = QLabel("")
        self.status.setObjectName("ballot_status")
        self.status.setFont(font(16, frame_scale, bold=True))
        self.status.setWordWrap(True)
        self.undo_button = named(
            BigButton(self.tr("Undo last tap")),
            "ballot_undo",
            self.tr("Undo last tap"),
            self.tr("Takes back the last card you chose."),
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

        bar = QHBoxLayout()
        bar.setSpacing(round(14 * scale))
        bar.addWidget(self.status, 1)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        m = round(16 * scale)
        layout.setContentsMargins(m, m, m, m)
        layout.setSpacing(round(10 * scale))
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)
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
        self.scroll.viewport().installEventFilter(self)
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

    def _set_tab_order(self) -> None:
        """Tab follows reading order: each card, then its speaker button (and its choices), then the bar."""
        chain: list[QWidget] = []
        if self.cards:
            for row in self.focus_rows:
                for card in row:
                    chain += [card, card.speaker]
        else:
            for card in self.rating_cards.values():
                chain += [card.speaker, *card.buttons]
        previous = None
        for widget in chain + [self.undo_button, self.done_button]:
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget

    def _fit_columns(self) -> None:
        """As many columns as the cards' width allows (1-4), decided on the scroll area's real width."""
        if self.cards:
            wanted = max(1, min(4, self.scroll.viewport().width() // round(CARD_WIDTH * self.scale)))
            if wanted != self.columns:
                self._lay_out_cards(wanted)

    def first_focus(self) -> QWidget | None:
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
        return self.tr("For each card, tap Like, Not sure or Don't like.")

    def _tapped(self, key: str) -> None:
        if key in self.order:
            self.order.remove(key)
        elif len(self.order) >= self.round.max_choices:
            self.status.setText(
                self.tr("You have chosen {most}. Tap a chosen card to change it.").format(
                    most=self.round.max_choices
                )
            )
            return
        else:
            self.order.append(key)
        self._update()
        if len(self.order) == self.round.max_choices and self.cards[key].hasFocus():
            self.done_button.setFocus(Qt.OtherFocusReason)

    def _rated(self, key: str, rating: str) -> None:
        self.ratings[key] = rating
        if key in self.history:
            self.history.remove(key)
        self.history.append(key)
        self._update()

    def undo(self) -> None:
        if self.round.method == "rating":
            if self.history:
                key = self.history.pop()
                self.ratings.pop(key, None)
                card = self.rating_cards[key]
                card.group.setExclusive(False)
                for button in card.buttons:
                    button.setChecked(False)
                card.group.setExclusive(True)
                card.rating = None
                card.update()
        elif self.order:
            self.order.pop()
        self._update()

    def choices(self):
        """What will be stored: keys in order (pick, rank) or key -> rating (rating)."""
        if self.round.method == "rating":
            return {k: self.ratings[k] for k in self.round.commitments if k in self.ratings}
        return list(self.order)

    def chosen_count(self) -> int:
        return len(self.ratings) if self.round.method == "rating" else len(self.order)

    def _update(self) -> None:
        if self.round.method == "pick":
            for key, card in self.cards.items():
                card.set_mark("✓" if key in self.order else "")
        elif self.round.method == "rank":
            for key, card in self.cards.items():
                card.set_mark(str(self.order.index(key) + 1) if key in self.order else "")
        count = self.chosen_count()
        if self.round.method == "rating":
            text = translate(
                "BallotPage", "You rated {count} of %n card(s).", None, len(self.round.commitments)
            ).format(count=count)
        else:
            text = self.tr("You chose {count} of {most}.").format(count=count, most=self.round.max_choices)
        self.status.setText(text)
        self.undo_button.setEnabled(count > 0)
        self.done_button.setEnabled(count > 0)

    def _done(self) -> None:
        if self.chosen_count():
            self.done.emit()

    # Keyboard ----------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if watched is self.scroll.viewport():
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
            if c < 0 and r > 0:
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
        """Keep the focused card in view (called by the screen on every focus change)."""
        if widget is not None and self.scroll.widget().isAncestorOf(widget):
            self._bring_into_view(widget)

    def _bring_into_view(self, widget: QWidget) -> None:
        """Scroll so `widget` shows; a card taller than the view (big text, small screen) shows from its top."""
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
        else:
            self.scroll.ensureWidgetVisible(card if card is not widget else widget, 0, margin)
