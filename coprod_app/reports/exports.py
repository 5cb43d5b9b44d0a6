"""One call per export, shared by the window's worker and the command line.

`run_export` gathers the data (storage), lays out the pages (reports) and writes
the file atomically, reporting progress as a fraction and a few words, and
stopping with ExportCancelled as soon as `cancelled()` says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlite_utils import Database

from coprod_app.domain.errors import InvalidInput
from coprod_app.reports.atomic import ExportCancelled

KINDS = ("officer", "easy-read", "annual", "csv")
KIND_LABELS = {
    "officer": "Officer report (PDF)",
    "easy-read": "Easy-read \u201cyou said, we did\u201d (PDF)",
    "annual": "Summary across sessions (PDF)",
    "csv": "Views, votes and actions (CSV files)",
}
DEFAULT_FOLDER = Path("exports")


@dataclass(frozen=True)
class ExportRequest:
    kind: str
    out: Path
    session_id: int | None = None
    start: str | None = None
    end: str | None = None


def _guarded(progress: Callable[[float, str], None] | None, cancelled: Callable[[], bool] | None):
    def report(fraction: float, what: str) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(max(0.0, min(1.0, fraction)), what)
    return report


def slug(text: str) -> str:
    words = re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-")
    return words[:50].strip("-") or "session"


def default_out(db: Database, kind: str, session_id: int | None = None, start: str | None = None,
                end: str | None = None, folder: Path = DEFAULT_FOLDER) -> Path:
    """exports/<date>-<title>-officer.pdf and the like; a folder for CSV."""
    if kind == "annual":
        span = "-to-".join(d for d in (start, end) if d) or "all"
        return folder / f"summary-{span}.pdf"
    name = "all-sessions"
    if session_id is not None:
        from coprod_app.storage.sessions import get_session

        s = get_session(db, session_id)
        name = f"{s.date}-{slug(s.title)}"
    if kind == "csv":
        return folder / f"{name}-csv"
    return folder / f"{name}-{kind}.pdf"


def run_export(db: Database, request: ExportRequest, progress=None, cancelled=None) -> list[Path]:
    """Write one export; returns the files written (one PDF, or the CSV files)."""
    from coprod_app.storage import report_data

    report = _guarded(progress, cancelled)
    kind = request.kind
    if kind not in KINDS:
        raise InvalidInput(f"'{kind}' is not an export; choose one of: {', '.join(KINDS)}.")
    if kind in ("officer", "easy-read") and request.session_id is None:
        raise InvalidInput(f"The {kind} report needs a session; give its id.")
    if request.start and request.end and request.start > request.end:
        raise InvalidInput("The start date is after the end date; swap them.")
    report(0.0, "Starting")
    if kind == "officer":
        from coprod_app.reports.officer import write_officer

        data = report_data.gather_session(db, request.session_id, report)
        return [write_officer(data, request.out, report)]
    if kind == "easy-read":
        from coprod_app.reports.easy_read import write_easy_read

        data = report_data.gather_session(db, request.session_id, report)
        return [write_easy_read(data, request.out, report)]
    if kind == "annual":
        from coprod_app.reports.annual import write_annual

        data = report_data.gather_annual(db, request.start, request.end, report)
        return [write_annual(data, request.out, report)]
    from coprod_app.reports.csv_export import write_csv

    data = report_data.gather_csv(db, request.session_id, report)
    return write_csv(data, request.out, report)
