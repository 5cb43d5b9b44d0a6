"""The officer report of a session, or the annual summary of a period, on screen: the same Report the PDF prints.

The Report is built by the same builders as the PDF and `coprod-app report officer|annual --json`
(storage/officer_report.py, storage/annual_report.py), in a pool thread on its own database connection
(a sqlite3 connection belongs to the thread that opened it), while a busy bar runs. The window then shows
what the Report holds and nothing else: every published table with its columns and rows as published
(a hidden cell reads exactly "fewer than 5"), the notes, the quotes grouped as the officer PDF groups
them (by priority, then first commitment), the themes and the actions with their status as at the end.
No number is counted here, so the screen can never say something the PDF and the JSON do not.

Keyboard: Tab goes from table to table (not from cell to cell: arrow keys move within a table), and the
scroll area follows the focus; Esc closes.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain.actions import STATUS_LABELS, STATUSES
from coprod_app.domain.errors import CoprodError
from coprod_app.domain.privacy import people_count
from coprod_app.domain.report_tables import (
    NOT_TAGGED_KEY,
    TOTAL_KEY,
    ActionLine,
    PublishedTable,
    Quote,
    Report,
)
from coprod_app.domain.session import FORUM_LABELS, GROUP_LABELS
from coprod_app.domain.view import HOW_LABELS
from coprod_app.ui.accessibility import named
from coprod_app.ui.common import plain_text
from coprod_app.ui.common.i18n import translate
from coprod_app.ui.common.plain_text import plain_label
from coprod_app.ui.common.tasks import Task, default_pool, run_task
from coprod_app.ui.theme import DEFAULT

logger = logging.getLogger(__name__)

OFFICER, ANNUAL = "officer", "annual"
LABEL_COLUMN_EMS = 12  # the row words' column never narrower than this: the table scrolls sideways instead
WORDS_SHARE = 0.45  # below this share of the width for the row words, number cells wrap at their spaces


def build_in_own_connection(
    task: Task, db_path: Path, kind: str, session_id: int | None, start: str | None, end: str | None
) -> Report:
    """The Report, built in a pool thread on its own connection by the builder the PDF and the JSON use."""
    from coprod_app.storage.database import open_database
    from coprod_app.storage.errors import reading

    db = open_database(db_path, create=False)
    try:
        with reading("build the report"):
            if kind == OFFICER:
                from coprod_app.storage.officer_report import build_officer_report

                return build_officer_report(db, session_id)
            from coprod_app.storage.annual_report import build_annual_report

            return build_annual_report(db, start, end)
    finally:
        db.close()


def long_date(iso: str | None) -> str:
    """ "20 November 2026" (the PDF's form); the text as it is when it is not a date."""
    if not iso:
        return ""
    date = QDate.fromString(iso[:10], "yyyy-MM-dd")
    return date.toString("d MMMM yyyy") if date.isValid() else iso


def period_text(report: Report) -> str:
    start, end = report.period_from, report.period_to
    if start and end and start == end:
        return translate("ReportView", "Period: {date}").format(date=long_date(start))
    if start and end:
        return translate("ReportView", "Period: {start} to {end}").format(
            start=long_date(start), end=long_date(end)
        )
    if start:
        return translate("ReportView", "Period: from {start}").format(start=long_date(start))
    if end:
        return translate("ReportView", "Period: up to {end}").format(end=long_date(end))
    return translate("ReportView", "Period: all sessions")


def first_column_title(table: PublishedTable) -> str:
    """The heading of a table's words column, as the officer PDF names it."""
    if table.id.startswith("people-by-group") or table.id == "views-by-group":
        return translate("ReportView", "Group")
    if table.id == "people-by-age-band":
        return translate("ReportView", "Age band")
    if table.id == "views-by-principle":
        return translate("ReportView", "Charter principle")
    if table.id == "views-by-priority":
        return translate("ReportView", "Priority")
    if table.id in ("views-by-commitment", "votes-by-commitment") or (
        table.id.startswith("round-") and not table.id.endswith("-how")
    ):
        return translate("ReportView", "Commitment")
    if table.id.endswith("-how") or table.id == "views-by-how-given":
        return translate("ReportView", "How it was given")
    if table.id == "views-by-sentiment":
        return translate("ReportView", "How it felt")
    if table.id == "views-by-town":
        return translate("ReportView", "Town")
    if table.id == "views-by-forum":
        return translate("ReportView", "Forum")
    if table.id == "sessions":
        return translate("ReportView", "Session")
    return translate("ReportView", "What")


def header_words(column: str) -> str:
    """A column's heading on two lines where it has two words ("Don't / like"): number columns stay narrow."""
    words = column.split(" ")
    if len(words) < 2:
        return column
    half = (len(words) + 1) // 2
    return " ".join(words[:half]) + "\n" + " ".join(words[half:])


class PublishedTableView(QTableWidget):
    """One published table, read-only: a row per published row, a column per published column, cells as published.

    It is as tall as its rows (the window scrolls, not each table) and its words wrap. Its number
    columns are as wide as their widest cell; where that would leave the row words less than
    WORDS_SHARE of the width (200 % text on a 1024-pixel screen), the cells wrap at their spaces
    ("fewer / than 5"), and where even that is too wide, each row's words get a line of their own
    across the table with its numbers on the line below, as the PDF prints a table of many columns.
    Read it through `row_count`, `label_text` and `cell_text`, which are the same in either layout.
    """

    def __init__(self, table: PublishedTable, parent: QWidget | None = None) -> None:
        super().__init__(0, len(table.columns) + 1, parent)
        self.table = table
        self.stacked = False
        named(self, f"report_table_{table.id}", table.title, table.note)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab goes on to the next table; arrows move between cells
        self.setWordWrap(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.verticalHeader().hide()
        self.horizontalHeader().setDefaultAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.horizontalHeader().setMinimumSectionSize(
            8
        )  # Qt's (55 px at 200 %) kept a stacked table too wide
        self._fill(stacked=False)

    def _item(self, text: str, bold: bool, number: bool) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
        if number:
            item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        if bold:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item

    def _fill(self, stacked: bool) -> None:
        """The items, in one row per published row, or (stacked) a words row above a numbers row."""
        self.clearSpans()
        self.clear()
        self.stacked = stacked
        per = 2 if stacked else 1
        self.setRowCount(len(self.table.rows) * per)
        self.setHorizontalHeaderLabels(
            [
                "" if stacked else first_column_title(self.table),
                *(header_words(c) for c in self.table.columns),
            ]
        )
        self.horizontalHeaderItem(0).setTextAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        for r, row in enumerate(self.table.rows):
            bold = row.key == TOTAL_KEY
            self.setItem(r * per, 0, self._item(row.label, bold, number=False))
            if stacked:
                self.setSpan(r * per, 0, 1, self.columnCount())
                self.setItem(r * per + 1, 0, self._item("", bold, number=False))
            for c, cell in enumerate(row.cells):
                self.setItem(r * per + per - 1, c + 1, self._item(str(cell), bold, number=True))

    # -- what it shows, the same in either layout --------------------------------------------------
    def row_count(self) -> int:
        return len(self.table.rows)

    def label_text(self, row: int) -> str:
        return self.item(row * (2 if self.stacked else 1), 0).text()

    def cell_text(self, row: int, column: int) -> str:
        """What a published cell reads on screen (`column` counts the published columns from 0)."""
        return self.item(row * 2 + 1 if self.stacked else row, column + 1).text()

    def cell_font(self, row: int, column: int) -> QFont:
        """The font a cell is drawn in: the table's (the style sheet's size), bold on the total row."""
        return QFont(self.item(row, column).font()).resolve(self.font())

    # -- fitting ------------------------------------------------------------------------------------
    def _widths(self, metrics: QFontMetrics, bold: QFontMetrics, whole: bool) -> list[int]:
        """Each number column's width: its widest cell (whole, or its widest word), heading and padding."""
        pad = metrics.horizontalAdvance("M")
        header = self.horizontalHeader()
        out = []
        for c in range(len(self.table.columns)):
            widest = metrics.horizontalAdvance("00000")
            for row in self.table.rows:
                m = bold if row.key == TOTAL_KEY else metrics
                text = str(row.cells[c])
                widest = max(
                    widest,
                    m.horizontalAdvance(text)
                    if whole
                    else max(m.horizontalAdvance(w) for w in text.split() or [""]),
                )
            out.append(max(widest + pad, header.sectionSizeHint(c + 1)))
        return out

    def fit(self) -> None:
        """The layout for the width it has: columns, then the rows' heights for their wrapped words."""
        header = self.horizontalHeader()
        metrics = QFontMetrics(self.font())
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        room = self.width() - 2 * self.frameWidth()
        widths = self._widths(metrics, bold, whole=True)
        stacked = False
        if room - sum(widths) < room * WORDS_SHARE:
            widths = self._widths(metrics, bold, whole=False)
            stacked = room - sum(widths) < room * WORDS_SHARE
        if stacked != self.stacked:
            self._fill(stacked)
        indent = metrics.horizontalAdvance("M")
        if stacked:  # the numbers share the width under their row's words
            share = (room - indent) // max(1, len(widths))
            widths = [max(w, share) for w in widths]
        for c, width in enumerate(widths):
            header.resizeSection(c + 1, width)
        smallest = indent if stacked else indent * LABEL_COLUMN_EMS
        header.resizeSection(0, max(smallest, room - sum(widths)))
        self.resizeRowsToContents()
        if stacked:  # a words row spans the table: its height for that width (Qt sizes it for column 0)
            for r, row in enumerate(self.table.rows):
                m = bold if row.key == TOTAL_KEY else metrics
                needed = m.boundingRect(
                    QRect(0, 0, min(room, header.length()) - 8, 1_000_000), Qt.TextWordWrap, row.label
                ).height()
                self.setRowHeight(2 * r, needed + 8)
        wide = header.length() > room
        height = header.sizeHint().height() + sum(self.rowHeight(r) for r in range(self.rowCount()))
        height += 2 * self.frameWidth() + (self.horizontalScrollBar().sizeHint().height() if wide else 0)
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.FontChange, QEvent.StyleChange):  # View -> Text size while it is open
            self.fit()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.fit()


class ReportScroll(QScrollArea):
    """The report's scroll area: Page Up/Down and the arrows scroll it (Qt's), and Home and End go to either end."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        bar = self.verticalScrollBar()
        if event.key() == Qt.Key_Home:
            bar.setValue(bar.minimum())
        elif event.key() == Qt.Key_End:
            bar.setValue(bar.maximum())
        else:
            super().keyPressEvent(event)


def _heading_markup(text: str, level: int) -> str:
    """`text` exactly (escaped), bigger and bold relative to the text size chosen in View -> Text size.

    Rich text because the app's style sheet sets every widget's font size, which a QFont set on a
    label would lose; sizes relative to the label's own font keep headings above the body text."""
    size = {1: "x-large", 2: "large", 3: "medium"}[level]
    return f"<span style='font-size:{size}; font-weight:bold'>{html.escape(text, quote=False)}</span>"


def _heading(text: str, level: int) -> QLabel:
    label = QLabel(_heading_markup(text, level))
    label.setTextFormat(Qt.RichText)
    label.setWordWrap(True)
    label.setProperty("heading", level)
    label.setContentsMargins(
        0, 12 if level < 3 else 4, 0, 0
    )  # a gap above: where one part ends and the next starts
    label.setAccessibleName(text)
    return label


def _text(text: str, indent: int = 0) -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    if indent:
        label.setIndent(indent)
    return label


def _bold(text: str, indent: int = 0) -> QLabel:
    """A bold line (a commitment above its quotes, an action's words): the size of the text around it."""
    label = _text(text, indent)
    # The window's style sheet makes it bold; a style sheet on each of 500 labels took a second to lay out.
    label.setProperty("bold", True)
    label.setContentsMargins(0, 6, 0, 0)
    return label


def _speaker(quote: Quote) -> str:
    if quote.group == "facilitator-note":
        return translate("ReportView", "Facilitator\u2019s note")
    if quote.group in GROUP_LABELS:
        return GROUP_LABELS[quote.group]
    return translate("ReportView", "Group not recorded")


class ReportView(QDialog):
    """The officer report of `session_id`, or the annual summary (`kind` "annual") of the dates chosen in it."""

    report_shown = Signal(object)  # the Report now on screen
    report_failed = Signal(str)  # the sentence shown instead

    def __init__(
        self,
        db_path: str | Path,
        kind: str = OFFICER,
        session_id: int | None = None,
        parent=None,
        *,
        pool=None,
        start: str | None = None,
        end: str | None = None,
        focus_colour: str = DEFAULT.focus,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.kind = kind
        self.session_id = session_id
        self.pool = pool if pool is not None else default_pool()
        self.worker: Task | None = None
        self.report: Report | None = None
        self.tables: dict[str, PublishedTableView] = {}
        self._words: dict[str, str] = {}  # commitment key -> its words, while the quotes are laid out
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowMaximizeButtonHint, True)
        self.setObjectName("report_view")
        officer = kind == OFFICER
        self.setWindowTitle(
            translate("ReportView", "Officer report")
            if officer
            else translate("ReportView", "Summary across sessions")
        )

        self.title = _heading(self.windowTitle(), 1)
        self.title.setObjectName("report_title")
        self.period = _text("")
        self.period.setObjectName("report_period")
        layout = QVBoxLayout(self)
        if not officer:
            layout.addLayout(self._period_choice(start, end))

        self.busy = QProgressBar()
        self.busy.setObjectName("report_busy")
        self.busy.setAccessibleName(translate("ReportView", "Building the report"))
        self.busy.setRange(0, 0)  # no steps to count: a bar that moves while the builder runs
        self.busy.setTextVisible(False)
        self.status = _text("")
        self.status.setObjectName("report_status")
        layout.addWidget(self.busy)
        layout.addWidget(self.status)

        self.scroll = named(ReportScroll(), "report_scroll", translate("ReportView", "The report"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.NoFrame)
        # Focusable, so Page Down and the arrows reach the quotes, themes and actions after the last table;
        # Tab goes on into the tables, and the area scrolls to the one with the focus.
        self.scroll.setFocusPolicy(Qt.StrongFocus)
        # Added to the app's style sheet, whose font size they keep.
        self.setStyleSheet(
            f"QScrollArea#report_scroll:focus {{ border: 3px solid {focus_colour}; }}"
            ' QLabel[bold="true"] { font-weight: bold; }'
        )
        layout.addWidget(self.scroll, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if officer:
            self.refresh_button = named(
                QPushButton(translate("ReportView", "&Refresh")),
                "report_refresh",
                translate("ReportView", "Build the report again from the database"),
            )
            self.refresh_button.clicked.connect(self.build)
            buttons.addWidget(self.refresh_button)
        self.close_button = named(
            QPushButton(translate("ReportView", "&Close")),
            "report_close",
            translate("ReportView", "Close the report"),
        )
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._fit_screen()
        self.build()

    # -- the period (annual summary) ---------------------------------------------------------------
    def _period_choice(self, start: str | None, end: str | None):
        today = QDate.currentDate()
        april = QDate(today.year() - (1 if today.month() < 4 else 0), 4, 1)  # the council's year
        self.limit_dates = named(
            QCheckBox(translate("ReportView", "Only sessions &between these dates")),
            "report_limit_dates",
            translate("ReportView", "Only sessions between two dates"),
        )
        self.limit_dates.setChecked(True)
        self.start = named(
            QDateEdit(QDate.fromString(start, "yyyy-MM-dd") if start else april),
            "report_from",
            translate("ReportView", "From date"),
        )
        self.end = named(
            QDateEdit(QDate.fromString(end, "yyyy-MM-dd") if end else today),
            "report_to",
            translate("ReportView", "To date"),
        )
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.limit_dates.toggled.connect(self.start.setEnabled)
        self.limit_dates.toggled.connect(self.end.setEnabled)
        self.show_button = named(
            QPushButton(translate("ReportView", "&Show")),
            "report_show",
            translate("ReportView", "Show the summary for these dates"),
        )
        self.show_button.clicked.connect(self.build)
        rows = QVBoxLayout()
        choice = QHBoxLayout()
        choice.addWidget(self.limit_dates)
        choice.addStretch(1)  # its focus ring round its words, not across the window
        rows.addLayout(choice)
        dates = QHBoxLayout()
        from_label = QLabel(translate("ReportView", "&From"))
        from_label.setBuddy(self.start)
        to_label = QLabel(translate("ReportView", "&to"))
        to_label.setBuddy(self.end)
        for widget in (from_label, self.start, to_label, self.end, self.show_button):
            dates.addWidget(widget)
        dates.addStretch(1)
        rows.addLayout(dates)
        return rows

    def dates(self) -> tuple[str | None, str | None]:
        """The period chosen: (None, None) for every session."""
        if self.kind == OFFICER or not self.limit_dates.isChecked():
            return None, None
        return self.start.date().toString("yyyy-MM-dd"), self.end.date().toString("yyyy-MM-dd")

    def _fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(1200, round(room.width() * 0.95)), min(900, round(room.height() * 0.92)))

    # -- building --------------------------------------------------------------------------------
    def building(self) -> bool:
        return self.worker is not None and not self.worker.done

    def build(self) -> None:
        """Build the Report again in a pool thread; the window shows it when it is ready."""
        if self.building():
            return
        start, end = self.dates()
        if start and end and start > end:
            self._fail(translate("ReportView", "The start date is after the end date; swap them."))
            return
        self.busy.show()
        self.status.setProperty("state", "")
        self.status.setText(translate("ReportView", "Building the report\u2026"))
        self.status.show()
        for button in self._buttons():
            button.setEnabled(False)
        db_path, kind, session_id = self.db_path, self.kind, self.session_id
        self.worker = run_task(
            lambda task: build_in_own_connection(task, db_path, kind, session_id, start, end),
            self._on_done,
            pool=self.pool,
        )

    def _choice_widgets(self) -> list[QWidget]:
        return [] if self.kind == OFFICER else [self.limit_dates, self.start, self.end, self.show_button]

    def _buttons(self) -> list[QPushButton]:
        return [b for b in (getattr(self, "refresh_button", None), getattr(self, "show_button", None)) if b]

    def _on_done(self, result: Report | None, error: Exception | None) -> None:
        for button in self._buttons():
            button.setEnabled(True)
        self.busy.hide()
        if isinstance(error, CoprodError):
            self._fail(str(error))
        elif error is not None:  # a bug: one sentence here, the traceback in the log
            logger.error("building the report for the screen failed", exc_info=error)
            self._fail(
                translate("ReportView", "The report could not be built ({error}).").format(error=repr(error))
            )
        else:
            self.show_report(result)

    def _fail(self, sentence: str) -> None:
        self.busy.hide()
        self.status.setProperty("state", "error")
        self.status.setText(sentence)
        self.status.show()
        self.report_failed.emit(sentence)

    # -- showing -----------------------------------------------------------------------------------
    def show_report(self, report: Report) -> None:
        """Show `report` as it is: its tables, notes, quotes, themes and actions."""
        self.report = report
        self.status.setText("")
        self.title.setText(_heading_markup(report.title, 1))
        self.title.setAccessibleName(report.title)
        self.setWindowTitle(plain_text.window_title(report.title))
        self.period.setText(period_text(report))
        self.status.hide()
        content = QWidget()
        content.setObjectName("report_content")
        column = QVBoxLayout(content)
        # The title scrolls with the rest: at 200 % on a 768-pixel screen it takes three lines.
        column.addWidget(self.title)
        column.addWidget(self.period)
        self.tables = {}
        sections = [self._notes, self._tables, self._quotes, self._themes, self._actions]
        for section in sections:
            for widget in section(report):
                column.addWidget(widget)
        column.addStretch(1)
        self.scroll.setWidget(content)  # the previous report's widgets are deleted with their content
        # The tables are made after the buttons: without this Tab went from Close back into the first table.
        chain = [
            *self._choice_widgets(),
            self.scroll,
            *self.tables.values(),
            *self._buttons(),
            self.close_button,
        ]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self.report_shown.emit(report)

    def _notes(self, report: Report) -> list[QWidget]:
        return [
            _heading(translate("ReportView", "About this report"), 2),
            *(_text(note) for note in report.notes),
        ]

    def _tables(self, report: Report) -> list[QWidget]:
        out = []
        for table in report.tables:
            view = PublishedTableView(table)
            self.tables[table.id] = view
            out += [_heading(table.title, 2), view]
            if table.note:
                out.append(_text(table.note))
        return out

    def _quotes(self, report: Report) -> list[QWidget]:
        """Grouped as the officer PDF groups them: by priority, then by first commitment."""
        if report.report != OFFICER and not report.quotes:
            return []  # the summary across sessions prints no quotes
        out = [_heading(translate("ReportView", "What people said, in their words"), 2)]
        if not report.quotes:
            return out + [_text(translate("ReportView", "No view in this report may be quoted."))]
        out.append(
            _text(
                translate(
                    "ReportView", "Views quoted: {count} (an exact count: every one of them is shown below)."
                ).format(count=len(report.quotes))
            )
        )
        priorities = [(r.key, r.label) for r in report.table("views-by-priority").rows if r.key != TOTAL_KEY]
        commitments = [
            (r.key, r.label) for r in report.table("views-by-commitment").rows if r.key != TOTAL_KEY
        ]
        known = {key for key, _ in priorities}
        self._words = dict(commitments)
        for key, title in priorities:
            mine = [
                q for q in report.quotes if (q.priority if q.priority in known else NOT_TAGGED_KEY) == key
            ]
            if not mine:
                continue
            out.append(
                _heading(
                    translate("ReportView", "Not tagged to a priority") if key == NOT_TAGGED_KEY else title, 3
                )
            )
            for ckey, words in commitments:
                under = [q for q in mine if (q.commitments[0] if q.commitments else NOT_TAGGED_KEY) == ckey]
                if not under:
                    continue
                out.append(
                    _bold(
                        translate("ReportView", "No commitment tagged") if ckey == NOT_TAGGED_KEY else words,
                        indent=12,
                    )
                )
                out += [self._quote(q) for q in under]
        return out

    def _quote(self, quote: Quote) -> QLabel:
        tags = [_speaker(quote)]
        if quote.how_given:
            tags.append(HOW_LABELS.get(quote.how_given, quote.how_given).split(" (")[0].lower())
        tags.append(translate("ReportView", "view {number}").format(number=quote.view))
        others = [self._words.get(c, c).split(" ", 1)[0] for c in quote.commitments[1:]]  # "1.1", as the PDF
        if others:
            tags.append(
                translate("ReportView", "also about {commitments}").format(commitments=", ".join(others))
            )
        return _text("\u201c" + quote.text + "\u201d (" + " \u00b7 ".join(tags) + ")", indent=28)

    def _themes(self, report: Report) -> list[QWidget]:
        out = [_heading(translate("ReportView", "Themes heard"), 2)]
        if not report.themes:
            return out + [_text(translate("ReportView", "No themes have been written for these views yet."))]
        words = {r.key: r.label for r in report.table("views-by-commitment").rows}
        priorities = {r.key: r.label for r in report.table("views-by-priority").rows}
        themes = list(report.themes)
        if report.report == ANNUAL:  # grouped as the summary's PDF groups them: priority, then commitment
            order = list(priorities)
            themes.sort(
                key=lambda t: (
                    order.index(t.priority) if t.priority in order else len(order),
                    list(words).index(t.commitments[0])
                    if t.commitments and t.commitments[0] in words
                    else len(words),
                )
            )
        grouped = report.report == ANNUAL
        last_priority = last_commitment = object()
        for t in themes:
            if grouped and t.priority != last_priority:
                last_priority, last_commitment = t.priority, object()
                out.append(
                    _heading(
                        priorities.get(t.priority, translate("ReportView", "No priority tagged"))
                        if t.priority
                        else translate("ReportView", "No priority tagged"),
                        3,
                    )
                )
            commitment = t.commitments[0] if t.commitments else None
            if grouped and commitment != last_commitment:
                last_commitment = commitment
                out.append(
                    _bold(
                        words.get(commitment, commitment)
                        if commitment
                        else translate("ReportView", "No commitment tagged"),
                        indent=12,
                    )
                )
            box = _text("", indent=28 if grouped else 0)
            lines = [
                translate("ReportView", "You said (from {views} views): {words}").format(
                    views=people_count(len(t.views)), words=t.you_said
                ),
                translate("ReportView", "Session: {title}, {forum}, {date}").format(
                    title=t.session_title, forum=FORUM_LABELS.get(t.forum, t.forum), date=long_date(t.date)
                ),
            ]
            if t.commitments:
                lines.append(
                    translate("ReportView", "About: {commitments}").format(
                        commitments="; ".join(words.get(c, c) for c in t.commitments)
                    )
                )
            mine = [a for a in report.actions if a.theme == t.title]
            if mine:
                lines.append(
                    translate("ReportView", "Actions: {actions}").format(
                        actions="; ".join(
                            f"{a.id}. {a.text} ({STATUS_LABELS.get(a.status_at_end, a.status_at_end)})"
                            for a in mine
                        )
                    )
                )
            box.setText("\n".join(lines))
            box.setObjectName(f"report_theme_{t.id}")
            out += [_bold(t.title, indent=28 if grouped else 0), box]
        return out

    def _actions(self, report: Report) -> list[QWidget]:
        as_at = long_date(
            report.period_to if report.report == ANNUAL and report.period_to else report.generated_at[:10]
        ) or translate("ReportView", "today")
        out = [_heading(translate("ReportView", "What has been done, as at {date}").format(date=as_at), 2)]
        if not report.actions:
            return out + [_text(translate("ReportView", "No actions have been written yet."))]
        words = {r.key: r.label for r in report.table("views-by-commitment").rows}
        past_due = [a for a in report.actions if a.past_due]
        groups = [(translate("ReportView", "Past due (%n)", None, len(past_due)), past_due)]
        for status in STATUSES:  # each action once: the past-due ones first, then the others by status
            mine = [a for a in report.actions if a.status_at_end == status and not a.past_due]
            groups.append((f"{STATUS_LABELS[status]} ({len(mine)})", mine))
        for title, actions in groups:
            if actions:
                out.append(_heading(title, 3))
                for a in actions:
                    out += self._action(a, words)
        return out

    def _action(self, a: ActionLine, words: dict[str, str]) -> list[QLabel]:
        status = STATUS_LABELS.get(a.status_at_end, a.status_at_end)
        lines = [
            translate("ReportView", "Status at the end: {status}").format(status=status)
            + (" \u2014 " + translate("ReportView", "PAST DUE") if a.past_due else ""),
            translate("ReportView", "Theme: {theme}").format(theme=a.theme),
        ]
        if a.owner:
            lines.append(translate("ReportView", "Owner: {owner}").format(owner=a.owner))
        lines.append(
            translate("ReportView", "Due: {date}").format(date=long_date(a.due))
            if a.due
            else translate("ReportView", "Due: no date")
        )
        if a.commitments:
            lines.append(
                translate("ReportView", "For: {commitments}").format(
                    commitments="; ".join(words.get(c, c) for c in a.commitments)
                )
            )
        if a.changes_in_period:
            lines.append(
                translate("ReportView", "Changes in the period: {changes}").format(
                    changes=", ".join(
                        f"{STATUS_LABELS.get(c.status, c.status)} {long_date(c.on)}"
                        + (f" ({c.note})" if c.note else "")
                        for c in a.changes_in_period
                    )
                )
            )
        label = _text("\n".join(lines), indent=12)
        label.setObjectName(f"report_action_{a.id}")
        return [_bold(f"{a.id}. {a.text}", indent=12), label]
