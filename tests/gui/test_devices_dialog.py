"""File → Laptops I trust…, and trusting a laptop from the import itself (issue 14, part 4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from coprod_app.storage.bundle import export_bundle
from coprod_app.storage.devices import rename_this_device, this_device, trusted_devices
from coprod_app.ui.exchange.devices_dialog import DevicesDialog
from tests.unit.bundle_helpers import full_session, laptop, snapshot


@pytest.fixture
def table_two(tmp_path):
    db = laptop(tmp_path / "table2" / "coprod.sqlite3")
    rename_this_device(db, "Table <b>two</b>")  # markup in a name arrives as typed, shown as typed
    yield db
    db.close()


@pytest.fixture
def dialog(qtbot, db):
    d = DevicesDialog(db)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_the_file_menu_opens_it_showing_this_laptops_fingerprint_in_large_text(qtbot, window, db):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "File")
    action = next(a for a in menu.actions() if a.objectName() == "action_trusted_laptops")
    action.trigger()
    dialog = window.exchange.devices_dialog
    qtbot.waitExposed(dialog)
    shown = dialog.findChild(QLabel, "this_fingerprint")
    assert shown.text() == this_device(db).fingerprint
    assert shown.font().pointSizeF() >= 2 * QApplication.font().pointSizeF() * 0.9
    assert shown.textFormat() == Qt.PlainText


def test_every_focusable_widget_is_named(dialog, db, table_two):
    from tests.gui.accessibility_walk import unnamed_focusable

    dialog.typed.setText(this_device(table_two).fingerprint)
    dialog.trust_typed()  # with a row in the list too
    assert unnamed_focusable(dialog) == []
    assert dialog.fingerprint.focusPolicy() == Qt.StrongFocus, (
        "the fingerprint is reached with Tab and read out"
    )


def test_trusting_by_keyboard_then_again_changes_nothing(qtbot, dialog, db, table_two):
    fingerprint = this_device(table_two).fingerprint
    qtbot.keyClicks(dialog.typed, fingerprint.lower().replace("-", " "))
    qtbot.keyClicks(dialog.typed_name, "Table two")
    qtbot.keyClick(dialog.typed_name, Qt.Key_Return)
    assert [(d.fingerprint, d.name) for d in trusted_devices(db)] == [(fingerprint, "Table two")]
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == fingerprint
    assert "now accepted" in dialog.last_message
    qtbot.keyClicks(dialog.typed, fingerprint)
    qtbot.keyClick(dialog.typed, Qt.Key_Return)
    assert "already trusted" in dialog.last_message and len(trusted_devices(db)) == 1


def test_a_malformed_fingerprint_is_one_sentence_on_screen(qtbot, dialog, db):
    qtbot.keyClicks(dialog.typed, "12345")
    qtbot.mouseClick(dialog.trust_button, Qt.LeftButton)
    assert "is not a laptop fingerprint" in dialog.message.text() and "\n" not in dialog.message.text()
    assert trusted_devices(db) == []


def test_rename_and_forget(qtbot, dialog, db, table_two, monkeypatch):
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Officer's laptop")
    qtbot.mouseClick(dialog.rename_button, Qt.LeftButton)
    assert this_device(db).name == "Officer's laptop"
    qtbot.keyClicks(dialog.typed, this_device(table_two).fingerprint)
    qtbot.keyClick(dialog.typed, Qt.Key_Return)
    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    assert dialog.forget_chosen()
    assert trusted_devices(db) == [] and dialog.table.rowCount() == 0


def test_an_untrusted_bundle_is_refused_then_the_import_offers_to_trust_it(
    qtbot, window, db, table_two, tmp_path, monkeypatch
):
    bundle = export_bundle(table_two, full_session(table_two, views=4), tmp_path / "t2.coprod")["path"]
    fingerprint = this_device(table_two).fingerprint
    asked = []

    def say(answer):
        def question(parent, title, text, *args):
            asked.append((title, text))
            return answer

        return question

    before = snapshot(db)
    monkeypatch.setattr(QMessageBox, "question", say(QMessageBox.No))
    with qtbot.waitSignal(window.exchange.import_finished, timeout=20000):
        window.exchange.import_files([bundle])
    assert "does not trust" in window.exchange.last_message and fingerprint in window.exchange.last_message
    [(title, text)] = asked
    assert title == f"Trust laptop Table <b>two</b> ({fingerprint})?" and fingerprint in text
    assert snapshot(db) == before and trusted_devices(db) == [], "saying No trusts and imports nothing"

    monkeypatch.setattr(QMessageBox, "question", say(QMessageBox.Yes))
    with qtbot.waitSignal(window.exchange.import_finished, timeout=20000):
        window.exchange.import_files([bundle])
    with qtbot.waitSignal(window.exchange.import_finished, timeout=20000) as second:
        pass  # the import started again once the laptop was trusted
    assert second.args[0][0][1]["added"]["views"] == 4
    [known] = trusted_devices(db)
    assert known.fingerprint == fingerprint and known.public_key == this_device(table_two).public_key
