"""`coprod-app settings`: IT prepares a voting laptop from the command line; the window then uses it."""

from __future__ import annotations

import json
import sqlite3

import pytest

from coprod_app.storage.database import open_database
from coprod_app.storage.device_settings import DeviceSettings, load_settings
from tests.unit.real_cli import one_line, run_cli


def stored(path) -> list[tuple[str, str]]:
    """This laptop's settings rows exactly as the database holds them."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT key, value FROM meta WHERE key LIKE 'ui_%' ORDER BY key").fetchall()
    finally:
        conn.close()


@pytest.fixture
def path(tmp_path):
    return tmp_path / "laptop.sqlite3"


def test_with_no_option_it_prints_the_settings_and_changes_nothing(path):
    shown = run_cli("--db", str(path), "settings")
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout.decode()
    assert text.startswith("This laptop's settings:\n")
    assert "Text size:" in text and "100 %" in text and "Thank-you page time:" in text
    as_json = run_cli("--db", str(path), "settings", "--json")
    assert json.loads(as_json.stdout) == DeviceSettings().as_json()
    assert stored(path) == [], "showing the settings writes none"


def test_every_option_is_stored_and_read_back_as_the_window_reads_it(path):
    result = run_cli(
        "--db",
        str(path),
        "settings",
        "--theme",
        "high-contrast",
        "--text-size",
        "175",
        "--language",
        "cy",
        "--read-aloud",
        "on",
        "--hide-priority-badge",
        "on",
        "--hide-i-statement",
        "on",
        "--scanning",
        "one-switch",
        "--scan-seconds",
        "1.5",
        "--thanks-seconds",
        "10",
        "--rating-layout",
        "list",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    expected = DeviceSettings(
        theme="high-contrast",
        text_scale=1.75,
        language="cy",
        read_pages_aloud=True,
        hide_priority_badge=True,
        hide_i_statement=True,
        scanning="one-switch",
        scan_seconds=1.5,
        thanks_seconds=10,
        rating_layout="list",
    )
    assert json.loads(result.stdout) == expected.as_json()
    db = open_database(path)
    try:
        assert load_settings(db) == expected  # what the View menu and the voting screen read
    finally:
        db.close()
    # Off again, one at a time: the others stay.
    off = run_cli("--db", str(path), "settings", "--read-aloud", "off")
    assert off.returncode == 0 and "Saved." in off.stdout.decode()
    assert ("ui_read_pages_aloud", "off") in stored(path) and ("ui_theme", "high-contrast") in stored(path)


@pytest.mark.parametrize(
    "option, value",
    [
        ("--text-size", "99"),
        ("--text-size", "201"),
        ("--text-size", "big"),
        ("--text-size", "NaN"),
        ("--text-size", "150.5"),
        ("--theme", "neon"),
        ("--language", "fr"),
        ("--read-aloud", "maybe"),
        ("--scanning", "three-switch"),
        ("--scan-seconds", "0"),
        ("--thanks-seconds", "6.5"),
        ("--rating-layout", "grid"),
    ],
)
def test_a_refused_value_is_one_sentence_and_nothing_is_written(path, option, value):
    assert run_cli("--db", str(path), "settings", "--theme", "calm", "--text-size", "125").returncode == 0
    before = stored(path)
    # A good value beside the bad one is not written either: the command is all or nothing.
    result = run_cli("--db", str(path), "settings", "--rating-layout", "list", option, value)
    sentence = one_line(result, 1)
    assert option in sentence and value in sentence and sentence.endswith("."), sentence
    assert stored(path) == before
