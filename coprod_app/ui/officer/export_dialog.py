"""Export PDFs and CSV files without freezing the window: a worker, a progress bar and cancel."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from coprod_app.domain.errors import CoprodError
from coprod_app.locations import exports_folder, make_exports_folder
from coprod_app.reports.atomic import ExportCancelled
from coprod_app.reports.exports import KIND_LABELS, KINDS, ExportRequest, default_out
from coprod_app.storage import sessions as session_store
from coprod_app.ui.accessibility import named
from coprod_app.ui.common.plain_text import plain_label
from coprod_app.ui.common.tasks import Task, default_pool, run_task

if TYPE_CHECKING:
    from coprod_app.storage.database import AppDatabase

logger = logging.getLogger(__name__)
PROGRESS_INTERVAL = 0.05  # seconds between progress signals, so the GUI's queue never floods


def export_in_own_connection(task: Task, db_path: Path, request: ExportRequest) -> list[str]:
    """The export, run in a pool thread on its own connection (a connection belongs to its thread)."""
    from coprod_app.reports.exports import run_export
    from coprod_app.storage.database import open_database

    last = 0.0

    def progress(fraction: float, what: str) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= PROGRESS_INTERVAL or fraction >= 1.0:
            last = now
            task.progress(round(fraction * 100), what)

    db = open_database(db_path, create=False)
    try:
        return [str(p) for p in run_export(db, request, progress=progress, cancelled=task.cancelled)]
    finally:
        db.close()


class ExportDialog(QDialog):
    export_finished = Signal(list)  # the files written

    def __init__(
        self, db: AppDatabase, session_id: int | None = None, kind: str = "officer", parent=None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.pool = default_pool()
        self.worker: Task | None = None  # the export running, if any
        self.written: list[str] = []
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)

        self.kind = named(QComboBox(), "export_kind", self.tr("What to export"))
        for k in KINDS:
            self.kind.addItem(self.tr(KIND_LABELS[k]), k)
        self.session = named(QComboBox(), "export_session", self.tr("Session"))
        for s in session_store.list_sessions(db):
            self.session.addItem(f"{s.date} · {s.title}", s.id)
        if session_id is not None:
            self.session.setCurrentIndex(max(0, self.session.findData(session_id)))
        self.all_sessions = named(
            QCheckBox(self.tr("All sessions")), "export_all_sessions", self.tr("Export every session (CSV)")
        )
        self.limit_dates = named(
            QCheckBox(self.tr("Only sessions between these dates")),
            "export_limit_dates",
            self.tr("Only sessions between two dates"),
        )
        today = QDate.currentDate()
        self.start = named(
            QDateEdit(QDate(today.year() - (1 if today.month() < 4 else 0), 4, 1)),
            "export_from",
            self.tr("From date"),
        )
        self.end = named(QDateEdit(today), "export_to", self.tr("To date"))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.out = named(QLineEdit(), "export_path", self.tr("Save to"))
        self.browse = named(
            QPushButton(self.tr("&Browse…")), "export_browse", self.tr("Choose where to save")
        )
        self.browse.clicked.connect(self._choose_path)

        self.progress = QProgressBar()
        self.progress.setObjectName("export_progress")
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = plain_label()  # paths and error sentences are shown as typed
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)

        self.export_button = named(
            QPushButton(self.tr("&Export")), "export_start", self.tr("Start the export")
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = named(
            QPushButton(self.tr("&Cancel")), "export_cancel", self.tr("Cancel the export or close")
        )
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.open_button = named(
            QPushButton(self.tr("&Open the file")), "export_open", self.tr("Open the exported file")
        )
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_file)

        self.form = form = QFormLayout()
        form.addRow(self.tr("&What"), self.kind)
        form.addRow(self.tr("&Session"), self.session)
        form.addRow("", self.all_sessions)
        form.addRow("", self.limit_dates)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end)
        self.dates_label = QLabel(self.tr("&Dates"))
        self.dates_label.setBuddy(self.start)
        form.addRow(self.dates_label, dates)
        path_row = QHBoxLayout()
        path_row.addWidget(self.out, 1)
        path_row.addWidget(self.browse)
        path_label = QLabel(self.tr("Save &to"))
        path_label.setBuddy(self.out)
        form.addRow(path_label, path_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        for signal in (
            self.kind.currentIndexChanged,
            self.session.currentIndexChanged,
            self.all_sessions.toggled,
            self.limit_dates.toggled,
            self.start.dateChanged,
            self.end.dateChanged,
        ):
            signal.connect(self._update)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._update()

    # -- choices -------------------------------------------------------------------------------------
    def request(self) -> ExportRequest:
        kind = self.kind.currentData()
        session_id = self.session.currentData()
        if kind == "annual" or (kind == "csv" and self.all_sessions.isChecked()):
            session_id = None
        start = end = None
        if kind == "annual" and self.limit_dates.isChecked():
            start, end = self.start.date().toString("yyyy-MM-dd"), self.end.date().toString("yyyy-MM-dd")
        return ExportRequest(
            kind=kind, out=Path(self.out.text().strip()), session_id=session_id, start=start, end=end
        )

    def _update(self) -> None:
        kind = self.kind.currentData()
        self.session.setEnabled(
            kind in ("officer", "easy-read") or (kind == "csv" and not self.all_sessions.isChecked())
        )
        self.form.setRowVisible(self.all_sessions, kind == "csv")
        self.form.setRowVisible(self.limit_dates, kind == "annual")
        self.form.setRowVisible(self.dates_label, kind == "annual")
        for edit in (self.start, self.end):
            edit.setEnabled(kind == "annual" and self.limit_dates.isChecked())
        r = self.request()
        try:
            self.out.setText(str(default_out(self.db, r.kind, r.session_id, r.start, r.end)))
        except CoprodError:
            self.out.setText(str(exports_folder()))
        self.export_button.setEnabled(kind in ("annual", "csv") or self.session.count() > 0)

    def _choose_path(self) -> None:
        if Path(self.out.text()).parent == exports_folder():
            make_exports_folder()  # so the file dialog opens in it, not in some other folder
        if self.kind.currentData() == "csv":
            path = QFileDialog.getExistingDirectory(self, self.tr("Save the CSV files in"), self.out.text())
        else:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the PDF as"), self.out.text(), "PDF (*.pdf)"
            )
        if path:
            self.out.setText(path)

    # -- running ---------------------------------------------------------------------------------
    def start_export(self) -> None:
        request = self.request()
        if not str(request.out) or str(request.out) == ".":
            self._show_error(self.tr("Choose where to save the export."))
            return
        target_folder = request.out if request.kind == "csv" else request.out.parent
        default = exports_folder()
        if target_folder == default or (request.kind == "csv" and target_folder.parent == default):
            make_exports_folder()  # ours, made when first needed (the export makes a CSV folder in it)
        self.written = []
        self.open_button.setEnabled(False)
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.status.setText(self.tr("Starting…"))
        self.cancel_button.setText(self.tr("&Cancel"))
        db_path = self.db.path
        self.worker = run_task(
            lambda task: export_in_own_connection(task, db_path, request),
            self._on_done,
            on_progress=self._on_progress,
            pool=self.pool,
        )

    def running(self) -> bool:
        return self.worker is not None and not self.worker.done

    def cancel_or_close(self) -> None:
        if self.running():
            self.worker.cancel()
            self.status.setText(self.tr("Stopping…"))
        else:
            self.reject()

    def reject(self) -> None:
        if self.running():  # Escape while running cancels; the dialog closes when the worker stops
            self.worker.cancel()
            return
        super().reject()

    def _done(self) -> None:
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("&Close"))

    def _on_done(self, result: list | None, error: Exception | None) -> None:
        if isinstance(error, ExportCancelled):
            self._on_cancelled()
        elif isinstance(error, CoprodError):
            self._on_failed(str(error))
        elif error is not None:  # a bug: say so in one sentence and keep the traceback in the log
            logger.error("export failed", exc_info=error)
            self._on_failed(
                self.tr("The export failed unexpectedly ({error}); nothing was written.").format(
                    error=repr(error)
                )
            )
        else:
            self._on_finished(result)

    def _on_progress(self, percent: int, what: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(self.tr(what) + f" ({percent}%)")

    def _on_finished(self, paths: list) -> None:
        self._done()
        self.written = list(paths)
        self.progress.setValue(100)
        shown = paths[0] if len(paths) == 1 else str(Path(paths[0]).parent)
        self.status.setText(self.tr("Saved: {files}").format(files=shown))
        self.open_button.setEnabled(True)
        self.open_button.setFocus()
        self.export_finished.emit(self.written)

    def _on_failed(self, message: str) -> None:
        self._done()
        self.progress.setValue(0)
        self._show_error(message)

    def _on_cancelled(self) -> None:
        self._done()
        self.progress.setValue(0)
        self.status.setText(self.tr("Cancelled; nothing was written."))

    def _show_error(self, message: str) -> None:
        self.status.setProperty("state", "error")
        self.status.setText(message)

    def open_file(self) -> None:
        if self.written:
            target = self.written[0] if len(self.written) == 1 else str(Path(self.written[0]).parent)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(target).resolve())))
