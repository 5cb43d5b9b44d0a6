"""The View menu: theme, text size and language are kept per laptop and used by the participant screens."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes
from coprod_app.storage.database import get_meta, set_meta
from coprod_app.ui.common.i18n import TRANSLATIONS, available_languages, install_translator
from coprod_app.ui.main_window import MainWindow
from coprod_app.ui.officer.last_time import LastTimeViewer, cards_for
from coprod_app.ui.privacy.notice_screen import PrivacyNoticeScreen
from coprod_app.ui.theme import CALM, DEFAULT, HIGH_CONTRAST
from coprod_app.ui.view_settings import load_view_settings, palette_of
from coprod_app.ui.voting.participant_screen import ParticipantScreen


@pytest.fixture
def window(qtbot, db, db_path, session):
    win = MainWindow(db, str(db_path))
    qtbot.addWidget(win)
    yield win
    QApplication.instance().setStyleSheet("")


@pytest.fixture
def welsh():
    app = QApplication.instance()
    assert install_translator(app, "cy")
    yield
    install_translator(app, "en")


def test_view_menu_sits_after_edit_and_offers_theme_size_language(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:3] == ["&File", "&Edit", "&View"]
    names = {a.objectName() for a in window.findChildren(QAction)}
    assert {
        "action_theme_default",
        "action_theme_high-contrast",
        "action_theme_calm",
        "action_text_size_100",
        "action_text_size_200",
        "action_language_en",
        "action_language_cy",
        "action_read_aloud_status",
    } <= names


def test_choices_are_kept_for_this_laptop_and_change_the_facilitator_window(window, db):
    window.view_menu.theme_actions["high-contrast"].trigger()
    window.view_menu.size_actions[1.5].trigger()
    assert get_meta(db, "ui_theme") == "high-contrast"
    assert get_meta(db, "ui_text_scale") == "1.50"
    settings = load_view_settings(db)
    assert palette_of(settings) is HIGH_CONTRAST and settings.text_scale == 1.5
    sheet = QApplication.instance().styleSheet()
    assert HIGH_CONTRAST.background in sheet
    assert QApplication.font().pointSizeF() == 15.0, "the text size is the application font, not the sheet's"
    window.view_menu.theme_actions["default"].trigger()
    assert palette_of(load_view_settings(db)) is DEFAULT


def test_unknown_or_broken_settings_fall_back_to_the_defaults(db):
    set_meta(db, "ui_theme", "neon")
    set_meta(db, "ui_text_scale", "9")
    set_meta(db, "ui_language", "tlh")
    settings = load_view_settings(db)
    assert (settings.theme, settings.text_scale, settings.language) == ("default", 2.0, "en")
    set_meta(db, "ui_text_scale", "big")
    assert load_view_settings(db).text_scale == 1.0


def test_participant_screens_use_the_stored_theme_and_text_size(qtbot, db, session):
    set_meta(db, "ui_theme", "calm")
    set_meta(db, "ui_text_scale", "1.75")
    pin_store.set_facilitator_pin(db, "2468")
    rnd = votes.create_round(db, session.id, "pick", 2)
    screen = ParticipantScreen(db, rnd.id)
    qtbot.addWidget(screen)
    try:
        assert screen.scale == 1.75 and screen.palette_ is CALM
        assert CALM.background in screen.styleSheet()
        assert screen.ballot.cards["commitment-1.1"].palette_ is CALM
        title = screen.welcome.findChild(QLabel, "welcome_title")
        assert title.font().pointSizeF() == pytest.approx(40 * 1.75)
    finally:
        screen.end()

    viewer = LastTimeViewer(cards_for(None, []), db=db, speech=None)
    qtbot.addWidget(viewer)
    assert viewer.scale == 1.75 and viewer.palette_ is CALM

    parent = QWidget()
    parent.db = db
    qtbot.addWidget(parent)
    notice = PrivacyNoticeScreen(24, "", parent)
    assert notice.scale == 1.75 and CALM.background in notice.styleSheet()


def test_welsh_ships_and_the_participant_screen_speaks_it(qtbot, db, session, welsh):
    assert (TRANSLATIONS / "coprod_app_cy.ts").exists() and (TRANSLATIONS / "coprod_app_cy.qm").exists()
    assert "cy" in available_languages()
    pin_store.set_facilitator_pin(db, "2468")
    rnd = votes.create_round(db, session.id, "rating", 2, ["commitment-1.1", "commitment-2.1"])
    screen = ParticipantScreen(db, rnd.id)
    qtbot.addWidget(screen)
    try:
        title = screen.welcome.findChild(QLabel, "welcome_title")
        assert title.text() == "Dy dro di."
        assert screen.welcome.start_button.text() == "Dechrau"
        one = screen.ballot.rating_one  # rating one card at a time (this laptop's default)
        assert [b.text() for b in one.scale_buttons.values()] == ["Hoffi", "Ddim yn siŵr", "Ddim yn hoffi"]
        # Pack text stays in the pack's language.
        assert "We will train staff" in one.face.findChild(type(title), "card_words").text()
    finally:
        screen.end()


def test_english_again_after_welsh_and_an_unknown_language_keeps_english(qtbot):
    app = QApplication.instance()
    assert install_translator(app, "cy")
    assert QApplication.translate("WelcomePage", "Start") == "Dechrau"
    assert install_translator(app, "en")
    assert QApplication.translate("WelcomePage", "Start") == "Start"
    assert not install_translator(app, "xx")
    assert QApplication.translate("WelcomePage", "Start") == "Start"


def test_choosing_welsh_in_the_view_menu_is_kept_and_used(window, db):
    try:
        window.view_menu.language_actions["cy"].trigger()
        assert get_meta(db, "ui_language") == "cy"
        assert QApplication.translate("ThanksPage", "Thank you.") == "Diolch."
    finally:
        install_translator(QApplication.instance(), "en")
