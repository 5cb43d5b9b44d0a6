"""The new-session dialog: what the event is, where and when. No names of participants."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain.bounds import EARLIEST_DATE, LATEST_DATE
from coprod_app.domain.errors import CoprodError
from coprod_app.domain.pack import Pack
from coprod_app.domain.session import FORUM_LABELS, FORUMS
from coprod_app.ui.accessibility import named, ok_cancel_buttons
from coprod_app.ui.common.plain_text import plain_label


class DateBox(QDateEdit):
    """A date field that Tab leaves, like every other field (Qt's moves between day, month and year)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Tab, Qt.Key_Backtab) and not event.modifiers() & ~Qt.ShiftModifier:
            QWidget.focusNextPrevChild(self, event.key() == Qt.Key_Tab and not event.modifiers())
            return
        super().keyPressEvent(event)


class NewSessionDialog(QDialog):
    def __init__(self, pack: Pack, create, parent=None) -> None:
        """`create(**fields)` saves the session and returns it, or raises CoprodError."""
        super().__init__(parent)
        self.setObjectName("new_session_dialog")
        self.setWindowTitle(self.tr("New session"))
        self._create = create
        self.session = None

        self.title = named(QLineEdit(), "session_title", self.tr("Session title"))
        self.title.setMaxLength(200)
        self.date = named(DateBox(QDate.currentDate()), "session_date", self.tr("Session date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        # The same range as the session-date rule (domain/bounds.py): Qt's own runs to 9999-12-31.
        self.date.setDateRange(
            QDate(EARLIEST_DATE.year, EARLIEST_DATE.month, EARLIEST_DATE.day),
            QDate(LATEST_DATE.year, LATEST_DATE.month, LATEST_DATE.day),
        )
        self.forum = named(QComboBox(), "session_forum", self.tr("Forum"))
        for value in FORUMS:
            self.forum.addItem(self.tr(FORUM_LABELS[value]), value)
        self.town = named(QComboBox(), "session_town", self.tr("Town"))
        self.town.setEditable(True)
        self.town.addItem("")
        self.town.addItems(list(pack.towns))
        self.venue = named(QLineEdit(), "session_venue", self.tr("Venue"))
        self.venue.setMaxLength(200)
        self.facilitators = named(
            QLineEdit(),
            "session_facilitators",
            self.tr("Facilitators"),
            self.tr("First names or roles of the people running the session."),
        )
        self.facilitators.setMaxLength(200)
        self.error = plain_label()  # an error sentence may quote what was typed
        self.error.setObjectName("dialog_error")
        self.error.setWordWrap(True)

        form = QFormLayout()
        for text, widget in (
            (self.tr("&Title"), self.title),
            (self.tr("&Date"), self.date),
            (self.tr("&Forum"), self.forum),
            (self.tr("T&own"), self.town),
            (self.tr("&Venue"), self.venue),
            (self.tr("F&acilitators"), self.facilitators),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = ok_cancel_buttons(self, "session_create", self.tr("Create session"), "session_cancel")
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(self.tr("Strategy pack: {pack}").format(pack=pack.name))
        )  # the pack's name as written
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.session = self._create(
                title=self.title.text(),
                date=self.date.date().toString("yyyy-MM-dd"),
                forum=self.forum.currentData(),
                town=self.town.currentText(),
                venue=self.venue.text(),
                facilitators=self.facilitators.text(),
            )
        except CoprodError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
