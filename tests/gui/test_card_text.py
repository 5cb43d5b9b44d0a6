"""Card text: the voting cards and the Last time cards show their words at the sizes ui/theme.py gives,
through one widget; and the two style sheets take their palette and scale by name only."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from coprod_app.domain.pack import Commitment
from coprod_app.ui import theme
from coprod_app.ui.officer.last_time import Card, CardLine, LastTimeViewer
from coprod_app.ui.voting import look
from coprod_app.ui.voting.cards import ChoiceCard, RatingCard

WITH_STATEMENT = Commitment(
    key="commitment-1.1",
    text="Long words",
    priority_key="priority-1",
    easy_read="We will listen to you.",
    i_statement="I will be listened to.",
)
WITHOUT_STATEMENT = Commitment(key="commitment-1.2", text="We will help.", priority_key="priority-1")


def shown(widget, name: str) -> tuple[float, bool, bool, str]:
    label = widget.findChild(QLabel, name)
    assert label is not None, f"no {name} on the card"
    return label.font().pointSizeF(), label.font().bold(), label.font().italic(), label.text()


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_voting_cards_use_the_sizes_in_the_theme(qtbot, scale):
    for card, sizes in (
        (ChoiceCard(WITH_STATEMENT, "Being healthy", 0, 1, 2, scale), theme.CHOICE_CARD_TEXT),
        (RatingCard(WITH_STATEMENT, "Being healthy", 0, scale), theme.RATING_CARD_TEXT),
    ):
        qtbot.addWidget(card)
        assert shown(card, "card_words") == (sizes.words_pt * scale, True, False, "We will listen to you.")
        assert shown(card, "card_i_statement") == (
            sizes.under_pt * scale,
            False,
            True,
            "“I will be listened to.”",
        )
        assert card.findChild(QLabel, "card_i_statement").property("role") == "muted"
        assert shown(card, "card_topic") == (sizes.topic_pt * scale, True, False, "Being healthy")
    # The two kinds of card differ on purpose (three across, or one per row beside three buttons).
    assert theme.CHOICE_CARD_TEXT != theme.RATING_CARD_TEXT


def test_a_card_without_an_i_statement_shows_no_empty_line(qtbot):
    card = ChoiceCard(WITHOUT_STATEMENT, "Being healthy", 0, 1, 1)
    qtbot.addWidget(card)
    assert shown(card, "card_words")[3] == "We will help."
    assert card.findChild(QLabel, "card_i_statement") is None


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_last_time_lines_use_the_sizes_in_the_theme(qtbot, scale):
    cards = [
        Card("More clubs", (CardLine("said", "You said", "Not enough clubs."), CardLine("next", "Next", "")))
    ]
    viewer = LastTimeViewer(cards, speech=None, scale=scale, palette=theme.DEFAULT)
    qtbot.addWidget(viewer)
    size = theme.LAST_TIME_TEXT
    assert shown(viewer, "last_time_line_1_heading") == (size.words_pt * scale, True, False, "You said")
    assert shown(viewer, "last_time_line_1_text") == (
        size.under_pt * scale,
        False,
        False,
        "Not enough clubs.",
    )
    # A line with no words keeps its place under its heading, as before.
    assert shown(viewer, "last_time_line_2_text")[3] == ""


@pytest.mark.parametrize(
    "style_sheet", [theme.style_sheet, look.style_sheet], ids=["facilitator", "participant"]
)
def test_style_sheets_take_palette_and_scale_by_name(style_sheet):
    with pytest.raises(TypeError):
        style_sheet(theme.HIGH_CONTRAST, 2.0)  # the two once took these in opposite orders
    sheet = style_sheet(palette=theme.HIGH_CONTRAST, scale=2.0)
    assert theme.HIGH_CONTRAST.focus in sheet and theme.DEFAULT.focus not in sheet
    assert style_sheet(scale=2.0) != style_sheet(), "the scale must change the sizes"
