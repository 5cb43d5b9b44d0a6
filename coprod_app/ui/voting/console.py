"""The facilitator's console for a vote: who has voted, how many, pause, reveal, paper tally, end.

With two screens it is a window on the laptop; with one screen it is a page of the
participant screen, reached with Ctrl+Shift+F and the PIN.

The laptop may be in view of the room, and the main window is locked while voting
is on, so the console shows no one's words and as little about people as it can:
how many have voted, and in the "next voter's code" list only the codes that have
not voted yet, without their group (a code is needed to link a vote to a sticker).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain.session import GROUP_LABELS
from coprod_app.domain.voting import METHOD_LABELS, NO_GROUP
from coprod_app.storage import votes as vote_store
from coprod_app.storage.sessions import list_participants
from coprod_app.ui.accessibility import named
from coprod_app.ui.common.i18n import translate
from coprod_app.ui.common.plain_text import plain_label
from coprod_app.ui.theme import DEFAULT
from coprod_app.ui.voting.pin_pad import PinDialog
from coprod_app.ui.voting.tally_dialog import TallyDialog

NO_CODE = ""


class FacilitatorConsole(QWidget):
    def __init__(self, screen, embedded: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen_ = screen
        self.embedded = embedded
        self.setObjectName("vote_console_page" if embedded else "vote_console")
        self.setWindowTitle(self.tr("Vote console"))
        rnd = screen.round
        self.heading = QLabel(
            translate(
                "FacilitatorConsole", "Vote round {round}: {method}, %n card(s)", None, len(rnd.commitments)
            ).format(round=rnd.id, method=METHOD_LABELS[rnd.method])
        )
        self.heading.setObjectName("console_heading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.count_label = QLabel("")
        self.count_label.setObjectName("console_count")
        self.state_label = QLabel("")
        self.state_label.setObjectName("console_state")
        self.state_label.setWordWrap(True)
        self.voted = QLabel("")
        self.voted.setObjectName("console_voted")
        self.code = named(
            QComboBox(),
            "console_next_code",
            self.tr("Next voter's code"),
            self.tr("Links the next vote to this anonymous code; leave empty for no code."),
        )
        self.code.currentIndexChanged.connect(self._code_chosen)

        self.next_button = self._button(self.tr("Next person now"), "console_next", self.next_person)
        self.pause_button = self._button(self.tr("Pause"), "console_pause", self.toggle_pause)
        self.pause_button.setCheckable(True)
        self.reveal_button = self._button(
            self.tr("Show results on the big screen"), "console_reveal", self.toggle_reveal
        )
        self.reveal_button.setCheckable(True)
        self.tally_button = self._button(
            self.tr("Add paper or show-of-hands votes…"), "console_tally", self.add_tally
        )
        self.end_button = self._button(self.tr("End voting"), "console_end", self.end)
        self.back_button = self._button(self.tr("Back to voting"), "console_back", screen.back_to_voting)
        self.back_button.setVisible(embedded)

        self.groups = plain_label()
        self.groups.setObjectName("console_groups")
        self.groups.setWordWrap(True)
        self.problem = plain_label()  # an error sentence may quote a code from a bundle
        self.problem.setObjectName("console_problem")
        error = getattr(screen, "palette_", None)
        self.problem.setStyleSheet(f"color: {(error.error if error else DEFAULT.error)}; font-weight: bold;")
        self.problem.setWordWrap(True)

        in_order = (
            self.next_button,
            self.pause_button,
            self.reveal_button,
            self.tally_button,
            self.back_button,
            self.end_button,
        )
        buttons = QGridLayout()
        for i, b in enumerate(in_order):
            buttons.addWidget(b, i // 2, i % 2)
        code_row = QHBoxLayout()
        code_label = QLabel(self.tr("Next voter's &code:"))
        code_label.setBuddy(self.code)
        code_row.addWidget(code_label)
        code_row.addWidget(self.code, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.count_label)
        layout.addWidget(self.state_label)
        layout.addLayout(code_row)
        layout.addWidget(self.voted)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        self.groups_button = self._button(
            self.tr("Show results by group here"), "console_groups_toggle", self._toggle_groups
        )
        self.groups_button.setCheckable(True)
        self.groups.hide()  # hidden until asked for: the console may be in view of the room
        layout.addWidget(self.groups_button)
        layout.addWidget(self.groups, 1)
        layout.addStretch(0)
        # Tab follows reading order: the code box, then the buttons row by row.
        for before, after in pairwise([self.code, *in_order, self.groups_button]):
            QWidget.setTabOrder(before, after)
        # After the thank-you is on screen, not before: the participant never waits for the console.
        screen.vote_saved.connect(lambda _id: QTimer.singleShot(0, self, self.refresh))
        screen.state_changed.connect(self.refresh)
        screen.problem.connect(self.show_problem)
        self.refresh()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = named(QPushButton(text), name, text.rstrip("…"))
        button.setMinimumHeight(40)
        button.clicked.connect(slot)
        return button

    # Keeping up to date ------------------------------------------------------

    def refresh(self) -> None:
        screen = self.screen_
        db, rnd = screen.db, screen.round
        results = vote_store.round_results(db, rnd.id)
        self.count_label.setText(
            self.tr("Votes so far: {ballots} on screen, {tallied} on paper or by hands.").format(
                ballots=results["ballots"], tallied=results["tallied"]
            )
        )
        state = [self.tr("Paused.") if screen.paused else self.tr("Voting is open.")]
        state.append(
            self.tr("Results are showing on the big screen.")
            if screen.revealed
            else self.tr("Results are hidden from the big screen.")
        )
        self.state_label.setText(" ".join(state))
        self.pause_button.setChecked(screen.paused)
        self.pause_button.setText(self.tr("Resume") if screen.paused else self.tr("Pause"))
        self.reveal_button.setChecked(screen.revealed)
        self.reveal_button.setText(
            self.tr("Hide results") if screen.revealed else self.tr("Show results on the big screen")
        )
        codes = vote_store.voted_codes(db, rnd.id)
        self.voted.setText(self.tr("People with a code who have voted: {count}.").format(count=len(codes)))
        self._fill_codes(set(codes))
        self.groups.setText(self._group_text())

    def _fill_codes(self, voted: set[str]) -> None:
        wanted = self.screen_.next_participant_code or NO_CODE
        self.code.blockSignals(True)
        self.code.clear()
        self.code.addItem(self.tr("(no code)"), NO_CODE)
        for p in list_participants(self.screen_.db, self.screen_.round.session_id):
            if p.code not in voted:
                self.code.addItem(p.code, p.code)
        index = self.code.findData(wanted)
        self.code.setCurrentIndex(max(0, index))
        self.code.blockSignals(False)

    def _group_text(self) -> str:
        lines = []
        for group, result in vote_store.results_by_group(self.screen_.db, self.screen_.round.id).items():
            name = (
                GROUP_LABELS.get(group, self.tr("Group not recorded"))
                if group != NO_GROUP
                else self.tr("Group not recorded")
            )
            if result["suppressed"]:
                lines.append(self.tr("{group}: fewer than 5 people, so not shown.").format(group=name))
                continue
            top = [  # published by the small-number rule: a hidden count reads "fewer than 5", unranked
                f"  {c['rank']}. {c.get('easy_read') or c['text']} ({c['count']})"
                for c in result["commitments"][:3]
                if c["rank"] is not None
            ]
            lines.append(self.tr("{group}: {people} voted.").format(group=name, people=result["people"]))
            lines.extend(top)
        return "\n".join(lines) or self.tr("No votes yet.")

    def _pin_given(self) -> bool:
        """True when the facilitator has just typed the PIN, or the console sits behind it already.

        The console on a second screen stays open while people vote, so a child who reaches it with
        Alt+Tab or a shared mouse could otherwise show results early or add a hundred thousand paper
        votes. Pause, next person and the next code change nothing that is kept or shown.
        """
        return self.embedded or PinDialog(self.screen_.pin_guard, self).exec() == PinDialog.Accepted

    def _toggle_groups(self) -> None:
        if self.groups_button.isChecked() and not self._pin_given():
            self.groups_button.setChecked(False)
            return
        self.groups.setVisible(self.groups_button.isChecked())
        self.groups_button.setText(
            self.tr("Hide results by group")
            if self.groups_button.isChecked()
            else self.tr("Show results by group here")
        )

    def _code_chosen(self) -> None:
        self.screen_.next_participant_code = self.code.currentData() or None

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    # Actions -------------------------------------------------------------------

    def next_person(self) -> None:
        self.screen_.next_person()

    def toggle_pause(self) -> None:
        self.screen_.set_paused(not self.screen_.paused)

    def toggle_reveal(self) -> None:
        if not self.screen_.revealed and not self._pin_given():
            self.reveal_button.setChecked(False)
            return
        self.screen_.set_revealed(not self.screen_.revealed)

    def add_tally(self) -> None:
        if not self._pin_given():
            return
        dialog = TallyDialog(self.screen_.db, self.screen_.round, self.screen_.pack, self)
        if dialog.exec():
            self.screen_.refresh_results()
            self.refresh()

    def end(self) -> None:
        if not self._pin_given():
            return
        self.screen_.end()

    def closeEvent(self, event) -> None:
        # The console window closes only when the vote ends, so the facilitator never loses control.
        if self.embedded or self.screen_.has_ended:
            event.accept()
        else:
            event.ignore()
            self.end()
