"""The Officer menu: themes and actions, exports (PDF and CSV), and "Last time you said…"."""

from __future__ import annotations

from coprod_app.domain.errors import CoprodError
from coprod_app.ui.common import plain_text
from coprod_app.ui.common.i18n import translate
from coprod_app.ui.menus._actions import MenuWindow, add_action


def install(window: MenuWindow) -> None:
    window.officer_menu = OfficerMenu(window)


class OfficerMenu:
    def __init__(self, window: MenuWindow) -> None:
        self.window = window
        self.dialogs: list = []  # kept alive while open
        self.viewer = None
        menu = window.menuBar().addMenu(translate("OfficerMenu", "&Officer"))
        menu.setObjectName("menu_officer")
        self.menu = menu
        add_action(
            menu,
            translate("OfficerMenu", "&Themes and actions…"),
            "action_themes",
            self.themes,
            parent=window,
            shortcut="Ctrl+Shift+T",
        )
        menu.addSeparator()
        add_action(
            menu,
            translate("OfficerMenu", "&Export officer report (PDF)…"),
            "action_export_officer",
            lambda: self.export("officer"),
            parent=window,
            shortcut="Ctrl+Shift+E",
        )
        add_action(
            menu,
            translate("OfficerMenu", "Export &easy read (PDF)…"),
            "action_export_easy_read",
            lambda: self.export("easy-read"),
            parent=window,
        )
        add_action(
            menu,
            translate("OfficerMenu", "Export summary &across sessions (PDF)…"),
            "action_export_annual",
            lambda: self.export("annual"),
            parent=window,
        )
        add_action(
            menu,
            translate("OfficerMenu", "Export &CSV…"),
            "action_export_csv",
            lambda: self.export("csv"),
            parent=window,
        )
        menu.addSeparator()
        add_action(
            menu,
            translate("OfficerMenu", "Officer report on &screen…"),
            "action_report_on_screen",
            lambda: self.report_on_screen("officer"),
            parent=window,
        )
        add_action(
            menu,
            translate("OfficerMenu", "Annual summar&y on screen…"),
            "action_annual_on_screen",
            lambda: self.report_on_screen("annual"),
            parent=window,
        )
        menu.addSeparator()
        add_action(
            menu,
            translate("OfficerMenu", "&Last time you said…"),
            "action_last_time",
            self.last_time,
            parent=window,
            shortcut="Ctrl+Shift+L",
        )

    def _session_id(self, needed: bool = True) -> int | None:
        session_id = self.window.current_session_id()
        if session_id is None and needed:
            plain_text.information(
                self.window,
                translate("OfficerMenu", "No session open"),
                translate("OfficerMenu", "Open a session first."),
            )
        return session_id

    def themes(self) -> None:
        from coprod_app.ui.officer.themes_editor import ActionsEditor

        session_id = self._session_id()
        if session_id is None:
            return
        try:
            dialog = ActionsEditor(self.window.db, session_id, self.window)
        except CoprodError as exc:
            plain_text.warning(self.window, translate("OfficerMenu", "Themes and actions"), str(exc))
            return
        dialog.exec()

    def export(self, kind: str) -> None:
        from coprod_app.ui.officer.export_dialog import ExportDialog

        session_id = self._session_id(needed=kind in ("officer", "easy-read"))
        if session_id is None and kind in ("officer", "easy-read"):
            return
        dialog = ExportDialog(self.window.db, session_id, kind, self.window)
        dialog.finished.connect(
            lambda _result, d=dialog: self.dialogs.remove(d) if d in self.dialogs else None
        )
        self.dialogs.append(dialog)
        dialog.show()

    def report_on_screen(self, kind: str) -> None:
        """The officer report of the open session, or the annual summary, in a window of its own."""
        from coprod_app.ui.officer.report_view import ReportView

        session_id = self._session_id(needed=kind == "officer")
        if session_id is None and kind == "officer":
            return
        from coprod_app.ui.view_settings import load_view_settings, palette_of

        focus = palette_of(load_view_settings(self.window.db)).focus
        view = ReportView(self.window.db.path, kind, session_id, self.window, focus_colour=focus)
        view.destroyed.connect(lambda *_a, v=view: self.dialogs.remove(v) if v in self.dialogs else None)
        self.dialogs.append(view)
        view.show()

    def last_time(self) -> None:
        from coprod_app.ui.officer.last_time import open_last_time

        session_id = self._session_id()
        if session_id is None:
            return
        try:
            self.viewer = open_last_time(self.window.db, session_id)
        except CoprodError as exc:
            plain_text.warning(self.window, translate("OfficerMenu", "Last time you said"), str(exc))
