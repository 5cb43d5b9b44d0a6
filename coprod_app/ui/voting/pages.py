"""The calm, simple pages around the ballot: welcome, review, thank you, please wait.

Short sentences in easy-read words; one big button where a choice is needed; a
speaker button at the top right of each page reads it aloud (hidden when the
computer cannot speak). Nothing needs reading: every button carries a symbol
(Start a play sign, Yes a tick, Change a pencil), the check, thank-you and
please-wait pages each show one, and "You chose…" lists each chosen card with
its own symbol. The OpenMoji symbols of these pages are in page_symbols.py
(resources/symbols/page-*.svg, credited in LICENSE.md there).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain.pack import Pack
from coprod_app.domain.voting import RATINGS
from coprod_app.storage.device_settings import DeviceSettings
from coprod_app.ui.accessibility import named
from coprod_app.ui.common.fonts import font
from coprod_app.ui.common.plain_text import plain_label
from coprod_app.ui.common.read_aloud import SpeakerButton
from coprod_app.ui.common.swipe import touch_scrolling
from coprod_app.ui.common.symbols import SymbolView
from coprod_app.ui.theme import DEFAULT, Palette
from coprod_app.ui.voting.cards import card_words, paint_face, paint_shape, rating_words
from coprod_app.ui.voting.page_symbols import PageSymbol, symbol_icon

DEFAULT_SETTINGS = DeviceSettings()


def page_label(text: str, points: float, scale: float, name: str, bold: bool = False) -> QLabel:
    label = plain_label(text)  # card words come from the pack: shown as written (see plain_text)
    label.setObjectName(name)
    label.setFont(font(points, scale, bold=bold))
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignCenter)
    return label


def _speaker_row(
    layout: QBoxLayout,
    page: QWidget,
    name: str,
    scale: float,
    palette: Palette,
    settings: DeviceSettings = DEFAULT_SETTINGS,
) -> SpeakerButton:
    """The page's speaker button, top right; it reads the page's labels in reading order."""
    speaker = SpeakerButton(lambda: spoken_page(page), name, scale, palette)
    _off_tab_when_pages_speak(speaker, settings)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(speaker)
    layout.addLayout(row)
    return speaker


def _off_tab_when_pages_speak(speaker: SpeakerButton, settings: DeviceSettings) -> None:
    """When pages read themselves aloud, their speaker is still there to tap but is no Tab stop or scan step."""
    if settings.read_pages_aloud:
        speaker.setFocusPolicy(Qt.NoFocus)


def spoken_page(page: QWidget) -> str:
    """The words a page shows, top to bottom, as one text to read aloud."""
    labels = [
        label
        for label in page.findChildren(QLabel)
        if label.isVisibleTo(page) and label.text().strip() and not label.objectName().startswith("qt_")
    ]
    labels.sort(key=lambda label: (label.mapTo(page, label.rect().topLeft()).y(), label.x()))
    texts = []
    for label in labels:
        text = " ".join(label.text().replace("✓", "").split())
        texts.append(text if text.endswith((".", "?", "!", ":", "…")) else text + ".")
    return " ".join(texts)


def centred(widget: QWidget) -> QHBoxLayout:
    """A row with `widget` in its middle, at its own width."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row


