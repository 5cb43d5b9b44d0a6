"""The facilitator console on a second screen stays open while people vote; what it shows or adds needs the PIN.

A child who reaches it with Alt+Tab or a shared mouse must not reveal the results early, see results
by group or add paper votes. Pause, next person and the next code change nothing kept or shown.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes
from coprod_app.ui.voting.console import FacilitatorConsole
from coprod_app.ui.voting.participant_screen import ParticipantScreen
from coprod_app.ui.voting.pin_pad import PinDialog
from coprod_app.ui.voting.tally_dialog import TallyDialog

PIN = "2468"


@pytest.fixture
def console(qtbot, db, session):
    pin_store.set_facilitator_pin(db, PIN)
    rnd = votes.create_round(db, session.id, "pick", 2, ["commitment-1.1", "commitment-2.1"])
    screen = ParticipantScreen(db, rnd.id, next_person_ms=600_000, embedded_console=False)
    qtbot.addWidget(screen)
    screen.show()
    console = FacilitatorConsole(screen, embedded=False)  # closes only once voting has ended
    console.show()
    yield console
    if not screen.has_ended:
        screen.end()
    console.close()
    console.deleteLater()


def answer_pin_pad(typed: str | None, seen: list) -> None:
    """When the PIN dialog opens, type `typed` and press its Unlock (None: press Cancel)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PinDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog)
        if typed is None:
            dialog.pad.back_button.click()
            return
        dialog.pad.entry.setText(typed)
        dialog.pad.unlock_button.click()
        if dialog.isVisible():  # a wrong PIN keeps the pad open: give up as a child would
            dialog.pad.back_button.click()

    QTimer.singleShot(0, answer)


def test_showing_results_needs_the_pin(console):
    seen: list = []
    answer_pin_pad("1111", seen)
    console.reveal_button.click()
    assert seen, "the PIN pad must be asked for"
    assert not console.screen_.revealed, "a wrong PIN must not show the results on the big screen"
    assert not console.reveal_button.isChecked()
    answer_pin_pad(PIN, seen)
    console.reveal_button.click()
    assert console.screen_.revealed


def test_results_by_group_need_the_pin(console):
    seen: list = []
    answer_pin_pad(None, seen)
    console.groups_button.click()
    assert seen and not console.groups.isVisibleTo(console)
    answer_pin_pad(PIN, seen)
    console.groups_button.click()
    assert console.groups.isVisibleTo(console)


def test_paper_votes_need_the_pin(console, monkeypatch):
    opened: list = []
    monkeypatch.setattr(TallyDialog, "exec", lambda self: opened.append(self) or 0)
    seen: list = []
    answer_pin_pad("9999", seen)
    console.tally_button.click()
    assert seen and opened == [], "the paper-votes dialog must not open without the PIN"
    answer_pin_pad(PIN, seen)
    console.tally_button.click()
    assert len(opened) == 1


def test_pause_and_next_person_need_no_pin(console):
    console.pause_button.click()
    assert console.screen_.paused
    assert QApplication.activeModalWidget() is None
