"""Every focusable widget of every facilitator window has an objectName and an accessibleName."""

from coprod_app.storage import sessions as session_store
from coprod_app.storage.packs import current_pack
from coprod_app.ui.main_window import MainWindow
from coprod_app.ui.participant_dialog import ParticipantDialog
from coprod_app.ui.session_setup import NewSessionDialog
from tests.gui.accessibility_walk import unnamed_focusable


def test_main_window_names_every_focusable_widget(qtbot, db, db_path, session):
    window = MainWindow(db, str(db_path))
    qtbot.addWidget(window)
    window.show()
    assert unnamed_focusable(window) == []


def test_dialogs_name_every_focusable_widget(qtbot, db, session):
    pack = current_pack(db)
    for dialog in (
        NewSessionDialog(pack, lambda **f: session_store.create_session(db, **f)),
        ParticipantDialog(pack.towns, lambda **f: session_store.add_participant(db, session.id, **f)),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_focusable(dialog) == []
