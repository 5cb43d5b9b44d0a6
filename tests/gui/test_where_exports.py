"""Installed, the window's exports default to Documents/coprod-app, made only when an export needs it;
Qt's own messages reach the log file (issue 18 part 2)."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt, qWarning
from PySide6.QtWidgets import QFileDialog

from coprod_app import logs
from coprod_app.ui.common.tasks import ImmediatePool
from coprod_app.ui.officer.export_dialog import ExportDialog
from tests.installed import pretend_installed


@pytest.fixture
def documents(tmp_path, monkeypatch):
    """An installed app (not a checkout) on Linux for a user whose home is in tmp_path; returns the exports folder."""
    return pretend_installed(tmp_path, monkeypatch) / "Documents" / "coprod-app"


def test_the_export_dialog_saves_into_documents_and_makes_the_folder_only_then(qtbot, db, session, documents):
    dialog = ExportDialog(db, session.id, "officer")
    qtbot.addWidget(dialog)
    dialog.pool = ImmediatePool()
    dialog.show()
    assert dialog.out.text().startswith(str(documents) + "/") and dialog.out.text().endswith("-officer.pdf")
    assert not documents.parent.exists(), "opening the dialog makes no folder"
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert dialog.written and all(p.startswith(str(documents)) for p in dialog.written), dialog.status.text()
    assert (documents / dialog.written[0].rsplit("/", 1)[1]).read_bytes().startswith(b"%PDF")
    assert documents.stat().st_mode & 0o777 == 0o700


def test_csv_goes_into_a_folder_of_its_own_inside_documents(qtbot, db, session, documents):
    dialog = ExportDialog(db, session.id, "csv")
    qtbot.addWidget(dialog)
    dialog.pool = ImmediatePool()
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    assert dialog.written, dialog.status.text()
    assert {p.rsplit("/", 2)[0] for p in dialog.written} == {str(documents)}


def test_the_privacy_notice_is_offered_in_documents(window, documents, monkeypatch):
    offered = []

    def save_as(_parent, _caption, suggested, _filter):
        offered.append(suggested)
        return suggested, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    saved = window.privacy_menu.save_notice_pdf()
    assert offered == [str(documents / "privacy-notice.pdf")]
    assert saved is not None and (documents / "privacy-notice.pdf").read_bytes().startswith(b"%PDF")


def test_qt_messages_go_to_the_log_file(qtbot, tmp_path):
    from PySide6.QtCore import qInstallMessageHandler

    from coprod_app.ui.common.qt_messages import send_qt_messages_to_the_log

    logger = logging.getLogger(logs.APP_LOGGER)
    handler = logs.set_up_logging(tmp_path / "coprod-app.log")
    before = send_qt_messages_to_the_log()
    try:
        qWarning("QFont::setPointSize: Point size <= 0 (-1), must be greater than 0")
    finally:
        qInstallMessageHandler(before)
        logger.removeHandler(handler)
        handler.close()
    written = (tmp_path / "coprod-app.log").read_text(encoding="utf-8")
    assert "WARNING coprod_app.qt" in written and "Point size <= 0" in written
