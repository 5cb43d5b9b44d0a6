"""The Privacy menu: erase a participant, delete what is past its retention period, the
session's retention and optional questions, the privacy notice, and the passphrase lock."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
)

from coprod_app.domain.errors import CoprodError
from coprod_app.domain.privacy import MAX_RETENTION_MONTHS, describe_period
from coprod_app.storage import privacy as privacy_store
from coprod_app.storage.sessions import list_participants
from coprod_app.ui import plain_text
from coprod_app.ui.accessibility import named
from coprod_app.ui.lock import RemovePassphraseDialog, SetPassphraseDialog

logger = logging.getLogger(__name__)


def _tr(text: str) -> str:
    """Translated in this menu's own context, which pyside6-lupdate also uses."""
    return QCoreApplication.translate("PrivacyMenu", text)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


class EraseParticipantDialog(QDialog):
    """Choose a participant by code, see what will go, and confirm."""

    def __init__(self, db, session_id: int, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.session_id = session_id
        self.result_erasure = None
        self.setObjectName("erase_dialog")
        self.setWindowTitle(self.tr("Erase a participant"))
        self.code = named(QComboBox(), "erase_code", self.tr("Participant code"))
        for p in list_participants(db, session_id):
            self.code.addItem(p.code, p.code)
        self.code.currentIndexChanged.connect(self._describe)
        self.summary = plain_text.plain_label()  # codes and theme titles as typed, even from a bundle
        self.summary.setObjectName("erase_summary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.erase_button = named(
            self.buttons.button(QDialogButtonBox.Ok), "erase_confirm", self.tr("Erase for good")
        )
        self.erase_button.setText(self.tr("Erase for good"))
        self.erase_button.setDefault(False)
        self.erase_button.setAutoDefault(False)
        cancel = named(self.buttons.button(QDialogButtonBox.Cancel), "erase_cancel", self.tr("Cancel"))
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        label = QLabel(self.tr("&Code on their sticker:"))
        label.setBuddy(self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.code)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._describe()
        self.code.setFocus()

    def _describe(self) -> None:
        code = self.code.currentData()
        if not code:
            self.summary.setText(self.tr("This session has no participants."))
            self.erase_button.setEnabled(False)
            return
        counts = privacy_store.participant_footprint(self.db, self.session_id, code)
        text = self.tr(
            "This removes %s and %s from participant %s, and their details and consent. "
            "Their words are wiped from the database file. This cannot be undone."
        ) % (_plural(counts["views"], "view"), _plural(counts["votes"], "vote"), code)
        quoted = privacy_store.themes_quoting(self.db, self.session_id, code)
        if quoted:
            text += "\n\n" + self.tr(
                "These themes quote their words and keep them until you change them: %s"
            ) % (", ".join(title for _, title in quoted))
        self.summary.setText(text)
        self.erase_button.setEnabled(True)

    def accept(self) -> None:
        try:
            self.result_erasure = privacy_store.erase_participant(
                self.db, self.session_id, self.code.currentData()
            )
        except CoprodError as exc:
            self.summary.setText(str(exc))
            return
        super().accept()


class RetentionDialog(QDialog):
    """What is past its retention period, and a button to delete it after asking."""

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.result_purge = None
        self.setObjectName("retention_dialog")
        self.setWindowTitle(self.tr("Data past its retention period"))
        self.due, self.problems = privacy_store.sessions_due_and_problems(db)
        self.listing = named(QListWidget(), "retention_due_list", self.tr("Sessions due for deletion"))
        for s in self.due:
            self.listing.addItem(
                self.tr("%s  %s: %s and %s (kept until %s)")
                % (s.date, s.title, _plural(s.views, "view"), _plural(s.votes, "vote"), s.keep_until)
            )
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        named(self.buttons.button(QDialogButtonBox.Close), "retention_close", self.tr("Close"))
        self.purge_button = named(
            self.buttons.addButton(self.tr("Delete these sessions now…"), QDialogButtonBox.DestructiveRole),
            "retention_purge",
            self.tr("Delete these sessions now"),
        )
        self.purge_button.setEnabled(bool(self.due))
        self.purge_button.setAutoDefault(False)  # Enter must never delete
        self.buttons.button(QDialogButtonBox.Close).setDefault(True)
        self.purge_button.clicked.connect(self.confirm_purge)
        self.buttons.rejected.connect(self.reject)
        intro = (
            self.tr(
                "These sessions are past the time we said we would keep them. Deleting removes "
                "their participants, views and votes for good; themes and actions stay."
            )
            if self.due
            else self.tr("No session is past its retention period.")
        )
        for problem in self.problems:  # a bad value stops only that session, and it is named
            intro += "\n" + self.tr("Session %s (%s) is skipped: %s.") % (
                problem["session"], problem["title"], problem["problem"])
        text = plain_text.plain_label(intro)  # a skipped session is named by its title, as typed
        text.setObjectName("retention_intro")
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.listing)
        layout.addWidget(self.buttons)
        self.resize(640, 360)

    def confirm_purge(self) -> None:
        views, votes = sum(s.views for s in self.due), sum(s.votes for s in self.due)
        answer = QMessageBox.question(
            self,
            self.tr("Delete for good?"),
            self.tr("Delete %s with %s and %s for good? This cannot be undone.")
            % (_plural(len(self.due), "session"), _plural(views, "view"), _plural(votes, "vote")),
            QMessageBox.Yes | QMessageBox.Cancel,
            QMessageBox.Cancel,
        )
        if answer != QMessageBox.Yes:
            return
        self.do_purge()

    def do_purge(self) -> None:
        try:
            self.result_purge = privacy_store.purge(self.db)
        except CoprodError as exc:
            plain_text.warning(self, self.tr("Could not delete"), str(exc))
            return
        self.accept()


