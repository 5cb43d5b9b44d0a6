"""The Privacy menu: erase a participant, delete what is past its retention period, the
session's retention and optional questions, the privacy notice, and the passphrase lock."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMessageBox,
)

from coprod_app.domain.errors import CoprodError
from coprod_app.domain.privacy import MAX_RETENTION_MONTHS, describe_period
from coprod_app.storage import privacy as privacy_store
from coprod_app.ui.common import plain_text
from coprod_app.ui.common.i18n import sessions_count, translate, views_count, votes_count
from coprod_app.ui.menus._actions import MenuWindow, add_action

if TYPE_CHECKING:
    from coprod_app.ui.privacy.erase_dialog import EraseParticipantDialog

logger = logging.getLogger(__name__)


class PrivacyMenu:
    """Holds the actions so they can be enabled to match the open session."""

    def __init__(self, window: MenuWindow) -> None:
        self.window = window
        self.last_message = ""  # the sentence the status bar showed after an erase or purge
        menu = window.menuBar().addMenu(translate("PrivacyMenu", "P&rivacy"))
        menu.setObjectName("menu_privacy")
        self.menu = menu
        self.erase = self._add(
            translate("PrivacyMenu", "&Erase a participant…"),
            "action_erase_participant",
            self.erase_participant,
        )
        self.retention_due = self._add(
            translate("PrivacyMenu", "&Data due for deletion…"), "action_retention_due", self.show_due
        )
        menu.addSeparator()
        self.retention = self._add(
            translate("PrivacyMenu", "&Keep this session's data for…"),
            "action_set_retention",
            self.set_retention,
        )
        self.demographics = self._add(
            translate("PrivacyMenu", "&Ask for group, age band and town in this session"),
            "action_ask_demographics",
            self.toggle_demographics,
        )
        self.demographics.setCheckable(True)
        menu.addSeparator()
        self.notice = self._add(
            translate("PrivacyMenu", "Show the privacy &notice"),
            "action_show_privacy_notice",
            self.show_notice,
        )
        self.print_notice = self._add(
            translate("PrivacyMenu", "&Print the privacy notice (PDF)…"),
            "action_print_privacy_notice",
            self.save_notice_pdf,
        )
        self.contact = self._add(
            translate("PrivacyMenu", "Contact shown on the notice…"),
            "action_privacy_contact",
            self.set_contact,
        )
        menu.addSeparator()
        self.set_lock = self._add(
            translate("PrivacyMenu", "Set passphrase &lock…"), "action_set_lock", self.set_passphrase
        )
        self.remove_lock = self._add(
            translate("PrivacyMenu", "&Remove passphrase lock…"), "action_remove_lock", self.remove_passphrase
        )
        menu.aboutToShow.connect(self.update_actions)
        window.page.changed.connect(self.update_actions)  # a session opened, changed or closed
        self.update_actions()

    def _add(self, text: str, name: str, slot) -> QAction:
        return add_action(self.menu, text, name, slot, parent=self.window)

    @property
    def db(self):
        return self.window.db

    def _session_id(self) -> int | None:
        return self.window.current_session_id()

    def update_actions(self) -> None:
        session_id = self._session_id()
        for action in (self.erase, self.retention, self.demographics):
            action.setEnabled(session_id is not None)
        if session_id is not None:
            try:
                self.demographics.setChecked(privacy_store.asks_demographics(self.db, session_id))
            except CoprodError:
                self.demographics.setChecked(False)
        locked = privacy_store.has_passphrase(self.db)
        self.set_lock.setText(
            translate("PrivacyMenu", "Change passphrase &lock…")
            if locked
            else translate("PrivacyMenu", "Set passphrase &lock…")
        )
        self.remove_lock.setEnabled(locked)

    def _after_deletion(self) -> None:
        """Undo must not bring erased words back, and the screens must show what is saved."""
        # reload_saved finds out by itself whether the open session is gone.
        self.window.reload_saved(forget_undo=True)

    # Actions ---------------------------------------------------------------------

    # Each dialog's module is imported when it is first opened: the window's start does not build them.

    def erase_participant(self) -> EraseParticipantDialog | None:
        from coprod_app.ui.privacy.erase_dialog import EraseParticipantDialog

        session_id = self._session_id()
        if session_id is None:
            return None
        dialog = EraseParticipantDialog(self.db, session_id, self.window)
        if dialog.exec() and dialog.result_erasure is not None:
            e = dialog.result_erasure
            self._after_deletion()
            message = translate(
                "PrivacyMenu", "Erased participant {code}: {views} and {votes} removed."
            ).format(code=e.code, views=views_count(e.views), votes=votes_count(e.votes))
            if not e.wiped:
                message += " " + translate(
                    "PrivacyMenu",
                    "Another program has the database open, so the words may still be "
                    "in the file until the next erase or purge.",
                )
            backups = e.backups.sentence() if e.backups is not None else ""
            if backups:
                message += " " + backups
            self.last_message = message
            self.window.statusBar().showMessage(message)
        return dialog

    def show_due(self) -> None:
        from coprod_app.ui.privacy.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.db, self.window)
        if dialog.exec() and dialog.result_purge is not None:
            r = dialog.result_purge
            self._after_deletion()
            message = translate("PrivacyMenu", "Deleted {sessions} with {views} and {votes}.").format(
                sessions=sessions_count(len(r.sessions)),
                views=views_count(r.views),
                votes=votes_count(r.votes),
            )
            backups = r.backups.sentence("the deleted sessions") if r.backups is not None else ""
            if backups:
                message += " " + backups
            for problem in r.problems:
                message += " " + translate("PrivacyMenu", "Session {session} was skipped: {problem}.").format(
                    session=problem["session"], problem=problem["problem"]
                )
            self.last_message = message
            self.window.statusBar().showMessage(message)

    def set_retention(self) -> None:
        session_id = self._session_id()
        if session_id is None:
            return
        months, ok = QInputDialog.getInt(
            self.window,
            translate("PrivacyMenu", "Keep this session's data"),
            translate(
                "PrivacyMenu",
                "Months to keep this session's data after its date\n(it is then due for deletion):",
            ),
            privacy_store.retention_months(self.db, session_id),
            1,
            MAX_RETENTION_MONTHS,
        )
        if not ok:
            return
        try:
            privacy_store.set_retention_months(self.db, session_id, months)
        except CoprodError as exc:
            plain_text.warning(self.window, translate("PrivacyMenu", "Not changed"), str(exc))
            return
        until = privacy_store.keep_until(self.db, session_id)
        if until is None:  # a date written by another tool that no period can be counted from
            message = translate(
                "PrivacyMenu",
                "This session is kept for {period}, but its date cannot be counted from: {problem}.",
            ).format(
                period=describe_period(months),
                problem=privacy_store.privacy_settings(self.db, session_id).get("problem", ""),
            )
        else:
            message = translate("PrivacyMenu", "This session is kept for {period}, until {until}.").format(
                period=describe_period(months), until=until
            )
        self.window.statusBar().showMessage(message)

    def toggle_demographics(self) -> None:
        session_id = self._session_id()
        if session_id is None:
            return
        ask = self.demographics.isChecked()
        clear = False
        if not ask:
            answer = QMessageBox.question(
                self.window,
                translate("PrivacyMenu", "Stop asking for group, age band and town"),
                translate(
                    "PrivacyMenu", "Also remove the group, age band and town already noted in this session?"
                ),
                QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel,
                QMessageBox.No,
            )
            if answer == QMessageBox.Cancel:
                self.demographics.setChecked(True)
                return
            clear = answer == QMessageBox.Yes
        try:
            privacy_store.set_ask_demographics(self.db, session_id, ask, clear_existing=clear)
        except CoprodError as exc:
            plain_text.warning(self.window, translate("PrivacyMenu", "Not changed"), str(exc))
        self.window.page.refresh()
        self.update_actions()

    def _notice_settings(self) -> tuple[int, str]:
        session_id = self._session_id()
        months = privacy_store.retention_months(self.db, session_id) if session_id else 24
        return months, privacy_store.privacy_contact(self.db)

    def show_notice(self):
        from coprod_app.ui.privacy.notice_screen import show_privacy_notice

        months, contact = self._notice_settings()
        return show_privacy_notice(self.window, months, contact)

    def save_notice_pdf(self, path: str | None = None) -> Path | None:
        from coprod_app.reports.privacy_notice import export_privacy_notice

        if path is None:
            from coprod_app.locations import make_exports_folder

            path, _ = QFileDialog.getSaveFileName(
                self.window,
                translate("PrivacyMenu", "Save the privacy notice"),
                str(make_exports_folder() / "privacy-notice.pdf"),
                translate("PrivacyMenu", "PDF files (*.pdf)"),
            )
            if not path:
                return None
        months, contact = self._notice_settings()
        try:
            saved = export_privacy_notice(path, months, contact)
        except CoprodError as exc:
            plain_text.warning(self.window, translate("PrivacyMenu", "Could not save the notice"), str(exc))
            return None
        self.window.statusBar().showMessage(
            translate("PrivacyMenu", "Saved the privacy notice to {path}.").format(path=saved)
        )
        return saved

    def set_contact(self) -> None:
        text, ok = QInputDialog.getText(
            self.window,
            translate("PrivacyMenu", "Contact on the privacy notice"),
            translate(
                "PrivacyMenu", "Who families can contact to ask for removal (a team name and phone or email):"
            ),
            text=privacy_store.privacy_contact(self.db),
        )
        if ok:
            try:
                privacy_store.set_privacy_contact(self.db, text)
            except CoprodError as exc:
                plain_text.warning(self.window, translate("PrivacyMenu", "Not changed"), str(exc))

    def set_passphrase(self) -> None:
        from coprod_app.ui.privacy.passphrase_lock import SetPassphraseDialog

        if SetPassphraseDialog(self.db, self.window).exec():
            self.window.statusBar().showMessage(translate("PrivacyMenu", "The passphrase lock is set."))
        self.update_actions()

    def remove_passphrase(self) -> None:
        from coprod_app.ui.privacy.passphrase_lock import RemovePassphraseDialog

        if RemovePassphraseDialog(self.db, self.window).exec():
            self.window.statusBar().showMessage(translate("PrivacyMenu", "The passphrase lock is removed."))
        self.update_actions()


def install(window: MenuWindow) -> None:
    window.privacy_menu = PrivacyMenu(window)
