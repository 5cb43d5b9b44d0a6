"""Text is text (issue 14, part 8): words typed by people, or arriving in a strategy pack or a bundle, are
shown exactly as typed on every screen, never read as markup.

Before this, a session titled `<font color=red size=7>BIG</font>` showed "BIG" huge and red, a venue
`<a href=...>` was a link, `<img src=x>` in a view's tooltip became a broken picture. The database here
holds markup in every field a person or a pack can fill; each test opens real screens with the real
application style sheet and walks every label, item and tooltip.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMessageBox,
    QWidget,
)

from coprod_app.domain.pack import parse_pack
from coprod_app.domain.view import ViewDraft
from coprod_app.storage import pin as pin_store
from coprod_app.storage import privacy as privacy_store
from coprod_app.storage import sessions as session_store
from coprod_app.storage import themes as theme_store
from coprod_app.storage import votes as vote_store
from coprod_app.storage.backup import backup_database
from coprod_app.storage.packs import DEFAULT_PACK_FILE, install_pack
from coprod_app.storage.views import record_view

PIN = "2468"

TITLE = "<font color=red size=7>BIG</font>"
VENUE = '<a href="http://x">link</a>'
FACILITATORS = "<b>bold</b>"
TOWN = "<u>town</u>"
VIEW = "<i>x</i> & <img src=x>"
CODE = (
    "<B>C1</B>"  # codes made here are capitals and digits; one in another laptop's bundle is taken as it is
)
THEME_TITLE = "<h1>theme</h1>"
YOU_SAID = "<s>said</s>"
WE_DID = "<big>did</big>"
REASON = "<sup>why</sup>"
OWNER = "<em>owner</em>"
PACK_NAME = "<b>pack</b> name"
PRINCIPLE = "<i>principle</i>"
PRINCIPLE_TEXT = '<a href="http://p">principle words</a>'
PRIORITY = "<u>priority</u>"
PRIORITY_EASY = "<u>easy priority</u>"
CARD = "<font size=7>card</font>"
CARD_EASY = "<big>easy card</big>"
I_SAY = "<tt>I say</tt>"
CONTACT = '<a href="mailto:x">contact</a>'
FOLDER = "<b>folder</b>"  # two folders, "<b>folder<" and "b>": the path reads the same
BACKUP = "<img src=x> old"  # a file name cannot hold "/"

ALL_MARKUP = (
    TITLE,
    VENUE,
    FACILITATORS,
    TOWN,
    VIEW,
    CODE,
    THEME_TITLE,
    YOU_SAID,
    WE_DID,
    REASON,
    OWNER,
    PACK_NAME,
    PRINCIPLE,
    PRINCIPLE_TEXT,
    PRIORITY,
    PRIORITY_EASY,
    CARD,
    CARD_EASY,
    I_SAY,
    CONTACT,
    FOLDER,
    BACKUP,
)


# The database ------------------------------------------------------------------------------------------


def markup_pack():
    data = json.loads(Path(DEFAULT_PACK_FILE).read_text(encoding="utf-8"))
    data["key"] = "markup-pack"
    data["name"] = PACK_NAME
    data["principles"][0]["title"] = PRINCIPLE
    data["principles"][0]["description"] = PRINCIPLE_TEXT
    priority = data["priorities"][0]
    priority["title"] = PRIORITY
    priority["easy_read"] = PRIORITY_EASY
    card = priority["commitments"][0]  # commitment-1.1
    card["text"] = CARD
    card["easy_read"] = CARD_EASY
    priority["i_statements"][card["i_statement"]] = I_SAY
    card["easy_read_i_statement"] = I_SAY  # what the card shows: its own "I" statement
    data["towns"].append(TOWN)
    return parse_pack(data)


@pytest.fixture
def db_path(tmp_path):
    # The folder's name is markup too: paths are shown in the window title, messages and the export dialog.
    return tmp_path / FOLDER / "coprod.sqlite3"


@pytest.fixture
def marked(db):
    """A session, views, a participant, a theme with an action and a vote round: markup in every field."""
    pack = install_pack(db, markup_pack())
    session = session_store.create_session(
        db,
        title=TITLE,
        date="2026-11-20",
        forum="youth-forum",
        town=TOWN,
        venue=VENUE,
        facilitators=FACILITATORS,
        pack=pack,
    )
    person = session_store.add_participant(db, session.id, quote_consent=True)
    with db.conn:  # as a code arrives from another laptop's bundle
        db.execute("UPDATE participants SET code = ? WHERE id = ?", [CODE, person.id])
    view = record_view(
        db,
        session.id,
        ViewDraft(text=VIEW, participant=CODE, principles=("principle-1",), commitments=("commitment-1.1",)),
    )
    theme = theme_store.add_theme(db, THEME_TITLE, f"{YOU_SAID} {VIEW}", [view.id])  # quotes the view
    theme_store.add_action(db, theme.id, WE_DID, "not-possible", reason=REASON, owner=OWNER)
    privacy_store.set_privacy_contact(db, CONTACT)
    pin_store.set_facilitator_pin(db, PIN)
    rnd = vote_store.create_round(db, session.id, "pick", 2, ["commitment-1.1", "commitment-1.2"])
    vote_store.cast_vote(db, rnd.id, ["commitment-1.1"], CODE)
    later = session_store.create_session(
        db, title="Next time", date="2027-01-10", forum="youth-forum", pack=pack
    )
    session_store.set_session_status(db, later.id, "closed")  # the window opens the marked session itself
    return {"session": session, "round": rnd, "theme": theme, "later": later, "pack": pack}


@pytest.fixture(autouse=True)
def app_style(qapp):
    """The application's own style sheet, as `ui/app.py` sets it: it sets fonts that rich text would override."""
    from coprod_app.ui.theme import style_sheet

    before = qapp.styleSheet()
    qapp.setStyleSheet(style_sheet())
    yield
    qapp.setStyleSheet(before)


