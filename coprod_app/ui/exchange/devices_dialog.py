"""File → Laptops I trust…: this laptop's fingerprint, large, and the laptops whose bundles it accepts.

Trusting is done once per laptop, by people comparing two screens: the fingerprint shown here
on the facilitator's laptop is typed into this same dialog on the officer's laptop. Names come
from people and from bundles, so every one is shown as plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain.errors import CoprodError
from coprod_app.storage import devices
from coprod_app.ui.accessibility import named
from coprod_app.ui.common import plain_text

if TYPE_CHECKING:
    from coprod_app.storage.database import AppDatabase


class DevicesDialog(QDialog):
    """This laptop's fingerprint and name, the trusted laptops, and a box to trust one more."""

    def __init__(self, db: AppDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("devices_dialog")
        self.setWindowTitle(self.tr("Laptops I trust"))
        self.last_message = ""

        mine = QGroupBox(self.tr("This laptop"))
        intro = plain_text.plain_label(
            self.tr(
                "Bundles this laptop exports are signed with its own key. To import them, the officer's laptop "
                "trusts this fingerprint once: read it out, or show this screen beside theirs."
            )
        )
        intro.setWordWrap(True)
        self.fingerprint = named(
            plain_text.plain_label(), "this_fingerprint", self.tr("This laptop's fingerprint")
        )
        big = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        big.setPointSizeF(max(big.pointSizeF(), 10) * 2.2)
        big.setWeight(QFont.Bold)
        self.fingerprint.setFont(big)
        # Keyboard users reach it with Tab (and a screen reader reads it); the text can be copied.
        self.fingerprint.setTextInteractionFlags(Qt.TextSelectableByKeyboard | Qt.TextSelectableByMouse)
        self.fingerprint.setFocusPolicy(Qt.StrongFocus)
        self.name = named(QLineEdit(), "this_name", self.tr("This laptop's name"))
        self.name.setMaxLength(200)
        self.rename_button = named(
            QPushButton(self.tr("&Rename")), "rename_this_laptop", self.tr("Rename this laptop")
        )
        self.rename_button.clicked.connect(self.rename)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.rename_button)
        mine_form = QFormLayout(mine)
        mine_form.addRow(intro)
        mine_form.addRow(self.tr("Fingerprint"), self.fingerprint)
        name_label = QLabel(
            self.tr("&Name")
        )  # a row holding a layout gets no buddy, so the label is made here
        name_label.setBuddy(self.name)
        mine_form.addRow(name_label, name_row)

        others = QGroupBox(self.tr("Laptops whose bundles this laptop accepts"))
        self.table = named(QTableWidget(0, 3), "trusted_list", self.tr("Trusted laptops"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Fingerprint"), self.tr("Trusted since")]
        )
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setSelectionMode(QTableWidget.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.forget_button = named(
            QPushButton(self.tr("&Forget the chosen laptop…")),
            "forget_laptop",
            self.tr("Stop trusting the chosen laptop"),
        )
        self.forget_button.clicked.connect(self.forget_chosen)
        others_layout = QVBoxLayout(others)
        others_layout.addWidget(self.table)
        others_layout.addWidget(self.forget_button, 0, Qt.AlignLeft)

        add = QGroupBox(self.tr("Trust another laptop"))
        how = plain_text.plain_label(
            self.tr(
                "On the other laptop open File → Laptops I trust… (or run 'coprod-app device show'), then type the "
                "fingerprint it shows. Compare every letter: only trust a fingerprint you read on that laptop's "
                "own screen."
            )
        )
        how.setWordWrap(True)
        self.typed = named(QLineEdit(), "trust_fingerprint", self.tr("Fingerprint of the laptop to trust"))
        self.typed.setPlaceholderText("ABCD-EFGH-IJKL-MNOP")
        self.typed.setMaxLength(60)
        self.typed_name = named(QLineEdit(), "trust_name", self.tr("Name of the laptop to trust (optional)"))
        self.typed_name.setPlaceholderText(self.tr("for example Table two"))
        self.typed_name.setMaxLength(200)
        self.trust_button = named(
            QPushButton(self.tr("&Trust this laptop")),
            "trust_button",
            self.tr("Trust the laptop with this fingerprint"),
        )
        self.trust_button.clicked.connect(self.trust_typed)
        self.typed.returnPressed.connect(self.trust_typed)
        self.typed_name.returnPressed.connect(self.trust_typed)
        add_form = QFormLayout(add)
        add_form.addRow(how)
        add_form.addRow(self.tr("F&ingerprint"), self.typed)
        add_form.addRow(self.tr("Na&me (optional)"), self.typed_name)
        add_form.addRow("", self.trust_button)

        self.message = named(plain_text.plain_label(), "devices_message", self.tr("What happened"))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        close = named(buttons.button(QDialogButtonBox.Close), "devices_close", self.tr("Close"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(mine)
        layout.addWidget(others, 1)
        layout.addWidget(add)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for button in (self.rename_button, self.forget_button, self.trust_button):
            button.setAutoDefault(False)  # Enter in a text box acts on that box, not on the first button
        self.resize(720, 640)
        self.refresh()
        self.typed.setFocus()

    # What it shows -----------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            me = devices.this_device(self.db)  # made here on first use, like the first export
            trusted = devices.trusted_devices(self.db)
        except CoprodError as exc:
            self.say(str(exc), problem=True)
            return
        self.fingerprint.setText(me.fingerprint)
        self.name.setText(me.name)
        self.table.setRowCount(len(trusted))
        for row, laptop in enumerate(trusted):
            for column, text in enumerate(
                (
                    laptop.name or self.tr("(named by its first bundle)"),
                    laptop.fingerprint,
                    laptop.trusted_at[:10],
                )
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, laptop.fingerprint)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.forget_button.setEnabled(bool(trusted))

    def say(self, text: str, problem: bool = False) -> None:
        self.last_message = text
        self.message.setText(text)
        self.message.setStyleSheet("color: #A4161A; font-weight: bold;" if problem else "")

    # What it does ------------------------------------------------------------------------------

    def trust_typed(self) -> bool:
        """Trust the fingerprint in the box; True when the laptop is (now or already) trusted."""
        try:
            laptop, added = devices.trust_device(self.db, self.typed.text(), self.typed_name.text() or None)
        except CoprodError as exc:
            self.say(str(exc), problem=True)
            self.typed.setFocus()
            return False
        shown = devices.display(laptop.name, laptop.fingerprint)
        if laptop.fingerprint == devices.this_device(self.db).fingerprint:
            self.say(
                self.tr(
                    "{fingerprint} is this laptop's own fingerprint; its own bundles are always "
                    "accepted here."
                ).format(fingerprint=laptop.fingerprint)
            )
        elif added:
            self.say(self.tr("Bundles signed by laptop {laptop} are now accepted here.").format(laptop=shown))
        else:
            self.say(
                self.tr("Laptop {laptop} was already trusted here; nothing changed.").format(laptop=shown)
            )
        self.typed.clear()
        self.typed_name.clear()
        self.refresh()
        return True

    def rename(self) -> bool:
        try:
            me = devices.rename_this_device(self.db, self.name.text())
        except CoprodError as exc:
            self.say(str(exc), problem=True)
            return False
        self.say(
            self.tr("This laptop is now called {name}; its next bundles carry that name.").format(
                name=me.name
            )
        )
        self.refresh()
        return True

    def chosen_fingerprint(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(Qt.UserRole) if item is not None else None

    def forget_chosen(self) -> bool:
        fingerprint = self.chosen_fingerprint()
        if fingerprint is None:
            self.say(self.tr("Choose a laptop in the list first."), problem=True)
            return False
        known = devices.find_trusted(self.db, fingerprint)
        shown = devices.display(known.name if known else "", fingerprint)
        answer = plain_text.question(
            self,
            self.tr("Forget a laptop"),
            self.tr("Stop accepting bundles from laptop {laptop}? What was imported from it stays.").format(
                laptop=shown
            ),
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.No,
        )
        if answer != QMessageBox.Yes:
            return False
        try:
            devices.forget_device(self.db, fingerprint)
        except CoprodError as exc:
            self.say(str(exc), problem=True)
            return False
        self.say(self.tr("Bundles from laptop {laptop} are no longer accepted here.").format(laptop=shown))
        self.refresh()
        return True
