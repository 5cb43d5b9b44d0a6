"""The Privacy menu, the full-screen notice and the passphrase lock, through real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from coprod_app.domain.privacy import notice_sentences, privacy_notice
from coprod_app.domain.view import ViewDraft
from coprod_app.storage import privacy as privacy_store
from coprod_app.storage.sessions import add_participant
from coprod_app.storage.views import list_views
from coprod_app.ui.privacy.notice_screen import PrivacyNoticeScreen
from coprod_app.ui.privacy.passphrase_lock import (
    RemovePassphraseDialog,
    SetPassphraseDialog,
    UnlockDialog,
    require_unlock,
)


@pytest.fixture
def window(qtbot, db, db_path, session):
    from coprod_app.ui.main_window import MainWindow

    w = MainWindow(db, str(db_path))
    qtbot.addWidget(w)
    w.open_session(session.id)
    return w


def test_menu_has_every_privacy_action(window):
    names = {a.objectName() for a in window.privacy_menu.menu.actions() if a.objectName()}
    assert names == {
        "action_erase_participant",
        "action_retention_due",
        "action_set_retention",
        "action_ask_demographics",
        "action_show_privacy_notice",
        "action_print_privacy_notice",
        "action_privacy_contact",
        "action_set_lock",
        "action_remove_lock",
    }
    assert window.privacy_menu.demographics.isChecked()
    assert not window.privacy_menu.remove_lock.isEnabled()


@pytest.mark.parametrize("key", [Qt.Key_Escape, Qt.Key_Return, Qt.Key_Space])
def test_notice_shows_every_sentence_and_closes_from_the_keyboard(qtbot, key):
    notice = PrivacyNoticeScreen(18, "Call 01642 000000")
    qtbot.addWidget(notice)
    notice.show()
    text = notice.text()
    for sentence in privacy_notice(18, "Call 01642 000000"):
        assert sentence.heading in text
        for line in sentence.sentences:
            assert line in text
    assert "18 months" in text
    with qtbot.waitSignal(notice.finished):
        qtbot.keyClick(notice, key)
    assert not notice.isVisible()


def test_notice_closes_with_the_button(qtbot):
    notice = PrivacyNoticeScreen()
    qtbot.addWidget(notice)
    notice.show()
    assert notice.close_button.accessibleName()
    with qtbot.waitSignal(notice.finished):
        qtbot.mouseClick(notice.close_button, Qt.LeftButton)


def test_notice_from_the_menu_uses_the_session_period(qtbot, window, session):
    privacy_store.set_retention_months(window.db, session.id, 36)
    notice = window.privacy_menu.show_notice()
    qtbot.waitUntil(notice.isVisible)
    assert "3 years" in notice.text()
    assert notice.isFullScreen()
    with qtbot.waitSignal(notice.finished):
        qtbot.keyClick(notice, Qt.Key_Escape)


def test_print_notice_to_pdf(window, tmp_path):
    saved = window.privacy_menu.save_notice_pdf(str(tmp_path / "notice.pdf"))
    assert saved.read_bytes().startswith(b"%PDF")
    assert "Saved the privacy notice" in window.statusBar().currentMessage()


def test_erase_dialog_erases_and_clears_undo(qtbot, window, session, monkeypatch):
    page = window.page
    p = add_participant(window.db, session.id)
    other = add_participant(window.db, session.id)
    page.form.select_participant(p.code)
    page.save(ViewDraft(text="Please forget what I said about school", participant=p.code))
    page.save(ViewDraft(text="Other words stay", participant=other.code))
    assert page.history.can_undo()

    from coprod_app.ui.privacy.erase_dialog import EraseParticipantDialog

    def choose_and_erase(dialog):  # what the facilitator does in the modal dialog
        qtbot.addWidget(dialog)
        dialog.code.setCurrentIndex(dialog.code.findData(p.code))
        assert "1 view and 0 votes" in dialog.summary.text()
        assert not dialog.erase_button.isDefault()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(EraseParticipantDialog, "exec", choose_and_erase)
    dialog = window.privacy_menu.erase_participant()  # Privacy > Erase a participant...
    assert dialog.result() == QDialog.Accepted
    assert "Erased participant" in window.statusBar().currentMessage()
    assert [v.text for v in list_views(window.db, session.id)] == ["Other words stay"]
    assert not page.history.can_undo(), "undo must not bring erased words back"


def test_retention_dialog_lists_due_sessions_and_purges(qtbot, window, db):
    from coprod_app.storage.sessions import create_session
    from coprod_app.ui.privacy.retention_dialog import RetentionDialog

    old = create_session(db, title="Long ago", date="2019-03-01", forum="other")
    dialog = RetentionDialog(db, window)
    qtbot.addWidget(dialog)
    assert dialog.listing.count() == 1 and "Long ago" in dialog.listing.item(0).text()
    assert dialog.purge_button.isEnabled()
    dialog.do_purge()
    assert [s.id for s in dialog.result_purge.sessions] == [old.id]
    assert db.execute("SELECT count(*) FROM sessions WHERE id = ?", [old.id]).fetchone()[0] == 0


def test_turning_demographics_off_asks_about_what_is_noted(window, session, monkeypatch):
    p = add_participant(window.db, session.id, group="young-person")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    window.privacy_menu.demographics.setChecked(False)
    window.privacy_menu.toggle_demographics()
    assert not privacy_store.asks_demographics(window.db, session.id)
    from coprod_app.storage.sessions import get_participant

    assert get_participant(window.db, p.id).group is None


def test_passphrase_is_hashed_and_gates_opening(qtbot, db, db_path):
    assert require_unlock(db) is True  # no lock set: the app opens
    setter = SetPassphraseDialog(db)
    qtbot.addWidget(setter)
    setter.new.setText("purple-otter-42")
    setter.repeat.setText("purple-otter-43")
    setter.accept()
    assert "not the same" in setter.message.text()
    setter.new.setText("purple-otter-42")
    setter.repeat.setText("purple-otter-42")
    setter.accept()
    assert setter.result() == QDialog.Accepted
    stored = privacy_store.get_meta(db, privacy_store.LOCK_KEY)
    assert stored and "purple-otter" not in stored and '"alg": "scrypt"' in stored
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        if path.exists():
            assert b"purple-otter" not in path.read_bytes()

    unlock = UnlockDialog(db)
    qtbot.addWidget(unlock)
    unlock.passphrase.setText("wrong one")
    unlock.accept()
    assert unlock.result() != QDialog.Accepted and "not right" in unlock.message.text()
    assert unlock.passphrase.text() == ""
    unlock.passphrase.setText("purple-otter-42")
    unlock.accept()
    assert unlock.result() == QDialog.Accepted

    remover = RemovePassphraseDialog(db)
    qtbot.addWidget(remover)
    remover.current.setText("nope")
    remover.accept()
    assert privacy_store.has_passphrase(db) and "not right" in remover.message.text()
    remover.current.setText("purple-otter-42")
    remover.accept()
    assert not privacy_store.has_passphrase(db)


def test_five_wrong_passphrases_close_the_door(qtbot, db):
    privacy_store.set_passphrase(db, "right-one")
    unlock = UnlockDialog(db)
    qtbot.addWidget(unlock)
    for _ in range(5):
        unlock.passphrase.setText("wrong")
        unlock.accept()
    assert unlock.result() == QDialog.Rejected


def test_notice_sentences_are_what_the_screen_shows(qtbot):
    notice = PrivacyNoticeScreen(24, "")
    qtbot.addWidget(notice)
    shown = notice.text()
    assert all(s in shown for s in notice_sentences(privacy_notice(24, "")) if len(s) > 3)
