"""The capture screen through the keyboard only, checked against what is on disk."""

import pytest
from PySide6.QtCore import Qt

from coprod_app.storage import sessions as session_store
from coprod_app.storage import views as view_store
from coprod_app.storage.database import open_database
from coprod_app.ui.main_window import MainWindow

TRICKY = "Clubs 🙂 <b>&amp;</b> مرحبا\nŵŷ żółć"


@pytest.fixture
def window(qtbot, db, db_path, session):
    win = MainWindow(db, str(db_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.page.form.words.setFocus()
    return win


def type_words(qtbot, win, text):
    words = win.page.form.words
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(words, Qt.Key_Return, Qt.ShiftModifier)
        words.insertPlainText(line) if not line.isascii() else qtbot.keyClicks(words, line)


def saved(db, session):
    return view_store.list_views(db, session.id)


def test_enter_saves_clears_and_says_saved(qtbot, window, db, session):
    form = window.page.form
    type_words(qtbot, window, TRICKY)
    qtbot.keyClick(form.words, Qt.Key_Return)
    views = saved(db, session)
    assert [v.text for v in views] == [TRICKY]
    assert form.words.toPlainText() == ""
    assert "Saved view" in form.status.text()
    assert window.page.table.source.rowCount() == 1


def test_tags_chosen_by_keyboard(qtbot, window, db, session):
    form = window.page.form
    qtbot.keyClicks(form.words, "Waiting lists are too long")
    qtbot.keyClick(form.words, Qt.Key_2, Qt.AltModifier)  # principle 2
    qtbot.keyClick(form.words, Qt.Key_N, Qt.AltModifier)  # negative
    qtbot.keyClick(form.words, Qt.Key_U, Qt.AltModifier)  # follow up offline
    # Tab to the priority box, choose the first priority, then tick the first commitment.
    form.priority.setFocus()
    qtbot.keyClick(form.priority, Qt.Key_Down)
    form.commitments.setFocus()
    form.commitments.setCurrentRow(4)
    qtbot.keyClick(form.commitments, Qt.Key_Space)
    form.words.setFocus()
    qtbot.keyClick(form.words, Qt.Key_Return)
    (view,) = saved(db, session)
    d = view.draft
    assert d.principles == ("principle-2",)
    assert d.sentiment == "negative"
    assert d.follow_up is True
    assert d.priority == "priority-1"
    assert d.commitments == ("commitment-1.5",)
    assert d.how == "spoken"


def test_shift_enter_is_a_new_line_not_a_save(qtbot, window, db, session):
    form = window.page.form
    qtbot.keyClicks(form.words, "one")
    qtbot.keyClick(form.words, Qt.Key_Return, Qt.ShiftModifier)
    qtbot.keyClicks(form.words, "two")
    assert saved(db, session) == []
    qtbot.keyClick(form.words, Qt.Key_Return)
    assert [v.text for v in saved(db, session)] == ["one\ntwo"]


def test_empty_words_are_refused_in_one_sentence(qtbot, window, db, session):
    qtbot.keyClick(window.page.form.words, Qt.Key_Return)
    assert saved(db, session) == []
    assert window.page.form.status.property("state") == "error"


def test_edit_delete_undo_redo_are_saved_at_once(qtbot, window, db, db_path, session):
    form, table = window.page.form, window.page.table
    for text in ("first", "second"):
        qtbot.keyClicks(form.words, text)
        qtbot.keyClick(form.words, Qt.Key_Return)
    first, second = saved(db, session)

    # Change the second view from the list with Enter.
    table.setFocus()
    table.select_view(second.id)
    qtbot.keyClick(table, Qt.Key_Return)
    assert form.editing_id == second.id
    form.words.selectAll()
    qtbot.keyClicks(form.words, "second, changed")
    qtbot.keyClick(form.words, Qt.Key_Return)
    assert [v.text for v in saved(db, session)] == ["first", "second, changed"]

    # Delete the first with the Delete key.
    table.setFocus()
    table.select_view(first.id)
    qtbot.keyClick(table, Qt.Key_Delete)
    assert [v.text for v in saved(db, session)] == ["second, changed"]

    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)  # undo the delete
    assert [v.text for v in saved(db, session)] == ["first", "second, changed"]
    assert saved(db, session)[0].uuid == first.uuid
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)  # undo the change
    assert [v.text for v in saved(db, session)] == ["first", "second"]
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)  # redo the change
    assert [v.text for v in saved(db, session)] == ["first", "second, changed"]

    # What the list shows is what a restart shows.
    shown = [table.source.view_at(r).text for r in range(table.source.rowCount())]
    other = open_database(db_path)
    assert [v.text for v in view_store.list_views(other, session.id)] == shown
    other.close()


def test_escape_cancels_an_edit(qtbot, window, db, session):
    form = window.page.form
    qtbot.keyClicks(form.words, "keep me")
    qtbot.keyClick(form.words, Qt.Key_Return)
    (view,) = saved(db, session)
    window.page.start_edit(view.id)
    form.words.selectAll()
    qtbot.keyClicks(form.words, "not this")
    qtbot.keyClick(form.words, Qt.Key_Escape)
    assert form.editing_id is None
    assert [v.text for v in saved(db, session)] == ["keep me"]


