"""The lock cover attacked from inside the app (issue 14, part 1).

Keys pressed on a lock cover that its buttons do not take go on to the covered window itself, as
Qt passes an unused key to the parent: a covered message box copied its hidden words to the
clipboard on Ctrl+C (then pasted anywhere), and a covered notice closed on Enter. A covered window
now gets no key, no mouse press and no context menu of its own: only the cover's buttons and PIN pad
answer.

A bundle file dragged onto the covered main window was imported while people voted: Qt hands a drop
to the nearest widget that takes drops, the main window itself, and the rule against drops looked
only at what is inside a covered window.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.test_voting_lock import (  # noqa: F401 (fixtures)
    WORDS,
    cover_of,
    main_window,
    people,
    start_voting,
)


def _covered_box(window, qtbot):
    # As a question that appears while people vote.
    box = QMessageBox(
        QMessageBox.Question,
        "Exchange",
        f"Trust the laptop that sent “{WORDS}”?",
        QMessageBox.Yes | QMessageBox.No,
        window,
    )
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    cover = cover_of(box)
    assert cover.isVisible()
    box.activateWindow()
    cover.back_button.setFocus()
    return box, cover


def test_keys_on_a_covered_message_box_reach_only_the_cover(main_window, qtbot):  # noqa: F811
    participant = start_voting(main_window, qtbot)
    box, cover = _covered_box(main_window, qtbot)
    ok = box.button(QMessageBox.Yes)
    pressed = []
    ok.pressed.connect(lambda: pressed.append(True))
    # A message box clicks the button whose underlined letter is typed, even without Alt ("&Yes": Y).
    QTest.keyClick(cover.back_button, Qt.Key_Y)
    assert not pressed and not ok.isDown(), "Y pressed the covered box's Yes button"
    # On Windows, Ctrl+C on a message box copies its words, hidden or not.
    QGuiApplication.clipboard().setText("before")
    QTest.keyClick(cover.back_button, Qt.Key_C, Qt.ControlModifier)
    assert "ZEBRA" not in QGuiApplication.clipboard().text()
    came_back = []
    cover.back_button.clicked.connect(lambda: came_back.append(True))
    QTest.keyClick(cover.back_button, Qt.Key_Return)  # the cover's own button still takes Enter
    assert came_back and box.isVisible(), "the cover's button works and the covered box stays"
    participant.end()
    QApplication.processEvents()


def _drag_and_drop(target, mime) -> QDropEvent:
    enter = QDragEnterEvent(QPoint(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(QPoint(12, 12), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(QPointF(12, 12), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(target, drop)
    return drop


def test_a_bundle_dropped_on_the_covered_main_window_is_not_imported(main_window, qtbot, tmp_path):  # noqa: F811
    participant = start_voting(main_window, qtbot)
    bundle = tmp_path / "other-laptop.coprod"
    bundle.write_bytes(b"a bundle")
    imported = []
    main_window.exchange.import_files = lambda paths: imported.append(paths)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle))])
    cover = cover_of(main_window)
    for target in (cover.back_button, cover, main_window):  # where the file is let go, on the cover
        drop = _drag_and_drop(target, mime)  # Qt passes it up to the window, which takes drops
        assert not drop.isAccepted(), f"a drop on the {type(target).__name__} was taken"
    assert imported == [], "a bundle was imported while people vote"
    participant.end()
    # Once voting has ended the window takes dropped bundles again.
    _drag_and_drop(main_window, mime)
    assert imported == [[bundle]]


def test_voting_is_remembered_until_the_pin_ends_it(main_window, qtbot, db_path):  # noqa: F811
    from coprod_app.storage import pin as pin_store
    from coprod_app.storage import votes
    from coprod_app.storage.database import open_database

    participant = start_voting(main_window, qtbot)
    round_id = participant.round.id
    with open_database(db_path) as other:  # as the app started again after a crash sees it
        assert pin_store.voting_to_resume(other) == round_id
    participant.end()
    with open_database(db_path) as other:
        assert pin_store.voting_to_resume(other) is None
    # Left on, then the round closed from the command line: nothing to come back to, and it is forgotten.
    pin_store.remember_voting(main_window.db, round_id)
    votes.close_round(main_window.db, round_id)
    assert pin_store.voting_to_resume(main_window.db) is None
    assert main_window.voting_menu.resume() is None
