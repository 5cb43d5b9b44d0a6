"""A bar chart of a round's results, painted large enough to read from the back of a room.

One row per card, best first: the rank, the easy-read words, a bar and the count
written beside it (the number is always written, never only shown by length).
Rating rounds show like / not sure / don't like as three parts of one bar, each
with its own face colour and its count in words. Rows never shrink below two
lines of big text; when they do not all fit, the top ones are shown and the
chart says how many more there are.

The chart faces the room unless it is made with `exact=True` (the facilitator's own
results dialog): then it shows what `disclosure.publish_round_results` publishes, so a
small count, and any figure that would give it away, reads "not shown" with no bar, and a
card whose score is hidden has no rank and comes last.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coprod_app.domain.disclosure import publish_round_results
from coprod_app.domain.report_tables import HIDDEN
from coprod_app.ui.common.fonts import font
from coprod_app.ui.common.i18n import translate
from coprod_app.ui.theme import DEFAULT, Palette


class ResultsChart(QWidget):
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
        self.palette_ = palette
        self.results: dict | None = None
        self.shown_rows = 0
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setAccessibleName(self.tr("Results chart"))

    def set_results(self, results: dict) -> None:
        self.results = results if self.exact else publish_round_results(results)
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words, for screen readers and tests."""
        if not self.results:
            return ""
        return " ".join(
            f"{'' if c['rank'] is None else str(c['rank']) + '. '}{c.get('easy_read') or c['text']}: "
            f"{self.value_text(c)}."
            for c in self.results["commitments"]
        )

    def value_text(self, c: dict) -> str:
        method = self.results["method"] if self.results else "pick"
        if method == "rating":
            like, unsure, dislike = (self._number(c[k]) for k in ("like", "unsure", "dislike"))
            return self.tr("{like} like, {unsure} not sure, {dislike} don't like").format(
                like=like, unsure=unsure, dislike=dislike
            )
        if c["score"] == HIDDEN:
            return self.tr("not shown (small number)")
        if method == "rank":
            return translate("ResultsChart", "%n point(s)", None, c["score"])
        return translate("ResultsChart", "%n vote(s)", None, c["score"])

    def _number(self, value) -> str:
        return self.tr("(hidden)") if value == HIDDEN else str(value)

    def sizeHint(self) -> QSize:
        return QSize(round(900 * self.scale), round(600 * self.scale))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        p = self.palette_
        painter.fillRect(self.rect(), QColor(p.background))
        if not self.results:
            return
        rows = self.results["commitments"]
        text_font = font(15, self.scale, bold=True)
        value_font = font(15, self.scale, bold=True)
        metrics = QFontMetricsF(text_font)
        gap = 8 * self.scale
        width = self.width()
        rank_w = 56 * self.scale
        label_w = width * 0.5
        footer = metrics.lineSpacing() + gap
        # Each row is as tall as its words need (never less than two lines), so nothing is cut off.
        heights = []
        for c in rows:
            words = metrics.boundingRect(
                QRectF(0, 0, label_w, 10_000), Qt.TextWordWrap, c.get("easy_read") or c["text"]
            )
            heights.append(max(words.height(), metrics.lineSpacing() * 2) + 2 * gap)
        shown, used = 0, 0.0
        for i, h in enumerate(heights):
            room = self.height() - (0 if i == len(heights) - 1 else footer)
            if used + h > room:
                break
            used += h
            shown += 1
        shown = max(1, shown)
        self.shown_rows = shown
        stretch = (self.height() - used) / shown if shown == len(rows) and used < self.height() else 0.0
        stretch = min(stretch, 24 * self.scale)

        value_w = QFontMetricsF(value_font).horizontalAdvance(self._widest_value(rows)) + 2 * gap
        bar_left = rank_w + label_w + 2 * gap
        bar_max = max(10.0, width - bar_left - value_w - gap)
        top_value = max([self._bar_total(c) for c in rows] + [1])

        y = 0.0
        for i, c in enumerate(rows[:shown]):
            row_height = heights[i] + stretch
            row = QRectF(0, y, width, row_height)
            if i % 2 == 0:
                painter.fillRect(row, QColor(p.surface))
            badge = QRectF(gap, y + (row_height - 40 * self.scale) / 2, 40 * self.scale, 40 * self.scale)
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor(p.accent))
            painter.drawEllipse(badge)
            painter.setPen(QColor(p.accent_text))
            painter.setFont(font(14, self.scale, bold=True))
            painter.drawText(badge, Qt.AlignCenter, "–" if c["rank"] is None else str(c["rank"]))

            painter.setPen(QColor(p.text))
            painter.setFont(text_font)
            painter.drawText(
                QRectF(rank_w, y + gap / 2, label_w, row_height - gap),
                Qt.AlignVCenter | Qt.TextWordWrap,
                c.get("easy_read") or c["text"],
            )

            bar_h = min(row_height * 0.55, 44 * self.scale)
            bar_y = y + (row_height - bar_h) / 2
            x = bar_left
            for part, colour in self._parts(c):
                length = bar_max * part / top_value
                if length > 0:
                    painter.setPen(QPen(QColor(colour).darker(120), 1))
                    painter.setBrush(QColor(colour))
                    painter.drawRect(QRectF(x, bar_y, length, bar_h))
                    x += length
            painter.setPen(QColor(p.text))
            painter.setFont(value_font)
            painter.drawText(
                QRectF(x + gap, y, value_w + bar_max, row_height),
                Qt.AlignVCenter | Qt.AlignLeft,
                self._short_value(c),
            )
            y += row_height
        if shown < len(rows):
            painter.setPen(QColor(p.muted_text))
            painter.setFont(text_font)
            more = len(rows) - shown
            painter.drawText(
                QRectF(gap, y, width - 2 * gap, footer),
                Qt.AlignVCenter | Qt.AlignLeft,
                translate("ResultsChart", "%n more card(s) not shown here.", None, more),
            )

    def _parts(self, c: dict) -> list[tuple[int, str]]:
        # A hidden figure draws no bar: its length would be the number.
        def length(value) -> int:
            return 0 if value == HIDDEN else max(0, value)

        if self.results["method"] == "rating":
            return [
                (length(c["like"]), self.palette_.like),
                (length(c["unsure"]), self.palette_.unsure),
                (length(c["dislike"]), self.palette_.dislike),
            ]
        return [(length(c["score"]), self.palette_.accent)]

    def _bar_total(self, c: dict) -> int:
        return sum(part for part, _ in self._parts(c))

    def _short_value(self, c: dict) -> str:
        return self.value_text(c)

    def _widest_value(self, rows: list[dict]) -> str:
        return max((self._short_value(c) for c in rows), key=len, default="0")
