"""Where the keyboard is when the window opens: typing straight away must never start something by accident."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from coprod_app.domain.view import ViewDraft
from coprod_app.storage import sessions as session_store
from coprod_app.storage import views as view_store
from coprod_app.ui.main_window import MainWindow


def _shown(qtbot, db, db_path):
    win = MainWindow(db, str(db_path))
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return win


def test_an_open_session_starts_in_the_words_box(qtbot, db, db_path, session):
    win = _shown(qtbot, db, db_path)
    assert QApplication.focusWidget() is win.page.form.words


def test_when_every_session_is_closed_typing_at_once_opens_no_dialog(qtbot, db, db_path, session):
    kept = view_store.record_view(db, session.id, ViewDraft(text="More clubs after school"))
    session_store.set_session_status(db, session.id, "closed")
    win = _shown(qtbot, db, db_path)
    assert QApplication.focusWidget() is win.page.table
    qtbot.keyClicks(QApplication.focusWidget(), "we want a quiet room")
    for key in (Qt.Key_Space, Qt.Key_Return):
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert view_store.list_views(db, session.id) == [kept]
    assert win.page.form.editing_id is None  # Enter on a view of a closed session says why instead
    assert "closed" in win.page.form.status.text()
    assert win.page.session.id == session.id
