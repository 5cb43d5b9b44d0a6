"""Names for screen readers and tests: every focusable widget gets both."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def named(widget: QWidget, object_name: str, accessible_name: str, description: str = "") -> QWidget:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def ok_cancel_buttons(
    dialog, ok_name: str, ok_text: str, cancel_name: str, *, on_ok=None, cancel_text: str | None = None
):
    """A dialog's OK / Cancel pair with their words, object names and screen-reader names."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    ok = named(buttons.button(QDialogButtonBox.Ok), ok_name, ok_text)
    ok.setText(ok_text)
    cancel_text = cancel_text or dialog.tr("Cancel")
    cancel = named(buttons.button(QDialogButtonBox.Cancel), cancel_name, cancel_text)
    cancel.setText(cancel_text)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
