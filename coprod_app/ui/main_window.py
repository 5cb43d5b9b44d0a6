"""The facilitator's window: sessions on the left, the open session's capture page on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QStackedWidget

from coprod_app import __version__
from coprod_app.domain.errors import CoprodError
from coprod_app.resources import SYMBOL_CREDIT
from coprod_app.storage import sessions as session_store
from coprod_app.storage.database import read_only_reason
from coprod_app.storage.integrity import integrity_check
from coprod_app.storage.packs import current_pack
from coprod_app.ui.capture.session_list import SessionList
from coprod_app.ui.capture.session_page import SessionPage
from coprod_app.ui.common import plain_text
from coprod_app.ui.menus import install_all
from coprod_app.ui.menus._actions import add_action

if TYPE_CHECKING:
    from coprod_app.storage.database import AppDatabase


class MainWindow(QMainWindow):
    def __init__(self, db: AppDatabase, db_path: str) -> None:
        super().__init__()
        self.db = db
        self.db_path = db_path
        self.integrity_problem: str | None = None
        self._integrity_task = None  # the check of the file for damage, once check_database has begun it
        self.setObjectName("main_window")
        self.setWindowTitle(
            plain_text.window_title(self.tr("coprod-app: you said, we did") + f" · {db_path}")
        )
        screen = self.screen().availableGeometry()
        self.resize(min(1280, screen.width()), min(800, screen.height()))

        # Built from the window inwards, each widget made inside the one that holds it: under the
        # application's style sheet, moving a finished widget into another restyles all of it again,
        # and building the pages first and nesting them afterwards restyled the whole page three times.
        splitter = QSplitter(self)
        self.setCentralWidget(splitter)
        self.session_list = SessionList(splitter)
        self.session_list.session_chosen.connect(self.open_session)
        self.session_list.new_requested.connect(self.new_session)
        self.stack = QStackedWidget(splitter)
        self.empty = QLabel(self.tr("No session yet. Press Ctrl+N to create one."), self.stack)
        self.empty.setObjectName("no_session")
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setWordWrap(True)  # on one line it was wider than the page beside the list at 200 %
        self.page = SessionPage(db, self.stack)
        self.page.changed.connect(self.refresh_sessions)
        self.page.history_changed.connect(self._update_undo_actions)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.page)

        splitter.addWidget(self.session_list)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([260, 1000])  # the list is never narrower than its minimumSizeHint
        self._build_menus()

        sessions = session_store.list_sessions(self.db)
        if sessions:
            current = next((s for s in sessions if s.status == "open"), sessions[0])
            self.page.blockSignals(True)  # its `changed` would list the sessions a second time
            try:
                self.open_session(current.id)
            finally:
                self.page.blockSignals(False)
        self.session_list.set_sessions(sessions, self.page.session.id if self.page.session else None)
        # why saving refuses
        self.statusBar().showMessage(read_only_reason(db) or self.tr("Database: {path}").format(path=db_path))
        from coprod_app.ui.database_watch import DatabaseWatch

        self.database_watch = DatabaseWatch(self)  # an erase from a terminal leaves no words on this screen

    def check_database(self) -> None:
        """Check the file for damage in the thread pool (ui/app.py calls this once the window is up).

        A save made before it ends waits for it, so nothing is written to a damaged file.
        """
        from PySide6.QtCore import QCoreApplication

        from coprod_app.ui.common.tasks import run_task

        check = integrity_check(self.db)
        if check is None or self._integrity_task is not None:
            return
        self._integrity_task = run_task(
            lambda task: check.run(cancelled=task.cancelled), self._integrity_checked
        )
        QCoreApplication.instance().aboutToQuit.connect(self._stop_checking)

    def _stop_checking(self) -> None:
        """The app is closing: stop the check, or the thread pool would hold the exit until it ends."""
        if self._integrity_task is not None:
            self._integrity_task.cancel()

    def _integrity_checked(self, result: str | None, error: Exception | None) -> None:
        """A damaged file found after the window opened: say so once; saving already refuses."""
        if error is not None:  # IntegrityCheck.run reports its own failures; this would be a bug in it
            import logging

            logging.getLogger(__name__).error("the integrity check failed", exc_info=error)
        problem = result
        if problem is None:
            return
        self.integrity_problem = problem
        self.statusBar().showMessage(problem)
        from coprod_app.storage.backup import newest_good_backup

        backup = newest_good_backup(Path(self.db_path))
        if backup is not None:
            problem += "\n\n" + self.tr(
                "The newest good backup is {backup}: restore it with File ▸ Restore from a backup."
            ).format(backup=backup.name)
        # Plain text: the sentence names the file as it is called.
        box = plain_text.message_box(
            QMessageBox.Critical, self.tr("The database is damaged"), problem, QMessageBox.Ok, self
        )
        box.setObjectName("integrity_message")
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()  # does not block: the words in the box stay there to copy elsewhere

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu.setObjectName("menu_file")
        self.new_action = add_action(
            self.file_menu,
            self.tr("&New session…"),
            "action_new_session",
            self.new_session,
            parent=self,
            shortcut=QKeySequence.New,
        )
        add_action(
            self.file_menu,
            self.tr("New &participant code…"),
            "action_new_participant",
            self.page.new_participant,
            parent=self,
            shortcut="Ctrl+Shift+P",
        )
        self.file_menu.addSeparator()
        self.quit_action = add_action(
            self.file_menu,
            self.tr("&Quit"),
            "action_quit",
            self.close,
            parent=self,
            shortcut=QKeySequence.Quit,
        )

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("menu_edit")
        self.undo_action = add_action(
            edit_menu,
            self.tr("&Undo"),
            "action_undo",
            self.page.undo,
            parent=self,
            shortcut=QKeySequence.Undo,
        )
        self.redo_action = add_action(
            edit_menu,
            self.tr("&Redo"),
            "action_redo",
            self.page.redo,
            parent=self,
            shortcut="Ctrl+Shift+Z",
            more_shortcuts=("Ctrl+Y",),
        )

        install_all(self)  # the area menus (ui/menus/__init__.py's MENUS)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("menu_help")
        add_action(help_menu, self.tr("&About"), "action_about", self.about, parent=self)
        self._update_undo_actions()

    def _update_undo_actions(self) -> None:
        history = self.page.history
        self.undo_action.setEnabled(history.can_undo())
        self.redo_action.setEnabled(history.can_redo())
        self.undo_action.setText(
            self.tr("&Undo {step}").format(step=history.next_undo) if history.can_undo() else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {step}").format(step=history.next_redo) if history.can_redo() else self.tr("&Redo")
        )

    def reload_saved(self, forget_undo: bool = False) -> None:
        """Show what is saved now, after an erase, purge, restore or import changed the database.

        `forget_undo`: something was erased, so undo must not bring its words back.
        """
        if forget_undo:
            self.page.forget_history()
        if self.page.session is not None:
            try:
                self.page.refresh()
            except CoprodError:  # the open session was purged or is not in a restored backup
                self.close_session()
        self.refresh_sessions()

    def current_session_id(self) -> int | None:
        return self.page.session.id if self.page.session is not None else None

    def close_session(self) -> None:
        """No session open: the page lets go of it (and its words) and the empty page shows."""
        self.page.close_session()
        self.stack.setCurrentWidget(self.empty)
        self.refresh_sessions()

    def refresh_sessions(self) -> None:
        current = self.page.session.id if self.page.session else None
        self.session_list.set_sessions(session_store.list_sessions(self.db), current)

    def open_session(self, session_id: int) -> None:
        try:
            self.page.open_session(session_id)
        except CoprodError as exc:
            plain_text.warning(self, self.tr("Could not open the session"), str(exc))
            return
        self.stack.setCurrentWidget(self.page)  # the page's refresh (its `changed`) listed the sessions

    def new_session(self) -> None:
        from coprod_app.ui.capture.session_dialog import NewSessionDialog

        try:
            pack = current_pack(self.db)
        except CoprodError as exc:
            plain_text.warning(self, self.tr("No strategy pack"), str(exc))
            return
        dialog = NewSessionDialog(
            pack, lambda **fields: session_store.create_session(self.db, pack=pack, **fields), self
        )
        if dialog.exec() and dialog.session is not None:
            self.open_session(dialog.session.id)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About coprod-app"),
            self.tr(
                "coprod-app {version}\n\nRecord what children, young people and families say, let them vote, "
                'and answer them with "you said, we did". Works offline; nothing leaves this laptop '
                "unless you export it."
            ).format(version=__version__)
            + "\n\n"
            + SYMBOL_CREDIT,
        )
