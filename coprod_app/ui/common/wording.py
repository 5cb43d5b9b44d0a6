"""Counts in words, singular or plural, for the facilitator's screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def views_count(n: int) -> str:
    """ "1 view", "2 views" (and "0 views")."""
    if n == 1:
        return QCoreApplication.translate("Wording", "1 view")
    return QCoreApplication.translate("Wording", "%d views") % n


def counted(count: int, noun: str) -> str:
    """ "1 view", "3 sessions": English only, for the privacy screens' counts."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
