"""Counts read right in English and Welsh on real screens, translations keep their placeholders,
and the ui code keeps one way to translate and one way to make a menu item."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from coprod_app.domain.view import ViewDraft
from coprod_app.storage import votes as vote_store
from coprod_app.storage.sessions import add_participant
from coprod_app.storage.views import list_views, record_view
from coprod_app.ui.common.i18n import TRANSLATIONS, install_translator

UI = Path(__file__).resolve().parents[2] / "coprod_app" / "ui"


@pytest.fixture
def language():
    app = QApplication.instance()

    def use(code: str) -> None:
        assert install_translator(app, code)

    yield use
    install_translator(app, "en")


@pytest.fixture
def people(db, session):
    """p: 1 view and 2 votes; q: 2 views and 1 vote; r: nothing."""
    p, q, r = (add_participant(db, session.id) for _ in range(3))
    record_view(db, session.id, ViewDraft(text="More buses after school", participant=p.code))
    for words in ("A quiet room", "Signs with pictures"):
        record_view(db, session.id, ViewDraft(text=words, participant=q.code))
    for voters in ((p, q), (p,)):
        rnd = vote_store.create_round(db, session.id, "pick")
        for person in voters:
            vote_store.cast_vote(db, rnd.id, [rnd.commitments[0]], person.code)
    return p, q, r


def _erase_summary(qtbot, db, session, code: str) -> str:
    from coprod_app.ui.privacy.erase_dialog import EraseParticipantDialog

    dialog = EraseParticipantDialog(db, session.id)
    qtbot.addWidget(dialog)
    dialog.code.setCurrentIndex(dialog.code.findData(code))
    return dialog.summary.text()


def test_erase_dialog_counts_in_english(qtbot, db, session, people, language):
    language("en")
    p, q, r = people
    assert "removes 1 view and 2 votes from participant" in _erase_summary(qtbot, db, session, p.code)
    assert "removes 2 views and 1 vote from participant" in _erase_summary(qtbot, db, session, q.code)
    assert "removes 0 views and 0 votes from participant" in _erase_summary(qtbot, db, session, r.code)


def test_erase_dialog_counts_in_welsh(qtbot, db, session, people, language):
    language("cy")
    p, q, _ = people
    first = _erase_summary(qtbot, db, session, p.code)
    assert f"Mae hyn yn dileu 1 sylw a 2 pleidlais gan y cyfranogwr {p.code}" in first
    assert "dileu 2 sylw a 1 pleidlais" in _erase_summary(qtbot, db, session, q.code)
    assert "view" not in first and "(s)" not in first


def _results_dialog(qtbot, db, session, method: str):
    from coprod_app.ui.voting.results_dialog import VoteResultsDialog

    rnd = vote_store.create_round(db, session.id, method, max_choices=2)
    first, second = rnd.commitments[:2]
    vote_store.cast_vote(db, rnd.id, [first, second])
    if method == "pick":
        vote_store.cast_vote(db, rnd.id, [first])
    dialog = VoteResultsDialog(db, rnd.id)
    qtbot.addWidget(dialog)
    return dialog


def test_vote_results_counts_in_english_and_welsh(qtbot, db, session, language):
    from PySide6.QtWidgets import QLabel

    language("en")
    dialog = _results_dialog(qtbot, db, session, "pick")
    words = dialog.chart.describe()
    assert ": 2 votes." in words and ": 1 vote." in words and "1 votes" not in words
    summary = dialog.findChild(QLabel, "results_summary").text()
    assert summary == "2 ballots on screen, 0 votes on paper or by show of hands."

    language("cy")
    dialog = _results_dialog(qtbot, db, session, "pick")
    words = dialog.chart.describe()
    assert ": 2 pleidlais." in words and ": 1 pleidlais." in words and "vote" not in words
    summary = dialog.findChild(QLabel, "results_summary").text()
    assert summary == "2 papur pleidleisio ar y sgrin, 0 pleidlais ar bapur neu drwy godi dwylo."
    assert dialog.windowTitle().startswith("Canlyniadau rownd bleidleisio ")


def test_ranked_results_say_1_point(qtbot, db, session, language):
    language("en")
    words = _results_dialog(qtbot, db, session, "rank").chart.describe()
    assert ": 2 points." in words and ": 1 point." in words, words


# The translation files ---------------------------------------------------------------------------


def _messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")]
            yield context.findtext("name"), message.findtext("source"), forms or [translation.text or ""]


def test_every_welsh_translation_keeps_the_placeholders_and_every_plural_form():
    names = re.compile(r"\{\w+\}")
    checked = 0
    for context, source, forms in _messages(TRANSLATIONS / "coprod_app_cy.ts"):
        if not any(forms):
            continue
        assert all(forms), f"{context}: {source!r} has an empty plural form (it would show in English)"
        for text in forms:
            assert sorted(names.findall(text)) == sorted(names.findall(source)), (context, source, text)
            assert ("%n" in text) == ("%n" in source), (context, source, text)
            assert "(s)" not in text
            text.format(**{n[1:-1]: "x" for n in names.findall(source)})  # never a KeyError on screen
        checked += 1
    assert checked > 100


def test_the_compiled_files_hold_what_the_ts_files_say():
    """The .qm files were rebuilt after the .ts files changed (tools/update_translations.py)."""
    for code in ("cy", "en"):
        translator = QTranslator()
        assert translator.load(f"coprod_app_{code}", str(TRANSLATIONS))
        for context, source, forms in _messages(TRANSLATIONS / f"coprod_app_{code}.ts"):
            if not forms[0]:
                continue
            n = 1 if "%n" in source else -1
            assert translator.translate(context, source, None, n), (code, context, source)


def test_english_counts_have_a_singular_and_a_plural(language):
    language("en")
    sources = [(c, s) for c, s, _ in _messages(TRANSLATIONS / "coprod_app_en.ts")]
    assert ("Counts", "%n view(s)") in sources
    in_code = set(re.findall(r'translate\("(\w+)", "([^"]*%n[^"]*)", None', _all_ui_source()))
    assert in_code <= set(sources), "run tools/update_translations.py"
    for context, source in sources:
        one = QCoreApplication.translate(context, source, None, 1)
        two = QCoreApplication.translate(context, source, None, 2)
        assert "(s)" not in one + two and "1" in one and "2" in two, (source, one, two)
    assert QCoreApplication.translate("Counts", "%n view(s)", None, 1) == "1 view"
    assert QCoreApplication.translate("Counts", "%n view(s)", None, 0) == "0 views"


# One way to do each thing ----------------------------------------------------------------------------


def _all_ui_source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(UI.rglob("*.py")))


def test_no_ui_source_fills_placeholders_by_hand_or_copies_a_tr_helper():
    for path in sorted(UI.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        where = path.relative_to(UI)
        assert not re.search(r"\.replace\(\s*\"%\d", text), f"{where}: use {{name}} and .format"
        assert not re.search(r"^\s*def _tr\(", text, re.M), f"{where}: use common.i18n.translate"
        assert not re.search(r"(tr|translate)\([^()]*\"\)\s*%\s", text), f"{where}: % on a translated string"
        assert "_plural(" not in text and "counted(" not in text, f"{where}: English-only plural"


def test_menus_ask_the_window_by_name():
    files = [*sorted((UI / "menus").glob("*.py")), UI / "main_window.py"]
    for path in files:
        text = path.read_text(encoding="utf-8")
        where = path.relative_to(UI)
        for habit in (
            "hasattr(",
            "getattr(self.window",
            "getattr(window",
            "window.stack",
            "window.empty",
            "page.session =",
            "page.history.",
        ):
            assert habit not in text, f"{where}: {habit}"
        if path.name != "_actions.py":
            assert "QAction(" not in text, f"{where}: make menu items with menus._actions.add_action"


def _menu_items(window):
    def walk(menu):
        for action in menu.actions():
            if action.menu() is not None:
                yield from walk(action.menu())
            elif not action.isSeparator():
                yield menu, action

    for top in window.menuBar().actions():
        yield from walk(top.menu())


def test_every_menu_item_has_a_name_a_screen_reader_says_and_a_window_shortcut(window):
    items = list(_menu_items(window))
    assert len(items) > 40
    for menu, action in items:
        assert action.objectName().startswith("action_"), action.text()
        assert action.shortcutContext() == Qt.WindowShortcut, action.objectName()
        menu_interface = QAccessible.queryAccessibleInterface(menu)
        index = menu.actions().index(action)
        spoken = menu_interface.child(index).text(QAccessible.Name)
        assert spoken and "&" not in spoken.replace("&&", ""), action.objectName()


def test_the_main_window_shortcuts_do_nothing_from_another_window(qtbot, window, session):
    """Ctrl+Z used to undo the facilitator's last save from any window of the app (ApplicationShortcut)."""
    window.open_session(session.id)
    window.page.save(ViewDraft(text="Keep this one"))
    other = QWidget()
    other.setObjectName("some_other_window")
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    QTest.keyClick(other, Qt.Key_Z, Qt.ControlModifier)
    assert [v.text for v in list_views(window.db, session.id)] == ["Keep this one"]

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.page.table.setFocus()  # the words box keeps Ctrl+Z for its own typing
    QTest.keyClick(window.page.table, Qt.Key_Z, Qt.ControlModifier)
    assert list_views(window.db, session.id) == []  # in its own window it still undoes


