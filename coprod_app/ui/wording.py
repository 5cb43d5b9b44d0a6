"""Counts in words, singular or plural, for the facilitator's screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def views_count(n: int) -> str:
    """ "1 view", "2 views" (and "0 views")."""
    if n == 1:
        return QCoreApplication.translate("Wording", "1 view")
    return QCoreApplication.translate("Wording", "%d views") % n
