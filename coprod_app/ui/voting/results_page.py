"""The results on the shared screen: the chart of what people chose, page by page, with how many voted.

Until `SMALL_COUNT` (5) people have voted the page shows no card and no count of choices, only
how many votes there are so far, in words and as figures of people (filled for each vote), so
a child cannot be picked out by what the room sees. Then the chart shows as many big rows as
fit; Back and Next (arrows, a tap, Left / Right, Page Up / Page Down, Home / End, or a swipe
across the chart) reach every card, and "Page 2 of 4" says where the room is. Once shown, the room's
results change only when 5 more people have voted (or fewer, after an erasure): a new reveal after
one more vote would show what that one person chose.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPainterPath, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from coprod_app.domain.privacy import SMALL_COUNT
from coprod_app.ui.accessibility import named
from coprod_app.ui.common.fonts import font
from coprod_app.ui.common.i18n import translate
from coprod_app.ui.common.read_aloud import SpeakerButton
from coprod_app.ui.common.symbols import paint_symbol
from coprod_app.ui.theme import DEFAULT, Palette
from coprod_app.ui.voting.pages import BigButton, page_label
from coprod_app.ui.voting.results_chart import ResultsChart, enough_voters, secret_ballots, voters, votes_text


def figures_of(results: dict) -> list:
    """The figures a room can compare between two showings (not the words, which change with the language)."""
    rows = [
        [c.get(k) for k in ("key", "score", "count", "like", "unsure", "dislike")]
        for c in results.get("commitments", ())
    ]
    return [secret_ballots(results), rows]


class VoterFigures(QWidget):
    """SMALL_COUNT figures of people, one filled for each vote so far: "we need 5" without reading."""

    def __init__(self, scale: float, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results_waiting_figures")
        self.palette_ = palette
        self.scale = scale
        self.count = 0
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        return QSize(round(SMALL_COUNT * 96 * self.scale), round(132 * self.scale))

    def set_count(self, count: int) -> None:
        self.count = count
        self.setAccessibleName(
            self.tr("{count} of {needed} votes").format(count=min(count, SMALL_COUNT), needed=SMALL_COUNT)
        )
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        p, s = self.palette_, self.scale
        width = self.width() / SMALL_COUNT
        for i in range(SMALL_COUNT):
            filled = i < self.count
            colour = QColor(p.accent if filled else p.muted_text)
            # A vote to come is dashed and empty: it differs from a vote in shape, not only colour.
            painter.setPen(QPen(colour, max(2.0, 4 * s), Qt.SolidLine if filled else Qt.DashLine))
            painter.setBrush(colour if filled else Qt.NoBrush)
            cx = width * (i + 0.5)
            head = 20 * s
            painter.drawEllipse(QPointF(cx, 8 * s + head), head, head)
            body = QPainterPath()
            top, bottom, half = 56 * s + head, self.height() - 6 * s, 34 * s
            body.moveTo(cx - half, bottom)
            body.lineTo(cx - half, top + half * 0.6)
            body.quadTo(cx - half, top, cx, top)
            body.quadTo(cx + half, top, cx + half, top + half * 0.6)
            body.lineTo(cx + half, bottom)
            body.closeSubpath()
            painter.drawPath(body)
        painter.end()


def _arrow_icon(side: int, palette: Palette, back: bool) -> QIcon:
    """The shipped right-arrow symbol (mirrored for Back); a drawn arrow if it is missing."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    if back:
        painter.translate(side, 0)
        painter.scale(-1, 1)
    rect = QRectF(0, 0, side, side)
    if not paint_symbol(painter, rect, "next", palette):
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(palette.text))
        path = QPainterPath()
        path.moveTo(side * 0.15, side * 0.38)
        path.lineTo(side * 0.55, side * 0.38)
        path.lineTo(side * 0.55, side * 0.15)
        path.lineTo(side * 0.9, side * 0.5)
        path.lineTo(side * 0.55, side * 0.85)
        path.lineTo(side * 0.55, side * 0.62)
        path.lineTo(side * 0.15, side * 0.62)
        path.closeSubpath()
        painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)


