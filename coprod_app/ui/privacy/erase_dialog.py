"""Privacy → Erase a participant…: choose a code, see what will go, confirm."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from coprod_app.domain.errors import CoprodError
from coprod_app.storage import privacy as privacy_store
from coprod_app.storage.sessions import list_participants
from coprod_app.ui.accessibility import named
from coprod_app.ui.common import plain_text
from coprod_app.ui.common.i18n import views_count, votes_count


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
            "This removes {views} and {votes} from participant {code}, and their details and consent. "
            "Their words are wiped from the database file. This cannot be undone."
        ).format(views=views_count(counts["views"]), votes=votes_count(counts["votes"]), code=code)
        quoted = privacy_store.themes_quoting(self.db, self.session_id, code)
        if quoted:
            text += "\n\n" + self.tr(
                "These themes quote their words and keep them until you change them: {themes}"
            ).format(themes=", ".join(title for _, title in quoted))
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
