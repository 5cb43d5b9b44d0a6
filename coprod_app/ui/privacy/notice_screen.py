"""The easy-read privacy notice, full screen, for participants to read before they speak.

Calm and plain: big text on the chosen palette's background (View menu: default,
high contrast or calm; text size 100-200 %), sections side by side on a wide
screen, no motion. It is not locked: Escape, Enter, Space or the big Close button (touch
or mouse) close it; a touch screen scrolls it with a finger.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
from coprod_app.ui.common.i18n import translate
from coprod_app.ui.common.plain_text import plain_label
from coprod_app.ui.theme import (
    BODY_PT_PER_100PX,
    HEADING_PT_PER_100PX,
    MIN_BODY_PT,
    PARTICIPANT_TARGET_PX,
    TITLE_PT_PER_100PX,
    Palette,
)
from coprod_app.ui.voting.look import scroll_bar_style


class PrivacyNoticeScreen(QDialog):
    """The notice filling one screen; closes on Escape, Enter, Space or Close."""

    def __init__(
        self,
        retention_months: int = DEFAULT_RETENTION_MONTHS,
        contact: str = "",
        parent: QWidget | None = None,
        *,
        scale: float | None = None,
        palette: Palette | None = None,
    ) -> None:
        """`scale` and `palette` default to the View menu's settings (read from `parent.db` if it has one)."""
        super().__init__(parent)
        from coprod_app.ui.view_settings import load_view_settings, palette_of

        settings = load_view_settings(getattr(parent, "db", None))
        self.scale = settings.text_scale if scale is None else scale
        p = self.palette_ = palette or palette_of(settings)
        self.setObjectName("privacy_notice_screen")
        self.setAccessibleName(translate("PrivacyNotice", NOTICE_TITLE))
        self.setWindowTitle(translate("PrivacyNotice", NOTICE_TITLE))
        self.setModal(True)
        self._retention_months = retention_months
        self._contact = contact
        self.setStyleSheet(
            f"""
            QDialog#privacy_notice_screen, QWidget#privacy_notice_body {{ background: {p.background}; }}
            QScrollArea, QWidget#qt_scrollarea_viewport {{ border: none; background: {p.background}; }}
            QLabel {{ color: {p.text}; background: transparent; }}
            QLabel[role="heading"], QLabel[role="title"] {{ color: {p.accent}; font-weight: bold; }}
            QPushButton#privacy_notice_close {{
                background: {p.accent}; color: {p.accent_text}; border-radius: 8px;
                padding: 8px 28px; min-height: {round(PARTICIPANT_TARGET_PX * self.scale)}px;
            }}
            QPushButton#privacy_notice_close:focus {{ border: 5px solid {p.focus}; }}
        """
            + scroll_bar_style(palette=p, scale=min(self.scale, 1.5))
        )
        self.close_button = named(
            QPushButton(translate("PrivacyNotice", "Close")),
            "privacy_notice_close",
            translate("PrivacyNotice", "Close the privacy notice"),
        )
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        self.title = QLabel(translate("PrivacyNotice", NOTICE_TITLE))
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
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
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
        width /= self.scale  # bigger text: fewer, wider columns
        columns = 3 if width >= 1200 else 2 if width >= 800 else 1
        if columns == self._columns:
            return
        self._columns = columns
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.labels.clear()
        k = self.scale
        body_pt = round(max(MIN_BODY_PT, height / 100 * BODY_PT_PER_100PX) * k)
        heading_pt = round(max(MIN_BODY_PT + 4, height / 100 * HEADING_PT_PER_100PX) * k)
        title_font = self.title.font()
        title_font.setPointSize(round(max(MIN_BODY_PT + 8, height / 100 * TITLE_PT_PER_100PX) * k))
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
                heading = plain_label(translate("PrivacyNotice", section.heading))
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
                    label = plain_label(
                        translate("PrivacyNotice", sentence)
                    )  # the contact is shown as typed (see plain_text)
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
