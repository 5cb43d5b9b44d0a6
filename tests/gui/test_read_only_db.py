"""The window on a database in a read-only place, on a damaged one, and the bounds it shows (issue 14).

Before: a database on a read-only mount would not open at all ("... left untouched;
copy it to a folder you can write to"); a view's words with one flipped byte stopped
the window opening with a raw OperationalError; the tally box went to 10,000 and the
session date to 9999-12-31; the words box said nothing until Enter.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from coprod_app.storage import views as view_store
from coprod_app.ui.app import open_main_window
from tests.gui.conftest import start_app_window
from tests.unit.test_db_files import WORDS, _make


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def read_only_disk(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)], capture_output=True, text=True
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here to make a real read-only disk: {result.stderr.strip()}")
    try:
        yield disk
    finally:
        if subprocess.run(["umount", str(disk)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(disk)], capture_output=True)


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> list[str]:
    """Message boxes record their sentence instead of waiting for a click (a test must fail, not hang)."""
    said: list[str] = []
    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *a, **k: said.append(text))
    return said


def test_the_window_opens_a_read_only_database_shows_it_and_refuses_saving(qtbot, read_only_disk):
    path = read_only_disk / "coprod.sqlite3"
    session_id = _make(path)
    subprocess.run(["mount", "-o", "remount,ro", str(read_only_disk)], check=True, capture_output=True)
    before = _sha(path)
    window = start_app_window(qtbot, path)
    try:
        assert window.page.session is not None and window.page.session.id == session_id
        shown = [v.text for v in view_store.list_views(window.db, session_id)]
        assert shown == WORDS
        assert "read-only place" in window.statusBar().currentMessage()  # said before anyone types

        words = window.page.form.words
        words.setFocus()
        qtbot.keyClicks(words, "More buses after school")
        qtbot.keyClick(words, Qt.Key_Return)
        status = window.page.form.status.text()
        assert "read-only place" in status and "\n" not in status and "damaged" not in status
        assert words.toPlainText() == "More buses after school"  # kept, to copy elsewhere
    finally:
        window.db.close()
    assert _sha(path) == before


def test_a_flipped_byte_in_a_view_is_one_sentence_and_nothing_more_is_saved(qtbot, tmp_path, boxes):
    from tests.unit.test_damaged_text import MARK, _database, _flip

    path = tmp_path / "coprod.sqlite3"
    _database(path)
    _flip(path, MARK.encode(), b"\xff")
    said = boxes
    window = start_app_window(
        qtbot, path
    )  # the session list still shows; the damaged session says why it cannot open
    try:
        assert len(said) == 1 and "damaged" in said[0] and "UTF-8" in said[0] and "\n" not in said[0]
        qtbot.waitUntil(lambda: window.integrity_problem is not None, timeout=60_000)
        assert "not valid UTF-8" in window.integrity_problem and "\n" not in window.integrity_problem
    finally:
        window.db.close()


def test_a_flipped_byte_in_a_session_title_stops_the_window_with_one_sentence(qtbot, tmp_path, boxes):
    from tests.unit.test_damaged_text import _database, _flip

    path = tmp_path / "coprod.sqlite3"
    _database(path)
    _flip(path, b"Forum", b"\xff", at=1)
    said = boxes
    assert open_main_window(path) is None
    assert len(said) == 1 and "damaged" in said[0] and "UTF-8" in said[0] and "\n" not in said[0]


def test_the_tally_box_stops_at_100000(qtbot, db, session):
    from coprod_app.storage import votes
    from coprod_app.storage.sessions import session_pack
    from coprod_app.ui.voting.tally_dialog import TallyDialog

    rnd = votes.create_round(db, session.id, "pick", 3)
    dialog = TallyDialog(db, rnd, session_pack(db, session.id))
    qtbot.addWidget(dialog)
    assert (dialog.count.minimum(), dialog.count.maximum()) == (0, 100_000)
    dialog.count.selectAll()
    qtbot.keyClicks(dialog.count, "9223372036854775807")
    assert dialog.count.value() <= 100_000
    dialog.save()
    assert db.execute("SELECT max(count) FROM tallies").fetchone()[0] <= 100_000


def test_the_session_date_stays_within_2000_to_2100(qtbot, db):
    from coprod_app.storage.packs import current_pack
    from coprod_app.ui.capture.session_dialog import NewSessionDialog

    dialog = NewSessionDialog(current_pack(db), lambda **fields: None)
    qtbot.addWidget(dialog)
    assert dialog.date.maximumDate() == QDate(2100, 12, 31)
    assert dialog.date.minimumDate() == QDate(2000, 1, 1)
    dialog.date.setDate(QDate(9999, 12, 31))
    assert dialog.date.date() == QDate(2100, 12, 31)


def test_the_words_box_says_the_limit_as_soon_as_it_is_passed(qtbot, db, session):
    from coprod_app.ui.main_window import MainWindow

    window = MainWindow(db, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    form = window.page.form
    form.words.setPlainText("ŵ" * 100_000)
    assert "100,000" not in form.status.text()
    form.words.insertPlainText("!")  # one more, as a paste or a key would add
    assert "100,001" in form.status.text() and "at most 100,000" in form.status.text()
    form.request_save()
    assert view_store.list_views(db, session.id) == []
    assert len(form.words.toPlainText()) == 100_001  # nothing cut off: the words are there to split
    form.words.textCursor().deletePreviousChar()
    assert form.status.text() == ""
