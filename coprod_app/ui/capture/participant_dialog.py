"""A new anonymous participant: a code for their sticker, and only optional details."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout

from coprod_app.domain.errors import CoprodError
from coprod_app.domain.session import AGE_BANDS, GROUP_LABELS, GROUPS
from coprod_app.ui.accessibility import named, ok_cancel_buttons
from coprod_app.ui.common.plain_text import plain_label


class ParticipantDialog(QDialog):
    def __init__(self, towns: tuple[str, ...], create, parent=None, ask_demographics: bool = True) -> None:
        """`create(group=, age_band=, town=, quote_consent=)` saves and returns the participant.

        With `ask_demographics` off (a session setting), group, age band and town are not asked.
        """
        super().__init__(parent)
        self.setObjectName("participant_dialog")
        self.setWindowTitle(self.tr("New participant"))
        self._create = create
        self.participant = None

        self.group = named(QComboBox(), "participant_group", self.tr("Group (optional)"))
        self.group.addItem(self.tr("Not given"), None)
        for value in GROUPS:
            self.group.addItem(self.tr(GROUP_LABELS[value]), value)
        self.age_band = named(QComboBox(), "participant_age_band", self.tr("Age band (optional)"))
        self.age_band.addItem(self.tr("Not given"), None)
        for value in AGE_BANDS:
            self.age_band.addItem(value, value)
        self.town = named(QComboBox(), "participant_town", self.tr("Town (optional)"))
        self.town.setEditable(True)
        self.town.addItem("")
        self.town.addItems(list(towns))
        self.quote = named(
            QCheckBox(self.tr("They agree to be &quoted word for word in reports")),
            "participant_quote_consent",
            self.tr("Agrees to be quoted"),
        )
        self.error = plain_label()  # an error sentence may quote what was typed
        self.error.setWordWrap(True)

        form = QFormLayout()
        for text, widget in (
            (self.tr("&Group"), self.group),
            (self.tr("&Age band"), self.age_band),
            (self.tr("&Town"), self.town),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = ok_cancel_buttons(self, "participant_create", self.tr("Make code"), "participant_cancel")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("No names or birth dates: the app makes an anonymous code.")))
        if ask_demographics:
            layout.addLayout(form)
        else:
            for widget in (self.group, self.age_band, self.town):
                widget.setEnabled(False)
                widget.hide()
            layout.addWidget(QLabel(self.tr("This session does not note group, age band or town.")))
        layout.addWidget(self.quote)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.participant = self._create(
                group=self.group.currentData(),
                age_band=self.age_band.currentData(),
                town=self.town.currentText(),
                quote_consent=self.quote.isChecked(),
            )
        except CoprodError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