# Walking the screens -----------------------------------------------------------------------------------


def shown_as(text: str) -> str:
    """The words a QLabel in AutoText, or a tooltip, puts on screen for `text` (Qt guesses as it does)."""
    doc = QTextDocument()
    if GuiQt.mightBeRichText(text):
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    return doc.toPlainText()


def _item_views(widgets):
    for widget in widgets:
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            yield widget


def _model_texts(view: QAbstractItemView):
    model = view.model()

    listing = isinstance(model, QAbstractListModel)  # its columnCount is private, like hasChildren here
    flat = listing or isinstance(model, QAbstractTableModel)

    def walk(parent: QModelIndex):
        for row in range(model.rowCount(parent)):
            for column in range(1 if listing else model.columnCount(parent)):
                index = model.index(row, column, parent)
                yield index
                if not flat and model.hasChildren(index):
                    yield from walk(index)

    for index in walk(QModelIndex()):
        yield index.data(Qt.DisplayRole), index.data(Qt.ToolTipRole)


def check_screens(expected: tuple[str, ...], roots: list[QWidget] | None = None) -> list[str]:
    """Walk every widget; return the problems. `expected`: markup that must be found on these screens."""
    widgets = (
        [w for root in roots for w in (root, *root.findChildren(QWidget))]
        if roots
        else QApplication.allWidgets()
    )
    problems, found = [], set()
    for widget in widgets:
        name = f"{type(widget).__name__} '{widget.objectName()}'"
        if isinstance(widget, QLabel):
            text = widget.text()
            markup = [m for m in ALL_MARKUP if m in text]
            found.update(markup)
            if markup and widget.textFormat() != Qt.PlainText:
                problems.append(
                    f"{name} draws {markup} as {widget.textFormat().name}: shows {shown_as(text)!r}"
                )
                # Plain text has no links, so only a label that reads markup can open one.
                if widget.openExternalLinks() or widget.receivers("2linkActivated(QString)") > 0:
                    problems.append(f"{name} opens links in user text")
        if isinstance(widget, QAbstractButton):  # buttons and check boxes draw their text plain
            found.update(m for m in ALL_MARKUP if m in widget.text())
        tip = widget.toolTip()
        for m in ALL_MARKUP:
            if tip and m in shown_as(tip):
                found.add(m)
            elif tip and m in tip:
                problems.append(f"{name}'s tooltip shows {m!r} as {shown_as(tip)!r}")
    for view in _item_views(widgets):
        for display, tip in _model_texts(view):
            for m in ALL_MARKUP:
                if isinstance(display, str) and m in display:
                    found.add(m)  # item views draw their text plain (no delegate here paints rich text)
                if isinstance(tip, str) and m in tip and m not in shown_as(tip):
                    problems.append(
                        f"{type(view).__name__} '{view.objectName()}' tooltip shows {m!r} as "
                        f"{shown_as(tip)!r}"
                    )
    missing = [m for m in expected if m not in found]
    if missing:
        problems.append(f"not found on screen at all (the walk must see them): {missing}")
    return problems


