"""The optional passphrase lock on opening the app, and the dialogs that set or remove it.

The lock is a gate on the window, not encryption: the database file itself is
readable by anyone who can read the file (see docs/privacy.md). Only a salted
scrypt hash of the passphrase is stored, in the database's meta table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain.errors import CoprodError
from coprod_app.storage import privacy as privacy_store
from coprod_app.ui.accessibility import named, ok_cancel_buttons
from coprod_app.ui.common.i18n import translate
from coprod_app.ui.common.plain_text import plain_label

if TYPE_CHECKING:
    from coprod_app.storage.database import AppDatabase

MAX_ATTEMPTS = 5


def _password_box(name: str, accessible: str) -> QLineEdit:
    box = named(QLineEdit(), name, accessible)
    box.setEchoMode(QLineEdit.Password)
    box.setMinimumWidth(280)
    return box


class UnlockDialog(QDialog):
    """Asks for the passphrase; after MAX_ATTEMPTS wrong ones it closes and the app does not open."""

    def __init__(self, db: AppDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.attempts = 0
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(self.tr("coprod-app is locked"))
        self.passphrase = _password_box("unlock_passphrase", self.tr("Passphrase"))
        self.message = plain_label()  # a saving error names the database file
        self.message.setObjectName("unlock_message")
        self.message.setWordWrap(True)
        buttons = ok_cancel_buttons(
            self, "unlock_ok", self.tr("Open"), "unlock_cancel", cancel_text=self.tr("Quit")
        )
        label = QLabel(self.tr("Type the passphrase to open the app."))
        label.setBuddy(self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.passphrase.setFocus()

    def accept(self) -> None:
        if privacy_store.unlock(self.db, self.passphrase.text()):
            self.passphrase.clear()
            super().accept()
            return
        self.attempts += 1
        self.passphrase.clear()
        left = MAX_ATTEMPTS - self.attempts
        if left <= 0:
            self.reject()
            return
        self.message.setText(
            translate("UnlockDialog", "That passphrase is not right. %n tries left.", None, left)
        )
        self.passphrase.setFocus()


def require_unlock(db: AppDatabase, parent: QWidget | None = None) -> bool:
    """True when the app may open: no lock is set, or the right passphrase was typed."""
    if not privacy_store.has_passphrase(db):
        return True
    return UnlockDialog(db, parent).exec() == QDialog.Accepted


class SetPassphraseDialog(QDialog):
    """Set or change the lock: the current passphrase (if any), the new one twice."""

    def __init__(self, db: AppDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("set_passphrase_dialog")
        self.setWindowTitle(self.tr("Passphrase lock"))
        self.current = _password_box("lock_current", self.tr("Current passphrase"))
        self.new = _password_box("lock_new", self.tr("New passphrase"))
        self.repeat = _password_box("lock_repeat", self.tr("New passphrase again"))
        self.message = plain_label()  # a saving error names the database file
        self.message.setObjectName("lock_message")
        self.message.setWordWrap(True)
        form = QFormLayout()
        locked = privacy_store.has_passphrase(db)
        if locked:
            form.addRow(self.tr("&Current passphrase"), self.current)
        form.addRow(self.tr("&New passphrase"), self.new)
        form.addRow(self.tr("&Again"), self.repeat)
        buttons = ok_cancel_buttons(self, "lock_save", self.tr("Set the lock"), "lock_cancel")
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The app will ask for this passphrase when it opens. It stops someone opening the "
                    "app on a shared laptop; it does not encrypt the file. Use disk encryption "
                    "(BitLocker, FileVault) too."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.current if locked else self.new).setFocus()

    def accept(self) -> None:
        try:
            privacy_store.set_passphrase(self.db, self.new.text(), self.repeat.text(), self.current.text())
        except CoprodError as exc:
            self.message.setText(str(exc))
            return
        finally:
            for box in (self.current, self.new, self.repeat):
                box.clear()
        super().accept()


class RemovePassphraseDialog(QDialog):
    def __init__(self, db: AppDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("remove_passphrase_dialog")
        self.setWindowTitle(self.tr("Remove the passphrase lock"))
        self.current = _password_box("unlock_current", self.tr("Current passphrase"))
        self.message = plain_label()  # a saving error names the database file
        self.message.setObjectName("remove_lock_message")
        self.message.setWordWrap(True)
        buttons = ok_cancel_buttons(self, "remove_lock_ok", self.tr("Remove the lock"), "remove_lock_cancel")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Type the current passphrase to remove the lock.")))
        layout.addWidget(self.current)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            privacy_store.remove_passphrase(self.db, self.current.text())
        except CoprodError as exc:
            self.message.setText(str(exc))
            self.current.clear()
            return
        super().accept()
