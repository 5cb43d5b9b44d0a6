"""When the database will not open because it is damaged, the app offers the newest good backup."""

from PySide6.QtWidgets import QMessageBox

from coprod_app.domain.view import ViewDraft
from coprod_app.storage.backup import backup_database
from coprod_app.storage.database import open_database
from coprod_app.storage.packs import ensure_default_pack
from coprod_app.storage.sessions import create_session
from coprod_app.storage.views import list_views, record_view
from coprod_app.ui.app import open_main_window


def test_damaged_database_offers_and_restores_the_newest_backup(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "db" / "coprod.sqlite3"
    db = open_database(path)
    ensure_default_pack(db)
    s = create_session(db, title="Youth forum", date="2026-11-20", forum="youth-forum")
    record_view(db, s.id, ViewDraft(text="kept in the backup"))
    backup_database(db)
    db.close()
    path.write_bytes(b"this is not a database any more" * 100)

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: None)
    window = open_main_window(path)
    assert asked, "the newest good backup was not offered"
    assert window is not None
    qtbot.addWidget(window)
    assert [v.text for v in list_views(window.db, s.id)] == ["kept in the backup"]
