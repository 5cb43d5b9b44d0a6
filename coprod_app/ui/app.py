"""Starting the window: open the database (or say in one sentence why not), then show the app."""

from __future__ import annotations

import sys
from pathlib import Path

from coprod_app.domain.errors import CoprodError


def run_app(db_path: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from coprod_app.storage.database import default_db_path, open_database
    from coprod_app.storage.packs import ensure_default_pack
    from coprod_app.ui.main_window import MainWindow
    from coprod_app.ui.theme import style_sheet

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("coprod-app")
    app.setOrganizationName("coprod-app")
    app.setStyleSheet(style_sheet())
    path = Path(db_path) if db_path else default_db_path()
    try:
        db = open_database(path)
        ensure_default_pack(db)
    except CoprodError as exc:
        print(f"coprod-app: {exc}", file=sys.stderr)
        QMessageBox.critical(None, "coprod-app", str(exc))
        return 1
    from coprod_app.ui.lock import require_unlock

    if not require_unlock(db):
        db.close()
        return 1
    window = MainWindow(db, str(path))
    screen = window.screen().availableGeometry()
    if screen.width() < 1280 or screen.height() < 800:
        window.showMaximized()
    else:
        window.show()
    return app.exec()
