"""The annual summary as one Report: built once here, printed as PDF, shown on screen, written as JSON.

First version: the signature the command line (`coprod-app report annual`) calls. The tables follow.
"""

from __future__ import annotations

from coprod_app.domain.report_tables import Report
from coprod_app.storage.connection import AppDatabase
from coprod_app.storage.database import now


def build_annual_report(db: AppDatabase, start: str | None = None, end: str | None = None) -> Report:
    """The summary across the sessions held between `start` and `end` (YYYY-MM-DD, inclusive; None: open)."""
    return Report(report="annual", title="You said, we did: summary across sessions", period_from=start,
                  period_to=end, tables=(), generated_at=now())
