"""`coprod-app restore` while the window is open on the database (issue 18, part 3): the window shows the
backup's views within a second, through its own connection, and can save again."""

from __future__ import annotations

from coprod_app.domain.view import ViewDraft
from coprod_app.storage.backup import backup_database
from coprod_app.storage.views import list_views, record_view
from tests.unit.real_cli import run_cli


def _shown(window) -> str:
    model = window.page.table.model()
    return "\n".join(
        str(model.index(r, c).data() or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )


def test_restore_from_the_command_line_while_the_window_is_open(qtbot, db, db_path, session, tmp_path):
    from coprod_app.ui.main_window import MainWindow

    record_view(db, session.id, ViewDraft(text="Kept in the backup"))
    saved = backup_database(db, tmp_path / "saved.sqlite3")
    window = MainWindow(db, str(db_path))
    qtbot.addWidget(window)
    window.show()
    window.open_session(session.id)
    window.page.save(ViewDraft(text="Typed after the backup"))
    assert "Typed after the backup" in _shown(window)

    result = run_cli("--db", str(db_path), "restore", str(saved))
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().startswith(f"Restored {db_path} from {saved}")

    qtbot.waitUntil(lambda: "Typed after the backup" not in _shown(window), timeout=2000)
    assert "Kept in the backup" in _shown(window)
    window.page.save(ViewDraft(text="Saved after the restore"))
    assert [v.text for v in list_views(db, session.id)] == ["Kept in the backup", "Saved after the restore"]