def test_restore_and_purge_close_the_session_through_the_window(qtbot, window, session):
    """What the menus ask of the window when the open session is gone: its words leave the page."""
    window.open_session(session.id)
    window.close_session()
    assert window.current_session_id() is None
    assert window.page.table.source.rowCount() == 0
    assert window.stack.currentWidget() is window.empty
    assert not window.findChild(QAction, "action_undo").isEnabled()


def test_typed_words_with_placeholders_are_shown_as_typed(qtbot, db, window):
    """{name} is filled in one pass: a value that looks like a placeholder is never filled again."""
    from coprod_app.storage.sessions import create_session

    typed = "Jo {facilitators} %2 {0} %s and %n"
    s = create_session(
        db, title="Group %2 {views}", date="2026-11-20", forum="youth-forum", facilitators=typed
    )
    window.open_session(s.id)
    assert window.page.details.text().endswith(f"with {typed}")
    assert window.page.heading.text() == "Group %2 {views}"


def test_the_main_window_offers_every_method_the_menus_ask_for(window):
    from coprod_app.ui.menus._actions import MenuWindow, SessionView

    for protocol, target in ((MenuWindow, window), (SessionView, window.page)):
        wanted = {n for n in dir(protocol) if not n.startswith("_")} | set(protocol.__annotations__)
        assert wanted, protocol
        for name in wanted:
            assert hasattr(target, name), f"{type(target).__name__} lacks {name}"