def test_filter_by_principle(qtbot, window, db, session):
    from coprod_app.domain.view import ViewDraft

    view_store.record_view(db, session.id, ViewDraft(text="a", principles=("principle-1",)))
    view_store.record_view(db, session.id, ViewDraft(text="b", principles=("principle-3",)))
    window.page.refresh()
    window.page.principle_filter.setCurrentIndex(window.page.principle_filter.findData("principle-3"))
    table = window.page.table
    assert table.proxy.rowCount() == 1
    assert "1 of 2" not in window.page.count_label.text() or True
    assert window.page.count_label.text() == "1 of 2 views shown"


def test_closed_session_cannot_take_views(qtbot, window, db, session):
    qtbot.mouseClick(window.page.status_button, Qt.LeftButton)
    assert session_store.get_session(db, session.id).status == "closed"
    assert not window.page.form.words.isEnabled()
    qtbot.mouseClick(window.page.status_button, Qt.LeftButton)
    assert session_store.get_session(db, session.id).status == "open"


def test_new_session_dialog(qtbot, db, db_path, monkeypatch):
    from coprod_app.storage.packs import current_pack
    from coprod_app.ui.capture.session_dialog import NewSessionDialog

    pack = current_pack(db)
    dialog = NewSessionDialog(pack, lambda **f: session_store.create_session(db, pack=pack, **f))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Parent carer coffee morning")
    dialog.forum.setCurrentIndex(dialog.forum.findData("parent-carer-forum"))
    dialog.town.setCurrentText("Thornaby")
    dialog.accept()
    assert dialog.session is not None
    (s,) = session_store.list_sessions(db)
    assert (s.title, s.forum, s.town) == ("Parent carer coffee morning", "parent-carer-forum", "Thornaby")


def test_new_session_dialog_says_why_when_title_missing(qtbot, db):
    from coprod_app.storage.packs import current_pack
    from coprod_app.ui.capture.session_dialog import NewSessionDialog

    pack = current_pack(db)
    dialog = NewSessionDialog(pack, lambda **f: session_store.create_session(db, pack=pack, **f))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.session is None
    assert dialog.error.text() == "A session needs a title."
    assert session_store.list_sessions(db) == []


def test_every_capture_shortcut_works_with_all_menus_installed(qtbot, window, db, session):
    """No Alt shortcut of the capture form is shadowed by a menu title or a button's mnemonic."""
    form = window.page.form
    for key, value in ((Qt.Key_Y, "positive"), (Qt.Key_X, "mixed"), (Qt.Key_N, "negative"), (Qt.Key_Z, None)):
        qtbot.keyClick(form.words, key, Qt.AltModifier)
        assert form.sentiment_buttons[value].isChecked(), value
    for n, key in enumerate((Qt.Key_1, Qt.Key_2, Qt.Key_3), start=1):
        qtbot.keyClick(form.words, key, Qt.AltModifier)
        assert form.principle_checks[f"principle-{n}"].isChecked()
    for key, widget in (
        (Qt.Key_P, form.priority),
        (Qt.Key_M, form.commitments),
        (Qt.Key_G, form.how),
        (Qt.Key_W, form.participant),
        (Qt.Key_T, form.words),
    ):
        qtbot.keyClick(window, key, Qt.AltModifier)
        assert widget.hasFocus(), widget.objectName()
    qtbot.keyClick(form.words, Qt.Key_U, Qt.AltModifier)
    assert form.follow_up.isChecked()


def test_ctrl_z_in_the_empty_words_box_undoes_the_saved_view(qtbot, window, db, session):
    """Typing is undone first; once the box has nothing to undo, Ctrl+Z undoes the last save."""
    form = window.page.form
    qtbot.keyClicks(form.words, "first")
    qtbot.keyClick(form.words, Qt.Key_Return)
    assert [v.text for v in saved(db, session)] == ["first"]
    qtbot.keyClicks(form.words, "half typed")
    qtbot.keyClick(form.words, Qt.Key_Z, Qt.ControlModifier)  # undoes typing, not the save
    assert [v.text for v in saved(db, session)] == ["first"]
    while form.words.document().isUndoAvailable():
        qtbot.keyClick(form.words, Qt.Key_Z, Qt.ControlModifier)
    assert form.words.toPlainText() == ""
    qtbot.keyClick(form.words, Qt.Key_Z, Qt.ControlModifier)
    assert saved(db, session) == []
    qtbot.keyClick(form.words, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert [v.text for v in saved(db, session)] == ["first"]


def test_session_list_says_one_view_and_one_person(qtbot, window, db, session):
    from coprod_app.domain.view import ViewDraft

    session_store.add_participant(db, session.id)
    view_store.record_view(db, session.id, ViewDraft(text="a"))
    window.refresh_sessions()
    text = window.session_list.model.index(0).data()
    assert "1 view, 1 person" in text


def test_tab_leaves_the_date_field(qtbot, db):
    from coprod_app.storage.packs import current_pack
    from coprod_app.ui.capture.session_dialog import NewSessionDialog

    pack = current_pack(db)
    dialog = NewSessionDialog(pack, lambda **f: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.date.setFocus()
    qtbot.keyClick(dialog.date, Qt.Key_Tab)
    assert dialog.forum.hasFocus()
