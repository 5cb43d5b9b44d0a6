"""The window opens before the integrity check ends; a damaged file is then named in one sentence and
nothing typed is written to it."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from coprod_app.storage import views as view_store
from coprod_app.storage.database import open_database
from coprod_app.storage.integrity import integrity_check
from tests.gui.conftest import start_app_window
from tests.unit.test_storage import _orphan_pages, make_database


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def type_and_save(qtbot, window, text):
    words = window.page.form.words
    words.setFocus()
    qtbot.keyClicks(words, text)
    qtbot.keyClick(words, Qt.Key_Return)


def test_sound_file_saves_as_usual(qtbot, db_path):
    session_id = make_database(db_path, views=3)
    window = start_app_window(qtbot, db_path)
    check = integrity_check(window.db)
    assert check is not None  # the window did not wait for it
    type_and_save(qtbot, window, "More clubs after school")  # waits for the check if it is still running
    assert "Saved view" in window.page.form.status.text()
    assert window.integrity_problem is None
    assert view_store.list_views(window.db, session_id)[-1].text == "More clubs after school"
    window.db.close()
    again = open_database(db_path)
    assert again.execute("SELECT count(*) FROM views").fetchone()[0] == 4
    again.close()


def test_damaged_file_is_named_and_never_written(qtbot, db_path):
    make_database(db_path, views=3)
    _orphan_pages(db_path)  # only `PRAGMA quick_check` notices this
    before = sha256(db_path)
    window = start_app_window(qtbot, db_path)
    assert window.page.session is not None  # the newest session is open to read
    qtbot.waitUntil(lambda: window.integrity_problem is not None, timeout=30_000)
    problem = window.integrity_problem
    assert "damaged" in problem and "\n" not in problem
    box = window.findChild(QMessageBox, "integrity_message")
    assert box is not None and box.text() == problem
    assert window.statusBar().currentMessage() == problem
    box.close()

    type_and_save(qtbot, window, "These words must not reach the damaged file")
    assert window.page.form.status.text() == problem
    assert (
        window.page.form.words.toPlainText() == "These words must not reach the damaged file"
    )  # kept to copy
    window.db.close()
    assert sha256(db_path) == before
