"""With the laptop set to Welsh, the participant screen's cards, priorities and "I" statements are Welsh."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from coprod_app.storage import pin as pin_store
from coprod_app.storage import votes as vote_store
from coprod_app.storage.device_settings import save_settings
from coprod_app.storage.sessions import session_pack

PIN = "2468"


def _texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.text()]


def _ballot_words(qtbot, db, session, language: str) -> tuple[list[str], object]:
    from coprod_app.ui.voting.participant_screen import ParticipantScreen

    save_settings(db, language=language)
    pin_store.set_facilitator_pin(db, PIN)
    rnd = vote_store.create_round(db, session.id, "pick", 2, ["commitment-1.1", "commitment-4.5"])
    screen = ParticipantScreen(db, rnd.id, next_person_ms=600_000, scale=1.0)
    qtbot.addWidget(screen)
    screen.show()
    screen.welcome.start_button.click()
    QApplication.processEvents()
    words = _texts(screen.ballot)
    screen.end()
    return words, screen


def test_the_participant_screen_in_welsh_shows_welsh_card_words(qtbot, db, session):
    words, screen = _ballot_words(qtbot, db, session, "cy")
    welsh = session_pack(db, session.id).in_language("cy")
    card = welsh.commitment("commitment-1.1")
    shown = " ".join(words)
    assert card.easy_read.startswith("Byddwn ni'n hyfforddi")
    assert card.easy_read in words
    assert f"“{card.i_statement}”" in words  # the card's own "I" statement, in Welsh
    assert welsh.commitment("commitment-4.5").easy_read in shown
    assert "We will train staff" not in shown and "I will get help" not in shown
    assert screen.pack.language == "cy"


def test_the_participant_screen_in_english_keeps_the_packs_own_words(qtbot, db, session):
    words, screen = _ballot_words(qtbot, db, session, "en")
    shown = " ".join(words)
    assert "We will train staff in schools, health and care to understand and meet your needs." in words
    assert "“I will be helped by adults who understand my needs.”" in words
    assert "Byddwn" not in shown


def test_the_results_on_the_big_screen_use_the_cards_welsh_words(qtbot, db, session):
    from coprod_app.ui.voting.participant_screen import ParticipantScreen

    save_settings(db, language="cy")
    pin_store.set_facilitator_pin(db, PIN)
    rnd = vote_store.create_round(db, session.id, "pick", 1, ["commitment-1.1", "commitment-4.5"])
    for _ in range(6):  # enough voters for the results to be shown
        vote_store.cast_vote(db, rnd.id, ["commitment-1.1"])
    screen = ParticipantScreen(db, rnd.id, next_person_ms=600_000, scale=1.0)
    qtbot.addWidget(screen)
    screen.show()
    screen.set_revealed(True)
    QApplication.processEvents()
    said = screen.results_page.chart.describe()
    welsh = session_pack(db, session.id).in_language("cy")
    assert welsh.commitment("commitment-1.1").easy_read in said
    assert "We will train staff" not in said
    screen.end()
