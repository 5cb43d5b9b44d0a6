"""The themes and actions screen, and the "Last time you said…" cards, through their widgets."""

import pytest
from PySide6.QtCore import Qt

from coprod_app.domain.view import ViewDraft
from coprod_app.storage import themes as theme_store
from coprod_app.storage.sessions import create_session
from coprod_app.storage.views import record_view
from coprod_app.ui.officer.last_time import LastTimeViewer, cards_for
from coprod_app.ui.officer.themes_editor import ActionsEditor


@pytest.fixture
def views(db, session):
    return [record_view(db, session.id, ViewDraft(text=f"View {i}")).id for i in range(3)]


def test_officer_makes_a_theme_adds_an_action_and_changes_its_status(qtbot, db, session, views):
    editor = ActionsEditor(db, session.id)
    qtbot.addWidget(editor)
    editor.views.item(0).setCheckState(Qt.Checked)
    editor.views.item(2).setCheckState(Qt.Checked)
    qtbot.keyClicks(editor.title, "Getting to clubs")
    editor.you_said.setPlainText("You said the buses stop too early.")
    qtbot.mouseClick(editor.save_theme_button, Qt.LeftButton)
    [theme] = theme_store.list_themes(db, session.id)
    assert theme.view_ids == (views[0], views[2])

    qtbot.keyClicks(editor.we_did, "A later bus")
    editor.status.setCurrentIndex(editor.status.findData("planned"))
    qtbot.keyClicks(editor.owner, "Transport lead")
    qtbot.mouseClick(editor.add_action_button, Qt.LeftButton)
    assert editor.actions_table.rowCount() == 1

    editor.actions_table.selectRow(0)
    editor.status.setCurrentIndex(editor.status.findData("not-possible"))
    editor.reason.clear()
    qtbot.mouseClick(editor.status_button, Qt.LeftButton)
    assert "needs a reason" in editor.error.text()
    qtbot.keyClicks(editor.reason, "No money this year.")
    qtbot.mouseClick(editor.status_button, Qt.LeftButton)
    action = theme_store.get_theme(db, theme.id).actions[0]
    assert [h.status for h in action.history] == ["planned", "not-possible"]
    editor.actions_table.selectRow(0)
    assert editor.history.count() == 2


def test_last_time_cards_step_by_keyboard_and_hide_read_aloud_without_speech(qtbot, db, session, views):
    theme = theme_store.add_theme(db, "Clubs <b>", "You said clubs & buses.", views)
    theme_store.add_action(db, theme.id, "A later bus.", "done")
    later = create_session(db, title="Next", date="2027-01-10", forum="youth-forum")
    previous, themes = theme_store.themes_heard_last_time(db, later.id)
    viewer = LastTimeViewer(cards_for(previous, themes), speech=None)
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.read_button.isHidden()
    assert viewer.title.text() == "Last time you said…"
    qtbot.keyClick(viewer, Qt.Key_Right)
    assert viewer.title.text() == "Clubs <b>"
    assert "We have done this." in viewer.accessibleDescription()
    qtbot.keyClick(viewer, Qt.Key_Right)  # already the last card
    assert viewer.index == 1
    qtbot.keyClick(viewer, Qt.Key_Left)
    assert viewer.index == 0 and not viewer.previous_button.isEnabled()


def test_first_meeting_has_a_welcome_card():
    cards = cards_for(None, [])
    assert len(cards) == 1 and cards[0].title == "Welcome"
