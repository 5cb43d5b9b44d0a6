"""Words from people, strategy packs and bundles are shown as they were typed, never read as markup.

Qt guesses: a QLabel, a message box or a tooltip whose text looks like HTML draws it as rich text. A
session titled `<font color=red size=7>BIG</font>` showed "BIG" huge and red, a venue `<a href=…>` was a
link, and a bundle from another laptop brings such words with it. Every label, message box, tooltip and
window title that can show such words is made through this module. Item views (lists, tables, combo
boxes) and buttons draw their text plain already.
"""

from __future__ import annotations

import html
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows `text` exactly, whatever it contains."""
    label = QLabel(parent)
    label.setTextFormat(Qt.PlainText)
    label.setText(text)
    return label


def tooltip(text: str) -> str:
    """A tooltip that shows `text` exactly: Qt has no plain-text tooltip, so the words are escaped.

    As rich text the tooltip also wraps long words to the screen instead of one line across it.
    """
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def button_text(text: str) -> str:
    """Button, check box or menu text that shows `text` exactly: Qt reads "&" there as a shortcut mark.

    "Health & care" would show "Health  care" with the space underlined, and "Fish &Chips" would take
    Alt+C from the window's own keys; "&&" is drawn as one "&" and takes no key.
    """
    return text.replace("&", "&&")


def window_title(text: str) -> str:
    """A window title that shows `text` exactly: Qt drops "[*]" (its unsaved-changes mark) unless doubled."""
    return text.replace("[*]", "[*][*]")


# Message boxes -------------------------------------------------------------------------------------------


def message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.Ok,
    parent: QWidget | None = None,
) -> QMessageBox:
    """A message box (to open or exec) whose words are shown exactly."""
    box = QMessageBox(icon, window_title(title), text, buttons, parent)
    box.setTextFormat(Qt.PlainText)
    return box


class _PlainMessageBoxes(QObject):
    """Makes each message box plain as Qt polishes it, before it is first drawn."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Polish and isinstance(watched, QMessageBox):
            watched.setTextFormat(Qt.PlainText)
        return False


@contextmanager
def plain_message_boxes():
    """While inside, every message box Qt's static functions build is plain.

    Those functions (QMessageBox.warning, .question …) give no way to set the text format; calling them,
    rather than building a box here, keeps the box Qt's own (its buttons, its keys) and lets tests stand in
    for them as before.
    """
    app = QApplication.instance()
    watcher = _PlainMessageBoxes()
    app.installEventFilter(watcher)
    try:
        yield
    finally:
        app.removeEventFilter(watcher)
        watcher.deleteLater()


def warning(parent: QWidget | None, title: str, text: str, *args) -> QMessageBox.StandardButton:
    """QMessageBox.warning, with `text` shown exactly (an error sentence may quote what was typed)."""
    with plain_message_boxes():
        return QMessageBox.warning(parent, window_title(title), text, *args)


def information(parent: QWidget | None, title: str, text: str, *args) -> QMessageBox.StandardButton:
    """QMessageBox.information, with `text` shown exactly."""
    with plain_message_boxes():
        return QMessageBox.information(parent, window_title(title), text, *args)


def critical(parent: QWidget | None, title: str, text: str, *args) -> QMessageBox.StandardButton:
    """QMessageBox.critical, with `text` shown exactly."""
    with plain_message_boxes():
        return QMessageBox.critical(parent, window_title(title), text, *args)


def question(parent: QWidget | None, title: str, text: str, *args) -> QMessageBox.StandardButton:
    """QMessageBox.question, with `text` shown exactly (it may name a file or a session)."""
    with plain_message_boxes():
        return QMessageBox.question(parent, window_title(title), text, *args)
