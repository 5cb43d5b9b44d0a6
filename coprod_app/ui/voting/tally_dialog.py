"""Enter votes counted on a paper dot-voting board or by a show of hands or cards."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain.bounds import MAX_TALLY_COUNT
from coprod_app.domain.errors import CoprodError
from coprod_app.domain.pack import Pack
from coprod_app.domain.session import GROUP_LABELS, GROUPS
from coprod_app.domain.voting import RATINGS, Round
from coprod_app.storage import votes as vote_store
from coprod_app.ui.accessibility import named
from coprod_app.ui.common.plain_text import plain_label
from coprod_app.ui.voting.cards import rating_words

if TYPE_CHECKING:
    from coprod_app.storage.database import AppDatabase


class TallyDialog(QDialog):
    """One count for one card; Save adds it to the round's results (one transaction)."""

    def __init__(self, db: AppDatabase, rnd: Round, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tally_dialog")
        self.setWindowTitle(self.tr("Paper or show-of-hands votes"))
        self.db, self.round = db, rnd
        self.saved_id: int | None = None
        intro = QLabel(self.tr("Count the dots or hands for one card, then save. Repeat for each card."))
        intro.setWordWrap(True)
        self.commitment = named(QComboBox(), "tally_commitment", self.tr("Card"))
        for key in rnd.commitments:
            c = pack.commitment(key)
            self.commitment.addItem(f"{key}: {c.easy_read or c.text}", key)
        self.count = named(QSpinBox(), "tally_count", self.tr("How many"))
        self.count.setRange(0, MAX_TALLY_COUNT)  # the tally rule's own range (domain/bounds.py)
        self.group = named(QComboBox(), "tally_group", self.tr("Group"))
        self.group.addItem(self.tr("Not recorded"), None)
        for g in GROUPS:
            self.group.addItem(GROUP_LABELS[g], g)
        self.rating = named(QComboBox(), "tally_rating", self.tr("Rating"))
        for r in RATINGS:
            self.rating.addItem(rating_words(self, r), r)
        self.problem = plain_label()  # an error sentence may quote the pack
        self.problem.setObjectName("tally_problem")
        self.problem.setStyleSheet("color: #A4161A; font-weight: bold;")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Card"), self.commitment)
        form.addRow(self.tr("&How many"), self.count)
        form.addRow(self.tr("&Group"), self.group)
        if rnd.method == "rating":
            form.addRow(self.tr("&Rating"), self.rating)
        else:
            self.rating.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setObjectName("tally_save")
        buttons.button(QDialogButtonBox.Save).setAccessibleName(self.tr("Save the count"))
        buttons.button(QDialogButtonBox.Cancel).setObjectName("tally_cancel")
        buttons.button(QDialogButtonBox.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.saved_id = vote_store.add_tally(
                self.db,
                self.round.id,
                self.commitment.currentData(),
                self.count.value(),
                self.group.currentData(),
                self.rating.currentData() if self.round.method == "rating" else None,
            )
        except CoprodError as exc:
            self.problem.setText(str(exc))
            return
        self.accept()
