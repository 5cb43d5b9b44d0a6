"""The sessions on this laptop, newest first; choosing one opens it for capture."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QListView, QPushButton, QVBoxLayout, QWidget

from coprod_app.domain.session import FORUM_LABELS, Session
from coprod_app.ui.accessibility import named
from coprod_app.ui.common.i18n import translate, views_count

# Named once: Qt asks data() for about eight roles of every row it lays out or paints, and a short
# name such as Qt.DisplayRole is found by searching every enum of the Qt namespace (about 15 µs).
TEXT_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole))
SESSION_ID = Qt.ItemDataRole.UserRole


class SessionsModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.sessions: list[Session] = []
        self._texts: list[str] = []

    def set_sessions(self, sessions: list[Session]) -> None:
        self.beginResetModel()
        self.sessions = sessions
        # Made once here: the view asks data() for every role of every row while laying out.
        self._texts = [self._text(s) for s in sessions]
        self.endResetModel()

    def _text(self, s: Session) -> str:
        closed = self.tr(" (closed)") if s.status == "closed" else ""
        return (
            f"{s.date}  {s.title}{closed}\n"
            f"{self.tr(FORUM_LABELS.get(s.forum, s.forum))}{' · ' + s.town if s.town else ''} · "
            + views_count(s.views)
            + ", "
            + translate("SessionsModel", "%n people", None, s.participants)
        )

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.sessions)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role in TEXT_ROLES:
            return self._texts[index.row()] if index.isValid() else None
        if role == SESSION_ID and index.isValid():
            return self.sessions[index.row()].id
        return None

    def row_of(self, session_id: int) -> int:
        return next((i for i, s in enumerate(self.sessions) if s.id == session_id), -1)


class SessionList(QWidget):
    session_chosen = Signal(int)
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SessionsModel(self)
        self.view = named(
            QListView(),
            "sessions_list",
            self.tr("Sessions"),
            self.tr("Choose a session to record views in it."),
        )
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSpacing(2)
        # Years of sessions: lay out the first screenful before the window paints, the rest just after.
        self.view.setLayoutMode(QListView.Batched)
        self.view.setBatchSize(40)
        self.view.selectionModel().currentChanged.connect(self._chosen)
        self.new_button = named(
            QPushButton(self.tr("New session… (Ctrl+N)")), "new_session", self.tr("New session")
        )
        self.new_button.clicked.connect(self.new_requested.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_button)
        layout.addWidget(self.view, 1)

    def minimumSizeHint(self):  # noqa: N802 (Qt's name)
        """At least 220 px, and never narrower than its button's words (they were cut at 200 % text)."""
        hint = super().minimumSizeHint()
        hint.setWidth(max(220, hint.width()))
        return hint

    def set_sessions(self, sessions: list[Session], current_id: int | None) -> None:
        self.view.selectionModel().blockSignals(True)
        self.model.set_sessions(sessions)
        row = self.model.row_of(current_id) if current_id is not None else -1
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        self.view.selectionModel().blockSignals(False)

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.session_chosen.emit(current.data(SESSION_ID))
