"""The session's views beside the capture form: a model, so thousands scroll smoothly."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from coprod_app.domain.view import View, ViewFilter
from coprod_app.ui.accessibility import named
from coprod_app.ui.common.plain_text import tooltip


def local_time(stamp: str) -> str:
    """HH:MM on this laptop's clock, from a stored UTC time."""
    try:
        return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().strftime("%H:%M")
    except ValueError:
        return ""


COLUMNS = ("No.", "What was said", "Who", "Tags", "Feeling", "Time")

# The roles data() answers, named once. Qt asks data() for about eight roles of every cell it lays out
# or paints, and a short name such as Qt.DisplayRole is found by searching every enum of the Qt
# namespace, about 15 µs a time: spelt so inside data(), the lookups alone cost more than the answers.
DISPLAY = Qt.ItemDataRole.DisplayRole
TEXT_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole))
TOOLTIP = Qt.ItemDataRole.ToolTipRole
HORIZONTAL = Qt.Orientation.Horizontal


class ViewsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._views: list[View] = []
        self._rows: list[tuple[str, ...] | None] = []

    def set_views(self, views: list[View]) -> None:
        self.beginResetModel()
        self._views = list(views)
        self._rows = [None] * len(self._views)  # display texts, made when a row is first shown
        self.endResetModel()

    @property
    def views(self) -> list[View]:
        return self._views

    def view_at(self, row: int) -> View:
        return self._views[row]

    def row_of(self, view_id: int) -> int:
        return next((i for i, v in enumerate(self._views) if v.id == view_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._views)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802
        if role == DISPLAY and orientation == HORIZONTAL:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=DISPLAY):
        if role in TEXT_ROLES:
            if not index.isValid():
                return None
            row = self._rows[index.row()]
            if row is None:
                row = self._rows[index.row()] = display_texts(self._views[index.row()])
            return row[index.column()]
        if role == TOOLTIP and index.isValid() and index.column() == 1:
            return tooltip(self._views[index.row()].text[:2000])
        return None


def display_texts(view: View) -> tuple[str, ...]:
    """What each column shows for one view."""
    d = view.draft
    words = d.text.strip()
    first = words.splitlines()[0] if words else ""
    shown = first[:300] + ("…" if len(first) > 300 or "\n" in words else "")
    tags = [k.replace("principle-", "P") for k in d.principles]
    tags += [k.removeprefix("commitment-") for k in d.commitments] or (
        [d.priority.replace("priority-", "Priority ")] if d.priority else []
    )
    if d.follow_up:
        tags.append("⚑ follow up")
    return (
        str(view.id),
        shown,
        d.participant or "—",
        " ".join(tags),
        d.sentiment or "",
        local_time(view.created_at),
    )


class ViewsFilterModel(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.view_filter = ViewFilter()

    def set_filter(self, principle: str | None, priority: str | None) -> None:
        self.beginFilterChange()  # Qt 6.10+: invalidateFilter() is deprecated
        self.view_filter = ViewFilter(principle=principle, priority=priority)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        return self.view_filter.matches(self.sourceModel().view_at(row))


class ViewsTable(QTableView):
    """Enter (or double-click) changes the chosen view; Delete deletes it."""

    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(
            self,
            "views_list",
            self.tr("Views recorded in this session"),
            self.tr("Enter changes the chosen view; Delete deletes it; Ctrl+Z undoes."),
        )
        self.source = ViewsModel(self)
        self.proxy = ViewsFilterModel(self)
        self.proxy.setSourceModel(self.source)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        # Fixed widths: sizing columns to their contents would read every row of a long session.
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        # Narrow enough that the words keep most of the room on a 1366-pixel laptop screen.
        for column, chars in ((0, 4), (2, 5), (3, 9), (4, 8), (5, 6)):
            self.setColumnWidth(column, self.fontMetrics().averageCharWidth() * chars + 8)
        header.setMinimumSectionSize(24)
        self.source.modelReset.connect(self._fit_number_and_who)
        self.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.setWordWrap(False)
        self.doubleClicked.connect(lambda _: self._emit(self.edit_requested))

    def _fit_number_and_who(self) -> None:
        """Widen the number and Who columns to their widest entry (never narrower: a width set by hand stays)."""
        views = self.source.views
        if not views:
            return
        metrics = self.fontMetrics()
        newest = max(views, key=lambda v: v.id)
        longest_code = max(views, key=lambda v: len(v.draft.participant or ""))
        for column, view in ((0, newest), (2, longest_code)):
            needed = (
                metrics.horizontalAdvance(display_texts(view)[column]) + 2 * metrics.averageCharWidth() + 8
            )
            needed = min(needed, 20 * metrics.averageCharWidth())  # a code from elsewhere never takes the row
            if needed > self.columnWidth(column):
                self.setColumnWidth(column, needed)

    def selected_view_id(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            index = self.currentIndex()
            if not index.isValid():
                return None
            rows = [index]
        return self.source.view_at(self.proxy.mapToSource(rows[0]).row()).id

    def select_view(self, view_id: int) -> None:
        row = self.source.row_of(view_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.source.index(row, 0))
            if index.isValid():
                self.setCurrentIndex(index)
                self.scrollTo(index)

    def _emit(self, signal) -> None:
        view_id = self.selected_view_id()
        if view_id is not None:
            signal.emit(view_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self._emit(self.edit_requested)
        elif event.key() in (Qt.Key_Delete, Qt.Key_Backspace):
            self._emit(self.delete_requested)
        else:
            super().keyPressEvent(event)
