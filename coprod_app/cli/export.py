"""`coprod-app export officer|easy-read|annual|csv`: the PDFs and CSV files, without a window.

Progress goes to standard error (for long exports); the path written goes to standard output.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from coprod_app.cli.common import emit, iso_date, open_db, positive_int

# Without --out an export goes where the window's export dialog puts it (Documents/coprod-app once
# installed, exports/ in a checkout): a user who types `export officer --session 1` from a shortcut's
# folder (/, Program Files) otherwise got "required: --out", or a read-only folder for a bare name.
DEFAULT_OUT_HELP = "default: the exports folder ('coprod-app where' says which), made if missing"


def register(subparsers, common) -> None:
    export = subparsers.add_parser("export", help="write the officer, easy-read or annual PDF, or CSV files")
    sub = export.add_subparsers(dest="export_command", metavar="KIND", required=True)
    for kind, text in (
        ("officer", "the officer report of a session"),
        ("easy-read", "the easy-read 'you said, we did' of a session"),
    ):
        p = sub.add_parser(kind, parents=[common], help=text)
        p.add_argument("--session", required=True, type=positive_int)
        p.add_argument("--out", metavar="FILE.pdf", help=DEFAULT_OUT_HELP)
        p.set_defaults(handler=run, kind=kind)
    p = sub.add_parser("annual", parents=[common], help="the summary across sessions")
    p.add_argument("--from", dest="start", type=iso_date, metavar="DATE")
    p.add_argument("--to", dest="end", type=iso_date, metavar="DATE")
    p.add_argument("--out", metavar="FILE.pdf", help=DEFAULT_OUT_HELP)
    p.set_defaults(handler=run, kind="annual")
    p = sub.add_parser("csv", parents=[common], help="views.csv, votes.csv, actions.csv and their README.txt")
    p.add_argument("--session", type=positive_int, help="only this session (default: all)")
    p.add_argument(
        "--out",
        metavar="FOLDER",
        help="where the files go (made if missing, inside a folder that exists); "
        "all are written or none; default: a new folder in the exports folder",
    )
    p.set_defaults(handler=run, kind="csv")


class StderrProgress:
    """Progress lines on standard error, at most one each 10 percent, only once an export takes a while."""

    def __init__(self, stream=None, after: float = 0.5) -> None:
        self.stream = stream or sys.stderr
        self.began = time.monotonic()
        self.after = after
        self.last = -1

    def __call__(self, fraction: float, what: str) -> None:
        step = int(fraction * 10)
        if step > self.last and (
            time.monotonic() - self.began >= self.after or fraction >= 1.0 and self.last >= 0
        ):
            self.last = step
            print(f"export: {round(fraction * 100)}% {what}", file=self.stream, flush=True)


def run(args) -> int:
    from coprod_app.reports.exports import ExportRequest, default_out, run_export

    db = open_db(args)
    session_id = getattr(args, "session", None)
    start, end = getattr(args, "start", None), getattr(args, "end", None)
    if args.out:
        out = Path(args.out)
    else:
        from coprod_app.locations import make_exports_folder

        out = default_out(db, args.kind, session_id, start, end, folder=make_exports_folder())
    request = ExportRequest(kind=args.kind, out=out, session_id=session_id, start=start, end=end)
    written = run_export(db, request, progress=StderrProgress())
    emit(
        args,
        {"files": [str(p) for p in written]},
        str(written[0]) if args.kind != "csv" else "\n".join(str(p) for p in written),
    )
    return 0
