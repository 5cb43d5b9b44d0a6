"""Starting the window: open the database (or say in one sentence why not), then show the app.

Start-up does only what the first usable window needs. The database's integrity
check runs in the thread pool once the window is up (`MainWindow.check_database`; see
`storage.database.open_database(check_in_background=True)`): until it has passed,
saving waits for it (a save before it has begun runs it), and a damaged file is never
written to. Begun beside the first paint, it took processor time and the
interpreter's lock from building and painting the window.
"""

from __future__ import annotations

import sys
from pathlib import Path

from coprod_app.domain.errors import CoprodError

WARM_UP_MS = 200


def prepare_application(app) -> None:
    """Names and style for the QApplication, before any window is made."""
    from coprod_app.ui.collector import collect_on_gui_thread
    from coprod_app.ui.view_settings import DeviceSettings, apply_look

    collect_on_gui_thread(app)  # export workers must never destroy a widget (see ui/collector.py)
    app.setApplicationName("coprod-app")
    app.setOrganizationName("coprod-app")
    apply_look(app, DeviceSettings())  # the defaults until the database says this laptop's own


def use_view_settings(app, db):
    """This laptop's stored theme, text size and language, applied to the app; returns the settings.

    What the app does at start, once the database is open (tests call it to see screens as people do).
    """
    from coprod_app.ui.common.i18n import install_translator
    from coprod_app.ui.view_settings import apply_look, load_view_settings

    settings = load_view_settings(db)  # theme, text size and language, kept per laptop
    apply_look(app, settings)
    install_translator(app, settings.language)
    return settings


def open_main_window(path: Path):
    """Open the database at `path` and build the main window (not yet shown).

    Returns None after telling the user in one sentence (stderr and a message
    box) when the database cannot be opened, or when the passphrase lock was
    not opened. `benchmarks/run.py` times exactly this, so the figure is the app's.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from coprod_app.storage.database import DamagedDatabase, open_database
    from coprod_app.storage.packs import ensure_default_pack
    from coprod_app.ui.common import plain_text

    try:
        try:
            db = open_database(path, check_in_background=True)
        except DamagedDatabase as exc:
            from coprod_app.ui.menus.exchange import offer_newest_backup

            if not offer_newest_backup(None, path, str(exc)):
                raise
            db = open_database(path, check_in_background=True)  # the restored backup
        ensure_default_pack(db)
    except CoprodError as exc:
        print(f"coprod-app: {exc}", file=sys.stderr)
        plain_text.critical(None, "coprod-app", str(exc))  # the sentence may quote the path
        return None
    use_view_settings(QApplication.instance(), db)
    from coprod_app.ui.privacy.passphrase_lock import require_unlock

    if not require_unlock(db):
        db.close()
        return None
    from coprod_app.ui.main_window import MainWindow

    try:
        window = MainWindow(db, str(path))
    except (
        CoprodError
    ) as exc:  # the first reads found damage (a view's words that are not UTF-8): one sentence
        db.close()
        print(f"coprod-app: {exc}", file=sys.stderr)
        plain_text.critical(None, "coprod-app", str(exc))
        return None
    _show_place_warning(window)
    # The integrity check, once the window is up (a zero delay would run before its first paint).
    QTimer.singleShot(WARM_UP_MS, window, window.check_database)
    return window


def _show_place_warning(window) -> None:
    """A database on a network drive or in a synced folder: the sentence stays at the foot of the window."""
    from coprod_app.storage.database import place_warning
    from coprod_app.ui.common.plain_text import plain_label

    warning = place_warning(window.db)
    if warning:
        label = plain_label(warning, window)
        label.setObjectName("place_warning")
        label.setAccessibleName(warning)
        label.setWordWrap(True)
        window.statusBar().addPermanentWidget(label, 1)  # not showMessage: a menu's hint would wipe it


def _remove_stray_exports() -> None:
    from coprod_app.reports.exports import remove_stray_exports

    remove_stray_exports()


def run_app(db_path: str | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from coprod_app.storage.database import default_db_path
    from coprod_app.ui.common.qt_messages import set_up_window_logging

    set_up_window_logging(db_path)  # no console here: errors, and Qt's own messages, go to the log file
    app = QApplication.instance() or QApplication(sys.argv)
    prepare_application(app)
    path = Path(db_path) if db_path else default_db_path()
    from coprod_app.ui.single_instance import AlreadyOpen, take_database_lock

    try:
        lock = take_database_lock(path)  # held until this function returns, when the window has closed
    except AlreadyOpen as exc:  # a second window on one database: say so, and bring nothing up
        from coprod_app.ui.common import plain_text

        print(f"coprod-app: {exc}", file=sys.stderr)
        plain_text.information(None, "coprod-app", str(exc))
        return 1
    window = open_main_window(path)
    if window is None:
        return 1
    # Voting left on by a crash or a power cut comes back locked, before the window's first paint.
    voting = window.voting_menu.resume()
    screen = window.screen().availableGeometry()
    if screen.width() < 1280 or screen.height() < 800:
        window.showMaximized()
    else:
        window.show()
    if voting is not None:
        voting.come_back()  # in front of the main window's cover
    # Just after the window is up, load what the first save needs but the first paint does not
    # (sqlite-utils); a save before then loads it itself. A zero delay would run before the paint.
    QTimer.singleShot(WARM_UP_MS, lambda: window.db.utils)
    QTimer.singleShot(WARM_UP_MS, _remove_stray_exports)  # what an export killed last time left behind
    try:
        return app.exec()
    finally:
        if lock is not None:
            lock.unlock()
