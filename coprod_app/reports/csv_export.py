"""CSV files of views, vote results and actions, in UTF-8 with a byte-order mark so Excel reads them right.

They are for the council's own analysis: pseudonymous rows (a sticker code, group, age band
and town beside each view), so a README.txt beside them says so and what the columns mean.
The same privacy rules as the PDFs: a view's words only when they may be quoted, no view
flagged to follow up offline (see storage/csv_rows.py), and a count of fewer than 5 people
left empty with its column named in `suppressed` (a number column holds numbers only). The
files are written all or none: a full disk or a failure half way leaves the folder as it was.
Rows are written as they are read, never gathered first, so memory stays flat.
"""

from __future__ import annotations

import csv
from pathlib import Path

from coprod_app.domain.reporting import CsvData
from coprod_app.reports.atomic import FileSet, file_set
from coprod_app.reports.document import Progress

VIEW_COLUMNS = [
    "session_id",
    "session_date",
    "session_title",
    "forum",
    "forum_label",
    "town",
    "view_id",
    "participant",
    "group",
    "group_label",
    "age_band",
    "quoted",
    "text",
    "principles",
    "principle_titles",
    "priority",
    "priority_title",
    "commitments",
    "commitment_titles",
    "themes",
    "theme_titles",
    "sentiment",
    "how",
    "created_at",
]
# No follow-up flag, and no row for a view flagged to follow up offline: counts only, in the PDFs.
VOTE_COLUMNS = [
    "session_id",
    "session_date",
    "round_id",
    "method",
    "ballots",
    "rank",
    "key",
    "text",
    "priority",
    "priority_title",
    "score",
    "count",
    "like",
    "unsure",
    "dislike",
    "suppressed",
]
ACTION_COLUMNS = [
    "theme_id",
    "theme_title",
    "you_said",
    "sessions",
    "action_id",
    "we_did",
    "status",
    "status_label",
    "reason",
    "owner",
    "due",
    "commitments",
    "commitment_titles",
    "history",
]
README = "README.txt"
README_TEXT = """\
These files are for the council's own analysis. Do not publish them or pass them on.

They hold pseudonymous rows: each view with the sticker code of the person who gave it, their
group, age band and town, and the session's date, forum and town. Someone who was at a session
could recognise a person from that. Publish the officer report or the annual summary instead:
they apply the small-number rule to every table.

views.csv   one row per view. view_id numbers the views of this export 1, 2, 3 ...; it is not
            the app's own number. A view's words are there only when its person agreed to be
            quoted (quoted = yes). Views flagged to follow up offline (safeguarding) are not in
            these files at all.
votes.csv   one row per card of each vote round. A number the small-number rule hides (fewer
            than 5 people, or one that would let a hidden number be worked out) is left empty
            and its column is named in "suppressed"; so is the score beside a hidden number.
actions.csv one row per action, with its status history: each status and the date it happened.

Keys (principle-1, priority-2, commitment-4.1, young-person) have their words beside them in the
*_label, *_title and *_titles columns; several keys are separated by spaces, their titles by " | ".
"""
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


def write_csv(data: CsvData, folder: str | Path, progress: Progress) -> list[Path]:
    """views.csv, votes.csv, actions.csv and README.txt in `folder`, all or none.

    The folder is checked before the first row is read: the rows are read as they are written.
    """
    with file_set(Path(folder)) as files:
        _write(files, "views.csv", VIEW_COLUMNS, data.views)
        _write(files, "votes.csv", VOTE_COLUMNS, data.votes)
        progress(0.85, "Writing actions.csv")
        _write(files, "actions.csv", ACTION_COLUMNS, data.actions)
        with files.open(README, text=True) as handle:
            handle.write(README_TEXT)
        progress(0.95, "Writing the files")  # a cancel here still leaves nothing
    progress(1.0, "Saved")
    return files.written
