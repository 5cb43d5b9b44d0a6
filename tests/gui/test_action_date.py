"""The themes and actions screen has the same "happened on" date as `action add|status --on`.

Before, the screen dated every status the moment it was saved: a change made last month and
typed today was recorded as today's.
"""

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from coprod_app.domain.view import ViewDraft
from coprod_app.storage import themes as theme_store
from coprod_app.storage.views import record_view
from coprod_app.ui.officer.themes_editor import ActionsEditor


def _editor(qtbot, db, session):
    view = record_view(db, session.id, ViewDraft(text="The buses stop too early"))
    theme_store.add_theme(db, "Buses", "You said the buses stop too early.", [view.id])
    editor = ActionsEditor(db, session.id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.raise_()
    editor.activateWindow()
    QApplication.processEvents()
    editor.themes.setCurrentRow(0)  # the theme, as the officer clicks it
    return editor


def _type_date(qtbot, editor, day: str) -> None:
    """As an officer does: Alt+H (the field's label "Happened on"), select it all, type the date."""
    editor.we_did.setFocus()
    qtbot.keyClick(editor.we_did, Qt.Key_H, Qt.AltModifier)
    assert QApplication.focusWidget() is editor.on
    qtbot.keyClick(editor.on, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(editor.on, day)


def test_the_date_field_is_named_today_by_default_and_never_later(qtbot, db, session):
    editor = _editor(qtbot, db, session)
    assert editor.on.objectName() == "action_on" and editor.on.accessibleName().startswith("Date it happened")
    assert editor.on.date() == QDate.currentDate() and editor.on.maximumDate() == QDate.currentDate()
    tomorrow = QDate.currentDate().addDays(1).toString("yyyy-MM-dd")
    _type_date(qtbot, editor, tomorrow)
    assert editor.on.date() <= QDate.currentDate(), "a day after today cannot be typed"


def test_an_action_and_its_change_are_dated_as_typed(qtbot, db, session):
    editor = _editor(qtbot, db, session)
    planned = (dt.date.today() - dt.timedelta(days=30)).isoformat()
    done = (dt.date.today() - dt.timedelta(days=7)).isoformat()
    qtbot.keyClicks(editor.we_did, "A later bus")
    editor.status.setCurrentIndex(editor.status.findData("planned"))
    _type_date(qtbot, editor, planned)
    qtbot.mouseClick(editor.add_action_button, Qt.LeftButton)
    assert editor.error.text() == ""
    assert editor.on.date() == QDate.currentDate(), "back to today for the next one"

    editor.actions_table.selectRow(0)
    editor.status.setCurrentIndex(editor.status.findData("done"))
    _type_date(qtbot, editor, done)
    qtbot.mouseClick(editor.status_button, Qt.LeftButton)
    [action] = theme_store.list_actions(db, session.id)
    assert [(h.status, h.date) for h in action.history] == [("planned", planned), ("done", done)]
    editor.actions_table.selectRow(0)
    assert editor.history.item(0).text().startswith(planned) and editor.history.item(1).text().startswith(
        done
    )


def test_a_change_dated_before_the_last_one_says_why_on_the_screen(qtbot, db, session):
    editor = _editor(qtbot, db, session)
    last = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    [theme] = theme_store.list_themes(db, session.id)
    theme_store.add_action(db, theme.id, "A later bus", "planned", on=last)
    editor.refresh(theme.id)
    editor.actions_table.selectRow(0)
    editor.status.setCurrentIndex(editor.status.findData("done"))
    _type_date(qtbot, editor, (dt.date.today() - dt.timedelta(days=4)).isoformat())
    qtbot.mouseClick(editor.status_button, Qt.LeftButton)
    assert f"before this action's last change ({last})" in editor.error.text()
    assert theme_store.list_actions(db, session.id)[0].status == "planned"
