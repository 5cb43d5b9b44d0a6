"""Start a vote round: the cards on the ballot (all, one priority, hand-picked), method and most choices."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain.errors import CoprodError
from coprod_app.domain.pack import Pack
from coprod_app.domain.voting import DEFAULT_MAX_CHOICES, METHOD_LABELS, METHODS, Round
from coprod_app.ui.accessibility import named, ok_cancel_buttons
from coprod_app.ui.common.i18n import translate
from coprod_app.ui.common.plain_text import plain_label


class NewRoundDialog(QDialog):
    def __init__(self, pack: Pack, create: Callable[..., Round], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_round_dialog")
        self.setWindowTitle(self.tr("New vote round"))
        self.pack = pack
        self.create = create
        self.round: Round | None = None
        total = len(pack.commitments)
        self.all_cards = named(
            QRadioButton(translate("NewRoundDialog", "All %n commitment(s)", None, total)),
            "round_all",
            self.tr("All commitments"),
        )
        self.one_priority = named(
            QRadioButton(self.tr("One priority's commitments")),
            "round_priority_only",
            self.tr("One priority's commitments"),
        )
        self.hand_picked = named(
            QRadioButton(self.tr("Commitments I pick")),
            "round_hand_picked",
            self.tr("Hand-picked commitments"),
        )
        self.all_cards.setChecked(True)
        self.which = QButtonGroup(self)
        for b in (self.all_cards, self.one_priority, self.hand_picked):
            self.which.addButton(b)
            b.toggled.connect(self._update)
        self.priority = named(QComboBox(), "round_priority", self.tr("Priority"))
        for p in pack.priorities:
            self.priority.addItem(p.title, p.key)
        self.cards = named(
            QListWidget(),
            "round_cards",
            self.tr("Commitments on the ballot"),
            self.tr("Space ticks a commitment."),
        )
        for c in pack.commitments:
            item = QListWidgetItem(f"{c.key}: {c.easy_read or c.text}")
            item.setData(Qt.UserRole, c.key)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            self.cards.addItem(item)
        self.method = named(QComboBox(), "round_method", self.tr("Method"))
        for m in METHODS:
            self.method.addItem(METHOD_LABELS[m], m)
        self.max_choices = named(QSpinBox(), "round_max", self.tr("Most cards one person may choose"))
        self.max_choices.setRange(1, total)
        self.max_choices.setValue(DEFAULT_MAX_CHOICES)
        self.method.currentIndexChanged.connect(self._update)
        self.problem = plain_label()  # an error sentence may quote the pack
        self.problem.setObjectName("round_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #A4161A; font-weight: bold;")

        form = QFormLayout()
        form.addRow(self.tr("&Method"), self.method)
        form.addRow(self.tr("Most c&hoices"), self.max_choices)
        form.addRow(self.tr("&Priority"), self.priority)
        buttons = ok_cancel_buttons(self, "round_ok", self.tr("Start round"), "round_cancel", on_ok=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Cards on the ballot:")))
        for b in (self.all_cards, self.one_priority, self.hand_picked):
            layout.addWidget(b)
        layout.addLayout(form)
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self._update()

    def _update(self) -> None:
        self.priority.setEnabled(self.one_priority.isChecked())
        self.cards.setEnabled(self.hand_picked.isChecked())
        self.max_choices.setEnabled(self.method.currentData() != "rating")

    def chosen_keys(self) -> list[str] | None:
        if self.one_priority.isChecked():
            return [c.key for c in self.pack.priority(self.priority.currentData()).commitments]
        if self.hand_picked.isChecked():
            return [
                self.cards.item(i).data(Qt.UserRole)
                for i in range(self.cards.count())
                if self.cards.item(i).checkState() == Qt.Checked
            ]
        return None

    def save(self) -> None:
        keys = self.chosen_keys()
        if keys is not None and not keys:
            self.problem.setText(self.tr("Tick at least one commitment for the ballot."))
            return
        size = len(keys) if keys else len(self.pack.commitments)
        max_choices = min(self.max_choices.value(), size)
        try:
            self.round = self.create(
                method=self.method.currentData(), max_choices=max_choices, commitments=keys
            )
        except CoprodError as exc:
            self.problem.setText(str(exc))
            return
        self.accept()
