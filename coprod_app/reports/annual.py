"""The annual summary as a PDF, printed from the Report that storage/annual_report.py builds.

Nothing is counted here: every number is a published cell of the Report (or, for actions, a count
of the Report's own action lines), so the PDF says what `coprod-app report annual --json` says.
The order follows the questions the SEND Operational Group asks when it writes its action plan:
what has been done as at the end of the period, who took part, what young people and parents
raised and about which commitments, how they voted by each method, and the themes heard.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer
from reportlab.platypus.flowables import _FUZZ

from coprod_app.domain.actions import STATUS_LABELS, STATUSES
from coprod_app.domain.privacy import people_count
from coprod_app.domain.report_tables import HIDDEN, TOTAL_KEY, PublishedTable, Report
from coprod_app.domain.session import FORUM_LABELS
from coprod_app.reports.charts import published_bar_chart
from coprod_app.reports.document import (
    Meta,
    Progress,
    commitment_number,
    grid,
    long_date,
    paragraph,
    styles,
    write_pdf,
)
from coprod_app.reports.text import Para, label, markup

try:  # the officer report's bookmarked headings, where document.py has them
    from coprod_app.reports.document import Bookmarked
except ImportError:  # pragma: no cover - an older document.py: plain headings
    Bookmarked = None

WIDTH = A4[0] - 40 * mm
LABEL = 80  # characters of a commitment's words in a table row (two lines or so; in full at the end)
BODY = 12.0
# As storage/annual_report.py writes these notes: each is printed in its own section, the others on the cover.
NO_ACTION_PREFIX = "Raised, no action yet: "
RAISED_PREFIX = "Raised most by "
VOTED_PREFIX = "Voted for most, by "
SECTION_NOTES = (NO_ACTION_PREFIX, RAISED_PREFIX, VOTED_PREFIX)
YOUNG = "#1F4E8C"
PARENT = "#C25B12"


def period(report: Report) -> str:
    if report.period_from and report.period_to:
        return f"{long_date(report.period_from)} to {long_date(report.period_to)}"
    if report.period_from:
        return f"from {long_date(report.period_from)}"
    if report.period_to:
        return f"up to {long_date(report.period_to)}"
    return "all sessions"


def _as_at(report: Report) -> str:
    return long_date(report.period_to) if report.period_to else "today"


def cell_text(cell) -> str:
    """A published cell as printed: thousands separated; a hidden one exactly "fewer than 5"."""
    return f"{cell:,}" if isinstance(cell, int) else str(cell)


def _heading(text: str, style, level: int = 0):
    para = Para(markup(text, style.fontName), style)
    return Bookmarked(para, text, level) if Bookmarked else para


def table_flowables(table: PublishedTable, st, label_share: float = 0.46, label_limit: int = 0) -> list:
    """A published table as printed: its title, the grid (total row in bold) and its note.

    With `label_limit`, long labels (a commitment's words) are cut to that many characters: the
    commitments are printed in full once, at the end, so 17 of them do not fill four pages each time.
    """
    n = len(table.columns)
    rest = WIDTH * (1 - label_share) / max(1, n)
    rows = [[""] + list(table.columns)]
    for row in table.rows:
        bold = row.key == TOTAL_KEY
        style = st["cell_bold"] if bold else st["cell"]
        words = label(row.label, label_limit) if label_limit else row.label
        rows.append([paragraph(words, style, WIDTH * label_share - 8)] + [cell_text(c) for c in row.cells])
    # A plain title after a conditional break, not a heading kept with the table: kept with a long table,
    # the title moved the whole table to the next page and left half a page empty before it.
    out = [
        CondPageBreak(40 * mm),
        Para(markup(table.title, st["h2"].fontName), st["h2"]),
        grid(rows, [WIDTH * label_share] + [rest] * n, st, align_right=tuple(range(1, n + 1))),
    ]
    if table.note:
        out.append(Para(markup(table.note, st["small"].fontName), st["small"]))
    out.append(Spacer(1, 8))
    return out


def _cover(report: Report, st) -> list:
    story = [
        Para("Summary across sessions", st["h2"]),
        Para("You said, we did", st["title"]),
        Para(markup(f"Period: {period(report)}", st["body"].fontName), st["body"]),
    ]
    people = report.table("people-by-group")
    word = people.columns[0]
    glance = [
        ["", ""],
        ["Sessions", str(len(report.table("sessions").rows))],
        [word, cell_text(people.rows[-1].cells[0])],
        ["Views recorded", cell_text(report.table("views-by-group").rows[-1].cells[0])],
        ["Themes heard", str(len(report.themes))],
        [f"Actions as at {_as_at(report)}", str(len(report.actions))],
        ["Past due at the end of the period", str(sum(1 for a in report.actions if a.past_due))],
    ]
    story += [grid(glance, [WIDTH * 0.55, WIDTH * 0.25], st, header=False, align_right=(1,)), Spacer(1, 8)]
    for note in report.notes:
        if not note.startswith(SECTION_NOTES):
            story.append(Para(markup(note, st["body"].fontName), st["body"]))
    return story


def _actions(report: Report, st) -> list:
    as_at = _as_at(report)
    story = [PageBreak(), _heading(f"What has been done, as at {as_at}", st["h1"])]
    actions = report.actions
    if not actions:
        return story + [Para("No actions had been written by the end of the period.", st["body"])]
    counts = {s: sum(1 for a in actions if a.status_at_end == s) for s in STATUSES}
    past_due = [a for a in actions if a.past_due]
    rows = [["Status at the end of the period", "Actions"]] + [
        [STATUS_LABELS[s], str(n)] for s, n in counts.items()
    ]
    rows.append(["Past due (due before the end of the period, not done)", str(len(past_due))])
    story += [
        grid(rows, [WIDTH * 0.7, WIDTH * 0.2], st, align_right=(1,)),
        Para("Counts of actions are exact: actions are the council's work, not people.", st["small"]),
        Spacer(1, 8),
    ]
    # Each action once: the past-due ones first (what the Strategic Group asks about), then the others by status.
    if past_due:
        story += [
            _heading(f"Past due ({len(past_due)})", st["h2"], 1),
            *_action_grid(past_due, st),
            Spacer(1, 8),
        ]
    for status in STATUSES:
        mine = [a for a in actions if a.status_at_end == status and not a.past_due]
        if mine:
            more = " (not past due)" if any(a.status_at_end == status for a in past_due) else ""
            story += [
                CondPageBreak(40 * mm),
                _heading(f"{STATUS_LABELS[status]}{more} ({len(mine)})", st["h2"], 1),
                *_action_grid(mine, st),
                Spacer(1, 8),
            ]
    return story


def _action_grid(actions, st) -> list:
    """Each action as its words, then one line of theme, owner, due date and what changed in the period.

    Not a table: the words of an action are long, and beside narrow columns of owner and date they
    were cut into short lines that a screen reader (or a copy and paste) read interleaved with them.
    """
    out = []
    for a in actions:
        due = ("due " + long_date(a.due) if a.due else "no due date") + (
            " \u2013 PAST DUE" if a.past_due else ""
        )
        changes = (
            "; ".join(
                f"{STATUS_LABELS.get(c.status, c.status)} {long_date(c.on)}"
                + (f" ({c.note})" if c.note else "")
                for c in a.changes_in_period
            )
            or "no change"
        )
        facts = [
            f"Theme: {a.theme}",
            f"Owner: {a.owner}" if a.owner else "No owner",
            due,
            f"Changed in the period: {changes}",
        ]
        if a.commitments:
            facts.insert(1, "Commitments " + ", ".join(commitment_number(c) for c in a.commitments))
        out.append(
            _KeptTogether(
                [
                    paragraph(f"{a.id}. {a.text}", st["h3"] if a.past_due else st["cell_bold"], WIDTH),
                    paragraph(" \u00b7 ".join(facts), st["body"], WIDTH),
                ]
            )
        )
    return out


class _KeptTogether(KeepTogether):
    """ReportLab's KeepTogether for paragraphs only, sized without the deep copy of the page's frame that
    ReportLab makes for flowables that add content as they are sized (paragraphs add none): some 600 of
    them in a borough's action list cost a tenth of its layout. The same sizes, so the same pages;
    anything but paragraphs is sized by ReportLab's own code."""

    def wrap(self, aW, aH):
        if not all(isinstance(f, Paragraph) for f in self._content):
            return super().wrap(aW, aH)
        # flowables._listWrapOn's sum, for flowables with no frame action and no generated content.
        dims = []
        width = height = after = 0
        first = True
        for f in self._content:
            w, h = f.wrapOn(self.canv, aW, 0xFFFFFFF)
            dims.append((w, h))
            if h <= _FUZZ:
                continue
            width = max(width, min(w, aW) if rl_config.listWrapOnFakeWidth else w)
            height += h
            if first:
                first = False
            else:
                before = after if getattr(f, "_SPACETRANSFER", False) else f.getSpaceBefore()
                height += max(before - after, 0)
            if not getattr(f, "_SPACETRANSFER", False):
                after = f.getSpaceAfter()
            height += after
        self._H = height - after
        self._H0 = dims[0][1] if dims else 0
        self._wrapInfo = aW, aH
        return width, 0xFFFFFF  # as KeepTogether: always asked to split, which keeps it together or not


def _who(report: Report, st) -> list:
    story = [PageBreak(), _heading("Who took part", st["h1"])]
    for table_id in ("people-by-group", "views-by-group", "views-by-town", "views-by-forum"):
        story += table_flowables(report.table(table_id), st, label_share=0.5)
    story.append(Para("The sessions are listed at the end.", st["body"]))
    return story


def _appendix(report: Report, st) -> list:
    story = [
        PageBreak(),
        _heading("Sessions", st["h1"]),
        Para(
            "Date, title, forum and town. Attendances and views are counted by forum and by town above, "
            "not session by session: the sessions of a forum add up to the forum's figures, so one "
            "session's hidden count would follow from them.",
            st["body"],
        ),
    ]
    story += [
        Para(markup(row.label, st["body"].fontName), st["body"]) for row in report.table("sessions").rows
    ]
    story += [PageBreak(), _heading("The commitments in full", st["h1"])]
    for row in report.table("views-by-commitment").rows:
        if row.key.startswith("commitment-"):
            story.append(Para(markup(row.label, st["body"].fontName), st["body"]))
    return story


def _raised(report: Report, st) -> list:
    story = [
        PageBreak(),
        _heading("What young people and parents raised", st["h1"]),
        Para(
            "Each view can be tagged with principles, a priority and commitments. The tables list every "
            "one of the strategy pack, with zero where nobody raised it: those are gaps for the plan.",
            st["body"],
        ),
    ]
    story += _section_notes(report, RAISED_PREFIX, "In short", st)
    story += table_flowables(report.table("views-by-priority"), st)
    commitments = report.table("views-by-commitment")
    story += [CondPageBreak(120 * mm)] + table_flowables(commitments, st, label_share=0.56, label_limit=LABEL)
    rows = [r for r in commitments.rows if r.key.startswith("commitment-")]
    story += _chart(
        [r.label for r in rows],
        [
            ("Young people", [r.cells[0] for r in rows], colors.HexColor(YOUNG)),
            ("Parents and carers", [r.cells[1] for r in rows], colors.HexColor(PARENT)),
        ],
        "Views by commitment: young people and parents and carers (in the table's order)",
        st,
    )
    no_action = [n[len(NO_ACTION_PREFIX) :] for n in report.notes if n.startswith(NO_ACTION_PREFIX)]
    story += [CondPageBreak(50 * mm), _heading("Raised most, with no action yet", st["h2"], 1)]
    if no_action:
        story.append(
            Para(
                "Commitments that views raised in the period and that no action names yet, the most "
                "raised first:",
                st["body"],
            )
        )
        story += [Para(markup("\u2022 " + n, st["body"].fontName), st["body"]) for n in no_action]
    else:
        story.append(Para("Every commitment raised in the period has at least one action.", st["body"]))
    story += [CondPageBreak(80 * mm)] + table_flowables(report.table("views-by-principle"), st)
    story += [CondPageBreak(80 * mm)] + table_flowables(report.table("views-by-how-given"), st)
    return story


def _section_notes(report: Report, prefix: str, title: str, st) -> list:
    lines = [n for n in report.notes if n.startswith(prefix)]
    if not lines:
        return []
    return [Para(markup(title, st["h3"].fontName), st["h3"])] + [
        Para(markup("\u2022 " + n, st["body"].fontName), st["body"]) for n in lines
    ]


def _chart(labels: list[str], series: list, title: str, st) -> list:
    """A chart of published cells, or a sentence when it would have no bar (every count 0 or hidden)."""
    if not any(isinstance(c, int) and c > 0 for _name, cells, _colour in series for c in cells):
        return [
            Para(
                markup(f"{title}: no chart, as every count is 0 or fewer than 5.", st["body"].fontName),
                st["body"],
            )
        ]
    return [
        CondPageBreak(60 * mm + 14 * len(labels) * len(series)),
        published_bar_chart(labels, series, WIDTH, title, font_size=10),
        Spacer(1, 10),
    ]


def _votes(report: Report, st) -> list:
    table = report.table("votes-by-commitment")
    story = [PageBreak(), _heading("How they voted, by method", st["h1"])]
    story += _section_notes(report, VOTED_PREFIX, "In short (each method on its own)", st)
    story += table_flowables(table, st, label_share=0.31, label_limit=LABEL)
    rows = [r for r in table.rows if r.key.startswith("commitment-")]
    total = next((r for r in table.rows if r.key == TOTAL_KEY), None)

    def held(*cols) -> bool:  # a chart only for a method that had votes in the period
        return total is not None and any(total.cells[c] not in (0,) for c in cols)

    labels = [r.label for r in rows]
    if held(0):
        story += _chart(
            labels,
            [("Times picked", [r.cells[0] for r in rows], colors.HexColor(YOUNG))],
            "Pick rounds: times each commitment was picked",
            st,
        )
    if held(2):
        story += _chart(
            labels,
            [("Rank points", [r.cells[2] for r in rows], colors.HexColor(YOUNG))],
            "Rank rounds: Borda points of each commitment",
            st,
        )
    if held(3, 4, 5):
        story += _chart(
            labels,
            [
                ("Like", [r.cells[3] for r in rows], colors.HexColor("#2E7D32")),
                ("Not sure", [r.cells[4] for r in rows], colors.HexColor("#8A8F98")),
                ("Don't like", [r.cells[5] for r in rows], colors.HexColor("#B3261E")),
            ],
            "Rating rounds: like, not sure and don't like",
            st,
        )
    if not held(0, 2, 3, 4, 5):
        story.append(Para("No votes were held in this period.", st["body"]))
    return story


def _themes(report: Report, st) -> list:
    """Themes grouped by priority, then by the commitment their views named most: a line each, not a page."""
    story = [PageBreak(), _heading("Themes heard, by priority and commitment", st["h1"])]
    if not report.themes:
        return story + [Para("No themes were written for the views of this period.", st["body"])]
    priorities = {r.key: r.label for r in report.table("views-by-priority").rows}
    commitments = {r.key: r.label for r in report.table("views-by-commitment").rows}
    groups: dict[str | None, dict[str | None, list]] = defaultdict(lambda: defaultdict(list))
    for t in report.themes:
        groups[t.priority][t.commitments[0] if t.commitments else None].append(t)
    order = [k for k in priorities if k in groups] + [k for k in groups if k not in priorities]
    story.append(
        Para(
            f"{len(report.themes)} themes. Each is listed under the priority its views were tagged "
            "with most, then the commitment they named most; with its first session in the period, "
            "the forum and the date. Its actions are listed above, under \u201cWhat has been done\u201d.",
            st["body"],
        )
    )
    for p in order:
        story += [
            CondPageBreak(40 * mm),
            _heading(priorities.get(p, "No priority tagged") if p else "No priority tagged", st["h2"], 1),
        ]
        by_commitment = groups[p]
        keys = [k for k in commitments if k in by_commitment] + [
            k for k in by_commitment if k not in commitments
        ]
        for c in keys:
            rows = [["Theme and what was said", "Session, forum, date"]]
            for t in by_commitment[c]:
                where = f"{t.session_title}\n{FORUM_LABELS.get(t.forum, t.forum)}\n{long_date(t.date)}"
                rows.append(
                    [f"{t.title}\nYou said (from {people_count(len(t.views))} views): {t.you_said}", where]
                )
            title = commitments.get(c, c) if c else "No commitment tagged"
            story += [
                CondPageBreak(35 * mm),
                Para(markup(title, st["h3"].fontName), st["h3"]),
                grid(rows, [WIDTH * 0.64, WIDTH * 0.36], st),
                Spacer(1, 6),
            ]
    return story


def annual_story(report: Report, progress: Progress | None = None) -> list:
    st = styles(BODY)
    return (
        _cover(report, st)
        + _actions(report, st)
        + _who(report, st)
        + _raised(report, st)
        + _votes(report, st)
        + _themes(report, st)
        + _appendix(report, st)
    )


def write_annual(report: Report, out: str | Path, progress: Progress) -> Path:
    """The summary across sessions, written atomically to `out`.

    Python's cycle collector is paused while it is laid out (as while it is read, storage.annual_report):
    its thousands of paragraphs, table cells and lines are new objects that the collector walked again and
    again as they were made. What cycles the layout leaves are collected once it is back on. Left as it was
    found: the window turns it off for good (ui/collector.py)."""
    progress(0.1, "Preparing the summary")
    meta = Meta(
        title=f"You said, we did: summary across sessions, {period(report)}",
        subject="Participation, commitments and progress on actions across sessions",
        keywords="annual action plan, you said we did",
    )
    was_on = gc.isenabled()
    gc.disable()
    try:
        return write_pdf(out, annual_story(report), meta, progress, base=BODY)
    finally:
        if was_on:
            gc.enable()


__all__ = ["annual_story", "cell_text", "period", "table_flowables", "write_annual", "HIDDEN"]
