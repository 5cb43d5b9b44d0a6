"""The calm, simple pages around the ballot: welcome, review, thank you, please wait.

Short sentences in easy-read words; one big button where a choice is needed; a
speaker button at the top right of each page reads it aloud (hidden when the
computer cannot speak).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
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
from coprod_app.ui.accessibility import named
from coprod_app.ui.common.fonts import font
from coprod_app.ui.common.plain_text import plain_label
from coprod_app.ui.common.read_aloud import SpeakerButton
from coprod_app.ui.theme import DEFAULT, Palette
from coprod_app.ui.voting.cards import rating_words


def page_label(text: str, points: float, scale: float, name: str, bold: bool = False) -> QLabel:
    label = plain_label(text)  # card words come from the pack: shown as written (see plain_text)
    label.setObjectName(name)
    label.setFont(font(points, scale, bold=bold))
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignCenter)
    return label


def _speaker_row(
    layout: QBoxLayout, page: QWidget, name: str, scale: float, palette: Palette
) -> SpeakerButton:
    """The page's speaker button, top right; it reads the page's labels in reading order."""
    speaker = SpeakerButton(lambda: spoken_page(page), name, scale, palette)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(speaker)
    layout.addLayout(row)
    return speaker


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


class BigButton(QPushButton):
    """A participant-screen button: Space, Enter or a single tap presses it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        super().keyPressEvent(event)


def _button(text: str, name: str, scale: float, primary: bool = False, accessible: str = "") -> QPushButton:
    button = named(BigButton(text), name, accessible or text.replace("✓", "").strip())
    button.setFont(font(20 if primary else 17, scale, bold=True))
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
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        layout = QVBoxLayout(self)
        m = round(40 * scale)
        layout.setContentsMargins(m, m, m, m)
        layout.setSpacing(round(28 * scale))
        self.speaker = _speaker_row(layout, self, "welcome_read", scale, palette)
        if method == "rating":
            hint = self.tr("Look at each card. Tap Like, Not sure or Don't like.")
        elif method == "rank":
            hint = self.tr("Tap the cards that matter most to you. Tap the most important first.")
        else:
            hint = self.tr("Tap the cards that matter most to you. You can choose up to {most}.").format(
                most=max_choices
            )
        layout.addStretch(2)
        layout.addWidget(page_label(self.tr("Your turn."), 40, scale, "welcome_title", bold=True))
        layout.addWidget(page_label(hint, 24, scale, "welcome_hint"))
        self.start_button = _button(self.tr("Start"), "welcome_start", scale, primary=True)
        self.start_button.clicked.connect(self.start)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(3)


class ReviewPage(QWidget):
    """ "You chose …. Is this right?" with Yes / Change."""

    confirm = Signal()
    change = Signal()

    def __init__(
        self, scale: float = 1.0, parent: QWidget | None = None, *, palette: Palette = DEFAULT
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
        top = QHBoxLayout()
        if not self.speaker.isHidden():
            top.addSpacing(self.speaker.width())  # keeps the title in the middle
        top.addWidget(title, 1)
        top.addWidget(self.speaker, 0, Qt.AlignTop)
        layout.addLayout(top)
        self.list_label = plain_label()
        self.list_label.setObjectName("review_choices")
        self.list_label.setFont(font(19, scale))
        self.list_label.setWordWrap(True)
        self.list_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        # Only the list scrolls (at a large text size): Yes and Change always stay in view.
        self.list_scroll = QScrollArea()
        self.list_scroll.setObjectName("review_choices_scroll")
        self.list_scroll.setWidgetResizable(True)
        self.list_scroll.setFocusPolicy(Qt.NoFocus)
        self.list_scroll.setFrameShape(QFrame.NoFrame)
        self.list_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list_scroll.setWidget(self.list_label)
        layout.addWidget(self.list_scroll, 1)
        layout.addWidget(page_label(self.tr("Is this right?"), 26, frame, "review_question", bold=True))
        self.problem = page_label("", 17, scale, "review_problem", bold=True)
        self.problem.setProperty("role", "error")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.yes_button = _button(
            self.tr("Yes ✓"), "review_yes", frame, primary=True, accessible=self.tr("Yes, send my vote")
        )
        self.change_button = _button(
            self.tr("Change"), "review_change", frame, accessible=self.tr("No, change my choices")
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

    def show_choices(self, method: str, choices, pack: Pack) -> None:
        lines = []
        if method == "rating":
            for key, rating in choices.items():
                lines.append(f"{rating_words(self, rating)}:  {_words(pack, key)}")
        else:
            for i, key in enumerate(choices, start=1):
                lines.append(f"{i}.  {_words(pack, key)}" if method == "rank" else f"✓  {_words(pack, key)}")
        self.list_label.setText("\n\n".join(lines))
        self.problem.hide()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


def _words(pack: Pack, key: str) -> str:
    c = pack.commitment(key)
    return c.easy_read or c.text


class ThanksPage(QWidget):
    def __init__(
        self, scale: float = 1.0, parent: QWidget | None = None, *, palette: Palette = DEFAULT
    ) -> None:
        super().__init__(parent)
        self.setObjectName("thanks_page")
        layout = QVBoxLayout(self)
        m = round(24 * scale)
        layout.setContentsMargins(m, m, m, m)
        self.speaker = _speaker_row(layout, self, "thanks_read", scale, palette)
        layout.addStretch(2)
        layout.addWidget(page_label(self.tr("Thank you."), 44, scale, "thanks_title", bold=True))
        layout.addWidget(page_label(self.tr("Your vote is saved."), 26, scale, "thanks_saved"))
        layout.addWidget(
            page_label(self.tr("The next person can have a turn soon."), 20, scale, "thanks_next")
        )
        layout.addStretch(3)


class PausedPage(QWidget):
    def __init__(
        self, scale: float = 1.0, parent: QWidget | None = None, *, palette: Palette = DEFAULT
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paused_page")
        layout = QVBoxLayout(self)
        m = round(24 * scale)
        layout.setContentsMargins(m, m, m, m)
        self.speaker = _speaker_row(layout, self, "paused_read", scale, palette)
        layout.addStretch(2)
        layout.addWidget(page_label(self.tr("Please wait."), 40, scale, "paused_title", bold=True))
        layout.addWidget(page_label(self.tr("Voting will start again soon."), 24, scale, "paused_hint"))
        layout.addStretch(3)
