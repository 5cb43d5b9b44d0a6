"""Walk a window's widget tree: every widget that can take focus must have a name for tests and one for screen readers."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def unnamed_focusable(root: QWidget) -> list[str]:
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.NoFocus or not widget.isEnabled():
            continue
        if widget.window() is not root.window() and widget.window().windowType() == Qt.Popup:
            continue  # a combo box's drop-down list: the combo box carries the names
        if widget.focusProxy() is not None:
            continue  # focus goes to the proxy, which is checked itself
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            continue  # the scroll area itself carries the names
        if not widget.objectName() or widget.objectName().startswith("qt_") and not widget.accessibleName():
            problems.append(f"{type(widget).__name__} without objectName (text: {_text(widget)!r})")
        elif not widget.accessibleName():
            problems.append(f"{type(widget).__name__} '{widget.objectName()}' without accessibleName")
    return problems


def _text(widget):
    for attr in ("text", "windowTitle"):
        try:
            return getattr(widget, attr)()
        except (AttributeError, TypeError):
            continue
    return ""