def no_custom_painted_items(widgets) -> list[str]:
    """Item views use Qt's own delegates, which draw plain text; one painting through QTextDocument would not."""
    odd = []
    for view in _item_views(widgets):
        delegate = type(view.itemDelegate())
        if not delegate.__module__.startswith("PySide6"):  # Qt's own (a combo box's is a private class)
            odd.append(f"{view.objectName()}: {delegate.__name__}")
    return odd


# The tests ---------------------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, db, db_path, marked):
    from coprod_app.ui.main_window import MainWindow

    win = MainWindow(db, str(db_path))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    assert win.page.session.id == marked["session"].id
    return win


def test_session_page_shows_the_title_as_typed_at_its_normal_size(window, tmp_path):
    heading = window.page.heading
    assert heading.text() == TITLE
    assert (
        check_screens(
            (TITLE, VENUE, FACILITATORS, TOWN, VIEW, CODE, PRINCIPLE, PRINCIPLE_TEXT, PRIORITY, CARD),
            [window],
        )
        == []
    )
    assert FOLDER in window.windowHandle().title()
    assert no_custom_painted_items([window, *window.findChildren(QWidget)]) == []
    # Drawn plain, the title is one line of the heading's own size, however big <font size=7> asks for.
    assert heading.heightForWidth(heading.width()) < 2 * heading.fontMetrics().height()
    shot = tmp_path / "session-page.png"
    assert window.grab().save(str(shot))
    print(f"screenshot: {shot}")


def test_error_sentences_quoting_what_was_typed_are_plain(window):
    window.page.form.show_status(f"'{VIEW}' is not something this form can save.", "error")
    assert window.page.form.status.textFormat() == Qt.PlainText


def test_themes_and_actions_editor_shows_markup_as_typed(qtbot, db, marked):
    from coprod_app.ui.officer.themes_editor import ActionsEditor

    editor = ActionsEditor(db, marked["session"].id)
    qtbot.addWidget(editor)
    editor.show()
    editor.themes.setCurrentRow(0)
    editor.actions_table.selectRow(0)
    assert editor.windowHandle().title().endswith(TITLE)
    assert check_screens((VIEW, CODE, THEME_TITLE, WE_DID, REASON, OWNER), [editor]) == []


def test_last_time_cards_show_markup_as_typed(qtbot, db, marked):
    from coprod_app.ui.officer.last_time import LastTimeViewer, cards_for

    previous, themes = theme_store.themes_heard_last_time(db, marked["later"].id)
    viewer = LastTimeViewer(cards_for(previous, themes), speech=None)
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.show_card(len(viewer.cards) - 1)
    QApplication.processEvents()
    assert check_screens((THEME_TITLE, YOU_SAID, WE_DID), [viewer]) == []