class ResultsPage(QWidget):
    def __init__(
        self, scale: float = 1.0, parent: QWidget | None = None, *, palette: Palette = DEFAULT
    ) -> None:
        super().__init__(parent)
        self.setObjectName("results_page")
        self.showing = False  # True once enough people have voted for the room to see the chart
        # The results last shown to the room. A new reveal after 1 to 4 more votes would show, by the
        # difference, what those few people chose (the room saw who went up to vote), so those
        # results stay until SMALL_COUNT more people have voted.
        self.last_shown: dict | None = None
        # figures_of the results the room saw on an earlier screen for this round, if any.
        self.remembered: list | None = None
        layout = QVBoxLayout(self)
        m = round(12 * scale)
        layout.setContentsMargins(m, m, m, m)
        layout.setSpacing(round(8 * scale))
        # Headings grow less than the chart at big text sizes, leaving the room's screen to the results.
        head = min(scale, 1.15)
        self.title = page_label(self.tr("What people chose"), 30, head, "results_title", bold=True)
        self.subtitle = page_label("", 18, head, "results_subtitle")
        self.page_number = page_label("", 18, head, "results_page_number")
        self.back_button = self._nav_button(
            self.tr("Back"), "results_back", self.tr("Back: the cards before")
        )
        self.next_button = self._nav_button(self.tr("Next"), "results_next", self.tr("Next: more cards"))
        for button, back in ((self.back_button, True), (self.next_button, False)):
            button.setFont(font(20, head, bold=True))
            side = round(44 * head)
            button.setIcon(_arrow_icon(side * 2, palette, back))
            button.setIconSize(QSize(side, side))
            button.setStyleSheet(
                f"QPushButton {{ min-height: {round(64 * head)}px; min-width: {round(150 * head)}px;"
                f" padding: {round(4 * head)}px {round(12 * head)}px; }}"
            )
        self.next_button.setLayoutDirection(Qt.RightToLeft)  # the arrow after the word, pointing on
        self.back_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.chart = ResultsChart(scale=scale, palette=palette)
        self.chart.page_changed.connect(self._update_paging)

        self.waiting = QWidget()
        self.waiting.setObjectName("results_waiting")
        waiting = QVBoxLayout(self.waiting)
        waiting.setSpacing(round(24 * scale))
        self.figures = VoterFigures(min(scale, 1.5), palette)
        self.waiting_need = page_label(
            self.tr("We need {needed} votes before we show what people chose.").format(needed=SMALL_COUNT),
            30,
            head,
            "results_waiting_need",
            bold=True,
        )
        self.waiting_count = page_label("", 26, head, "results_waiting_count")
        waiting.addStretch(1)
        waiting.addWidget(self.figures, 0, Qt.AlignHCenter)
        waiting.addWidget(self.waiting_need)
        waiting.addWidget(self.waiting_count)
        waiting.addStretch(2)

        self.speaker = SpeakerButton(self.spoken, "results_read", head, palette)
        top = QHBoxLayout()
        top.setSpacing(round(12 * scale))
        # The speaker's room is kept on both sides, shown or not (read aloud may be found later), so the
        # title stays in the middle (see _update_paging).
        self.balance = QWidget()
        self.balance.setObjectName("results_balance")
        top.addWidget(self.balance)
        top.addWidget(self.back_button, 0, Qt.AlignVCenter)
        headings = QVBoxLayout()
        headings.setSpacing(0)
        for label in (self.title, self.subtitle, self.page_number):
            headings.addWidget(label)
        top.addLayout(headings, 1)
        top.addWidget(self.next_button, 0, Qt.AlignVCenter)
        top.addWidget(self.speaker, 0, Qt.AlignTop)
        self.speaker_room = QWidget()  # stands in for the speaker while it is hidden
        top.addWidget(self.speaker_room)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)
        self.later = page_label("", 18, head, "results_later")
        self.later.hide()
        layout.addWidget(self.later)
        layout.addWidget(self.waiting, 1)

        # Keys page too, wherever the focus is on this page (shortcuts of a hidden page never fire).
        for keys, action in (
            ((Qt.Key_Right, Qt.Key_PageDown), self.next_page),
            ((Qt.Key_Left, Qt.Key_PageUp), self.previous_page),
            ((Qt.Key_Home,), lambda: self.chart.set_page(0)),
            ((Qt.Key_End,), lambda: self.chart.set_page(self.chart.page_count() - 1)),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.WindowShortcut)
                shortcut.activated.connect(action)
        self._show_waiting(0)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        side = max(self.speaker.width(), self.speaker.sizeHint().width())
        self.balance.setFixedWidth(side)
        self.speaker_room.setFixedWidth(side)
        self.speaker_room.setVisible(self.speaker.isHidden())

    def _nav_button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = named(BigButton(text), name, accessible)
        button.setAutoDefault(False)
        return button

    def set_results(self, results: dict) -> None:
        people = voters(results)
        if not enough_voters(results):
            self.chart.set_results(results)  # the chart keeps nothing below 5 voters, whatever is asked
            self._show_waiting(people)
            return
        last = (
            self.last_shown
            if self.last_shown and self.last_shown.get("round") == results.get("round")
            else None
        )
        # What the room last saw of this round: here, or on an earlier voting screen (`remembered`).
        seen = figures_of(last) if last is not None else self.remembered
        # Counted in secret ballots: paper marks added meanwhile were seen by the room, so they
        # cannot stand in for the 5 new secret votes that keep one child's vote from showing.
        new_ballots = secret_ballots(results) - seen[0] if seen is not None else None
        if seen is not None and 0 <= new_ballots < SMALL_COUNT and figures_of(results) != seen:
            until = people + SMALL_COUNT - new_ballots
            if last is None or new_ballots == 0:
                # Those results are not at hand (voting was ended and started again), or they hold a
                # vote since erased while as many came, or only paper marks changed: nothing is
                # shown, the room cannot subtract.
                self._show_waiting(people, until=until)
                return
            results = last  # fewer than 5 new votes: the room keeps the results it saw
            self.later.setText(self.tr("We show new results after {total} votes.").format(total=until))
            self.later.show()
        else:
            # More votes by 5 or more, or fewer (a participant erased: their vote must go at once).
            self.last_shown = results
            self.later.hide()
            self.later.setText("")
        people = voters(results)
        self.chart.set_results(results)
        self.showing = True
        self.waiting.hide()
        self.chart.show()
        self.subtitle.show()
        if results["method"] == "rating":
            self.subtitle.setText(translate("ResultsPage", "%n vote(s). Most liked first.", None, people))
        else:
            self.subtitle.setText(translate("ResultsPage", "%n vote(s). Most chosen first.", None, people))
        self._update_paging()

    def _show_waiting(self, people: int, until: int | None = None) -> None:
        self.showing = False
        self.later.hide()
        self.later.setText("")
        self.waiting_need.setText(
            self.tr("We need {needed} votes before we show what people chose.").format(needed=SMALL_COUNT)
            if until is None
            else self.tr("We show new results after {total} votes.").format(total=until)
        )
        self.chart.hide()
        self.subtitle.hide()
        self.subtitle.setText("")
        self.waiting.show()
        self.figures.set_count(people)
        self.waiting_count.setText(self.tr("{votes} so far.").format(votes=votes_text(people)))
        self._update_paging()

    def _update_paging(self) -> None:
        pages = self.chart.page_count()
        paged = self.showing and pages > 1
        had_focus = self.next_button.hasFocus() or self.back_button.hasFocus()
        for widget in (self.back_button, self.next_button, self.page_number):
            widget.setVisible(paged)
        # Back and Next balance each other; without them an empty space balances the speaker. At
        # 1024 px and 200 % both would push the title onto two lines.
        self.balance.setVisible(not paged)
        self.page_number.setText(
            self.tr("Page {page} of {pages}").format(page=self.chart.page + 1, pages=pages) if paged else ""
        )
        self.back_button.setEnabled(paged and self.chart.page > 0)
        self.next_button.setEnabled(paged and self.chart.page < pages - 1)
        # At the last page Next goes grey: the focus moves to Back, not to somewhere unseen.
        if had_focus and paged and not (self.next_button.hasFocus() or self.back_button.hasFocus()):
            (self.next_button if self.next_button.isEnabled() else self.back_button).setFocus(
                Qt.OtherFocusReason
            )

    def next_page(self) -> None:
        self.chart.next_page()

    def previous_page(self) -> None:
        self.chart.previous_page()

    def first_focus(self) -> QWidget | None:
        """Where the keyboard starts on this page: Next when there is more than one page."""
        return (
            self.next_button if self.next_button.isVisibleTo(self) and self.next_button.isEnabled() else None
        )

    def spoken(self) -> str:
        """What the speaker reads: the page as shown, top to bottom."""
        if not self.showing:
            parts = [self.title.text(), self.waiting_need.text(), self.waiting_count.text()]
        else:
            parts = [self.title.text(), self.subtitle.text(), self.page_number.text(), self.chart.describe()]
            parts.append(self.later.text())
        return " ".join(p if p.endswith((".", "?", "!")) else p + "." for p in parts if p)
