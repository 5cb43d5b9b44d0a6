"""Exchange: session bundles between laptops, backups and restore, in the File menu; and dropping
a `.coprod` file onto the window imports it.

Imports run off the GUI thread with their own database connection (run_task with
ui/exchange/bundle_import.py), so a big bundle never freezes the window; a progress
dialog follows it and the report ("added 42 views, 3 votes; 12 already here") is
shown at the end.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from coprod_app.domain.errors import CoprodError
from coprod_app.ui.accessibility import named
from coprod_app.ui.common import plain_text
from coprod_app.ui.common.i18n import sessions_count, translate, views_count
from coprod_app.ui.common.tasks import Task, default_pool, run_task
from coprod_app.ui.exchange.bundle_import import ImportOutcome, import_bundles
from coprod_app.ui.menus._actions import MenuWindow, add_action

logger = logging.getLogger(__name__)

BUNDLE_SUFFIX = ".coprod"


def install(window: MenuWindow) -> None:
    window.exchange = ExchangeMenu(window)


class _BundleDrops(QObject):
    """Accepts `.coprod` files dropped anywhere on the window, before text boxes take them as text."""

    def __init__(self, menu: ExchangeMenu) -> None:
        super().__init__(menu)
        self.menu = menu

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.DragEnter, QEvent.DragMove, QEvent.Drop):
            paths = bundle_paths(event.mimeData())
            if not paths:
                return False
            event.setDropAction(Qt.CopyAction)
            event.accept()
            if kind == QEvent.Drop:
                self.menu.import_files(paths)
            return True
        return False


def bundle_paths(mime) -> list[Path]:
    if mime is None or not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(BUNDLE_SUFFIX)
    ]


class ExchangeMenu(QObject):
    """The File menu's exchange actions, and the import running in the background."""

    import_finished = Signal(list)

    def __init__(self, window: MenuWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pool = default_pool()  # tests put an ImmediatePool here
        self.import_task: Task | None = None  # the last import started; running until its `done`
        self.progress_dialog: QProgressDialog | None = None
        self.last_message = ""
        self.devices_dialog = None
        menu = window.file_menu
        self.export_action = self._action(
            self.tr("&Export this session's bundle…"), "action_export_bundle", self.choose_export
        )
        self.import_action = self._action(
            self.tr("&Import bundles…"), "action_import_bundles", self.choose_imports
        )
        self.devices_action = self._action(
            self.tr("Laptops I &trust…"), "action_trusted_laptops", self.show_devices
        )
        self.backup_action = self._action(self.tr("&Back up now"), "action_backup_now", self.backup_now)
        self.restore_action = self._action(
            self.tr("&Restore from a backup…"), "action_restore_backup", self.choose_restore
        )
        # Between New participant code… and Quit, each group after a line.
        before = window.quit_action
        menu.insertActions(before, [self.export_action, self.import_action, self.devices_action])
        menu.insertSeparator(before)
        menu.insertActions(before, [self.backup_action, self.restore_action])
        menu.insertSeparator(before)
        menu.aboutToShow.connect(self._update_actions)

        self.drops = _BundleDrops(self)
        window.setAcceptDrops(True)
        window.installEventFilter(self.drops)
        for child in window.findChildren(QWidget):
            if child.acceptDrops():  # text boxes would otherwise swallow the file as text
                child.installEventFilter(self.drops)

    def _action(self, text: str, name: str, slot) -> QAction:
        return add_action(None, text, name, slot, parent=self.window)

    def _update_actions(self) -> None:
        self.export_action.setEnabled(self.window.current_session_id() is not None)
        self.import_action.setEnabled(not self.importing())

    @property
    def db_path(self) -> Path:
        return self.window.db.path

    # Export ------------------------------------------------------------------

    def choose_export(self) -> None:
        session = self.window.page.session
        if session is None:
            self._tell(self.tr("Open a session first; its bundle is what gets exported."), warning=True)
            return
        suggested = Path.home() / f"{_safe_name(session.title)}-{session.date}{BUNDLE_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export this session's bundle"),
            str(suggested),
            self.tr("Session bundles (*.coprod)"),
        )
        if path:
            self.export_session(Path(path))

    def export_session(self, path: Path) -> dict | None:
        from coprod_app.storage.bundle import export_bundle

        session = self.window.page.session
        if session is None:
            return None
        if path.suffix.lower() != BUNDLE_SUFFIX:
            path = path.with_name(path.name + BUNDLE_SUFFIX)
        try:
            result = export_bundle(self.window.db, session.id, path)
        except CoprodError as exc:
            self._tell(str(exc), warning=True)
            return None
        views = result["counts"]["views"]
        self._tell(
            self.tr(
                "Exported “{title}” ({views}) to {path}. Copy this file to the officer's laptop and "
                "import it there."
            ).format(title=session.title, views=views_count(views), path=result["path"])
        )
        return result

    # Import ------------------------------------------------------------------

    def choose_imports(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import session bundles"),
            str(Path.home()),
            self.tr("Session bundles (*.coprod)"),
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> bool:
        """Start importing in the background; False when an import is already running."""
        if self.importing():
            self._tell(self.tr("An import is already running; wait for it to finish."), warning=True)
            return False
        dialog = QProgressDialog(self.tr("Importing…"), "", 0, 0, self.window)
        dialog.setLabel(
            plain_text.plain_label(self.tr("Importing…"))
        )  # it names the files as they are called
        named(dialog, "import_progress", self.tr("Import progress"))
        dialog.setWindowTitle(self.tr("Importing bundles"))
        dialog.setCancelButton(None)  # an import is one transaction: it completes or changes nothing
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self.progress_dialog = dialog

        paths = [Path(p) for p in paths]
        db_path = self.db_path
        self.import_task = run_task(
            lambda task: import_bundles(task, db_path, paths),
            lambda result, error: self._on_import_done(paths, result, error),
            on_progress=lambda i, name, done, total: self._on_progress(i, name, done, total, len(paths)),
            pool=self.pool,
            context=self,
        )
        return True

    def importing(self) -> bool:
        return self.import_task is not None and not self.import_task.done

    def _on_progress(self, index: int, name: str, done: int, total: int, files: int) -> None:
        if self.progress_dialog is None:
            return
        if done == total == 0:  # a file begins (import_bundles says so before its first record)
            self.progress_dialog.setLabelText(
                self.tr("Importing {name} ({number} of {files})…").format(
                    name=name, number=index + 1, files=files
                )
            )
        else:
            self.progress_dialog.setMaximum(max(total, 1))
            self.progress_dialog.setValue(min(done, max(total, 1)))

    def _on_import_done(
        self, paths: list[Path], outcome: ImportOutcome | None, bug: Exception | None
    ) -> None:
        from coprod_app.storage.bundle import summary_text

        if bug is not None:  # import_bundles reports each file itself; this is a bug before the first
            logger.error("import failed", exc_info=bug)
            outcome = ImportOutcome.all_failed(paths, f"The import failed unexpectedly ({bug!r}).")
        results, untrusted = outcome.results, outcome.untrusted
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        lines = []
        for name, report, error in results:
            lines.append(f"{name}: {summary_text(report)}." if report else f"{name}: {error}")
        # None: the bundle's session was erased or purged here, so nothing of it came back
        imported = {
            report["session_id"] for _, report, _ in results if report and report["session_id"] is not None
        }
        self.window.refresh_sessions()
        page = self.window.page
        if page.session is not None and page.session.id in imported:
            self.window.open_session(page.session.id)  # show what arrived in the open session
        elif page.session is None and imported:
            self.window.open_session(min(imported))
        self._tell(
            "\n".join(lines), warning=any(error for _, _, error in results), title=self.tr("Import finished")
        )
        self.import_finished.emit(results)
        if untrusted:
            self.offer_trust(untrusted)

    def offer_trust(self, untrusted: dict) -> list[Path]:
        """For each laptop that signed a refused bundle: ask to trust it (showing its fingerprint), then import.

        The command line simply refuses; here the facilitator can compare the fingerprint with the
        other laptop's screen and trust it on the spot. Returns the files imported again.
        """
        from coprod_app.storage.devices import display, same_name_trusted, trust_device

        by_laptop: dict[str, list[Path]] = {}
        signers = {}
        for path, signer in untrusted.items():
            by_laptop.setdefault(signer.fingerprint, []).append(path)
            signers[signer.fingerprint] = signer
        again: list[Path] = []
        for fingerprint, paths in by_laptop.items():
            signer = signers[fingerprint]
            shown = display(signer.name, fingerprint)
            files = ", ".join(p.name for p in paths)
            namesake = same_name_trusted(self.window.db, signer.name, fingerprint)
            warning = (
                self.tr(
                    "Careful: a laptop named {name} is already trusted. This is a different laptop "
                    "using the same name.\n\n"
                ).format(name=namesake.name)
                if namesake is not None
                else ""
            )
            answer = plain_text.question(
                self.window,
                self.tr("Trust laptop {laptop}?").format(laptop=shown),
                warning
                + self.tr(
                    "{files} is signed by laptop {signer}, which this laptop does not trust yet.\n\nOn that "
                    "laptop open "
                    "File → Laptops I trust… and compare its fingerprint with this one, letter by letter:\n\n"
                    "{fingerprint}\n\nTrust laptop {laptop} and import its bundles? Say No if the fingerprints "
                    "differ or you cannot check."
                ).format(
                    files=files, signer=signer.name or fingerprint, fingerprint=fingerprint, laptop=shown
                ),
                QMessageBox.Yes | QMessageBox.No,
                QMessageBox.No,
            )
            if answer != QMessageBox.Yes:
                continue
            try:
                trust_device(self.window.db, fingerprint, signer.name or None, signer.public_key)
            except CoprodError as exc:
                self._tell(str(exc), warning=True)
                continue
            again += paths
        if again:
            self.import_files(again)
        return again

    def show_devices(self) -> None:
        from coprod_app.ui.exchange.devices_dialog import DevicesDialog

        if self.devices_dialog is not None:
            self.devices_dialog.deleteLater()
        self.devices_dialog = DevicesDialog(self.window.db, self.window)
        self.devices_dialog.open()

    # Backup and restore ---------------------------------------------------------

    def backup_now(self) -> Path | None:
        from coprod_app.storage.backup import backup_database

        try:
            path = backup_database(self.window.db)
        except CoprodError as exc:
            self._tell(str(exc), warning=True)
            return None
        self._tell(self.tr("Backed up to {path}.").format(path=path))
        return path

    def choose_restore(self) -> None:
        from coprod_app.storage.backup import backups_folder

        try:
            folder = backups_folder(self.db_path)
        except CoprodError:
            folder = Path.home()
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore from a backup"),
            str(folder),
            self.tr("Backups (*.sqlite3);;All files (*)"),
        )
        if path:
            self.restore_from(Path(path))

    def restore_from(self, path: Path) -> dict | None:
        """Check the backup, ask, then restore; the replaced database is kept beside it."""
        from coprod_app.storage.backup import check_backup, restore_database

        try:
            found = check_backup(path)
        except CoprodError as exc:
            self._tell(str(exc), warning=True)
            return None
        answer = plain_text.question(
            self.window,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace everything in this database with the backup {backup} ({sessions}, {views})? The "
                "database as it is now is kept beside it, so nothing is lost."
            ).format(
                backup=path.name,
                sessions=sessions_count(found["sessions"]),
                views=views_count(found["views"]),
            ),
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.No,
        )
        if answer != QMessageBox.Yes:
            return None
        try:
            result = restore_database(self.db_path, path)
        except CoprodError as exc:
            self._tell(str(exc), warning=True)
            return None
        # Undo steps belong to the replaced database; the window closes the session if the backup lacks it.
        self.window.reload_saved(forget_undo=True)
        message = self.tr("Restored from {backup}. The database it replaced is kept as {kept}.").format(
            backup=path.name, kept=result["replaced_kept_as"]
        )
        if result.get("ledger", {}).get("removed"):  # the backup was older than an erasure or purge
            message += " " + translate(
                "ExchangeMenu",
                "It still held %n record(s) erased or purged since: they "
                "were removed again and wiped from the file.",
                None,
                result["ledger"]["removed"],
            )
        self._tell(message)
        return result

    # Telling the facilitator ----------------------------------------------------

    def _tell(self, text: str, warning: bool = False, title: str | None = None) -> None:
        """A message that does not block (so tests and workers never hang on it), also in the status bar."""
        self.last_message = text
        self.window.statusBar().showMessage(text.splitlines()[0] if text else "", 15000)
        # Plain text: session titles and file names as they are, even from a bundle.
        box = plain_text.message_box(
            QMessageBox.Warning if warning else QMessageBox.Information,
            title or self.tr("Exchange"),
            text,
            QMessageBox.Ok,
            self.window,
        )
        box.setObjectName("exchange_message")
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()


def offer_newest_backup(parent, db_path: Path, problem: str) -> bool:
    """When the database will not open: offer the newest good backup. True if one was restored.

    For the app's start-up (ui/app.py): call it with the StorageError's sentence; on True, open again.
    """
    from coprod_app.storage.backup import newest_good_backup, restore_database

    backup = newest_good_backup(db_path)
    if backup is None:
        return False
    answer = plain_text.question(
        parent,
        "coprod-app",
        f"{problem}\n\nThe newest good backup is {backup.name}. Restore it? The damaged database is kept beside it.",
        QMessageBox.Yes | QMessageBox.No,
        QMessageBox.Yes,
    )
    if answer != QMessageBox.Yes:
        return False
    try:
        restore_database(db_path, backup)
    except CoprodError as exc:
        plain_text.critical(parent, "coprod-app", str(exc))
        return False
    return True


def _safe_name(title: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in title).strip("-")[:60] or "session"
