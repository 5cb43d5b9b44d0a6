"""A push button whose words wrap onto more lines instead of being cut off: at 200 % text on a
1024x768 laptop the facilitator console's buttons ("Show results on the big screen") keep every
word. It fills its own style option (see `_option`) for the PySide6 6.12 binding."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter, QWidget

_WRAP = Qt.TextWordWrap | Qt.AlignCenter


class WrapButton(QPushButton):
    """A push button whose words wrap onto more lines instead of being cut off at a large text size."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        """The button's style option, filled here: PySide6 6.12's initStyleOption and initFrom each drop a
        reference to None (Python 3.11 aborts after some thousands of layouts)."""
        option = QStyleOptionButton()
        option.rect = self.rect()
        option.palette = self.palette()
        option.fontMetrics = self.fontMetrics()
        option.direction = self.layoutDirection()
        state = QStyle.State_None
        if self.isEnabled():
            state |= QStyle.State_Enabled
        if self.hasFocus():
            state |= QStyle.State_HasFocus
        if self.window().isActiveWindow():
            state |= QStyle.State_Active
        if self.isDown():
            state |= QStyle.State_Sunken
        elif self.isChecked():
            state |= QStyle.State_On
        else:
            state |= QStyle.State_Raised
        option.state = state
        if self.autoDefault():
            option.features |= QStyleOptionButton.AutoDefaultButton
        if self.isDefault():
            option.features |= QStyleOptionButton.DefaultButton
        option.text = self.text()
        return option

    def _words(self) -> str:
        return self.text().replace("&&", "\0").replace("&", "").replace("\0", "&")

    def _frame(self, content: QSize) -> QSize:
        return self.style().sizeFromContents(QStyle.CT_PushButton, self._option(), content, self)

    def _text_size(self, width: int) -> QSize:
        return (
            self.fontMetrics().boundingRect(QRect(0, 0, max(1, width), 100_000), _WRAP, self._words()).size()
        )

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        one_line = QSize(self.fontMetrics().horizontalAdvance(self._words()), self.fontMetrics().height())
        return self._frame(one_line).expandedTo(self.minimumSize())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        longest = max((self.fontMetrics().horizontalAdvance(w) for w in self._words().split()), default=0)
        return QSize(
            self._frame(QSize(longest, 0)).width(),
            self.heightForWidth(self._frame(QSize(longest, 0)).width()),
        )

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        frame = self._frame(QSize(0, 0))
        text = self._text_size(width - frame.width())
        return max(self.minimumHeight(), self._frame(QSize(width - frame.width(), text.height())).height())

    def text_rect(self) -> QRect:
        """Where the words are drawn (tests check that they fit in it)."""
        return self.style().subElementRect(QStyle.SE_PushButtonContents, self._option(), self)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QStylePainter(self)
        option = self._option()
        option.text = ""
        painter.drawControl(QStyle.CE_PushButton, option)  # the button and its focus ring, no words
        painter.setPen(self.palette().color(QPalette.ButtonText))
        painter.drawText(self.text_rect(), _WRAP, self._words())
