"""View → Text size grows the participant screen's words, measured in pixels under the app's real look.

Issue 17: the facilitator style sheet's `QWidget { font-size }` was application-wide and beat every
font a participant page set itself, so "Your turn." was 35 px high at 100 %, 12 px at 125 % and
18 px at 200 %. Here each screen is built after `use_view_settings` (what the app does at start)
with the stored text size, and the words are measured as drawn: the font's pixel height and the
label's own height.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes
from coprod_app.ui.main_window import MainWindow
from coprod_app.ui.voting.participant_screen import ParticipantScreen
from tests.gui.test_clipping import cut_off

SCALES = (1.0, 1.5, 2.0)
CARD = "commitment-1.1"


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def measured(qtbot, db, session, app_look):
    """Show the welcome page and the ballot at each stored text size; what was measured, by scale."""
    pin_store.set_facilitator_pin(db, "2468")

    def _measure(size=(1366, 768)) -> dict:
        found = {}
        for scale in SCALES:
            app_look(text_scale=scale)
            rnd = votes.create_round(db, session.id, "pick", 3, [CARD, "commitment-2.1", "commitment-4.4"])
            screen = ParticipantScreen(db, rnd.id, next_person_ms=600_000)  # its scale: the stored one
            qtbot.addWidget(screen)
            try:
                screen.setFixedSize(*size)
                screen.show()
                qtbot.waitExposed(screen)
                settle()
                title = screen.welcome.findChild(QLabel, "welcome_title")
                seen = {
                    "title_px": QFontMetrics(title.font()).height(),
                    "title_label": title.height(),
                    "title_pt": title.font().pointSizeF(),
                    "welcome_cut": cut_off(screen.current_page()),
                }
                screen.welcome.start_button.click()
                settle()
                words = screen.ballot.cards[CARD].findChild(QLabel, "card_words")
                seen["card_px"] = QFontMetrics(words.font()).height()
                seen["card_lines"] = round(words.height() / seen["card_px"], 1)
                seen["ballot_cut"] = cut_off(screen.current_page())
                found[scale] = seen
            finally:
                screen.end()
        return found

    return _measure


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)], ids=["1366x768", "1024x768"])
def test_participant_words_grow_with_the_text_size_and_nothing_is_cut(measured, size):
    found = measured(size)
    # A card's label height is left out: at a larger size there are fewer columns, so wider cards and
    # fewer lines. Its words must still be whole (cut_off below).
    for key in ("title_px", "title_label", "card_px"):
        sizes = [found[s][key] for s in SCALES]
        assert sizes == sorted(sizes) and len(set(sizes)) == len(sizes), f"{key} must grow: {sizes}"
    small, big = found[1.0], found[2.0]
    # "Your turn." is 40 pt at 100 %: its design size times the text size, whatever the facilitator's is.
    assert [found[s]["title_pt"] for s in SCALES] == pytest.approx([40 * s for s in SCALES])
    assert small["title_px"] >= 50, "the title is a title, not body text"
    assert big["title_px"] >= 1.8 * small["title_px"], (small["title_px"], big["title_px"])
    assert big["card_px"] >= 1.6 * small["card_px"], (small["card_px"], big["card_px"])
    cut = {s: found[s]["welcome_cut"] + found[s]["ballot_cut"] for s in SCALES}
    assert {s: problems for s, problems in cut.items() if problems} == {}


def test_the_facilitator_text_size_is_the_application_font_and_reaches_the_main_window(
    qtbot, db, db_path, app_look
):
    heights = []
    for scale in SCALES:
        app_look(text_scale=scale)
        assert QApplication.font().pointSizeF() == pytest.approx(10 * scale)
        assert "font-size" not in QApplication.instance().styleSheet().split("QLabel#session_heading")[0]
        window = MainWindow(db, str(db_path))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        button = window.session_list.new_button
        heights.append(QFontMetrics(button.font()).height())
        assert button.font().pointSizeF() == pytest.approx(10 * scale)
        window.close()
    assert heights == sorted(heights) and heights[-1] >= 1.8 * heights[0], heights
