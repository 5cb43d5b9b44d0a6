"""The welcome page's Start button is on a 1024x768 screen at every text size, without scrolling.

At 200 % the page once needed 837 px: Start sat below the bottom edge, so a child had to find a
scroll bar before the first tap, and the hint's wrapped lines were cut at the top and bottom.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes
from coprod_app.ui.voting.participant_screen import ParticipantScreen


@pytest.mark.parametrize("method", ["pick", "rank", "rating"])
@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_start_is_on_a_1024_by_768_screen(qtbot, db, session, app_look, method, scale):
    app_look(text_scale=scale)
    pin_store.set_facilitator_pin(db, "2468")
    rnd = votes.create_round(db, session.id, method, 3)
    screen = ParticipantScreen(db, rnd.id)
    qtbot.addWidget(screen)
    try:
        screen.resize(1024, 768)
        screen.show()
        qtbot.waitExposed(screen)
        page = screen.welcome
        viewport = screen.stack.currentWidget().viewport()
        start = page.start_button
        bottom = start.mapTo(viewport, start.rect().bottomLeft()).y()
        assert bottom <= viewport.height(), f"Start ends at {bottom} px of {viewport.height()}"
        assert page.minimumSizeHint().height() <= viewport.height()
        for name in ("welcome_title", "welcome_hint"):
            label = page.findChild(QLabel, name)
            needed = label.heightForWidth(label.width())
            assert label.height() >= needed, f"{name} is {label.height()} px high but needs {needed}"
    finally:
        screen.end()
