"""The View menu sets what the voting screen does on this laptop: read aloud, card options, switches,
the thank-you time and rating rounds; each choice is saved at once and read back from the database."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from coprod_app.storage.device_settings import load_settings, save_settings
from coprod_app.ui.common import read_aloud
from coprod_app.ui.main_window import MainWindow
from tests.gui.conftest import start_app_window
from tests.unit.test_db_files import _make


@pytest.fixture
def boxes(monkeypatch) -> list[str]:
    """Message boxes record their sentence instead of waiting for a click (a test must fail, not hang)."""
    said: list[str] = []
    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *a, **k: said.append(text))
    return said


@pytest.fixture
def window(qtbot, db, db_path):
    win = MainWindow(db, str(db_path))
    qtbot.addWidget(win)
    return win


def action(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, f"no menu item {name}"
    return found


def test_each_voting_setting_is_a_menu_item_that_saves_at_once(window, db):
    assert load_settings(db) == load_settings(None), "a new laptop starts with the defaults"
    for name in ("action_read_pages_aloud", "action_hide_priority_badge", "action_hide_i_statement"):
        item = action(window, name)
        assert item.isCheckable() and not item.isChecked() and item.text().replace("&", "").strip()
        item.trigger()
        assert item.isChecked()
    action(window, "action_scanning_two-switch").trigger()
    action(window, "action_scan_seconds_3").trigger()
    action(window, "action_thanks_seconds_15").trigger()
    action(window, "action_rating_list").trigger()
    stored = load_settings(db)
    assert (stored.read_pages_aloud, stored.hide_priority_badge, stored.hide_i_statement) == (
        True,
        True,
        True,
    )
    assert (stored.scanning, stored.scan_seconds, stored.thanks_seconds, stored.rating_layout) == (
        "two-switch",
        3.0,
        15,
        "list",
    )
    assert "voting screen uses it" in window.statusBar().currentMessage()
    action(window, "action_read_pages_aloud").trigger()  # and off again
    assert load_settings(db).read_pages_aloud is False
    action(window, "action_scanning_off").trigger()
    assert load_settings(db).scanning == "off"


def test_the_menu_shows_what_is_stored_also_a_value_set_from_the_command_line(qtbot, db, db_path):
    save_settings(db, thanks_seconds=7, scan_seconds=0.5, scanning="one-switch", hide_i_statement=True)
    win = MainWindow(db, str(db_path))
    qtbot.addWidget(win)
    seven = action(win, "action_thanks_seconds_7")
    assert seven.isChecked() and seven.text() == "7 s"
    assert not action(win, "action_thanks_seconds_6").isChecked()
    assert action(win, "action_scan_seconds_0.5").isChecked()
    assert action(win, "action_scanning_one-switch").isChecked()
    assert action(win, "action_hide_i_statement").isChecked()
    assert not action(win, "action_hide_priority_badge").isChecked()
    assert action(win, "action_rating_one-at-a-time").isChecked()


def test_the_read_aloud_line_is_asked_again_each_time_the_menu_opens(window, monkeypatch):
    answers = iter(
        [
            (None, "Read aloud is off: install speech-dispatcher."),
            (object(), ""),
        ]
    )
    monkeypatch.setattr(read_aloud, "find_engine", lambda: next(answers))
    monkeypatch.setattr(read_aloud, "status_text", lambda: read_aloud.unavailable_reason() or "works")
    read_aloud.reset()
    try:
        window.view_menu.menu.aboutToShow.emit()
        assert window.view_menu.read_aloud_status.text() == "Read aloud is off: install speech-dispatcher."
        # The voice was installed while the app was open: the next opening of the menu finds it.
        window.view_menu.menu.aboutToShow.emit()
        assert window.view_menu.read_aloud_status.text() == "works"
    finally:
        monkeypatch.undo()
        read_aloud.reset()


def test_a_setting_refused_by_a_read_only_disk_says_so_and_the_tick_goes_back(qtbot, tmpfs, boxes):
    disk = tmpfs("size=4m")
    path = disk / "coprod.sqlite3"
    _make(path)
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True, capture_output=True)
    window = start_app_window(qtbot, path)
    item = action(window, "action_read_pages_aloud")
    item.trigger()
    assert len(boxes) == 1 and boxes[0].endswith("."), boxes
    assert not item.isChecked(), "the tick shows what is stored, not what was refused"
    action(window, "action_rating_list").trigger()
    assert action(window, "action_rating_one-at-a-time").isChecked()
    assert load_settings(window.db).rating_layout == "one-at-a-time"
