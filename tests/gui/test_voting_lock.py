"""While the participant screen is on, the app's other windows show a lock cover and nothing else (issue 14).

Each test opens the real main window the way the app does (`open_main_window`:
the application's own style sheet, this laptop's text size), on a database with a
session, a participant and a view with distinctive words, and starts voting from
the Voting menu.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain import pin as pin_rules
from coprod_app.domain.view import ViewDraft
from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes
from coprod_app.storage.database import open_database
from coprod_app.storage.sessions import add_participant
from coprod_app.storage.views import record_view
from coprod_app.ui.app import open_main_window
from coprod_app.ui.voting.lock_cover import LockCover
from coprod_app.ui.voting.participant_screen import ParticipantScreen, start_participant_mode
from tests.gui.accessibility_walk import unnamed_focusable

PIN = "2468"
WORDS = "ZEBRA MANGO WINDOW"


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def people(db, session):
    """A participant code and a view of theirs with words no screen should show while voting is on."""
    person = add_participant(db, session.id, group="young-person", quote_consent=True)
    record_view(db, session.id, ViewDraft(text=f"{WORDS} after school", participant=person.code))
    votes.create_round(db, session.id, "pick", 2, ["commitment-1.1", "commitment-2.1"])
    pin_store.set_facilitator_pin(db, PIN)
    return person.code


@pytest.fixture
def main_window(qtbot, qapp, db_path, people):
    sheet = qapp.styleSheet()
    window = open_main_window(db_path)  # as the app opens it: its style sheet, the stored text size
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    menu = window.voting_menu
    if menu.participant is not None and not menu.participant.has_ended:
        menu.participant.end()
    qapp.setStyleSheet(sheet)


def start_voting(window, qtbot) -> ParticipantScreen:
    window.findChild(QAction, "action_participant_screen").trigger()
    participant = window.voting_menu.participant
    assert participant is not None, "the participant screen did not start"
    qtbot.waitExposed(participant)
    return participant


def shown_text(window: QWidget) -> str:
    """Every word the window shows: titles, labels, buttons, boxes, lists and tables that are visible."""
    parts = [window.windowTitle()]
    for w in [window, *window.findChildren(QWidget)]:
        if w.window() is not window or not w.isVisible():
            continue
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            parts.append(w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            parts.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            parts.extend(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for row in range(model.rowCount(QModelIndex())):
                column = 0  # list models hide columnCount(): walk the row until the index runs out
                while (index := model.index(row, column)).isValid():
                    parts.append(str(index.data() or ""))
                    column += 1
    return "\n".join(parts)


def enabled_actions(window: QWidget) -> list[str]:
    return sorted(a.objectName() or a.text() for a in window.findChildren(QAction) if a.isEnabled())


def cover_of(window: QWidget) -> LockCover:
    covers = [c for c in window.findChildren(LockCover) if c.parentWidget() is window]
    assert len(covers) == 1, "the window has no lock cover"
    return covers[0]


def test_main_window_shows_only_the_lock_cover_while_voting(main_window, qtbot, people):
    before = shown_text(main_window)
    assert WORDS in before and people in before, "control: the session's words and codes are on screen"
    assert main_window.menuBar().isVisible() and enabled_actions(main_window)

    participant = start_voting(main_window, qtbot)

    shown = shown_text(main_window)
    assert "ZEBRA" not in shown and "MANGO" not in shown and people not in shown
    assert "Youth forum night" not in shown, "not even the session's title"
    assert not main_window.menuBar().isVisible()
    assert enabled_actions(main_window) == [], "every menu action is off while voting is on"
    cover = cover_of(main_window)
    assert cover.isVisible() and cover.geometry() == main_window.rect()
    words = {b.text().replace("&", "") for b in cover.findChildren(QAbstractButton) if b.isVisible()}
    assert words == {"Back to voting", "Unlock with the facilitator PIN"}
    assert unnamed_focusable(cover) == [], "screen readers and tests find the cover's buttons and PIN pad"

    # Something in the app enabling an action meanwhile does not reopen the menus.
    main_window.undo_action.setEnabled(True)
    assert not main_window.undo_action.isEnabled()
    assert participant.isVisible() and not participant.has_ended


def test_no_shortcut_of_the_main_window_fires_while_voting(main_window, qtbot):
    start_voting(main_window, qtbot)
    fired = []
    for action in main_window.findChildren(QAction):
        action.triggered.connect(lambda _=False, a=action: fired.append(a.objectName()))
    cover = cover_of(main_window)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    for key, mods in (
        (Qt.Key_Q, Qt.ControlModifier),  # Quit
        (Qt.Key_N, Qt.ControlModifier),  # New session
        (Qt.Key_F, Qt.AltModifier),  # the File menu
        (Qt.Key_V, Qt.ControlModifier | Qt.ShiftModifier),  # the participant screen again
    ):
        QTest.keyClick(cover.back_button, key, mods)
    # An action switched back on by code still cannot be fired by its shortcut: the shortcut is dropped.
    quit_action = main_window.findChild(QAction, "action_quit")
    quit_action.setEnabled(True)
    QTest.keyClick(cover.back_button, Qt.Key_Q, Qt.ControlModifier)
    assert fired == []
    assert main_window.isVisible()


def test_main_window_close_is_refused_while_voting(main_window, qtbot):
    start_voting(main_window, qtbot)
    assert main_window.close() is False
    event = QCloseEvent()
    QApplication.sendEvent(main_window, event)
    assert not event.isAccepted(), "the window's close button must be refused while voting goes on"
    assert main_window.isVisible()


def test_hiding_minimising_or_closing_the_voting_window_reveals_nothing(main_window, qtbot, people):
    participant = start_voting(main_window, qtbot)
    cover = cover_of(main_window)

    participant.hide()
    assert cover.isVisible() and WORDS not in shown_text(main_window)
    qtbot.waitUntil(participant.isVisible)  # it comes straight back

    participant.showMinimized()
    qtbot.waitUntil(lambda: not participant.isMinimized())
    assert cover.isVisible() and WORDS not in shown_text(main_window)

    assert participant.close() is False
    assert participant.isVisible() and cover.isVisible()
    assert WORDS not in shown_text(main_window) and people not in shown_text(main_window)


def test_back_to_voting_from_the_cover(main_window, qtbot):
    participant = start_voting(main_window, qtbot)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)  # as after Alt+Tab
    qtbot.mouseClick(cover_of(main_window).back_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is participant)
    assert participant.isFullScreen()

    # The PIN pad's own "Back to voting" goes back to voting too, and leaves the cover at its first page.
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    cover = cover_of(main_window)
    qtbot.mouseClick(cover.unlock_button, Qt.LeftButton)
    qtbot.mouseClick(cover.pin_pad.back_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is participant)
    assert cover.back_button.isVisible() and not cover.pin_pad.isVisible()


def test_the_pin_on_the_cover_ends_voting_and_gives_the_window_back(main_window, qtbot):
    undo_was = main_window.undo_action.isEnabled()
    actions_before = enabled_actions(main_window)
    participant = start_voting(main_window, qtbot)
    cover = cover_of(main_window)
    qtbot.mouseClick(cover.unlock_button, Qt.LeftButton)
    pad = cover.pin_pad
    assert pad.isVisible()
    QTest.keyClicks(pad.entry, "0000")
    QTest.keyClick(pad.entry, Qt.Key_Return)
    assert not participant.has_ended and "not right" in pad.message.text()
    assert WORDS not in shown_text(main_window)

    QTest.keyClicks(pad.entry, PIN)
    QTest.keyClick(pad.entry, Qt.Key_Return)
    assert participant.has_ended and not participant.isVisible()
    qtbot.waitUntil(lambda: not main_window.findChildren(LockCover))
    assert WORDS in shown_text(main_window), "after the PIN the session is back"
    assert main_window.menuBar().isVisible()
    assert enabled_actions(main_window) == actions_before
    assert main_window.undo_action.isEnabled() is undo_was
    assert main_window.close() is True, "after voting the window closes again"


def test_other_windows_are_covered_too_and_one_opening_meanwhile(main_window, qtbot):
    def word_dialog(parent, text):
        dialog = QDialog(parent)
        dialog.setWindowTitle(text)
        QVBoxLayout(dialog).addWidget(QLabel(text))
        qtbot.addWidget(dialog)
        return dialog

    open_before = word_dialog(main_window, f"{WORDS} open before")
    open_before.show()  # like the export dialog, which stays open while it works
    participant = start_voting(main_window, qtbot)
    opened_after = word_dialog(main_window, f"{WORDS} opened after")
    opened_after.show()  # like a message box that appears while people vote
    for dialog in (open_before, opened_after):
        assert "ZEBRA" not in shown_text(dialog), dialog.windowTitle()
        assert cover_of(dialog).isVisible()
        assert dialog.close() is False
    QTest.keyClick(cover_of(open_before).back_button, Qt.Key_Escape)
    assert open_before.isVisible(), "Escape does not cancel a covered dialog"

    participant.end()
    assert "ZEBRA" in shown_text(open_before) and "ZEBRA" in shown_text(opened_after)


def test_the_facilitators_console_shows_no_words_and_no_list_of_codes(qtbot, main_window, people, db):
    rnd = votes.list_rounds(db, main_window.page.session.id)[0]
    other = add_participant(db, rnd.session_id, group="parent-carer")
    votes.cast_vote(db, rnd.id, ["commitment-1.1"], people)
    participant, console = start_participant_mode(main_window.db, rnd.id, with_console=True)
    try:
        qtbot.waitExposed(console)
        shown = shown_text(console)
        assert "ZEBRA" not in shown
        assert people not in shown, "who has voted is a count, not a list of codes"
        assert "People with a code who have voted: 1." in shown
        codes = [console.code.itemText(i) for i in range(console.code.count())]
        assert codes == ["(no code)", other.code], "only codes still to vote, without their group"
        assert "ZEBRA" not in shown_text(main_window)
    finally:
        participant.end()
    assert not console.isVisible()


def test_ctrl_shift_f_and_the_pin_still_show_the_controls(main_window, qtbot):
    participant = start_voting(main_window, qtbot)
    participant.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is participant)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)
    assert participant.current_page() is participant.pin_pad
    QTest.keyClicks(participant.pin_pad.entry, PIN)
    QTest.keyClick(participant.pin_pad.entry, Qt.Key_Return)
    assert participant.current_page() is participant.console_page
    assert cover_of(main_window).isVisible(), (
        "the controls are on the voting screen; the window stays covered"
    )


# Changing the PIN --------------------------------------------------------------------------------


def run_set_pin_dialog(window, qtbot, monkeypatch, current: str | None, new: str) -> list[str]:
    """Voting → Set facilitator PIN…, filled in as a facilitator would; returns the warnings shown."""
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: warnings.append(text))
    seen = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = dialog
        box = dialog.findChild(QLineEdit, "set_pin_current")
        seen["current_box"] = box is not None
        if box is None and current is not None:
            dialog.reject()  # the old dialog had no such box: give up rather than wait forever
            return
        if box is not None:
            QTest.keyClicks(box, current or "")
        QTest.keyClicks(dialog.findChild(QLineEdit, "set_pin_first"), new)
        QTest.keyClicks(dialog.findChild(QLineEdit, "set_pin_second"), new)
        dialog.findChild(QAbstractButton, "set_pin_ok").click()
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, fill)
    window.findChild(QAction, "action_set_pin").trigger()
    assert seen.get("dialog") is not None
    assert seen["current_box"], "changing a PIN that is set must ask for the current PIN"
    return warnings


def test_set_facilitator_pin_needs_the_current_pin(main_window, qtbot, monkeypatch, db):
    warnings = run_set_pin_dialog(main_window, qtbot, monkeypatch, current="9999", new="1357")
    assert warnings == ["The current PIN is not right; the PIN was not changed."]
    assert pin_rules.verify_pin(PIN, pin_store.facilitator_pin_hash(db))

    assert run_set_pin_dialog(main_window, qtbot, monkeypatch, current=PIN, new="1357") == []
    assert pin_rules.verify_pin("1357", pin_store.facilitator_pin_hash(db))


def test_set_facilitator_pin_is_out_of_reach_while_voting(main_window, qtbot):
    start_voting(main_window, qtbot)
    assert not main_window.findChild(QAction, "action_set_pin").isEnabled()


# The wrong-PIN wait outlives the window ------------------------------------------------------------


def test_wrong_pin_wait_survives_reopening_the_database(qtbot, db, db_path, people):
    clock = Clock()
    rnd = votes.list_rounds(db, 1)[0]
    first = ParticipantScreen(db, rnd.id, clock=clock)
    qtbot.addWidget(first)
    first.request_exit()
    for pin in ("0000", "1111", "0000"):
        QTest.keyClicks(first.pin_pad.entry, pin)
        QTest.keyClick(first.pin_pad.entry, Qt.Key_Return)
        clock.now += 1.5  # past the 1 s wait after the second try, not yet past the 2 s after the third
    first.end()

    again = open_database(db_path)  # the app closed and opened again on the same file
    try:
        second = ParticipantScreen(again, rnd.id, clock=clock)
        qtbot.addWidget(second)
        second.request_exit()
        assert not second.pin_pad.unlock_button.isEnabled()
        assert "Try again in 1 second" in second.pin_pad.message.text()
        QTest.keyClicks(second.pin_pad.entry, PIN)
        QTest.keyClick(second.pin_pad.entry, Qt.Key_Return)
        assert second.current_page() is second.pin_pad, "an early try must be refused after a restart"
        assert pin_store.pin_guard(again).attempt(PIN, clock.now).refused
        clock.now += 1.0
        QTest.keyClicks(second.pin_pad.entry, PIN)
        QTest.keyClick(second.pin_pad.entry, Qt.Key_Return)
        assert second.current_page() is second.console_page
        second.end()
    finally:
        again.close()
