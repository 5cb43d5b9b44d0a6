"""The Officer menu: themes and actions, exports (PDF and CSV), and "Last time you said…"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from coprod_app.domain.errors import CoprodError
from coprod_app.ui.common import plain_text


def _tr(text: str) -> str:
    """Translated in this menu's own context, which pyside6-lupdate also uses."""
    return QCoreApplication.translate("OfficerMenu", text)


def install(window) -> None:
    menu = window.menuBar().addMenu(_tr("&Officer"))
    officer = OfficerMenu(window)
    window.officer_menu = officer
    for text, name, shortcut, slot in (
        (_tr("&Themes and actions…"), "action_themes", "Ctrl+Shift+T", officer.themes),
        (_tr("&Export officer report (PDF)…"), "action_export_officer", "Ctrl+Shift+E",
         lambda: officer.export("officer")),
        (_tr("Export &easy read (PDF)…"), "action_export_easy_read", None, lambda: officer.export("easy-read")),
        (_tr("Export summary &across sessions (PDF)…"), "action_export_annual", None,
         lambda: officer.export("annual")),
        (_tr("Export &CSV…"), "action_export_csv", None, lambda: officer.export("csv")),
        (_tr("&Last time you said…"), "action_last_time", "Ctrl+Shift+L", officer.last_time),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        if name == "action_themes":
            menu.addSeparator()
        if name == "action_export_csv":
            menu.addSeparator()


class OfficerMenu:
    def __init__(self, window) -> None:
        self.window = window
        self.dialogs: list = []  # kept alive while open
        self.viewer = None

    def _session_id(self, needed: bool = True) -> int | None:
        page = getattr(self.window, "page", None)
        session = getattr(page, "session", None)
        if session is None and needed:
            plain_text.information(self.window, _tr("No session open"),
                                   _tr("Open a session first."))
        return session.id if session is not None else None

    def themes(self) -> None:
        from coprod_app.ui.officer.themes_editor import ActionsEditor

        session_id = self._session_id()
        if session_id is None:
            return
        try:
            dialog = ActionsEditor(self.window.db, session_id, self.window)
        except CoprodError as exc:
            plain_text.warning(self.window, _tr("Themes and actions"), str(exc))
            return
        dialog.exec()

    def export(self, kind: str) -> None:
        from coprod_app.ui.officer.export_dialog import ExportDialog

        session_id = self._session_id(needed=kind in ("officer", "easy-read"))
        if session_id is None and kind in ("officer", "easy-read"):
            return
        dialog = ExportDialog(self.window.db, session_id, kind, self.window)
        dialog.finished.connect(lambda _result, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None)
        self.dialogs.append(dialog)
        dialog.show()

    def last_time(self) -> None:
        from coprod_app.ui.officer.last_time import open_last_time

        session_id = self._session_id()
        if session_id is None:
            return
        try:
            self.viewer = open_last_time(self.window.db, session_id)
        except CoprodError as exc:
            plain_text.warning(self.window, _tr("Last time you said"), str(exc))
