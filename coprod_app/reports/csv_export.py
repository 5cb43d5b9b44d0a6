"""CSV files of views, vote results and actions, in UTF-8 with a byte-order mark so Excel reads them right.

The same privacy rules as the PDFs: a view's words only when they may be
quoted, no view flagged to follow up offline (see storage/report_data.py), and
counts of people from 1 to 4 written as "fewer than 5". The files are written
all or none: a full disk or a failure half way leaves the folder as it was.
"""

from __future__ import annotations

import csv
from pathlib import Path

from coprod_app.domain.privacy import FEWER_THAN_5, people_count
from coprod_app.domain.reporting import CsvData
from coprod_app.reports.atomic import FileSet, file_set
from coprod_app.reports.document import Progress

VIEW_COLUMNS = ["session_id", "session_date", "session_title", "view_id", "participant", "quoted", "text",
                "principles", "priority", "commitments", "sentiment", "how", "created_at"]
# No follow-up flag, and no row for a view flagged to follow up offline: counts only, in the PDFs.
VOTE_COLUMNS = ["session_id", "session_date", "round_id", "method", "ballots", "rank", "key", "text", "score",
                "count", "like", "unsure", "dislike"]
ACTION_COLUMNS = ["theme_id", "theme_title", "you_said", "sessions", "action_id", "we_did", "status", "reason",
                  "owner", "due", "commitments", "history"]
PEOPLE_COLUMNS = ("ballots", "count", "like", "unsure", "dislike")
# A cell starting with one of these is run as a formula by spreadsheet programs.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _write(files: FileSet, name: str, columns: list[str], rows) -> None:
    with files.open(name, text=True) as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])


def _vote_row(row: dict) -> dict:
    out = dict(row)
    for key in PEOPLE_COLUMNS:  # every vote row has them all, as numbers (storage/report_data.py)
        out[key] = people_count(out[key])
    if any(out[key] == FEWER_THAN_5 for key in PEOPLE_COLUMNS):
        # A score can give away a small count: a pick score is its count, and a rating score is likes
        # minus don't-likes, so "fewer than 5" likes beside a score of 2 and 0 don't-likes said 2.
        out["score"] = ""
    return out


def write_csv(data: CsvData, folder: str | Path, progress: Progress) -> list[Path]:
    """views.csv, votes.csv and actions.csv in `folder`."""
    with file_set(Path(folder)) as files:
        _write(files, "views.csv", VIEW_COLUMNS, data.views)
        progress(0.7, "Writing views.csv")
        _write(files, "votes.csv", VOTE_COLUMNS, (_vote_row(r) for r in data.votes))
        progress(0.85, "Writing votes.csv")
        _write(files, "actions.csv", ACTION_COLUMNS, data.actions)
        progress(0.95, "Writing actions.csv")  # a cancel here still leaves nothing
    progress(1.0, "Saved")
    return files.written
