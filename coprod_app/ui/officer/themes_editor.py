"""The officer's screen for "you said, we did": themes from a session's views, actions, status history.

Tick the views a theme came from, write its title and "you said" summary, save;
then add actions ("we did") and change their status, each change kept with its date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain.actions import STATUS_LABELS, STATUSES, Theme
from coprod_app.domain.bounds import EARLIEST_DATE
from coprod_app.domain.errors import CoprodError
from coprod_app.storage import sessions as session_store
from coprod_app.storage import themes as theme_store
from coprod_app.storage import views as view_store
from coprod_app.ui.accessibility import named
from coprod_app.ui.capture.session_dialog import DateBox
from coprod_app.ui.common.plain_text import plain_label, tooltip, window_title

if TYPE_CHECKING:
    from coprod_app.storage.database import AppDatabase


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ActionsEditor(QDialog):
    changed = Signal()

    def __init__(self, db: AppDatabase, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session = session_store.get_session(db, session_id)
        self.theme: Theme | None = None
        self.setObjectName("actions_editor")
        self.setWindowTitle(
            window_title(self.tr("Themes and actions: {session}").format(session=self.session.title))
        )
        self.resize(1200, 720)

        # Views of the session, ticked when they belong to the chosen theme.
        self.views = named(
            QListWidget(), "theme_views", self.tr("Views this theme came from (tick to include)")
        )
        self.views.setWordWrap(True)
        views_box = QGroupBox(self.tr("Views at this session"))
        QVBoxLayout(views_box).addWidget(self.views)

        # Themes heard at this session.
        self.themes = named(QListWidget(), "themes_list", self.tr("Themes"))
        self.themes.currentRowChanged.connect(self._theme_chosen)
        self.new_theme_button = named(
            QPushButton(self.tr("&New theme")), "theme_new", self.tr("Start a new theme")
        )
        self.new_theme_button.clicked.connect(self.new_theme)
        self.delete_theme_button = named(
            QPushButton(self.tr("Delete theme")), "theme_delete", self.tr("Delete the chosen theme")
        )
        self.delete_theme_button.clicked.connect(self.delete_theme)
        themes_box = QGroupBox(self.tr("Themes (you said)"))
        tl = QVBoxLayout(themes_box)
        tl.addWidget(self.themes, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_theme_button)
        row.addWidget(self.delete_theme_button)
        tl.addLayout(row)

        # The chosen theme and its actions.
        self.title = named(QLineEdit(), "theme_title", self.tr("Theme title"))
        self.you_said = named(QPlainTextEdit(), "theme_you_said", self.tr("You said: a short summary"))
        self.you_said.setTabChangesFocus(True)
        self.you_said.setMaximumHeight(110)
        self.save_theme_button = named(
            QPushButton(self.tr("&Save theme")), "theme_save", self.tr("Save the theme with the ticked views")
        )
        self.save_theme_button.clicked.connect(self.save_theme)
        self.actions_table = QTableWidget(0, 4)
        named(self.actions_table, "actions_table", self.tr("Actions (we did)"))
        self.actions_table.setHorizontalHeaderLabels(
            [self.tr("We did"), self.tr("Status"), self.tr("Owner"), self.tr("Due")]
        )
        self.actions_table.horizontalHeader().setStretchLastSection(False)
        self.actions_table.setColumnWidth(0, 320)
        self.actions_table.setSelectionBehavior(QTableWidget.SelectRows)
        self.actions_table.setSelectionMode(QTableWidget.SingleSelection)
        self.actions_table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.actions_table.itemSelectionChanged.connect(self._action_chosen)
        self.history = named(QListWidget(), "action_history", self.tr("The chosen action's status history"))
        self.history.setMaximumHeight(90)

        self.we_did = named(QLineEdit(), "action_we_did", self.tr("We did: what was or will be done"))
        self.status = named(QComboBox(), "action_status", self.tr("Status"))
        for s in STATUSES:
            self.status.addItem(self.tr(STATUS_LABELS[s]), s)
        self.reason = named(QLineEdit(), "action_reason", self.tr("Reason (needed when not possible)"))
        self.owner = named(QLineEdit(), "action_owner", self.tr("Owner: a role, not a person's name"))
        self.due = named(QLineEdit(), "action_due", self.tr("Due date, YYYY-MM-DD (optional)"))
        self.due.setPlaceholderText("YYYY-MM-DD")
        # When the status was set or changed (the action history's date): an officer often records a
        # change days later. Today by default; never later than today (storage refuses it too).
        self.on = named(
            DateBox(QDate.currentDate()),
            "action_on",
            self.tr("Date it happened: the day the action got this status"),
        )
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self._reset_on()
        self.add_action_button = named(
            QPushButton(self.tr("&Add action")), "action_add", self.tr("Add the action")
        )
        self.add_action_button.clicked.connect(self.add_action)
        self.status_button = named(
            QPushButton(self.tr("Change &status")),
            "action_change_status",
            self.tr("Give the chosen action this status and reason"),
        )
        self.status_button.clicked.connect(self.change_status)
        self.error = plain_label()  # an error sentence may quote what was typed
        self.error.setObjectName("actions_error")
        self.error.setWordWrap(True)

        detail = QWidget()
        dl = QVBoxLayout(detail)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&You said"), self.you_said)
        dl.addLayout(form)
        dl.addWidget(self.save_theme_button, 0, Qt.AlignRight)
        dl.addWidget(QLabel(self.tr("We did")))
        dl.addWidget(self.actions_table, 1)
        dl.addWidget(QLabel(self.tr("History of the chosen action")))
        dl.addWidget(self.history)
        action_form = QFormLayout()
        action_form.addRow(self.tr("&We did"), self.we_did)
        action_form.addRow(self.tr("Stat&us"), self.status)
        action_form.addRow(self.tr("&Reason"), self.reason)
        action_form.addRow(self.tr("&Owner role"), self.owner)
        action_form.addRow(self.tr("&Due"), self.due)
        action_form.addRow(self.tr("&Happened on"), self.on)
        dl.addLayout(action_form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.status_button)
        buttons.addWidget(self.add_action_button)
        dl.addLayout(buttons)
        dl.addWidget(self.error)

        splitter = QSplitter()
        splitter.addWidget(views_box)
        splitter.addWidget(themes_box)
        splitter.addWidget(detail)
        splitter.setSizes([380, 220, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._load_views()
        self.refresh()

    # -- loading -----------------------------------------------------------------------------------
    def _load_views(self) -> None:
        self.views.clear()
        for v in view_store.list_views(self.db, self.session.id):
            who = v.draft.participant or self.tr("facilitator")
            item = QListWidgetItem(f"{v.id} · {who} · {_short(v.text)}")
            item.setToolTip(tooltip(v.text[:2000]))
            item.setData(Qt.UserRole, v.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.views.addItem(item)

    def refresh(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else (self.theme.id if self.theme else None)
        themes = theme_store.list_themes(self.db, self.session.id)
        self.themes.blockSignals(True)
        self.themes.clear()
        for t in themes:
            item = QListWidgetItem(t.title)
            item.setData(Qt.UserRole, t.id)
            self.themes.addItem(item)
        self.themes.blockSignals(False)
        rows = [i for i, t in enumerate(themes) if t.id == keep]
        if rows:
            self.themes.setCurrentRow(rows[0])
            self._theme_chosen(rows[0])
        else:
            self.new_theme()

    def _theme_chosen(self, row: int) -> None:
        item = self.themes.item(row) if row >= 0 else None
        self.theme = theme_store.get_theme(self.db, item.data(Qt.UserRole)) if item else None
        self.title.setText(self.theme.title if self.theme else "")
        self.you_said.setPlainText(self.theme.you_said if self.theme else "")
        linked = set(self.theme.view_ids) if self.theme else set()
        for i in range(self.views.count()):
            v = self.views.item(i)
            v.setCheckState(Qt.Checked if v.data(Qt.UserRole) in linked else Qt.Unchecked)
        self._load_actions()

    def _load_actions(self) -> None:
        actions = self.theme.actions if self.theme else ()
        self.actions_table.clearSelection()
        self.actions_table.setRowCount(len(actions))
        for r, a in enumerate(actions):
            values = [
                a.we_did,
                STATUS_LABELS.get(a.status, a.status) + (f": {a.reason}" if a.reason else ""),
                a.owner,
                a.due or "",
            ]
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.UserRole, a.id)
                cell.setToolTip(tooltip(value))
                self.actions_table.setItem(r, c, cell)
        self.history.clear()
        for enabled in (self.add_action_button, self.delete_theme_button):
            enabled.setEnabled(self.theme is not None)
        self.status_button.setEnabled(False)

    def _selected_action_id(self) -> int | None:
        items = self.actions_table.selectedItems()
        return items[0].data(Qt.UserRole) if items else None

    def _action_chosen(self) -> None:
        action_id = self._selected_action_id()
        self.history.clear()
        self.status_button.setEnabled(action_id is not None)
        if action_id is None:
            return
        a = theme_store.get_action(self.db, action_id)
        for h in a.history:
            self.history.addItem(
                f"{h.date}  {STATUS_LABELS.get(h.status, h.status)}" + (f": {h.reason}" if h.reason else "")
            )
        self.status.setCurrentIndex(self.status.findData(a.status))
        self.reason.setText(a.reason)

    def _reset_on(self) -> None:
        """Today, the latest day allowed (read again each time: the window may stay open past midnight)."""
        today = QDate.currentDate()
        self.on.setDateRange(QDate(EARLIEST_DATE.year, EARLIEST_DATE.month, EARLIEST_DATE.day), today)
        self.on.setDate(today)

    def on_date(self) -> str:
        # What is typed counts even while the field still has the focus (Qt takes it in only on leaving).
        self.on.interpretText()
        return self.on.date().toString("yyyy-MM-dd")

    def ticked_views(self) -> list[int]:
        return [
            self.views.item(i).data(Qt.UserRole)
            for i in range(self.views.count())
            if self.views.item(i).checkState() == Qt.Checked
        ]

    # -- changes --------------------------------------------------------------------------------
    def _try(self, change) -> bool:
        try:
            change()
        except CoprodError as exc:
            self.error.setText(str(exc))
            return False
        self.error.setText("")
        self.changed.emit()
        return True

    def new_theme(self) -> None:
        self.themes.blockSignals(True)
        self.themes.setCurrentRow(-1)
        self.themes.blockSignals(False)
        self._theme_chosen(-1)
        self.title.setFocus()

    def save_theme(self) -> None:
        def save():
            if self.theme is None:
                self.theme = theme_store.add_theme(
                    self.db, self.title.text(), self.you_said.toPlainText(), self.ticked_views()
                )
            else:
                self.theme = theme_store.update_theme(
                    self.db,
                    self.theme.id,
                    self.title.text(),
                    self.you_said.toPlainText(),
                    self.ticked_views(),
                )

        if self._try(save):
            self.refresh(self.theme.id)

    def delete_theme(self) -> None:
        if self.theme is not None and self._try(lambda: theme_store.delete_theme(self.db, self.theme.id)):
            self.theme = None
            self.refresh()

    def add_action(self) -> None:
        if self.theme is None:
            return
        theme_id = self.theme.id

        def add():
            theme_store.add_action(
                self.db,
                theme_id,
                self.we_did.text(),
                self.status.currentData(),
                reason=self.reason.text(),
                owner=self.owner.text(),
                due=self.due.text() or None,
                on=self.on_date(),
            )

        if self._try(add):
            for edit in (self.we_did, self.reason, self.owner, self.due):
                edit.clear()
            self._reset_on()  # the next action is today's unless the officer says otherwise
            self.refresh(theme_id)

    def change_status(self) -> None:
        action_id = self._selected_action_id()
        if action_id is None or self.theme is None:
            return
        theme_id = self.theme.id
        if self._try(
            lambda: theme_store.set_action_status(
                self.db, action_id, self.status.currentData(), self.reason.text(), on=self.on_date()
            )
        ):
            self._reset_on()
            self.refresh(theme_id)
            self.select_action(action_id)

    def select_action(self, action_id: int) -> None:
        """Choose an action in the table, showing its history."""
        for row in range(self.actions_table.rowCount()):
            if self.actions_table.item(row, 0).data(Qt.UserRole) == action_id:
                self.actions_table.selectRow(row)
                return
