"""Privacy → Data past its retention period…: what is due, and deleting it after asking."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QMessageBox, QVBoxLayout

from coprod_app.domain.errors import CoprodError
from coprod_app.storage import privacy as privacy_store
from coprod_app.ui.accessibility import named
from coprod_app.ui.common import plain_text
from coprod_app.ui.common.i18n import sessions_count, views_count, votes_count


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
                self.tr("{date}  {title}: {views} and {votes} (kept until {until})").format(
                    date=s.date,
                    title=s.title,
                    views=views_count(s.views),
                    votes=votes_count(s.votes),
                    until=s.keep_until,
                )
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
            intro += "\n" + self.tr("Session {session} ({title}) is skipped: {problem}.").format(
                session=problem["session"], title=problem["title"], problem=problem["problem"]
            )
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
            self.tr("Delete {sessions} with {views} and {votes} for good? This cannot be undone.").format(
                sessions=sessions_count(len(self.due)), views=views_count(views), votes=votes_count(votes)
            ),
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
