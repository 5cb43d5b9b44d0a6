"""A bar chart of a round's results, painted large enough to read from the back of a room.

One row per card, best first: the rank, the card's symbol, its easy-read words and, under
them, a bar with the count written beside it (the number is always written, never only shown
by length). Rating rounds give each card three bars, like / not sure / don't like, each
starting with its own symbol (thumbs up, thinking face, thumbs down) and filled with its own
pattern (solid, stripes, crossed lines), so they are told apart without colour: the three
palette colours are close in lightness (1.23:1 like against don't like in the default palette,
1.00:1 for a colour-blind child).

The big screen (the default) pages: rows are at least `BIG.min_row_px` high (three times the
65.6 px rows of before, measured at 1366x768), as many as fit, and `next_page()` /
`previous_page()` reach every card. Nothing is shown until `SMALL_COUNT` people have voted
(`enough_voters`): with one voter the order of the cards would be that child's own choice.

The chart faces the room unless it is made with `exact=True` (the facilitator's own
results dialog): then it shows every card in compact rows at any number of voters. Facing the
room it shows what `disclosure.publish_round_results` publishes, so a small count, and any
figure that would give it away, reads "not shown" with no bar, and a card whose score is
hidden has no rank and comes last.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from coprod_app.domain.disclosure import publish_round_results
from coprod_app.domain.privacy import SMALL_COUNT
from coprod_app.domain.report_tables import HIDDEN
from coprod_app.domain.voting import RATINGS
from coprod_app.ui.common.fonts import font
from coprod_app.ui.common.i18n import translate
from coprod_app.ui.common.symbols import paint_symbol
from coprod_app.ui.theme import DEFAULT, Palette
from coprod_app.ui.voting.cards import paint_face, paint_shape
from coprod_app.ui.voting.results_rows import BIG, COMPACT, MAX_ROW_SCALE, RATING_STYLES, paint_bar


def voters(results: dict) -> int:
    """People who have voted: ballots on screen plus paper marks (as results by group counts them)."""
    return int(results.get("ballots", 0)) + int(results.get("tallied", 0))


def secret_ballots(results: dict) -> int:
    """Votes cast on the screen, in secret (paper marks and shows of hands were seen by the room)."""
    return int(results.get("ballots", 0))


def enough_voters(results: dict) -> bool:
    """Whether the room may see the results: at least SMALL_COUNT (5) people have voted.

    The paper marks are public, so they cannot hide a secret ballot: the room could take the
    marks it saw away from the totals. Secret ballots must be none or at least SMALL_COUNT too.
    """
    ballots = secret_ballots(results)
    return voters(results) >= SMALL_COUNT and (ballots == 0 or ballots >= SMALL_COUNT)


def votes_text(n: int) -> str:
    """ "1 vote", "2 votes" in the chosen language (Qt's %n plural forms)."""
    return translate("ResultsChart", "%n vote(s)", None, n)


class ResultsChart(QWidget):
    page_changed = Signal()

    def __init__(
        self,
        scale: float = 1.0,
        parent: QWidget | None = None,
        *,
        palette: Palette = DEFAULT,
        exact: bool = False,
    ) -> None:
        super().__init__(parent)
        self.exact = exact  # only the facilitator's own screens show small numbers exactly
        self.setObjectName("results_chart")
        self.scale = scale
        self.look = COMPACT if exact else BIG
        self.row_scale = scale if exact else min(scale, MAX_ROW_SCALE)
        self.palette_ = palette
        self.results: dict | None = None
        self.page = 0
        self._press: QPointF | None = None
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setAccessibleName(self.tr("Results chart"))

    # What is shown ---------------------------------------------------------------------------------

    def set_results(self, results: dict | None) -> None:
        """Show `results` (the `round_results` shape). Facing the room: nothing below 5 voters."""
        same_round = bool(self.results and results and self.results.get("round") == results.get("round"))
        if results is None or (not self.exact and not enough_voters(results)):
            self.results = None  # not even kept: nothing of one child's vote can reach the screen
        else:
            self.results = results if self.exact else publish_round_results(results)
        if not same_round:
            self.page = 0
        if self.exact:
            self.setMinimumHeight(round(self.row_height() * max(1, len(self.cards()))))
        self._paged()

    def cards(self) -> list[dict]:
        return list(self.results["commitments"]) if self.results else []

    def row_height(self) -> float:
        return self.look.min_row_px * self.row_scale

    def rows_per_page(self) -> int:
        if self.exact:
            return max(1, len(self.cards()))
        return max(1, int(self.usable_height() // self.row_height()))

    def usable_height(self) -> float:
        """The chart's height on the screen. A window taller than its screen (another page's minimum
        size at 200 %) would otherwise put rows below the screen's edge, where nobody can see them."""
        height = float(self.height())
        screen = self.screen() if self.isVisible() else None
        if screen is not None:
            top = self.mapToGlobal(QPoint(0, 0)).y()
            height = min(height, float(screen.geometry().bottom() + 1 - top))
        return max(1.0, height)

    def page_count(self) -> int:
        return max(1, math.ceil(len(self.cards()) / self.rows_per_page()))

    def page_cards(self) -> list[dict]:
        """The cards on the page shown now (every card in the facilitator's chart)."""
        per = self.rows_per_page()
        return self.cards()[self.page * per : (self.page + 1) * per]

    def set_page(self, page: int) -> None:
        page = max(0, min(page, self.page_count() - 1))
        if page != self.page:
            self.page = page
            self._paged()

    def next_page(self) -> None:
        self.set_page(self.page + 1)

    def previous_page(self) -> None:
        self.set_page(self.page - 1)

    def _paged(self) -> None:
        self.page = max(0, min(self.page, self.page_count() - 1))
        self.setAccessibleDescription(self.describe())
        self.update()
        self.page_changed.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._paged()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._paged()  # now on a screen: usable_height can tell how much of it is seen

    # In words --------------------------------------------------------------------------------------

    def describe(self) -> str:
        """The cards shown, in words, for screen readers, read aloud and tests."""
        return " ".join(
            f"{'' if c['rank'] is None else str(c['rank']) + '. '}{self.words(c)}: {self.value_text(c)}."
            for c in self.page_cards()
        )

    @staticmethod
    def words(c: dict) -> str:
        return c.get("easy_read") or c["text"]

    def value_text(self, c: dict) -> str:
        method = self.results["method"] if self.results else "pick"
        if method == "rating":
            like, unsure, dislike = (self._number(c[k]) for k in RATINGS)
            return self.tr("{like} like, {unsure} not sure, {dislike} don't like").format(
                like=like, unsure=unsure, dislike=dislike
            )
        if c["score"] == HIDDEN:
            return self.tr("not shown (small number)")
        if method == "rank":
            return translate("ResultsChart", "%n point(s)", None, c["score"])
        return votes_text(c["score"])

    def _number(self, value) -> str:
        return self.tr("(hidden)") if value == HIDDEN else str(value)

    # Drawing ---------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        if self.exact:
            return QSize(round(900 * self.scale), self.minimumHeight())
        return QSize(round(900 * self.scale), round(600 * self.scale))

    def _parts(self, c: dict) -> list[tuple[int, str]]:
        """(length, colour) of each bar: like, not sure, don't like in a rating round, else the score."""

        # A hidden figure draws no bar: its length would be the number.
        def length(value) -> int:
            return 0 if value == HIDDEN else max(0, value)

        if self.results["method"] == "rating":
            return [(length(c[k]), self.palette_.rating_colour(k)) for k in RATINGS]
        return [(length(c["score"]), self.palette_.accent)]

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setRenderHint(QPainter.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor(self.palette_.background))
        rows = self.page_cards()
        if not rows:
            return
        s = self.row_scale
        # Rows share the page's height, so a page of fewer cards is not squeezed to the top.
        row_h = (
            self.row_height()
            if self.exact
            else max(self.row_height(), self.usable_height() / self.rows_per_page())
        )
        words_font = self._words_font(rows, row_h)
        value_font = font(self.look.value_pt, s, bold=True)
        every = self.cards()  # bars are measured against the whole round, so pages compare
        top_value = max([part for c in every for part, _ in self._parts(c)] + [1])
        first = self.page * self.rows_per_page()
        for i, c in enumerate(rows):
            rect = QRectF(0, i * row_h, self.width(), row_h)
            self._paint_row(painter, c, rect, first + i, words_font, value_font, top_value, every)
        painter.end()

    def _boxes(self, rect: QRectF) -> tuple[QRectF, QRectF, QRectF, QRectF]:
        """The badge, the symbol, the words and the bar line of a row."""
        s, look = self.row_scale, self.look
        pad = look.pad_px * s
        badge_side = look.badge_px * s
        badge = QRectF(rect.left() + pad, rect.center().y() - badge_side / 2, badge_side, badge_side)
        side = min(rect.height() - 2 * pad, look.symbol_px * s)
        symbol = QRectF(badge.right() + pad, rect.center().y() - side / 2, side, side)
        left = symbol.right() + 1.5 * pad
        width = max(10.0, rect.right() - pad - left)
        bar_h = look.bar_line_px * s
        bar_line = QRectF(left, rect.bottom() - pad - bar_h, width, bar_h)
        words = QRectF(left, rect.top() + pad, width, max(10.0, bar_line.top() - pad / 2 - rect.top() - pad))
        return badge, symbol, words, bar_line

    def _words_font(self, rows: list[dict], row_h: float) -> QFont:
        """The largest size, one for the whole page, at which every card's words fit their box."""
        _, _, box, _ = self._boxes(QRectF(0, 0, self.width(), row_h))
        points = self.look.words_pt
        while True:
            f = font(points, self.row_scale, bold=True)
            metrics = QFontMetricsF(f)
            fits = all(
                metrics.boundingRect(
                    QRectF(0, 0, box.width(), 100_000), Qt.TextWordWrap, self.words(c)
                ).height()
                <= box.height()
                for c in rows
            )
            if fits or points <= self.look.least_words_pt:
                return f
            points -= 1

    def _paint_row(
        self,
        painter: QPainter,
        c: dict,
        rect: QRectF,
        index: int,
        words_font: QFont,
        value_font: QFont,
        top_value: int,
        every: list[dict],
    ) -> None:
        p, s = self.palette_, self.row_scale
        if index % 2 == 0:
            painter.fillRect(rect, QColor(p.surface))
        badge, symbol, words, bar_line = self._boxes(rect)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(p.accent))
        painter.drawEllipse(badge)
        painter.setPen(QColor(p.accent_text))
        painter.setFont(font(self.look.rank_pt, s, bold=True))
        painter.drawText(badge, Qt.AlignCenter, "–" if c["rank"] is None else str(c["rank"]))

        if not paint_symbol(painter, symbol, c["key"], p):
            paint_shape(painter, symbol.adjusted(4, 4, -4, -4), _priority_index(c.get("priority")), p)

        painter.setPen(QColor(p.text))
        painter.setFont(words_font)
        painter.save()
        painter.setClipRect(words)
        painter.drawText(words, Qt.AlignLeft | Qt.AlignVCenter | Qt.TextWordWrap, self.words(c))
        painter.restore()

        gap = self.look.pad_px * s
        bar_h = bar_line.height() * 0.72
        rating = self.results["method"] == "rating"
        columns = list(RATINGS) if rating else [""]
        column = bar_line.width() / len(columns)
        side = bar_line.height() if rating else 0.0
        # The same room for the numbers in every row, so bars of the same count are the same length.
        numbers = [self._drawn(x, k) for x in every for k in columns if not self._hidden(x, k)] or ["0"]
        number_font = self._fitting(value_font, numbers, column * 0.45)
        number_w = max(QFontMetricsF(number_font).horizontalAdvance(n) for n in numbers)
        bar_max = max(4.0, column - side - number_w - (2.5 if rating else 1.5) * gap)
        for j, (kind, (length, colour)) in enumerate(zip(columns, self._parts(c))):
            x = bar_line.left() + j * column
            if rating:
                face = QRectF(x, bar_line.top(), side, side)
                if not paint_symbol(painter, face, kind, p):
                    paint_face(painter, face.adjusted(3, 3, -3, -3), kind, p)
                x = face.right() + gap / 2
            text = self._drawn(c, kind)
            painter.setPen(QColor(p.text))
            if self._hidden(c, kind):
                # No bar (its length would be the number): the words take the bar's room.
                room = column - (x - bar_line.left() - j * column) - gap
                painter.setFont(self._fitting(value_font, [text], room))
                painter.drawText(QRectF(x, bar_line.top(), room, bar_line.height()), Qt.AlignVCenter, text)
                continue
            end = self._bar(painter, x, bar_line, bar_h, length, top_value, bar_max, colour, kind)
            painter.setFont(number_font)
            painter.drawText(
                QRectF(end + gap / 2, bar_line.top(), number_w + gap, bar_line.height()),
                Qt.AlignVCenter | Qt.AlignLeft,
                text,
            )

    def _hidden(self, c: dict, kind: str) -> bool:
        return c[kind or "score"] == HIDDEN

    def _drawn(self, c: dict, kind: str) -> str:
        """The words beside a bar: the count ("12", or "12 votes"), or "fewer than 5" for a hidden one."""
        if self._hidden(c, kind):
            return self.tr("fewer than {count}").format(count=SMALL_COUNT)
        return str(c[kind]) if kind else self.value_text(c)

    def _bar(
        self,
        painter: QPainter,
        left: float,
        line: QRectF,
        height: float,
        value: int,
        top_value: int,
        bar_max: float,
        colour: str,
        rating: str,
    ) -> float:
        """Draws one bar; returns where it ends (where its number goes)."""
        if value <= 0:
            return left
        # Never thinner than two stripes, so a bar of 1 still shows its pattern.
        length = max(bar_max * value / top_value, min(bar_max, 24 * self.row_scale))
        rect = QRectF(left, line.center().y() - height / 2, length, height)
        paint_bar(painter, rect, colour, RATING_STYLES.get(rating, Qt.SolidPattern), self.row_scale)
        return rect.right()

    @staticmethod
    def _fitting(base: QFont, texts: list[str], width: float) -> QFont:
        """`base`, made smaller until the widest of `texts` fits `width` (Welsh words are longer)."""
        f = QFont(base)
        while f.pointSizeF() > 9:
            widest = max((QFontMetricsF(f).horizontalAdvance(t) for t in texts), default=0.0)
            if widest <= width:
                break
            f.setPointSizeF(f.pointSizeF() - 1)
        return f

    # A swipe pages, as a tap on Next or Back does ------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position() if event.button() == Qt.LeftButton else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        start, self._press = self._press, None
        if start is not None and not self.exact:
            dx = event.position().x() - start.x()
            dy = event.position().y() - start.y()
            if abs(dx) >= 80 * self.row_scale and abs(dx) > 2 * abs(dy):
                self.next_page() if dx < 0 else self.previous_page()
        super().mouseReleaseEvent(event)


def _priority_index(key: str | None) -> int:
    """0 for "priority-1": the painted shape of a card whose pack has no symbol for it."""
    tail = (key or "").rsplit("-", 1)[-1]
    return int(tail) - 1 if tail.isdigit() and int(tail) > 0 else 0
