"""A window open on the database drops erased words within a second when another program erases (issue 14).

The attack: the window is open on a session while `coprod-app erase` runs in a terminal;
before, the erased words stayed on screen (and undo could put them back).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from coprod_app.domain.view import ViewDraft
from coprod_app.storage.database import open_database
from coprod_app.storage.privacy import erase_participant, purge
from coprod_app.storage.sessions import add_participant, create_session
from coprod_app.storage.views import record_view
from tests.conftest import ROOT

SECRET = "Bramblewick-3390 please take this out"
KEEP = "Tumbleford-7702 other words"


@pytest.fixture
def window(qtbot, db, db_path, session):
    from coprod_app.ui.main_window import MainWindow

    child = add_participant(db, session.id)
    other = add_participant(db, session.id)
    record_view(db, session.id, ViewDraft(text=KEEP, participant=other.code))
    w = MainWindow(db, str(db_path))
    qtbot.addWidget(w)
    w.show()
    w.open_session(session.id)
    w.child_code = child.code
    return w


def _shown(window) -> str:
    """Every text in the views list as the screen shows it."""
    model = window.page.table.model()
    return "\n".join(
        str(model.index(r, c).data() or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    )


def test_erase_on_a_second_connection_leaves_the_screen_within_a_second(qtbot, window, db_path, session):
    window.page.save(
        ViewDraft(text=SECRET, participant=window.child_code)
    )  # typed here: undo could restore it
    assert SECRET in _shown(window) and window.page.history.can_undo()

    elsewhere = open_database(db_path)  # like `coprod-app erase` in a terminal
    try:
        erase_participant(elsewhere, session.id, window.child_code)
    finally:
        elsewhere.close()

    qtbot.waitUntil(lambda: SECRET not in _shown(window), timeout=1000)
    assert KEEP in _shown(window)
    assert not window.page.history.can_undo(), "undo must not bring back words erased elsewhere"
    assert window.child_code not in window.page.form.participant.currentText()


def test_erase_from_the_command_line_leaves_the_screen(qtbot, window, db_path, session, db):
    record_view(db, session.id, ViewDraft(text=SECRET, participant=window.child_code))
    window.page.refresh()
    assert SECRET in _shown(window)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "coprod_app",
            "--db",
            str(db_path),
            "erase",
            "--participant",
            window.child_code,
            "--session",
            str(session.id),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: SECRET not in _shown(window), timeout=1000)
    assert KEEP in _shown(window)


def test_a_session_purged_elsewhere_leaves_the_screen(qtbot, window, db_path, db):
    old = create_session(db, title="Long ago forum", date="2019-03-01", forum="other")
    record_view(db, old.id, ViewDraft(text=SECRET))
    window.open_session(old.id)
    assert SECRET in _shown(window)
    elsewhere = open_database(db_path)
    try:
        purge(elsewhere, today="2025-06-01")
    finally:
        elsewhere.close()
    qtbot.waitUntil(lambda: SECRET not in _shown(window), timeout=1000)
    assert window.stack.currentWidget() is window.empty
    model = window.session_list.view.model()
    listed = "\n".join(str(model.index(r, 0).data() or "") for r in range(model.rowCount()))
    assert "Long ago forum" not in listed and "Youth forum night" in listed


def test_the_window_own_saves_do_not_reload_it(qtbot, window, session):
    """Only other connections' commits count: saving here must not reload (and so never disturbs typing)."""
    watch = window.database_watch
    window.page.save(ViewDraft(text="A view saved in this window"))
    assert watch.check() is False


def test_the_retention_dialog_names_a_session_it_skips(qtbot, window, db):
    from coprod_app.ui.privacy.retention_dialog import RetentionDialog

    broken = create_session(db, title="Typed by another tool", date="2019-03-01", forum="other")
    db.execute("UPDATE sessions SET date = '9999-12-31' WHERE id = ?", [broken.id])
    db.conn.commit()
    dialog = RetentionDialog(db, window)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    text = dialog.findChild(QLabel, "retention_intro").text()
    assert "Typed by another tool" in text and "9999-12-31" in text


def test_the_erase_message_says_what_happened_to_the_backups(qtbot, window, db, session, monkeypatch):
    from coprod_app.storage.backup import backup_database
    from coprod_app.ui.privacy.erase_dialog import EraseParticipantDialog

    record_view(db, session.id, ViewDraft(text=SECRET, participant=window.child_code))
    backup = backup_database(db)

    def confirm(dialog):
        dialog.code.setCurrentIndex(dialog.code.findData(window.child_code))
        dialog.accept()  # "Erase for good"
        return dialog.result()

    monkeypatch.setattr(EraseParticipantDialog, "exec", confirm)
    window.privacy_menu.erase_participant()
    message = window.statusBar().currentMessage()
    assert "Erased participant" in message and "Backups: 1 rewritten without them." in message
    assert SECRET.encode() not in backup.read_bytes()
