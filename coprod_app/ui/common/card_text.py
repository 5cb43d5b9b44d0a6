"""The words on a participant's card and the line under them, at the sizes ui/theme.py gives.

One widget for the voting cards (easy-read words, then the "I" statement) and the
Last time cards (a heading, then what was said), so a size changes in one place:
`CardTextLook` in ui/theme.py. Both labels are plain text, so pack words and
typed themes are shown as written (see plain_text).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coprod_app.ui.common.fonts import font
from coprod_app.ui.common.plain_text import plain_label
from coprod_app.ui.theme import CardTextLook


class CardText(QWidget):
    """The words in bold, and under them a line (none when `under` is None); `scale` is the text-size setting."""

    def __init__(
        self,
        words: str,
        under: str | None,
        look: CardTextLook,
        scale: float = 1.0,
        *,
        names: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        """`names`: the object names of the words and of the line under them, which tests and screen readers use."""
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(round(look.gap_px * scale))
        self.words = _label(words, names[0], font(look.words_pt, scale, bold=True))
        layout.addWidget(self.words)
        self.under: QLabel | None = None
        if under is not None:
            self.under = _label(
                under, names[1], font(look.under_pt, scale, bold=look.under_bold, italic=look.under_italic)
            )
            if look.under_muted:
                self.under.setProperty("role", "muted")
            layout.addWidget(self.under)


def card_topic(text: str, look: CardTextLook, scale: float = 1.0) -> QLabel:
    """The priority's name above a voting card's words: small, bold and muted."""
    topic = _label(text, "card_topic", font(look.topic_pt, scale, bold=True))
    topic.setProperty("role", "muted")
    return topic


def _label(text: str, name: str, shown_in) -> QLabel:
    label = plain_label(text)
    label.setObjectName(name)
    label.setFont(shown_in)
    label.setWordWrap(True)
    return label
