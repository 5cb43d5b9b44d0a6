"""The easy-read privacy notice, full screen, for participants to read before they speak.

Calm and plain: big text on white, sections side by side on a wide screen, no
motion. It is not locked: Escape, Enter, Space or the big Close button (touch
or mouse) close it; a touch screen scrolls it with a finger.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from coprod_app.domain.privacy import DEFAULT_RETENTION_MONTHS, NOTICE_TITLE, privacy_notice
from coprod_app.ui.accessibility import named
from coprod_app.ui.theme import DEFAULT, PARTICIPANT_TARGET_PX

# Sizes relative to the screen height, so a 768-line projector and a 4K touch screen both read well.
# (Ask: move these to ui/theme.py.)
TITLE_PT_PER_100PX = 3.2
HEADING_PT_PER_100PX = 2.6
BODY_PT_PER_100PX = 2.1
MIN_BODY_PT = 16


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrivacyNotice", text)


class PrivacyNoticeScreen(QDialog):
    """The notice filling one screen; closes on Escape, Enter, Space or Close."""

    def __init__(
        self,
        retention_months: int = DEFAULT_RETENTION_MONTHS,
        contact: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("privacy_notice_screen")
        self.setAccessibleName(_tr(NOTICE_TITLE))
        self.setWindowTitle(_tr(NOTICE_TITLE))
        self.setModal(True)
        self._retention_months = retention_months
        self._contact = contact
        self.setStyleSheet(f"""
            QDialog#privacy_notice_screen, QWidget#privacy_notice_body {{ background: {DEFAULT.background}; }}
            QLabel {{ color: {DEFAULT.text}; }}
            QLabel[role="heading"], QLabel[role="title"] {{ color: {DEFAULT.accent}; font-weight: bold; }}
            QPushButton#privacy_notice_close {{
                background: {DEFAULT.accent}; color: {DEFAULT.accent_text}; border-radius: 8px;
                padding: 8px 28px; min-height: {PARTICIPANT_TARGET_PX}px;
            }}
            QPushButton#privacy_notice_close:focus {{ border: 4px solid {DEFAULT.focus}; }}
        """)
        self.close_button = named(
            QPushButton(_tr("Close")), "privacy_notice_close", _tr("Close the privacy notice")
        )
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        self.title = QLabel(_tr(NOTICE_TITLE))
        self.title.setObjectName("privacy_notice_title")
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)

        self.body = QWidget()
        self.body.setObjectName("privacy_notice_body")
        self.grid = QGridLayout(self.body)
        self.grid.setHorizontalSpacing(48)
        self.grid.setVerticalSpacing(16)
        self.labels: list[QLabel] = []
        self.scroll = QScrollArea()
        self.scroll.setObjectName("privacy_notice_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.NoFrame)
        self.scroll.setWidget(self.body)
        self.scroll.setFocusPolicy(Qt.NoFocus)
        QScroller.grabGesture(self.scroll.viewport(), QScroller.TouchGesture)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button, 0, Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self._columns = 0
        self._fill()

    def _fill(self) -> None:
        """Lay the sections out in as many columns as the width allows."""
        height = self.screen().geometry().height() if self.screen() else 768
        width = max(self.width(), self.screen().geometry().width() if self.screen() else 1024)
        columns = 3 if width >= 1200 else 2 if width >= 800 else 1
        if columns == self._columns:
            return
        self._columns = columns
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.labels.clear()
        body_pt = max(MIN_BODY_PT, round(height / 100 * BODY_PT_PER_100PX))
        heading_pt = max(MIN_BODY_PT + 4, round(height / 100 * HEADING_PT_PER_100PX))
        title_font = self.title.font()
        title_font.setPointSize(max(MIN_BODY_PT + 8, round(height / 100 * TITLE_PT_PER_100PX)))
        self.title.setFont(title_font)
        button_font = self.close_button.font()
        button_font.setPointSize(heading_pt)
        self.close_button.setFont(button_font)
        self.close_button.setMinimumWidth(
            self.close_button.fontMetrics().horizontalAdvance(self.close_button.text()) + 80
        )
        sections = privacy_notice(self._retention_months, self._contact)
        for column, group in enumerate(_columns_in_order(sections, columns)):
            box = QVBoxLayout()
            box.setSpacing(6)
            for section in group:
                heading = QLabel(_tr(section.heading))
                heading.setProperty("role", "heading")
                font = heading.font()
                font.setPointSize(heading_pt)
                heading.setFont(font)
                heading.setWordWrap(True)
                if box.count():
                    box.addSpacing(heading_pt)
                box.addWidget(heading)
                self.labels.append(heading)
                for sentence in section.sentences:
                    label = QLabel(_tr(sentence))
                    label.setWordWrap(True)
                    font = label.font()
                    font.setPointSize(body_pt)
                    label.setFont(font)
                    box.addWidget(label)
                    self.labels.append(label)
            box.addStretch(1)
            self.grid.addLayout(box, 0, column, Qt.AlignTop)

    def text(self) -> str:
        """Everything the notice says, for tests and screen readers."""
        return "\n".join([self.title.text()] + [label.text() for label in self.labels])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Escape, Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space):
            self.accept()
            return
        super().keyPressEvent(event)

    def show_on(self, screen=None) -> None:
        """Fill `screen` (default: the parent's), then take the keyboard so Escape closes it."""
        screen = screen or (
            self.parentWidget().screen() if self.parentWidget() else QGuiApplication.primaryScreen()
        )
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self._columns = 0
        self._fill()
        self.activateWindow()
        self.close_button.setFocus()


def _columns_in_order(sections, columns: int) -> list[list]:
    """Split the sections into `columns` runs of about equal length, keeping reading order."""
    weights = [2 + sum(1 + len(x) // 30 for x in section.sentences) for section in sections]
    target = sum(weights) / columns
    groups: list[list] = [[]]
    height = 0
    for section, weight in zip(sections, weights, strict=True):
        if groups[-1] and len(groups) < columns and height + weight / 2 > target:
            groups.append([])
            height = 0
        groups[-1].append(section)
        height += weight
    return groups


def participant_screen(window: QWidget):
    """The screen that is not the facilitator's (a projector), or the facilitator's when there is one."""
    own = window.screen()
    others = [s for s in QGuiApplication.screens() if s is not own]
    return others[0] if others else own


def show_privacy_notice(
    parent: QWidget, retention_months: int = DEFAULT_RETENTION_MONTHS, contact: str = "", screen=None
) -> PrivacyNoticeScreen:
    """Open the notice full screen (not blocking); it deletes itself when closed."""
    notice = PrivacyNoticeScreen(retention_months, contact, parent)
    notice.setAttribute(Qt.WA_DeleteOnClose)
    notice.finished.connect(notice.close)
    notice.show_on(screen or participant_screen(parent))
    return notice
