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

from coprod_app.domain.errors import InvalidInput
from coprod_app.locations import exports_folder
from coprod_app.reports.atomic import (
    ExportCancelled,
    ExportError,
    check_folder,
    prepare_folder,
    remove_made_folder,
    remove_stray_parts,
)
from coprod_app.storage.database import AppDatabase

KINDS = ("officer", "easy-read", "annual", "csv")
KIND_LABELS = {
    "officer": "Officer report (PDF)",
    "easy-read": "Easy-read \u201cyou said, we did\u201d (PDF)",
    "annual": "Summary across sessions (PDF)",
    "csv": "Views, votes and actions (CSV files)",
}


@dataclass(frozen=True)
class ExportRequest:
    kind: str
    out: Path
    session_id: int | None = None
    start: str | None = None
    end: str | None = None


def _guarded(progress: Callable[[float, str], None] | None, cancelled: Callable[[], bool] | None):
    def report(fraction: float, what: str) -> None:
        # At 100% the files are in place: a cancel then must not say that nothing was written.
        if fraction < 1.0 and cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(max(0.0, min(1.0, fraction)), what)

    return report


def slug(text: str) -> str:
    words = re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-")
    return words[:50].strip("-") or "session"


def default_out(
    db: AppDatabase,
    kind: str,
    session_id: int | None = None,
    start: str | None = None,
    end: str | None = None,
    folder: Path | None = None,
) -> Path:
    """<exports folder>/<date>-<title>-officer.pdf and the like; a folder for CSV.

    The folder is `locations.exports_folder()` unless given: exports/ in a checkout,
    Documents/coprod-app once installed.
    """
    folder = exports_folder() if folder is None else folder
    if kind == "annual":
        span = "-to-".join(d for d in (start, end) if d) or "all"
        return folder / f"summary-{span}.pdf"
    name = "all-sessions"
    if session_id is not None:
        from coprod_app.storage.sessions import get_session

        s = get_session(db, session_id)  # its own @reading gives a damaged file's one sentence
        name = f"{s.date}-{slug(s.title)}"
    if kind == "csv":
        return folder / f"{name}-csv"
    return folder / f"{name}-{kind}.pdf"


def remove_stray_exports() -> list[Path]:
    """At start: temporary files that a killed export left in the exports folder and the CSV folders inside it."""
    return remove_stray_parts([exports_folder()])  # a folder not made yet is skipped, not made


def run_export(db: AppDatabase, request: ExportRequest, progress=None, cancelled=None) -> list[Path]:
    """Write one export; returns the files written (one PDF, or the CSV files)."""
    from coprod_app.storage import report_data
    from coprod_app.storage.database import reading

    report = _guarded(progress, cancelled)
    kind = request.kind
    if kind not in KINDS:
        raise InvalidInput(f"'{kind}' is not an export; choose one of: {', '.join(KINDS)}.")
    if kind in ("officer", "easy-read") and request.session_id is None:
        raise InvalidInput(f"The {kind} report needs a session; give its id.")
    if request.start and request.end and request.start > request.end:
        raise InvalidInput("The start date is after the end date; swap them.")
    out = Path(request.out)
    report(0.0, "Starting")
    # Where the files go is checked before anything is read: a typing mistake in the folder
    # is told at once, not after a minute of reading a borough's database.
    if kind != "csv":
        folder = out.parent if str(out.parent) else Path(".")
        check_folder(folder)
        remove_stray_parts([folder], subfolders=False)  # a folder chosen by hand: what a killed export left
        if out.is_dir():
            raise ExportError(
                f"Could not save '{out}': a folder of that name is in the way; "
                "choose another file name. Nothing was written."
            )
        with reading("export"):
            return [_write_pdf(db, request, out, report)]
    made = prepare_folder(out)
    remove_stray_parts([out], subfolders=False)
    try:
        from coprod_app.reports.csv_export import write_csv

        with reading("export"):
            data = report_data.gather_csv(db, request.session_id, report)
        return write_csv(data, out, report)
    except BaseException:
        if made:
            remove_made_folder(out)  # everything this export made goes, the folder too
        raise


def _write_pdf(db: AppDatabase, request: ExportRequest, out: Path, report) -> Path:
    from coprod_app.storage import report_data

    if request.kind == "officer":
        from coprod_app.reports.officer import write_officer
        from coprod_app.storage.officer_report import build_officer_report

        report(0.02, "Reading the session")
        return write_officer(build_officer_report(db, request.session_id), out, report)
    if request.kind == "easy-read":
        from coprod_app.reports.easy_read import write_easy_read

        return write_easy_read(report_data.gather_session(db, request.session_id, report), out, report)
    from coprod_app.reports.annual import write_annual
    from coprod_app.storage.annual_report import build_annual_report

    report(0.02, "Reading the sessions")
    return write_annual(build_annual_report(db, request.start, request.end), out, report)
