"""The capture form: type what was said, tag it, press Enter.

Keyboard first: the words box has focus (Alt+T returns to it); Alt+1..3 toggle
the charter principles, Alt+P goes to the priority, Alt+M to the commitments,
Alt+Y/X/N/Z choose the sentiment, Alt+G goes to how it was given, Alt+W to who
said it, Alt+U toggles the follow-up flag; Enter saves and clears for the next
view, Shift+Enter starts a new line. These are explicit shortcuts, not label
mnemonics, so they work wherever focus is in the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain.pack import Pack
from coprod_app.domain.session import GROUP_LABELS, Participant
from coprod_app.domain.view import HOW_GIVEN, HOW_LABELS, MAX_VIEW_CHARS, ViewDraft, too_long
from coprod_app.ui.accessibility import named
from coprod_app.ui.common.plain_text import button_text, plain_label, tooltip

NO_PARTICIPANT = ""


class WordsBox(QPlainTextEdit):
    """Enter saves; Shift+Enter adds a new line."""

    submitted = Signal()

    def event(self, event: QEvent) -> bool:
        # Ctrl+Z / Ctrl+Shift+Z undo typing while there is typing to undo; otherwise they reach
        # the window and undo or redo the last saved change (record, change, delete).
        if event.type() == QEvent.ShortcutOverride:
            document = self.document()
            if event.matches(QKeySequence.Undo) and not document.isUndoAvailable():
                event.ignore()
                return False
            if (
                event.matches(QKeySequence.Redo)
                or event.keyCombination() == QKeyCombination(Qt.ControlModifier | Qt.ShiftModifier, Qt.Key_Z)
            ) and not document.isRedoAvailable():
                event.ignore()
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers() & Qt.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class CaptureForm(QWidget):
    """Emits `save_requested` with a draft; the page saves it and calls `saved()` or `failed()`."""

    save_requested = Signal(object)
    cancel_edit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pack: Pack | None = None
        self._editing_id: int | None = None
        self._principle_shortcuts: list[QShortcut] = []

        self.words = named(
            WordsBox(),
            "view_text",
            self.tr("What was said"),
            self.tr("Type the words as said. Enter saves, Shift+Enter starts a new line."),
        )
        self.words.setTabChangesFocus(True)
        self.words.setPlaceholderText(self.tr("Type what was said, then press Enter to save…"))
        self.words.submitted.connect(self.request_save)
        self.words.textChanged.connect(self._warn_if_too_long)
        self._too_long = False
        self.words.setMinimumHeight(90)

        self.mode_label = QLabel(self.tr("New view"))
        self.mode_label.setObjectName("capture_mode")

        self.principles_box = QGroupBox(self.tr("Charter principles"))
        self.principles_layout = QVBoxLayout(self.principles_box)
        self.principle_checks: dict[str, QCheckBox] = {}

        self.priority = named(QComboBox(), "view_priority", self.tr("Priority"))
        self.priority.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.priority.setMinimumContentsLength(20)
        self.priority.currentIndexChanged.connect(self._filter_commitments)
        priority_label = QLabel(self.tr("Priority (Alt+P)"))

        self.commitments = named(
            QListWidget(),
            "view_commitments",
            self.tr("Commitments"),
            self.tr("Space ticks or unticks the commitment under the cursor."),
        )
        self.commitments.setWordWrap(True)
        self.commitments.setMinimumHeight(120)
        self.commitments.itemActivated.connect(self._toggle_item)
        commitments_label = QLabel(self.tr("Commitments (Alt+M, Space ticks)"))

        sentiment_box = QGroupBox(self.tr("How they feel about it"))
        # Two by two, not four in a row: four in a row made the form wider than a 1024 px screen at 200 %.
        sentiment_grid = QGridLayout(sentiment_box)
        self.sentiment_group = QButtonGroup(self)
        self.sentiment_buttons: dict[str | None, QRadioButton] = {}
        sentiment_keys = {None: "Alt+Z", "positive": "Alt+Y", "mixed": "Alt+X", "negative": "Alt+N"}
        for place, (value, text) in enumerate(
            (
                (None, self.tr("Not clear")),
                ("positive", self.tr("Positive")),
                ("mixed", self.tr("Mixed")),
                ("negative", self.tr("Negative")),
            )
        ):
            text = f"{text} ({sentiment_keys[value]})"
            button = named(
                QRadioButton(text),
                f"sentiment_{value or 'none'}",
                self.tr("Sentiment: {sentiment}").format(sentiment=value or self.tr("not clear")),
            )
            self.sentiment_group.addButton(button)
            self.sentiment_buttons[value] = button
            sentiment_grid.addWidget(button, place // 2, place % 2)
            self._shortcut(sentiment_keys[value], button.click)
        self.sentiment_buttons[None].setChecked(True)

        self.how = named(QComboBox(), "view_how", self.tr("How the view was given"))
        self.how.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.how.setMinimumContentsLength(16)  # its longest choice made the form too wide at 200 %
        for value in HOW_GIVEN:
            self.how.addItem(self.tr(HOW_LABELS[value]), value)
        how_label = QLabel(self.tr("How given (Alt+G)"))

        self.participant = named(
            QComboBox(),
            "view_participant",
            self.tr("Who said it"),
            self.tr("A participant's anonymous code, or none for the facilitator's own note."),
        )
        self.participant.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.participant.setMinimumContentsLength(16)
        participant_label = QLabel(self.tr("Who (Alt+W)"))
        self.new_participant_button = named(
            QPushButton(self.tr("New code…")), "new_participant", self.tr("New participant code")
        )

        # The warning is a label of its own that wraps: a check box's words do not, and in one line
        # they made the form wider than a 1024 px screen at 200 %.
        safeguarding = self.tr("Safeguarding: write no details here.")
        self.follow_up = named(
            QCheckBox(self.tr("Follow up offline (Alt+U)")),
            "view_follow_up",
            self.tr("Follow up offline"),
            safeguarding,
        )
        self.follow_up_note = QLabel(safeguarding)
        self.follow_up_note.setObjectName("view_follow_up_note")
        self.follow_up_note.setWordWrap(True)
        self._shortcut("Alt+U", self.follow_up.toggle)
        self._shortcut("Alt+P", self.priority.setFocus)
        self._shortcut("Alt+M", self.commitments.setFocus)
        self._shortcut("Alt+G", self.how.setFocus)
        self._shortcut("Alt+W", self.participant.setFocus)
        self._shortcut("Alt+T", self.words.setFocus)

        self.save_button = named(QPushButton(self.tr("Save view (Enter)")), "save_view", self.tr("Save view"))
        self.save_button.clicked.connect(self.request_save)
        self.cancel_button = named(
            QPushButton(self.tr("Cancel edit (Esc)")), "cancel_edit", self.tr("Cancel edit")
        )
        self.cancel_button.clicked.connect(self.cancel_edit.emit)
        self.cancel_button.hide()
        self.status = plain_label()  # an error sentence may quote what was typed
        self.status.setObjectName("save_status")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Save status"))

        form = QFormLayout()
        form.setRowWrapPolicy(
            QFormLayout.WrapLongRows
        )  # a label above its box when both do not fit side by side
        form.addRow(priority_label, self.priority)
        form.addRow(commitments_label, self.commitments)
        form.addRow(how_label, self.how)
        who_row = QHBoxLayout()
        who_row.addWidget(self.participant, 1)
        who_row.addWidget(self.new_participant_button)
        form.addRow(participant_label, who_row)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.mode_label)
        layout.addWidget(self.words)
        layout.addWidget(self.principles_box)
        layout.addLayout(form)
        layout.addWidget(sentiment_box)
        layout.addWidget(self.follow_up)
        layout.addWidget(self.follow_up_note)
        layout.addLayout(buttons)

    def _shortcut(self, keys: str, slot) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.WindowShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    # Setting up --------------------------------------------------------------

    def set_pack(self, pack: Pack) -> None:
        self._pack = pack
        for check in self.principle_checks.values():
            check.deleteLater()
        self.principle_checks.clear()
        for shortcut in self._principle_shortcuts:
            shortcut.deleteLater()
        self._principle_shortcuts = []
        for n, principle in enumerate(pack.principles, start=1):
            title = button_text(principle.title)  # a pack's "&" is shown, and takes no key
            text = f"{title} (Alt+{n})" if n < 10 else title
            check = named(
                QCheckBox(text), f"principle_{principle.key}", principle.title, principle.description
            )
            check.setToolTip(tooltip(principle.description))
            self.principle_checks[principle.key] = check
            self.principles_layout.addWidget(check)
            if n < 10:
                self._principle_shortcuts.append(self._shortcut(f"Alt+{n}", check.toggle))
        self.priority.blockSignals(True)
        self.priority.clear()
        self.priority.addItem(self.tr("No particular priority"), None)
        for priority in pack.priorities:
            self.priority.addItem(priority.title, priority.key)
        self.priority.blockSignals(False)
        self.commitments.clear()
        for commitment in pack.commitments:
            item = QListWidgetItem(f"{commitment.key.removeprefix('commitment-')}  {commitment.text}")
            item.setData(Qt.UserRole, commitment.key)
            item.setData(Qt.UserRole + 1, commitment.priority_key)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
            item.setToolTip(tooltip(commitment.text))
            self.commitments.addItem(item)
        self._filter_commitments()
        self._fix_tab_order()

    def set_participants(self, participants: list[Participant]) -> None:
        current = self.participant.currentData()
        self.participant.clear()
        self.participant.addItem(self.tr("No one in particular (facilitator's note)"), NO_PARTICIPANT)
        for p in participants:
            details = ", ".join(x for x in (GROUP_LABELS.get(p.group or "", ""), p.age_band or "") if x)
            consent = self.tr("may quote") if p.quote_consent else self.tr("do not quote")
            self.participant.addItem(f"{p.code}  ({details + '; ' if details else ''}{consent})", p.code)
        self.select_participant(current)

    def select_participant(self, code: str | None) -> None:
        index = self.participant.findData(code or NO_PARTICIPANT)
        self.participant.setCurrentIndex(max(index, 0))

    def _fix_tab_order(self) -> None:
        chain = [
            self.words,
            *self.principle_checks.values(),
            self.priority,
            self.commitments,
            self.how,
            self.participant,
            self.new_participant_button,
            *self.sentiment_buttons.values(),
            self.follow_up,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _filter_commitments(self) -> None:
        chosen = self.priority.currentData()
        for i in range(self.commitments.count()):
            item = self.commitments.item(i)
            item.setHidden(
                bool(chosen) and item.data(Qt.UserRole + 1) != chosen and item.checkState() != Qt.Checked
            )

    def _toggle_item(self, item: QListWidgetItem) -> None:
        item.setCheckState(Qt.Unchecked if item.checkState() == Qt.Checked else Qt.Checked)

    # The draft -----------------------------------------------------------------

    def draft(self) -> ViewDraft:
        sentiment = next((v for v, b in self.sentiment_buttons.items() if b.isChecked()), None)
        return ViewDraft(
            text=self.words.toPlainText(),
            principles=tuple(k for k, c in self.principle_checks.items() if c.isChecked()),
            priority=self.priority.currentData() or None,
            commitments=tuple(
                self.commitments.item(i).data(Qt.UserRole)
                for i in range(self.commitments.count())
                if self.commitments.item(i).checkState() == Qt.Checked
            ),
            sentiment=sentiment,
            how=self.how.currentData(),
            follow_up=self.follow_up.isChecked(),
            participant=self.participant.currentData() or None,
        )

    def load(self, draft: ViewDraft) -> None:
        self.words.setPlainText(draft.text)
        for key, check in self.principle_checks.items():
            check.setChecked(key in draft.principles)
        self.priority.setCurrentIndex(max(self.priority.findData(draft.priority), 0))
        for i in range(self.commitments.count()):
            item = self.commitments.item(i)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in draft.commitments else Qt.Unchecked)
        self._filter_commitments()
        self.sentiment_buttons.get(draft.sentiment, self.sentiment_buttons[None]).setChecked(True)
        self.how.setCurrentIndex(max(self.how.findData(draft.how or "spoken"), 0))
        self.follow_up.setChecked(draft.follow_up)
        self.select_participant(draft.participant)

    def clear(self) -> None:
        self.load(ViewDraft(text=""))
        self.words.setFocus()

    # Editing an existing view ----------------------------------------------------

    @property
    def editing_id(self) -> int | None:
        return self._editing_id

    def start_edit(self, view_id: int, draft: ViewDraft) -> None:
        self._editing_id = view_id
        self.load(draft)
        self.mode_label.setText(
            self.tr("Changing view {view}: Enter saves the change, Esc cancels").format(view=view_id)
        )
        self.save_button.setText(self.tr("Save change (Enter)"))
        self.cancel_button.show()
        self.words.setFocus()

    def stop_edit(self) -> None:
        self._editing_id = None
        self.mode_label.setText(self.tr("New view"))
        self.save_button.setText(self.tr("Save view (Enter)"))
        self.cancel_button.hide()
        self.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key_Escape and self._editing_id is not None:
            self.cancel_edit.emit()
            return
        super().keyPressEvent(event)

    # Saving ----------------------------------------------------------------------

    def request_save(self) -> None:
        self.save_requested.emit(self.draft())

    def _warn_if_too_long(self) -> None:
        """Say the length limit as soon as the words pass it (typing or a paste), not only on Enter.

        Nothing is cut off: the words stay in the box to be split. characterCount() counts UTF-16
        units (at least the characters), so the exact count is only taken near the limit.
        """
        over = self.words.document().characterCount() - 1 > MAX_VIEW_CHARS and too_long(
            self.words.toPlainText()
        )
        if over:
            self.show_status(over, "error")
        elif self._too_long:
            self.show_status("", "")
        self._too_long = bool(over)

    def show_status(self, message: str, state: str) -> None:
        self.status.setText(message)
        self.status.setProperty("state", state)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def set_read_only(self, closed: bool) -> None:
        for widget in (self.words, self.save_button, self.new_participant_button):
            widget.setEnabled(not closed)
        self.words.setPlaceholderText(
            self.tr("This session is closed. Reopen it to record more views.")
            if closed
            else self.tr("Type what was said, then press Enter to save…")
        )
