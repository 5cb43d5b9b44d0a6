"""`coprod-app report officer|annual`: a report's tables, quotes, themes and actions, as text or JSON.

The same Report the PDF is printed from (storage/officer_report.py, storage/annual_report.py), with
the same small-number rule applied: `--json` writes `Report.as_json()`, and without it the tables
are printed as text, every cell as published.
"""

from __future__ import annotations

import json

from coprod_app.cli.common import iso_date, open_db, positive_int


def register(subparsers, common) -> None:
    report = subparsers.add_parser(
        "report", help="print the officer report of a session or the annual summary"
    )
    sub = report.add_subparsers(dest="report_command", metavar="KIND", required=True)
    p = sub.add_parser("officer", parents=[common], help="the officer report of a session")
    p.add_argument("--session", required=True, type=positive_int)
    p.set_defaults(handler=run_officer)
    p = sub.add_parser("annual", parents=[common], help="the summary across the sessions of a period")
    p.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD")
    p.set_defaults(handler=run_annual)


def run_officer(args) -> int:
    from coprod_app.storage.database import reading
    from coprod_app.storage.officer_report import build_officer_report

    db = open_db(args)
    with reading("report"):
        report = build_officer_report(db, args.session)
    return _print(args, report)


def run_annual(args) -> int:
    from coprod_app.domain.errors import InvalidInput
    from coprod_app.storage.database import reading

    if args.start and args.end and args.start > args.end:
        raise InvalidInput("The start date is after the end date; swap them.")
    # Imported here: the annual summary's module is built alongside this command.
    from coprod_app.storage.annual_report import build_annual_report

    db = open_db(args)
    with reading("report"):
        report = build_annual_report(db, args.start, args.end)
    return _print(args, report)


def _print(args, report) -> int:
    if getattr(args, "json", False):
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        print(as_text(report))
    return 0


def _table_text(table) -> list[str]:
    """A published table as aligned text: the words, then each column's cell as published."""
    label_width = min(60, max([len(table.title) // 2, *(len(r.label) for r in table.rows)], default=10))
    widths = [max(len(c), *(len(str(r.cells[i])) for r in table.rows)) for i, c in enumerate(table.columns)]
    lines = [table.title, "-" * len(table.title)]
    lines.append(" " * label_width + "  " + "  ".join(c.rjust(w) for c, w in zip(table.columns, widths)))
    for row in table.rows:
        words = row.label if len(row.label) <= label_width else row.label[: label_width - 1] + "\u2026"
        lines.append(
            words.ljust(label_width) + "  " + "  ".join(str(c).rjust(w) for c, w in zip(row.cells, widths))
        )
    if table.note:
        lines.append(table.note)
    return lines + [""]


def as_text(report) -> str:
    """The report as plain text: title, notes, every table, then quotes, themes and actions."""
    period = " to ".join(d for d in (report.period_from, report.period_to) if d)
    lines = [report.title] + ([f"Period: {period}"] if period and report.report != "officer" else []) + [""]
    lines += [*report.notes, ""] if report.notes else []
    for table in report.tables:
        lines += _table_text(table)
    if report.quotes:
        lines += [f"Quotes ({len(report.quotes)})", "------"]
        for q in report.quotes:
            tags = ", ".join(t for t in (q.group, q.priority, *q.commitments) if t)
            lines.append(f"[view {q.view}] \u201c{' '.join(q.text.split())}\u201d ({tags})")
        lines.append("")
    if report.themes:
        lines += ["Themes", "------"]
        for t in report.themes:
            views = ", ".join(str(v) for v in t.views)
            lines.append(f"[theme {t.id}] {t.title} ({t.date}; views {views or 'none'})")
        lines.append("")
    if report.actions:
        lines += ["Actions", "-------"]
        for a in report.actions:
            due = f", due {a.due}" + (" (PAST DUE)" if a.past_due else "") if a.due else ""
            for_ = f", for {' '.join(a.commitments)}" if a.commitments else ""
            lines.append(f"[action {a.id}] {a.status_at_end}{due}{for_}: {' '.join(a.text.split())}")
        lines.append("")
    return "\n".join(lines).rstrip()
