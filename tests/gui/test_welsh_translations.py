"""The shipped Welsh file is complete: every string of the code has Welsh, none is left unfinished,
every translation keeps its placeholders and access keys, and the facilitator console reads Welsh.

The Welsh itself needs review by a native speaker (resources/translations/README.md); these tests
guard that it is all there and that no translation can break a sentence on screen.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes
from coprod_app.ui.common.i18n import TRANSLATIONS, install_translator

ROOT = Path(__file__).resolve().parents[2]
WELSH = TRANSLATIONS / "coprod_app_cy.ts"
PLACEHOLDER = re.compile(r"%\d|%[sdn]|\{\w+\}")
WELSH_PLURAL_FORMS = 5  # Qt gives Welsh five plural forms (lupdate writes five numerusform)


def _messages(path: Path = WELSH):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def _forms(message) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_no_welsh_string_is_unfinished_or_empty():
    left = [
        (context, message.findtext("source"))
        for context, message in _messages()
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not all(_forms(message))
    ]
    assert left == [], "translate these in resources/translations/coprod_app_cy.ts"
    assert sum(1 for _ in _messages()) > 600


def test_every_welsh_translation_keeps_its_placeholders_and_access_key():
    for context, message in _messages():
        source = message.findtext("source")
        for text in _forms(message):
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                context,
                source,
                text,
            )
            keys = source.replace("&&", "").count("&")
            assert text.replace("&&", "").count("&") == keys, (context, source, text)


def test_every_welsh_count_has_all_its_plural_forms_with_the_number():
    counts = [(c, m) for c, m in _messages() if m.get("numerus") == "yes"]
    assert len(counts) >= 15
    for context, message in counts:
        forms = _forms(message)
        assert len(forms) == WELSH_PLURAL_FORMS, (context, message.findtext("source"))
        assert all("%n" in form for form in forms), (context, message.findtext("source"), forms)


def test_the_welsh_file_holds_every_string_in_the_code(tmp_path):
    """A string added to the code after the last tools/update_translations.py would show in English."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "coprod_app" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {(c, m.findtext("source")) for c, m in _messages(fresh)}
    shipped = {(c, m.findtext("source")) for c, m in _messages()}
    assert in_code - shipped == set(), "run tools/update_translations.py and translate what it lists"


@pytest.fixture
def welsh():
    app = QApplication.instance()
    assert install_translator(app, "cy")
    yield
    install_translator(app, "en")


def test_the_facilitator_console_reads_welsh(qtbot, db, session, welsh):
    from coprod_app.ui.voting.console import FacilitatorConsole
    from coprod_app.ui.voting.participant_screen import ParticipantScreen

    pin_store.set_facilitator_pin(db, "2468")
    rnd = votes.create_round(db, session.id, "pick", 2, ["commitment-1.1", "commitment-2.1"])
    screen = ParticipantScreen(db, rnd.id, next_person_ms=600_000, embedded_console=False)
    qtbot.addWidget(screen)
    console = FacilitatorConsole(screen, embedded=False)
    qtbot.addWidget(console)
    english = {m.findtext("source") for c, m in _messages() if c == "FacilitatorConsole"}
    shown = {w.text() for w in console.findChildren(QAbstractButton)} | {
        w.text() for w in console.findChildren(QLabel) if w.text()
    }
    assert console.windowTitle() == "Consol pleidleisio"
    assert shown & english == set()
    assert "Oedi" in shown and "Gorffen pleidleisio" in shown
    screen.end()
