"""The PIN pad's count-down stops with the pad: a pad that has gone must not go on reading the database."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from coprod_app.storage import pin as pin_store
from coprod_app.storage.database import open_database
from coprod_app.ui.voting.pin_pad import PinPad


def test_a_hidden_pad_stops_counting_down(qtbot, tmp_path):
    db = open_database(tmp_path / "coprod.sqlite3")
    pin_store.set_facilitator_pin(db, "2468")
    pad = PinPad(pin_store.pin_guard(db))
    qtbot.addWidget(pad)
    pad.show()
    for wrong in ("1111", "2222", "3333"):  # enough wrong tries to earn a wait
        pad.entry.setText(wrong)
        pad.try_unlock()
    assert not pad.unlock_button.isEnabled(), "wrong tries must make the pad wait"
    assert any(timer.isActive() for timer in pad.findChildren(QTimer)), "the wait is counted down"
    pad.hide()
    db.close()  # the screen has gone and its database with it
    # Before the fix the pad's timer read the closed database every 500 ms and raised in the event loop.
    qtbot.wait(1200)
    assert not any(timer.isActive() for timer in pad.findChildren(QTimer)), "a hidden pad counts nothing down"