class PrivacyMenu:
    """Holds the actions so they can be enabled to match the open session."""

    def __init__(self, window) -> None:
        self.window = window
        self.last_message = ""  # the sentence the status bar showed after an erase or purge
        menu = window.menuBar().addMenu(_tr("P&rivacy"))
        menu.setObjectName("menu_privacy")
        self.menu = menu
        self.erase = self._add(
            _tr("&Erase a participant…"), "action_erase_participant", self.erase_participant
        )
        self.retention_due = self._add(
            _tr("&Data due for deletion…"), "action_retention_due", self.show_due
        )
        menu.addSeparator()
        self.retention = self._add(
            _tr("&Keep this session's data for…"), "action_set_retention", self.set_retention
        )
        self.demographics = self._add(
            _tr("&Ask for group, age band and town in this session"),
            "action_ask_demographics",
            self.toggle_demographics,
        )
        self.demographics.setCheckable(True)
        menu.addSeparator()
        self.notice = self._add(
            _tr("Show the privacy &notice"), "action_show_privacy_notice", self.show_notice
        )
        self.print_notice = self._add(
            _tr("&Print the privacy notice (PDF)…"), "action_print_privacy_notice", self.save_notice_pdf
        )
        self.contact = self._add(
            _tr("Contact shown on the notice…"), "action_privacy_contact", self.set_contact
        )
        menu.addSeparator()
        self.set_lock = self._add(_tr("Set passphrase &lock…"), "action_set_lock", self.set_passphrase)
        self.remove_lock = self._add(
            _tr("&Remove passphrase lock…"), "action_remove_lock", self.remove_passphrase
        )
        menu.aboutToShow.connect(self.update_actions)
        if hasattr(window.page, "changed"):  # a session opened, changed or closed
            window.page.changed.connect(self.update_actions)
        self.update_actions()

    def _add(self, text: str, name: str, slot) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda checked=False: slot())
        self.menu.addAction(action)
        return action

    @property
    def db(self):
        return self.window.db

    def _session_id(self) -> int | None:
        session = self.window.page.session
        return session.id if session is not None else None

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
            _tr("Change passphrase &lock…") if locked else _tr("Set passphrase &lock…")
        )
        self.remove_lock.setEnabled(locked)

    def _after_deletion(self) -> None:
        """Undo must not bring erased words back, and the screens must show what is saved."""
        # reload_saved finds out by itself whether the open session is gone.
        self.window.reload_saved(forget_undo=True)

    # Actions ---------------------------------------------------------------------

    def erase_participant(self) -> EraseParticipantDialog | None:
        session_id = self._session_id()
        if session_id is None:
            return None
        dialog = EraseParticipantDialog(self.db, session_id, self.window)
        if dialog.exec() and dialog.result_erasure is not None:
            e = dialog.result_erasure
            self._after_deletion()
            message = _tr("Erased participant %s: %s and %s removed.") % (
                e.code,
                _plural(e.views, "view"),
                _plural(e.votes, "vote"),
            )
            if not e.wiped:
                message += " " + _tr(
                    "Another program has the database open, so the words may still be "
                    "in the file until the next erase or purge."
                )
            backups = e.backups.sentence() if e.backups is not None else ""
            if backups:
                message += " " + backups
            self.last_message = message
            self.window.statusBar().showMessage(message)
        return dialog

    def show_due(self) -> None:
        dialog = RetentionDialog(self.db, self.window)
        if dialog.exec() and dialog.result_purge is not None:
            r = dialog.result_purge
            self._after_deletion()
            message = _tr("Deleted %s with %s and %s.") % (
                _plural(len(r.sessions), "session"), _plural(r.views, "view"), _plural(r.votes, "vote"))
            backups = r.backups.sentence("the deleted sessions") if r.backups is not None else ""
            if backups:
                message += " " + backups
            for problem in r.problems:
                message += " " + _tr("Session %s was skipped: %s.") % (problem["session"], problem["problem"])
            self.last_message = message
            self.window.statusBar().showMessage(message)

    def set_retention(self) -> None:
        session_id = self._session_id()
        if session_id is None:
            return
        months, ok = QInputDialog.getInt(
            self.window,
            _tr("Keep this session's data"),
            _tr(
                "Months to keep this session's data after its date\n(it is then due for deletion):"
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
            plain_text.warning(self.window, _tr("Not changed"), str(exc))
            return
        until = privacy_store.keep_until(self.db, session_id)
        if until is None:  # a date written by another tool that no period can be counted from
            message = _tr("This session is kept for %s, but its date cannot be counted from: %s.") % (
                describe_period(months), privacy_store.privacy_settings(self.db, session_id).get("problem", ""))
        else:
            message = _tr("This session is kept for %s, until %s.") % (describe_period(months), until)
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
                _tr("Stop asking for group, age band and town"),
                _tr("Also remove the group, age band and town already noted in this session?"),
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
            plain_text.warning(self.window, _tr("Not changed"), str(exc))
        self.window.page.refresh()
        self.update_actions()

    def _notice_settings(self) -> tuple[int, str]:
        session_id = self._session_id()
        months = privacy_store.retention_months(self.db, session_id) if session_id else 24
        return months, privacy_store.privacy_contact(self.db)

    def show_notice(self):
        from coprod_app.ui.privacy_notice import show_privacy_notice

        months, contact = self._notice_settings()
        return show_privacy_notice(self.window, months, contact)

    def save_notice_pdf(self, path: str | None = None) -> Path | None:
        from coprod_app.reports.privacy_notice import export_privacy_notice

        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                _tr("Save the privacy notice"),
                str(Path("exports") / "privacy-notice.pdf"),
                _tr("PDF files (*.pdf)"),
            )
            if not path:
                return None
        months, contact = self._notice_settings()
        try:
            saved = export_privacy_notice(path, months, contact)
        except CoprodError as exc:
            plain_text.warning(self.window, _tr("Could not save the notice"), str(exc))
            return None
        self.window.statusBar().showMessage(_tr("Saved the privacy notice to %s.") % saved)
        return saved

    def set_contact(self) -> None:
        text, ok = QInputDialog.getText(
            self.window,
            _tr("Contact on the privacy notice"),
            _tr("Who families can contact to ask for removal (a team name and phone or email):"),
            text=privacy_store.privacy_contact(self.db),
        )
        if ok:
            try:
                privacy_store.set_privacy_contact(self.db, text)
            except CoprodError as exc:
                plain_text.warning(self.window, _tr("Not changed"), str(exc))

    def set_passphrase(self) -> None:
        if SetPassphraseDialog(self.db, self.window).exec():
            self.window.statusBar().showMessage(_tr("The passphrase lock is set."))
        self.update_actions()

    def remove_passphrase(self) -> None:
        if RemovePassphraseDialog(self.db, self.window).exec():
            self.window.statusBar().showMessage(_tr("The passphrase lock is removed."))
        self.update_actions()


def install(window) -> None:
    window.privacy_menu = PrivacyMenu(window)
