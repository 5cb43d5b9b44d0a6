"""The File menu's exchange actions and dropping a .coprod file on the window (issue 6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from coprod_app.storage.bundle import export_bundle
from coprod_app.storage.views import list_views
from tests.unit.bundle_helpers import full_session, laptop, snapshot, trust_each_other


@pytest.fixture
def bundle(tmp_path, db):
    """A bundle from the laptop at table two, which this laptop trusts."""
    other = laptop(tmp_path / "table2" / "coprod.sqlite3")
    session_id = full_session(other, views=5, title="Table two")
    path = export_bundle(other, session_id, tmp_path / "table2.coprod")["path"]
    trust_each_other(db, other)
    other.close()
    return path


def file_menu_names(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "File")
    return [a.objectName() for a in menu.actions()]


def test_actions_sit_in_the_file_menu_before_quit(window):
    names = file_menu_names(window)
    for name in (
        "action_export_bundle",
        "action_import_bundles",
        "action_backup_now",
        "action_restore_backup",
    ):
        assert names.index(name) < names.index("action_quit")


def test_import_runs_in_a_worker_and_reports_at_the_end(qtbot, window, db, bundle):
    menu = window.exchange
    with qtbot.waitSignal(menu.import_finished, timeout=20000) as finished:
        assert menu.import_files([bundle, bundle])
        assert menu.progress_dialog is not None and menu.progress_dialog.objectName() == "import_progress"
    results = finished.args[0]
    assert results[0][1]["added"]["views"] == 5 and results[1][2] is None
    assert "added 1 session" in menu.last_message and "already here" in menu.last_message
    titles = [s.title for s in window.session_list.model.sessions]
    assert "Table two" in titles, "the session list shows the imported session"
    assert len(list_views(db, results[0][1]["session_id"])) == 5
    with qtbot.waitSignal(menu.import_finished, timeout=20000):  # the first has ended: another may start
        assert menu.import_files([bundle])


def test_a_refused_bundle_is_one_sentence_and_changes_nothing(qtbot, window, db, tmp_path):
    fake = tmp_path / "broken.coprod"
    fake.write_bytes(b"PK\x03\x04 cut short")
    before = snapshot(db)
    with qtbot.waitSignal(window.exchange.import_finished, timeout=20000):
        window.exchange.import_files([fake])
    assert (
        "broken.coprod" in window.exchange.last_message
        and "truncated or damaged" in window.exchange.last_message
    )
    assert snapshot(db) == before


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # PySide6 marks the QPoint drag-event constructor
def test_dropping_a_bundle_on_the_words_box_imports_it(qtbot, window, db, bundle):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle))])
    words = window.page.form.words
    target = words.viewport()  # where Qt delivers drops over a text box, which would paste the file name
    assert target.acceptDrops()
    enter = QDragEnterEvent(QPoint(5, 5), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    with qtbot.waitSignal(window.exchange.import_finished, timeout=20000):
        QApplication.sendEvent(target, drop)
    assert db.execute("SELECT count(*) FROM views").fetchone()[0] == 5
    assert words.toPlainText() == ""


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_other_files_are_not_taken(window, tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.jpg"))])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_export_backup_and_restore(qtbot, window, db, db_path, tmp_path, monkeypatch):
    session_id = full_session(db, views=3)
    window.refresh_sessions()
    window.open_session(session_id)
    result = window.exchange.export_session(tmp_path / "out" / "mine")
    assert result["path"].endswith("mine.coprod") and result["counts"]["views"] == 3

    backup = window.exchange.backup_now()
    assert backup.parent == db_path.parent / "backups" and str(backup) in window.exchange.last_message
    good = snapshot(db)
    db.execute("DELETE FROM views")
    db.conn.commit()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    assert window.exchange.restore_from(backup) is None
    assert db.execute("SELECT count(*) FROM views").fetchone()[0] == 0, "saying No changes nothing"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    restored = window.exchange.restore_from(backup)
    assert restored["replaced_kept_as"]
    assert snapshot(db) == good
    assert window.page.session is not None and window.page.session.id == session_id