class BigButton(QPushButton):
    """A participant-screen button: Space, Enter or a single tap presses it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)


def _button(
    text: str,
    name: str,
    scale: float,
    primary: bool = False,
    accessible: str = "",
    *,
    symbol: str = "",
    palette: Palette = DEFAULT,
) -> QPushButton:
    button = named(BigButton(text), name, accessible or text.replace("✓", "").strip())
    button.setFont(font(20 if primary else 17, scale, bold=True))
    if symbol:  # the symbol says what the button does to someone who cannot read its word
        side = round(52 * scale)  # OpenMoji leaves a margin inside its square: this shows about 40 px
        button.setIcon(symbol_icon(symbol, side, palette))
        button.setIconSize(QSize(side, side))
        button.setProperty("symbol", symbol)
    # Per-button style: the screen's style sheet would otherwise override these minimums.
    button.setStyleSheet(
        f"QPushButton {{ min-height: {round(64 * scale)}px; min-width: {round(180 * min(scale, 1.5))}px; }}"
    )
    if primary:
        button.setProperty("role", "primary")
    button.setAutoDefault(False)
    return button


class WelcomePage(QWidget):
    start = Signal()

    def __init__(
        self,
        method: str,
        max_choices: int,
        scale: float = 1.0,
        parent: QWidget | None = None,
        *,
        palette: Palette = DEFAULT,
        settings: DeviceSettings = DEFAULT_SETTINGS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        layout = QVBoxLayout(self)
        # The words and Start grow with the text size; the margins and gaps grow less, and the speaker
        # sits beside the title, so Start stays on a 768-line screen at 200 % without scrolling.
        frame = min(scale, 1.5)
        m = round(40 * frame)
        layout.setContentsMargins(m, m, m, m)
        layout.setSpacing(round(28 * frame))
        self.speaker = SpeakerButton(lambda: spoken_page(self), "welcome_read", scale, palette)
        _off_tab_when_pages_speak(self.speaker, settings)
        if method == "rating":
            hint = self.tr("Look at each card. Tap Like, Not sure or Don't like.")
        elif method == "rank":
            hint = self.tr("Tap the cards that matter most to you. Tap the most important first.")
        else:
            hint = self.tr("Tap the cards that matter most to you. You can choose up to {most}.").format(
                most=max_choices
            )
        layout.addStretch(2)
        title = page_label(self.tr("Your turn."), 40, scale, "welcome_title", bold=True)
        top = QHBoxLayout()
        if not self.speaker.isHidden():
            top.addSpacing(self.speaker.width())  # keeps the title in the middle
        top.addWidget(title, 1)
        top.addWidget(self.speaker, 0, Qt.AlignTop)
        layout.addLayout(top)
        layout.addWidget(page_label(hint, 24, scale, "welcome_hint"))
        self.start_button = _button(
            self.tr("Start"), "welcome_start", scale, primary=True, symbol="page-start", palette=palette
        )
        self.start_button.clicked.connect(self.start)
        layout.addLayout(centred(self.start_button))
        layout.addStretch(3)


class ChoiceRows(QWidget):
    """The chosen cards, one row each: the rank or the rating (word and symbol), the card's symbol, its words."""

    def __init__(self, scale: float, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_choices")
        self.scale = scale
        self.palette_ = palette
        self.rows: list[QWidget] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(round(14 * scale))
        self.layout_.addStretch(1)

    def set_rows(self, method: str, choices, pack: Pack) -> None:
        for row in self.rows:
            self.layout_.removeWidget(row)
            row.deleteLater()
        self.rows = []
        priorities = {p.key: i for i, p in enumerate(pack.priorities)}
        items = list(choices.items()) if method == "rating" else [(key, None) for key in choices]
        for position, (key, rating) in enumerate(items, start=1):
            row = self._row(method, position, key, rating, pack, priorities)
            self.layout_.insertWidget(len(self.rows), row)
            self.rows.append(row)

    def _row(
        self, method: str, position: int, key: str, rating: str | None, pack: Pack, priorities
    ) -> QWidget:
        scale, palette = self.scale, self.palette_
        row = QWidget()
        row.setObjectName(f"review_row_{key}")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(round(14 * scale))
        # Symbols stop growing at 150 %: at 200 % on a 1024 px screen the words still need the width.
        side = round(72 * min(scale, 1.5))
        if method == "rank":
            number = page_label(f"{position}.", 26, scale, "review_rank", bold=True)
            number.setMinimumWidth(round(48 * scale))
            line.addWidget(number)
        elif method == "rating" and rating is not None:
            # The rating's face with its word under it, in one column as wide as the longest word needs
            column = QVBoxLayout()
            column.setSpacing(round(4 * scale))
            face = SymbolView(rating, side, lambda p, r, k=rating: paint_face(p, r, k, palette), palette)
            face.setObjectName(f"review_rating_{rating}")
            column.addWidget(face, 0, Qt.AlignHCenter)
            word = page_label(rating_words(self, rating), 16, scale, "review_rating", bold=True)
            word.setWordWrap(False)
            # As wide as the longest of the three words, so every card's words start in one line
            metrics = QFontMetrics(word.font())
            word.setFixedWidth(max(metrics.horizontalAdvance(rating_words(self, r)) for r in RATINGS) + 8)
            column.addWidget(word, 0, Qt.AlignHCenter)
            line.addLayout(column)
        index = priorities.get(pack.commitment(key).priority_key, 0)
        symbol = SymbolView(
            key, side, lambda p, r, i=index: paint_shape(p, r.adjusted(2, 2, -2, -2), i, palette), palette
        )
        symbol.setObjectName(f"review_symbol_{key}")
        line.addWidget(symbol)
        words = page_label(card_words(pack.commitment(key)), 19, scale, "review_words")
        words.setAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        line.addWidget(words, 1)
        return row

    def text(self) -> str:
        """The list's words, one line a card (what a test or a screen reader reads)."""
        lines = []
        for row in self.rows:
            labels = sorted(row.findChildren(QLabel), key=lambda label: label.x())
            lines.append("  ".join(label.text() for label in labels))
        return "\n".join(lines)


class ReviewPage(QWidget):
    """ "You chose …. Is this right?" with Yes / Change."""

    confirm = Signal()
    change = Signal()

    def __init__(
        self,
        scale: float = 1.0,
        parent: QWidget | None = None,
        *,
        palette: Palette = DEFAULT,
        settings: DeviceSettings = DEFAULT_SETTINGS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review_page")
        self.scale = scale
        layout = QVBoxLayout(self)
        # The title, question and buttons grow less than the list at big text sizes, so the list has room.
        frame = min(scale, 1.5)
        m = round(32 * frame)
        layout.setContentsMargins(m, m, m, m)
        layout.setSpacing(round(16 * frame))
        title = page_label(self.tr("You chose:"), 28, frame, "review_title", bold=True)
        self.speaker = SpeakerButton(lambda: spoken_page(self), "review_read", frame, palette)
        _off_tab_when_pages_speak(self.speaker, settings)
        # Its room is kept when hidden (read aloud can come and go with a new check): the title stays centred.
        keep = self.speaker.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.speaker.setSizePolicy(keep)
        top = QHBoxLayout()
        top.addSpacing(self.speaker.width())  # keeps the title in the middle
        top.addWidget(title, 1)
        top.addWidget(self.speaker, 0, Qt.AlignTop)
        layout.addLayout(top)
        self.choice_rows = ChoiceRows(scale, palette)
        # Only the list scrolls (at a large text size): Yes and Change always stay in view.
        self.list_scroll = QScrollArea()
        self.list_scroll.setObjectName("review_choices_scroll")
        self.list_scroll.setWidgetResizable(True)
        self.list_scroll.setFocusPolicy(Qt.NoFocus)
        self.list_scroll.setFrameShape(QFrame.NoFrame)
        self.list_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list_scroll.setWidget(self.choice_rows)
        self.choice_rows.setAutoFillBackground(
            False
        )  # setWidget fills it grey: white words vanished on dark themes
        touch_scrolling(self.list_scroll)  # nothing in the list can be tapped, so no swipe chooses
        layout.addWidget(self.list_scroll, 1)
        question = QHBoxLayout()
        question.addStretch(1)
        self.question_symbol = PageSymbol("page-check", round(56 * frame), palette)
        question.addWidget(self.question_symbol)
        question.addWidget(page_label(self.tr("Is this right?"), 26, frame, "review_question", bold=True))
        question.addStretch(1)
        layout.addLayout(question)
        self.problem = page_label("", 17, scale, "review_problem", bold=True)
        self.problem.setProperty("role", "error")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.change_button = _button(
            self.tr("Change"),
            "review_change",
            frame,
            accessible=self.tr("No, change my choices"),
            symbol="page-change",
            palette=palette,
        )
        self.yes_button = _button(
            self.tr("Yes"),
            "review_yes",
            frame,
            primary=True,
            accessible=self.tr("Yes, send my vote"),
            symbol="page-yes",
            palette=palette,
        )
        self.yes_button.clicked.connect(self.confirm)
        self.change_button.clicked.connect(self.change)
        row = QHBoxLayout()
        row.setSpacing(round(32 * scale))
        row.addStretch(1)
        row.addWidget(self.change_button)
        row.addWidget(self.yes_button)
        row.addStretch(1)
        layout.addLayout(row)
        QWidget.setTabOrder(self.change_button, self.yes_button)  # reading order, as a switch steps through

    def show_choices(self, method: str, choices, pack: Pack) -> None:
        self.choice_rows.set_rows(method, choices, pack)
        self.list_scroll.verticalScrollBar().setValue(0)
        self.problem.hide()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


def _symbol_page(
    page: QWidget, name: str, scale: float, palette: Palette, settings: DeviceSettings
) -> QVBoxLayout:
    """A calm page's layout: margins, the speaker top right, then its big symbol in the middle."""
    layout = QVBoxLayout(page)
    m = round(24 * scale)
    layout.setContentsMargins(m, m, m, m)
    page.speaker = _speaker_row(
        layout, page, f"{page.objectName().removesuffix('_page')}_read", scale, palette, settings
    )
    layout.addStretch(2)
    page.symbol = PageSymbol(name, round(160 * min(scale, 1.5)), palette)
    layout.addLayout(centred(page.symbol))
    return layout


class ThanksPage(QWidget):
    def __init__(
        self,
        scale: float = 1.0,
        parent: QWidget | None = None,
        *,
        palette: Palette = DEFAULT,
        settings: DeviceSettings = DEFAULT_SETTINGS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("thanks_page")
        layout = _symbol_page(self, "page-thanks", scale, palette, settings)
        layout.addWidget(page_label(self.tr("Thank you."), 44, scale, "thanks_title", bold=True))
        layout.addWidget(page_label(self.tr("Your vote is saved."), 26, scale, "thanks_saved"))
        layout.addWidget(
            page_label(self.tr("The next person can have a turn soon."), 20, scale, "thanks_next")
        )
        layout.addStretch(3)


class PausedPage(QWidget):
    def __init__(
        self,
        scale: float = 1.0,
        parent: QWidget | None = None,
        *,
        palette: Palette = DEFAULT,
        settings: DeviceSettings = DEFAULT_SETTINGS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paused_page")
        layout = _symbol_page(self, "page-wait", scale, palette, settings)
        layout.addWidget(page_label(self.tr("Please wait."), 40, scale, "paused_title", bold=True))
        layout.addWidget(page_label(self.tr("Voting will start again soon."), 24, scale, "paused_hint"))
        layout.addStretch(3)