def test_officer_and_privacy_dialogs_show_markup_as_typed(qtbot, db, db_path, marked, tmp_path):
    from coprod_app.ui.capture.session_dialog import NewSessionDialog
    from coprod_app.ui.common.tasks import ImmediatePool
    from coprod_app.ui.officer.export_dialog import ExportDialog
    from coprod_app.ui.privacy.erase_dialog import EraseParticipantDialog
    from coprod_app.ui.privacy.notice_screen import PrivacyNoticeScreen
    from coprod_app.ui.privacy.retention_dialog import RetentionDialog
    from coprod_app.ui.voting.results_dialog import VoteResultsDialog
    from coprod_app.ui.voting.tally_dialog import TallyDialog

    session_id = marked["session"].id
    export = ExportDialog(db, session_id, "csv")
    export.pool = ImmediatePool()
    out = tmp_path / FOLDER / "csv"
    out.mkdir(parents=True)
    export.out.setText(str(out))
    export.start_export()
    assert FOLDER in export.status.text(), export.status.text()
    dialogs = {
        "export": (export, (TITLE, FOLDER)),
        "erase": (EraseParticipantDialog(db, session_id), (CODE, THEME_TITLE)),
        "retention": (RetentionDialog(db), ()),
        "new session": (NewSessionDialog(marked["pack"], lambda **f: None), (PACK_NAME, TOWN)),
        "notice": (PrivacyNoticeScreen(24, CONTACT), (CONTACT,)),
        "tally": (TallyDialog(db, marked["round"], marked["pack"]), (CARD_EASY,)),
        "results": (VoteResultsDialog(db, marked["round"].id), ()),
    }
    problems = {}
    for name, (dialog, expected) in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        found = check_screens(expected, [dialog])
        if found:
            problems[name] = found
    assert problems == {}


def test_participant_screen_pages_show_pack_words_as_typed(qtbot, db, marked):
    from coprod_app.ui.voting.participant_screen import ParticipantScreen

    screen = ParticipantScreen(db, marked["round"].id, next_person_ms=600_000, scale=1.0)
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    qtbot.waitExposed(screen)
    problems = {}

    def look(page: str, expected: tuple[str, ...]) -> None:
        QApplication.processEvents()
        found = check_screens(expected, [screen])
        if found:
            problems[page] = found

    look("welcome", ())
    screen.welcome.start_button.click()
    look("ballot", (CARD_EASY, PRIORITY_EASY, I_SAY))
    qtbot.mouseClick(screen.ballot.cards["commitment-1.1"], Qt.LeftButton)
    screen.ballot.done_button.click()
    look("review", (CARD_EASY,))
    screen.review.yes_button.click()
    look("thanks", ())
    screen.set_revealed(True)
    look("results", ())
    screen.request_exit()
    QTest.keyClicks(screen.pin_pad.entry, PIN)
    QTest.keyClick(screen.pin_pad.entry, Qt.Key_Return)
    look("console", ())  # it lists no codes of people who voted
    screen.console_page.show_problem(f"The code {CODE} has voted already.")
    look("console problem", (CODE,))
    screen.end()
    assert problems == {}


def _answer_next_message_box(button: QMessageBox.StandardButton, seen: list) -> QTimer:
    """When the next message box is up (it blocks), note its labels and press `button`."""
    timer = QTimer()

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            timer.stop()
            try:
                seen.append((box.text(), check_screens((BACKUP,), [box])))
            finally:  # always answered: a box left open would block the test run for ever
                pressed = box.button(button)
                pressed.click() if pressed is not None else box.reject()

    timer.timeout.connect(look)
    timer.start(10)
    return timer


def test_messages_show_paths_as_typed(window):
    menu = window.exchange
    made = menu.backup_now()
    assert made is not None
    box = window.findChild(QMessageBox, "exchange_message")
    assert box is not None and FOLDER in box.text()
    assert check_screens((FOLDER,), [box]) == []
    box.close()


def test_questions_name_the_backup_file_as_it_is_called(window, db, tmp_path):
    """Qt's own blocking question box, as restoring asks it: the backup's file name is in it."""
    menu = window.exchange
    named_backup = tmp_path / f"{BACKUP}.sqlite3"
    backup_database(db, named_backup)
    seen: list = []
    timer = _answer_next_message_box(QMessageBox.No, seen)
    assert menu.restore_from(named_backup) is None
    timer.stop()
    assert seen and BACKUP in seen[0][0]
    assert seen[0][1] == []


def test_window_titles_keep_what_was_typed(qtbot, db):
    from coprod_app.ui.officer.themes_editor import ActionsEditor

    session = session_store.create_session(db, title="Plan [*] B", date="2026-11-20", forum="youth-forum")
    editor = ActionsEditor(db, session.id)
    qtbot.addWidget(editor)
    editor.show()
    # Qt reads "[*]" in a window title as the place for the unsaved-changes star and drops it.
    assert editor.windowHandle().title().endswith("Plan [*] B")
