"""The facilitator's console for a vote: who has voted, how many, pause, reveal, paper tally, end.

With two screens it is a window on the laptop; with one screen it is a page of the
participant screen, reached with Ctrl+Shift+F and the PIN.

The laptop may be in view of the room, and the main window is locked while voting
is on, so the console shows no one's words and as little about people as it can:
how many have voted, and in the "next voter's code" list only the codes that have
not voted yet, without their group (a code is needed to link a vote to a sticker).

Nothing it does interrupts a child: Pause and Show results asked for during someone's turn
wait until that vote is saved (the console says so and offers "… now anyway", with a
confirm), and a voter's "help me" is a quiet line here with the time, never a sound or a
message on the shared screen. At 200 % text on a 1024×768 laptop it still fits: it scrolls,
its labels and buttons wrap their words, and the control with focus is scrolled into view.
"""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
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
from coprod_app.ui.common.wrap_button import WrapButton
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
        self.setAccessibleName(self.tr("Vote console"))
        rnd = screen.round
        self.heading = QLabel(
            translate(
                "FacilitatorConsole", "Vote round {round}: {method}, %n card(s)", None, len(rnd.commitments)
            ).format(round=rnd.id, method=METHOD_LABELS[rnd.method])
        )
        self.heading.setObjectName("console_heading")
        # Grows with this laptop's text size (a fixed 15 pt came out smaller than the words under it at 200 %).
        self.heading.setStyleSheet(
            f"font-size: {round(15 * getattr(screen, 'scale', 1.0))}pt; font-weight: bold;"
        )
        self.heading.setWordWrap(True)
        self.count_label = _wrapping("console_count")
        self.state_label = _wrapping("console_state")
        self.voted = _wrapping("console_voted")
        self.waiting_label = _wrapping("console_waiting")
        self.waiting_label.setStyleSheet("font-weight: bold;")
        self.waiting_label.hide()
        self.help_label = _wrapping("console_help")
        self.help_label.setStyleSheet("font-weight: bold;")
        self.help_label.hide()
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
        self.practice_button = self._button(self.tr("Practice first"), "console_practice", self.practise)
        self.practice_button.setAccessibleDescription(
            self.tr("Shows pretend cards to practise on before the real vote; the practice is never saved.")
        )
        self.now_button = self._button(self.tr("Pause now anyway"), "console_now", self.do_now_anyway)
        self.now_button.hide()
        self.help_seen_button = self._button(self.tr("I have helped"), "console_help_seen", self.help_seen)
        self.help_seen_button.hide()

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
            self.practice_button,
            self.tally_button,
            self.back_button,
            self.end_button,
        )
        buttons = QGridLayout()
        for i, b in enumerate(in_order):
            buttons.addWidget(b, i // 2, i % 2)
        for column in (0, 1):
            buttons.setColumnStretch(column, 1)
        code_label = _wrapping("console_code_label", self.tr("Next voter's &code:"))
        code_label.setBuddy(self.code)
        # The scroll area holds everything: at 200 % text on a small laptop the console is taller than it.
        content = QWidget()
        content.setObjectName("console_content")
        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        layout.addWidget(self.help_label)
        layout.addWidget(self.help_seen_button)
        layout.addWidget(self.count_label)
        layout.addWidget(self.state_label)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.now_button)
        layout.addWidget(code_label)  # above its box, not beside it: both keep the whole width
        layout.addWidget(self.code)
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
        self.scroll = QScrollArea()
        self.scroll.setObjectName("console_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # words wrap instead
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        # Tab follows reading order: the help line's button, the "now anyway" button, the code box,
        # then the buttons row by row.
        chain = [self.help_seen_button, self.now_button, self.code, *in_order, self.groups_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        # After the thank-you is on screen, not before: the participant never waits for the console.
        screen.vote_saved.connect(lambda _id: QTimer.singleShot(0, self, self.refresh))
        screen.state_changed.connect(self.refresh)
        screen.problem.connect(self.show_problem)
        if hasattr(screen, "help_requested"):
            screen.help_requested.connect(self.show_help_request)
        QApplication.instance().focusChanged.connect(self._keep_focus_in_view)
        self.refresh()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = named(WrapButton(text), name, text.rstrip("…"))
        button.setMinimumHeight(40)
        button.clicked.connect(slot)
        return button

    def _keep_focus_in_view(self, _old, new) -> None:
        """The control with focus is always scrolled into view (Tab at 200 % text on a small screen)."""
        try:
            content = self.scroll.widget()
        except RuntimeError:  # the console is being destroyed
            return
        if new is not None and content is not None and content.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 8, 8)

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
        if screen.practising:
            state.append(self.tr("A practice round is on the big screen: it is never saved."))
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
        self._show_waiting()
        self.practice_button.setEnabled(screen.can_practise())
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

    def _show_waiting(self) -> None:
        """What waits for the current voter to finish, and the button to do it now anyway."""
        waiting = self.screen_.waiting
        if "pause" in waiting:
            self.pause_button.setChecked(True)
            self.pause_button.setText(self.tr("Cancel the pause"))
        if "reveal" in waiting:
            self.reveal_button.setChecked(True)
            self.reveal_button.setText(self.tr("Cancel showing results"))
        if waiting == {"pause"}:
            text = self.tr(
                "Waits for the current voter to finish: the screen pauses when their vote is saved."
            )
            now = self.tr("Pause now anyway")
        elif waiting == {"reveal"}:
            text = self.tr(
                "Waits for the current voter to finish: the results show when their vote is saved."
            )
            now = self.tr("Show results now anyway")
        elif waiting:
            text = self.tr(
                "Waits for the current voter to finish: the screen pauses and shows the results"
                " when their vote is saved."
            )
            now = self.tr("Pause and show results now anyway")
        else:
            text = now = ""
        self.waiting_label.setText(text)
        self.waiting_label.setVisible(bool(waiting))
        if now:
            self.now_button.setText(now)
            self.now_button.setAccessibleName(now)
        self.now_button.setVisible(bool(waiting))

    def show_help_request(self) -> None:
        """A voter pressed "help me": a quiet line here with the time (nothing loud, nothing on the big screen).

        On one screen the console is a page behind the PIN, so the line is there the next time it opens.
        """
        times = getattr(self.screen_, "help_times", None) or [self.screen_.clock()]
        at = datetime.fromtimestamp(times[-1]).strftime("%H:%M")
        if len(times) == 1:
            text = self.tr("A voter asked for help at {time}.").format(time=at)
        else:
            text = self.tr("A voter asked for help at {time} ({count} times since you last helped).").format(
                time=at, count=len(times)
            )
        self.help_label.setText(text)
        self.help_label.setVisible(True)
        self.help_seen_button.setVisible(True)
        if not self.embedded:
            QApplication.alert(self)  # the taskbar entry asks for attention, silently

    def help_seen(self) -> None:
        if hasattr(self.screen_, "help_times"):
            self.screen_.help_times.clear()
        self.help_label.hide()
        self.help_seen_button.hide()
        self.code.setFocus(Qt.OtherFocusReason)

    # Actions -------------------------------------------------------------------

    def next_person(self) -> None:
        self.screen_.next_person()

    def toggle_pause(self) -> None:
        if "pause" in self.screen_.waiting:
            self.screen_.cancel_waiting("pause")
            return
        self.screen_.set_paused(not self.screen_.paused)

    def toggle_reveal(self) -> None:
        if "reveal" in self.screen_.waiting:
            self.screen_.cancel_waiting("reveal")
            return
        if not self.screen_.revealed and not self._pin_given():
            self.reveal_button.setChecked(False)
            return
        self.screen_.set_revealed(not self.screen_.revealed)

    def do_now_anyway(self) -> None:
        """Pause or show results at once, over the current voter's ballot, after the facilitator confirms."""
        waiting = set(self.screen_.waiting)
        if not waiting:
            return
        box = QMessageBox(
            QMessageBox.Warning,
            self.tr("Interrupt the current voter?"),
            self.tr(
                "Someone is in the middle of voting. Their choices stay on their ballot, hidden until"
                " voting goes on. Do it now anyway?"
            ),
            QMessageBox.Yes | QMessageBox.No,
            self,
        )
        box.setObjectName("console_now_confirm")
        box.setDefaultButton(QMessageBox.No)
        box.button(QMessageBox.Yes).setText(self.now_button.text())
        box.button(QMessageBox.No).setText(self.tr("Wait for them"))
        if box.exec() != QMessageBox.Yes:
            return
        if "pause" in waiting:
            self.screen_.set_paused(True, now=True)
        if "reveal" in waiting:
            self.screen_.set_revealed(True, now=True)

    def practise(self) -> None:
        self.screen_.start_practice()
        if self.embedded and self.screen_.practising:
            self.screen_.back_to_voting()  # one screen: straight to the practice, for the child

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

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # The console window closes only when the vote ends, so the facilitator never loses control.
        if self.embedded or self.screen_.has_ended:
            event.accept()
        else:
            event.ignore()
            self.end()


def _wrapping(name: str, text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label
