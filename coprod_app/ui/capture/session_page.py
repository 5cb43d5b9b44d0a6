"""One session open for capture: heading, form, filters and the list of views.

Every save, change, delete, undo and redo is one transaction, committed before
the screen says so; what the list shows is what a restart shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain.errors import CoprodError
from coprod_app.domain.session import FORUM_LABELS, Session
from coprod_app.domain.undo import Step, UndoHistory
from coprod_app.domain.view import ViewDraft
from coprod_app.storage import sessions as session_store
from coprod_app.storage import views as view_store
from coprod_app.ui.accessibility import named
from coprod_app.ui.capture.capture_form import CaptureForm
from coprod_app.ui.capture.views_table import ViewsTable
from coprod_app.ui.common.i18n import translate, views_count
from coprod_app.ui.common.plain_text import plain_label

if TYPE_CHECKING:
    from coprod_app.storage.database import AppDatabase


class SessionPage(QWidget):
    changed = Signal()  # counts or status changed: the session list refreshes
    history_changed = Signal()

    def __init__(self, db: AppDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session: Session | None = None
        self.history = UndoHistory()

        # Each widget is made inside the one that holds it (the words' side and the list's side inside
        # the splitter): under the application's style sheet, moving a finished widget into another
        # restyles all of it again. The order of making them is the Tab order.
        self.heading = plain_label(
            parent=self
        )  # title, venue and facilitators are shown as typed (see plain_text)
        self.heading.setObjectName("session_heading")
        self.heading.setWordWrap(True)
        self.details = plain_label(parent=self)
        self.details.setObjectName("session_details")
        self.details.setWordWrap(True)
        self.status_button = named(
            QPushButton("", self), "session_status_toggle", self.tr("Close or reopen session")
        )
        self.status_button.clicked.connect(self.toggle_status)

        splitter = QSplitter(self)
        self.splitter = splitter
        # The form scrolls (at 200 % text it is taller than a 768-line screen), and the focused box is
        # always scrolled into view, also when a shortcut such as Alt+G moves the focus.
        self.form_scroll = QScrollArea(splitter)
        self.form_scroll.setObjectName("capture_form_scroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.NoFrame)
        self.form_scroll.setFocusPolicy(Qt.NoFocus)  # the form's own boxes take the focus
        self.form = CaptureForm(self.form_scroll.viewport())
        self.form_scroll.setWidget(self.form)
        QApplication.instance().focusChanged.connect(self._show_focused)
        self.form.save_requested.connect(self.save)
        self.form.cancel_edit.connect(self.form.stop_edit)
        self.form.new_participant_button.clicked.connect(self.new_participant)

        self.principle_filter = named(QComboBox(), "filter_principle", self.tr("Show views for principle"))
        self.priority_filter = named(QComboBox(), "filter_priority", self.tr("Show views for priority"))
        for combo in (self.principle_filter, self.priority_filter):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self._apply_filter)
        self.table = ViewsTable()
        self.table.edit_requested.connect(self.start_edit)
        self.table.delete_requested.connect(self.delete)
        self.edit_button = named(
            QPushButton(self.tr("&Change")), "edit_view", self.tr("Change the chosen view")
        )
        self.edit_button.clicked.connect(lambda: self._with_selected(self.start_edit))
        self.delete_button = named(
            QPushButton(self.tr("De&lete")), "delete_view", self.tr("Delete the chosen view")
        )
        self.delete_button.clicked.connect(lambda: self._with_selected(self.delete))
        self.count_label = QLabel("")
        self.count_label.setObjectName("views_count")

        top = QHBoxLayout()
        heading_box = QVBoxLayout()
        heading_box.addWidget(self.heading)
        heading_box.addWidget(self.details)
        top.addLayout(heading_box, 1)
        top.addWidget(self.status_button)

        list_side = QWidget(splitter)
        list_layout = QVBoxLayout(list_side)
        # One above the other: side by side they were wider than the list at 200 % text. Under the
        # form (see resizeEvent) they go side by side where the page is wide enough.
        self.filters = QGridLayout()
        self.show_label = QLabel(self.tr("Show:"))
        self.filters.addWidget(self.show_label, 0, 0)
        self.filters.addWidget(self.principle_filter, 0, 1)
        self.filters.addWidget(self.priority_filter, 1, 1)
        self.filters.setColumnStretch(1, 1)
        self._filters_in_a_row = False
        self._list_side_narrowest = 0  # its smallest width with the filters one above the other
        list_layout.addLayout(self.filters)
        list_layout.addWidget(self.table, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.count_label, 1)
        list_buttons.addWidget(self.edit_button)
        list_buttons.addWidget(self.delete_button)
        list_layout.addLayout(list_buttons)

        splitter.setObjectName("capture_splitter")
        splitter.addWidget(self.form_scroll)
        splitter.addWidget(list_side)
        self.list_side = list_side
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # Fitting the screen --------------------------------------------------------

    def resizeEvent(self, event) -> None:
        """The form beside the list where both fit whole, else the form above the list.

        At 200 % text side by side needed more than a 1024 px screen; one above the other, each
        scrolls. Chosen by this page's own width, which the choice does not change: the scroll
        area's minimum is small, so the window never grows to fit the form, and can always shrink.
        """
        super().resizeEvent(event)
        needed = (
            self.form.minimumSizeHint().width()
            + self.form_scroll.verticalScrollBar().sizeHint().width()
            + self.list_side.minimumSizeHint().width()
            + self.splitter.handleWidth()
            + 2 * self.layout().contentsMargins().left()
        )
        wanted = Qt.Horizontal if self.width() >= needed else Qt.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            if wanted == Qt.Vertical:  # the form is where people type: it gets the larger part
                self.splitter.setSizes([2 * self.height(), self.height()])
        margins = self.list_side.layout().contentsMargins()
        gap = max(self.filters.horizontalSpacing(), 6)
        row = (
            self.show_label.sizeHint().width()
            + 2 * gap
            + self.principle_filter.minimumSizeHint().width()
            + self.priority_filter.minimumSizeHint().width()
            + margins.left()
            + margins.right()
        )
        page_margins = 2 * self.layout().contentsMargins().left()
        self._put_filters_in_a_row(wanted == Qt.Vertical and self.width() - page_margins >= row)

    def _put_filters_in_a_row(self, in_a_row: bool) -> None:
        """Side by side, the two filters leave the form one line more at 200 % on a 768-line screen.

        While they are, the list keeps the smallest width it has with them one above the other: a
        row's minimum would stop the window being made narrower, and so stop them going back.
        """
        if in_a_row == self._filters_in_a_row:
            return
        if in_a_row:
            self._list_side_narrowest = self.list_side.minimumSizeHint().width()
        self.filters.removeWidget(self.priority_filter)
        self.filters.addWidget(self.priority_filter, *((0, 2) if in_a_row else (1, 1)))
        self.filters.setColumnStretch(2, 1 if in_a_row else 0)
        self.list_side.setMinimumWidth(self._list_side_narrowest if in_a_row else 0)
        self._filters_in_a_row = in_a_row

    def changeEvent(self, event) -> None:
        """A new text size: the filters go one above the other until the next resize measures again."""
        super().changeEvent(event)
        if event.type() in (QEvent.FontChange, QEvent.StyleChange):
            self._put_filters_in_a_row(False)

    def _show_focused(self, _old, new) -> None:
        if new is not None and self.form.isAncestorOf(new):
            self.form_scroll.ensureWidgetVisible(new, 16, 16)  # Qt's 50 px would hide a tall box's top

    # Opening a session ---------------------------------------------------------

    def close_session(self) -> None:
        """Let go of the session (purged, or not in a restored backup): its words leave the hidden list too."""
        self.session = None
        self.table.source.set_views([])
        self.forget_history()

    def forget_history(self) -> None:
        """Undo must not bring back what was erased: the steps so far are dropped."""
        self.history.clear()
        self.history_changed.emit()

    def open_session(self, session_id: int) -> None:
        self.session = session_store.get_session(self.db, session_id)
        pack = session_store.session_pack(self.db, session_id)
        self.history.clear()
        self.history_changed.emit()
        self.form.set_pack(pack)
        for combo, items, everything in (
            (self.principle_filter, pack.principles, self.tr("All principles")),
            (self.priority_filter, pack.priorities, self.tr("All priorities")),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for item in items:
                combo.addItem(item.title, item.key)
            combo.blockSignals(False)
        self.form.stop_edit()
        self.refresh()
        # A closed session's words box is off; left alone, the keyboard would land on the window's first
        # button, "New session…", and a facilitator typing straight away would open that dialog.
        (self.table if self.session.status == "closed" else self.form.words).setFocus()

    def refresh(self) -> None:
        """Reload from the database: the list shows exactly what is saved."""
        if self.session is None:
            return
        self.session = session_store.get_session(self.db, self.session.id)
        s = self.session
        self.heading.setText(s.title)
        bits = [s.date, self.tr(FORUM_LABELS.get(s.forum, s.forum)), s.town, s.venue]
        if s.facilitators:
            bits.append(self.tr("with {facilitators}").format(facilitators=s.facilitators))
        self.details.setText(" · ".join(b for b in bits if b))
        closed = s.status == "closed"
        self.status_button.setText(self.tr("Reopen session") if closed else self.tr("Close session"))
        self.form.set_read_only(closed)
        self.form.set_participants(session_store.list_participants(self.db, s.id))
        self.table.source.set_views(view_store.list_views(self.db, s.id))
        self._update_count()
        self.changed.emit()

    def _apply_filter(self) -> None:
        self.table.proxy.set_filter(self.principle_filter.currentData(), self.priority_filter.currentData())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.table.proxy.rowCount(), self.table.source.rowCount()
        if shown == total:
            text = views_count(total)
        else:
            text = translate("SessionPage", "{shown} of %n view(s) shown", None, total).format(shown=shown)
        self.count_label.setText(text)

    # Saving, changing and deleting --------------------------------------------

    def _act(self, action, describe) -> bool:
        """Run one saving action; say what happened in one sentence either way."""
        try:
            result = action()
        except CoprodError as exc:
            self.form.show_status(str(exc), "error")
            return False
        self.refresh()
        self.history_changed.emit()
        self.form.show_status(describe(result), "saved")
        return True

    def _stamp(self) -> str:
        return QTime.currentTime().toString("HH:mm:ss")

    def save(self, draft: ViewDraft) -> None:
        if self.session is None:
            return
        editing = self.form.editing_id
        if editing is None:
            if self._act(
                lambda: self._record(draft),
                lambda v: self.tr("✓ Saved view {view} at {time}").format(view=v.id, time=self._stamp()),
            ):
                self.form.clear()
        elif self._act(
            lambda: self._change(editing, draft),
            lambda v: self.tr("✓ Saved the change to view {view} at {time}").format(
                view=v.id, time=self._stamp()
            ),
        ):
            self.form.stop_edit()
            self.table.select_view(editing)

    def _record(self, draft: ViewDraft):
        view = view_store.record_view(self.db, self.session.id, draft)
        holder = {"view": view}
        self.history.record(
            Step(
                self.tr("record view {view}").format(view=view.id),
                undo=lambda: view_store.delete_view(self.db, holder["view"].id),
                redo=lambda: view_store.restore_view(self.db, holder["view"]),
            )
        )
        return view

    def _change(self, view_id: int, draft: ViewDraft):
        before = view_store.get_view(self.db, view_id)
        after = view_store.update_view(self.db, view_id, draft)
        self.history.record(
            Step(
                self.tr("change view {view}").format(view=view_id),
                undo=lambda: view_store.update_view(self.db, view_id, before.draft),
                redo=lambda: view_store.update_view(self.db, view_id, after.draft),
            )
        )
        return after

    def start_edit(self, view_id: int) -> None:
        if self.session is not None and self.session.status == "closed":
            self.form.show_status(self.tr("This session is closed. Reopen it to change its views."), "error")
            return
        try:
            view = view_store.get_view(self.db, view_id)
        except CoprodError as exc:
            self.form.show_status(str(exc), "error")
            return
        self.form.start_edit(view.id, view.draft)

    def delete(self, view_id: int) -> None:
        def action():
            view = view_store.delete_view(self.db, view_id)
            self.history.record(
                Step(
                    self.tr("delete view {view}").format(view=view_id),
                    undo=lambda: view_store.restore_view(self.db, view),
                    redo=lambda: view_store.delete_view(self.db, view_id),
                )
            )
            return view

        if self.form.editing_id == view_id:
            self.form.stop_edit()
        self._act(action, lambda v: self.tr("Deleted view {view}. Ctrl+Z brings it back.").format(view=v.id))

    def _with_selected(self, func) -> None:
        view_id = self.table.selected_view_id()
        if view_id is None:
            self.form.show_status(self.tr("Choose a view in the list first."), "error")
        else:
            func(view_id)

    def undo(self) -> None:
        self._step(self.history.next_undo, self.history.undo, self.tr("Undone: {step} (saved)."))

    def redo(self) -> None:
        self._step(self.history.next_redo, self.history.redo, self.tr("Redone: {step} (saved)."))

    def _step(self, description: str | None, step, said: str) -> None:
        if (
            description
            and self.form.editing_id is None
            and self._act(step, lambda _: said.format(step=description))
        ):
            # The words box's own typing history is older than this step: Ctrl+Z / Ctrl+Shift+Z
            # go on through saved changes rather than back into old typing.
            self.form.words.document().clearUndoRedoStacks()

    # Session status and participants --------------------------------------------

    def toggle_status(self) -> None:
        if self.session is None:
            return
        new_status = "open" if self.session.status == "closed" else "closed"
        self._act(
            lambda: session_store.set_session_status(self.db, self.session.id, new_status),
            lambda s: self.tr("The session is now {status}.").format(
                status=self.tr("open") if s.status == "open" else self.tr("closed")
            ),
        )

    def new_participant(self) -> None:
        from coprod_app.ui.capture.participant_dialog import ParticipantDialog  # built when first asked for

        if self.session is None:
            return
        pack = session_store.session_pack(self.db, self.session.id)
        dialog = ParticipantDialog(
            pack.towns,
            lambda **fields: session_store.add_participant(self.db, self.session.id, **fields),
            self,
            ask_demographics=session_store.asks_demographics(self.db, self.session.id),
        )
        if dialog.exec() and dialog.participant is not None:
            code = dialog.participant.code
            self.refresh()
            self.form.select_participant(code)
            self.form.show_status(
                self.tr("New participant code: {code}. Write it on their sticker.").format(code=code), "saved"
            )
            self.form.words.setFocus()
