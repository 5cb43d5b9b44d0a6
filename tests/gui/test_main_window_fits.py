"""At 200 % text the main window fits a 1024x768 screen with nothing cut: the form scrolls (issue 17).

Before, its smallest size at 200 % was 2139x1085: wider and taller than the screen, so the window
hung off its edges and a facilitator could not reach Save.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from coprod_app.ui.capture.participant_dialog import ParticipantDialog
from coprod_app.ui.capture.session_dialog import NewSessionDialog
from coprod_app.ui.main_window import MainWindow
from tests.gui.test_clipping import cut_off

SCREEN = (1024, 768)
TITLE_AND_PANEL = 60  # what a window manager's title bar and a desktop panel take of the height


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def shown(qtbot, db, db_path, session, app_look):
    def _show(scale: float, size=SCREEN) -> MainWindow:
        app_look(text_scale=scale)
        window = MainWindow(db, str(db_path))
        qtbot.addWidget(window)
        window.resize(size[0], size[1] - TITLE_AND_PANEL)
        window.show()
        qtbot.waitExposed(window)
        settle()
        return window

    return _show


def fits(hint, size=SCREEN) -> bool:
    return hint.width() <= size[0] and hint.height() <= size[1] - TITLE_AND_PANEL


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_the_main_window_fits_1024x768_at_every_text_size_with_nothing_cut(shown, scale):
    window = shown(scale)
    hint = window.minimumSizeHint()
    assert fits(hint), f"smallest size {hint.width()}x{hint.height()} at {scale:.0%}"
    assert window.width() <= SCREEN[0], "the window was pushed wider than the screen"
    assert cut_off(window) == []


def test_at_200_percent_the_form_scrolls_and_the_focused_box_comes_into_view(shown):
    window = shown(2.0)
    page = window.page
    assert page.splitter.orientation() == Qt.Vertical, (
        "side by side does not fit: the form goes above the list"
    )
    scroll = page.form_scroll
    assert scroll.verticalScrollBar().maximum() > 0, "the form is taller than its place: it scrolls"
    for box in (page.form.follow_up, page.form.words, page.form.save_button):
        box.setFocus()
        settle()
        seen = QRect(box.mapTo(scroll.viewport(), QPoint(0, 0)), box.size())
        place = scroll.viewport().rect()
        in_view = seen.intersected(place).height()
        # All of it; or, when it is taller than its place (the words box can be), its top and most of it.
        assert place.contains(seen.topLeft()), (box.objectName(), seen, place)
        assert in_view >= min(seen.height(), place.height() - 32), (box.objectName(), seen, place)


def test_on_a_wide_screen_at_100_percent_the_form_stays_beside_the_list(shown):
    window = shown(1.0, (1366, 768))
    assert window.page.splitter.orientation() == Qt.Horizontal
    assert cut_off(window) == []


def test_the_capture_dialogs_fit_at_200_percent(qtbot, db, app_look):
    from coprod_app.storage.packs import current_pack

    app_look(text_scale=2.0)
    pack = current_pack(db)
    for dialog in (
        NewSessionDialog(pack, lambda **_f: None),
        ParticipantDialog(pack.towns, lambda **_f: None),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        settle()
        assert fits(dialog.minimumSizeHint()), (type(dialog).__name__, dialog.minimumSizeHint())
        assert cut_off(dialog) == [], type(dialog).__name__


def test_under_the_form_the_filters_go_side_by_side_and_back_when_the_window_narrows(shown):
    window = shown(2.0)
    page = window.page

    def side_by_side() -> bool:
        return page.principle_filter.y() == page.priority_filter.y()

    assert side_by_side(), "one line more for the form on a 768-line screen"
    window.resize(900, SCREEN[1] - TITLE_AND_PANEL)
    settle()
    assert window.width() == 900, "the filters' row must not stop the window being made narrower"
    assert not side_by_side()
    assert cut_off(page.list_side) == [], "the list's side is whole at that width"
    window.resize(SCREEN[0], SCREEN[1] - TITLE_AND_PANEL)
    settle()
    assert side_by_side()
