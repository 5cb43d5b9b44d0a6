"""A practice round: pretend cards (foods, things to do) to learn the ballot on before the real vote.

The facilitator starts it from the console ("Practice first"). It uses the real ballot, the
real "You chose…" check and the same method as the round being voted on, so a child practises
exactly what they will do next; but its cards are pretend and its vote is never saved. It ends
with "That was practice. Now the real vote." and a button to the real vote's welcome page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coprod_app.domain.pack import Commitment, Pack, Priority
from coprod_app.domain.voting import Round
from coprod_app.ui.accessibility import named
from coprod_app.ui.common.fonts import font
from coprod_app.ui.common.i18n import translate
from coprod_app.ui.common.symbols import SymbolView
from coprod_app.ui.theme import DEFAULT, Palette
from coprod_app.ui.voting.pages import BigButton, centred, page_label

PRACTICE_ROUND_ID = 0  # no real round has id 0 (SQLite ids start at 1): nothing can be stored against it
# Each pretend card's key is also the name of its OpenMoji symbol in resources/symbols/symbols.json.
FOODS = ("practice-pizza", "practice-apple", "practice-ice-cream")
THINGS_TO_DO = ("practice-football", "practice-painting", "practice-swimming")


def _words() -> dict[str, str]:
    """The pretend cards' words, translated (lupdate reads these calls)."""
    return {
        "practice-food": translate("Practice", "Food"),
        "practice-things": translate("Practice", "Things to do"),
        "practice-pizza": translate("Practice", "Pizza"),
        "practice-apple": translate("Practice", "Apples"),
        "practice-ice-cream": translate("Practice", "Ice cream"),
        "practice-football": translate("Practice", "Playing football"),
        "practice-painting": translate("Practice", "Painting pictures"),
        "practice-swimming": translate("Practice", "Swimming"),
    }


def practice_pack() -> Pack:
    """A pack of six pretend cards in two groups, with the same shape as a strategy pack."""
    words = _words()
    liked = translate("Practice", "I like this.")

    def group(key: str, cards: tuple[str, ...]) -> Priority:
        commitments = tuple(
            Commitment(key=c, text=words[c], priority_key=key, easy_read=words[c], i_statement=liked)
            for c in cards
        )
        return Priority(
            key=key,
            title=words[key],
            easy_read=words[key],
            children_say=(),
            parents_say=(),
            partners_say=(),
            commitments=commitments,
            i_statements=(liked,),
        )

    return Pack(
        key="practice",
        name=translate("Practice", "Practice"),
        council="",
        language="en",
        principles=(),
        priorities=(group("practice-food", FOODS), group("practice-things", THINGS_TO_DO)),
        towns=(),
    )


def practice_round(real: Round) -> Round:
    """The pretend round: the real round's method, as many choices as it allows (at most 3 here)."""
    cards = FOODS + THINGS_TO_DO
    return Round(
        id=PRACTICE_ROUND_ID,
        uuid="practice",
        session_id=real.session_id,
        method=real.method,
        max_choices=max(1, min(real.max_choices, 3, len(cards))),
        commitments=cards,
        status="open",
        created_at="",
    )


class PracticeIntroPage(QWidget):
    """ "Let's practise. These cards are pretend." with a big Start."""

    start = Signal()

    def __init__(
        self, scale: float = 1.0, parent: QWidget | None = None, *, palette: Palette = DEFAULT
    ) -> None:
        super().__init__(parent)
        self.setObjectName("practice_intro_page")
        layout = QVBoxLayout(self)
        m = round(40 * scale)
        layout.setContentsMargins(m, m, m, m)
        layout.setSpacing(round(24 * scale))
        layout.addStretch(2)
        layout.addWidget(_symbol("practice-football", scale, palette), 0, Qt.AlignHCenter)
        layout.addWidget(page_label(self.tr("Let's practise."), 40, scale, "practice_title", bold=True))
        layout.addWidget(
            page_label(
                self.tr("These cards are pretend. Nothing is saved. Have a go!"), 24, scale, "practice_hint"
            )
        )
        self.start_button = _big_button(self.tr("Start practice"), "practice_start", scale)
        self.start_button.clicked.connect(self.start)
        layout.addLayout(centred(self.start_button))
        layout.addStretch(3)


class PracticeDonePage(QWidget):
    """ "That was practice. Now the real vote." with a button to the real vote."""

    real_vote = Signal()

    def __init__(
        self, scale: float = 1.0, parent: QWidget | None = None, *, palette: Palette = DEFAULT
    ) -> None:
        super().__init__(parent)
        self.setObjectName("practice_done_page")
        layout = QVBoxLayout(self)
        m = round(40 * scale)
        layout.setContentsMargins(m, m, m, m)
        layout.setSpacing(round(24 * scale))
        layout.addStretch(2)
        layout.addWidget(_symbol("next", scale, palette), 0, Qt.AlignHCenter)
        layout.addWidget(
            page_label(self.tr("That was practice."), 40, scale, "practice_done_title", bold=True)
        )
        layout.addWidget(
            page_label(self.tr("Now the real vote."), 28, scale, "practice_done_next", bold=True)
        )
        self.real_button = _big_button(self.tr("Go to the real vote"), "practice_real_vote", scale)
        self.real_button.clicked.connect(self.real_vote)
        layout.addLayout(centred(self.real_button))
        layout.addStretch(3)


def _symbol(name: str, scale: float, palette: Palette) -> SymbolView:
    side = round(120 * scale)
    view = SymbolView(name, side, palette=palette)
    view.setObjectName(f"symbol_{name}")
    return view


def _big_button(text: str, name: str, scale: float) -> BigButton:
    button = named(BigButton(text), name, text)
    button.setFont(font(20, scale, bold=True))
    button.setStyleSheet(
        f"QPushButton {{ min-height: {round(64 * scale)}px; padding: 0 {round(24 * scale)}px; }}"
    )
    button.setProperty("role", "primary")
    button.setAutoDefault(False)
    return button
