"""The officer report of one session, printed from its Report (storage/officer_report.py).

Every number printed here is a cell of one of the Report's published tables (or the length of its
list of quotes, which are printed): nothing is counted again, so the PDF says exactly what
`coprod-app report officer --json` says. Sections are PDF bookmarks; text is 12 pt or more.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, TableStyle

from coprod_app.domain.actions import STATUS_LABELS, progress_sentence
from coprod_app.domain.privacy import people_count
from coprod_app.domain.report_tables import TOTAL_KEY, PublishedTable, Quote, Report
from coprod_app.domain.session import GROUP_LABELS
from coprod_app.domain.view import HOW_LABELS
from coprod_app.reports.charts import table_chart
from coprod_app.reports.document import (
    Bookmarked,
    Meta,
    Progress,
    grid,
    long_date,
    styles,
    write_pdf,
)
from coprod_app.reports.text import Para, has_rtl, lines, markup, paragraph, paragraphs

WIDTH = A4[0] - 40 * mm
WHITE = colors.white  # drawn over the rule between a row's words and its numbers
SPEAKERS = {
    **GROUP_LABELS,
    "not-recorded": "Group not recorded",
    "facilitator-note": "Facilitator\u2019s note",
}
FIRST_COLUMN = {
    "people-by-group": "Group",
    "people-by-age-band": "Age band",
    "views-by-principle": "Charter principle",
    "views-by-priority": "Priority",
    "views-by-commitment": "Commitment",
    "views-by-how-given": "How it was given",
    "views-by-sentiment": "How it felt",
    "follow-ups": "",
}
NOT_TAGGED_QUOTES = "Not tagged to a priority"


def _meta(report: Report) -> Meta:
    return Meta(
        title=report.title,
        subject="What people said at the session, how they voted, and what the partnership is doing about it",
        keywords="co-production, you said we did, officer report",
    )


def section(text: str, st, level: int = 0, style: str | None = None, bookmark: str | None = None):
    """A heading that is also a bookmark: level 0 a section (h1), level 1 a part of one (h2)."""
    style = style or ("h1" if level == 0 else "h2")
    return Bookmarked(paragraph(text, st[style], WIDTH), bookmark or text, level)


def _first_column(table: PublishedTable) -> str:
    if table.id in FIRST_COLUMN:
        return FIRST_COLUMN[table.id]
    return "Commitment" if table.id.startswith("round-") and not table.id.endswith("-how") else ""


STACK_FROM = (
    4  # columns of numbers: from this many, each row's words get a line of their own above its numbers
)


def _one_line(text: str, style, room: float) -> str:
    """`text` cut to one line of `room` points, ending in "…" when cut."""
    text = " ".join(text.split())
    if stringWidth(text, style.fontName, style.fontSize) <= room:
        return text
    while len(text) > 1 and stringWidth(text + "\u2026", style.fontName, style.fontSize) > room:
        text = text[: max(1, int(len(text) * 0.95))]
    return text.rstrip() + "\u2026"


def table_grid(table: PublishedTable, st, width: float = WIDTH):
    """A published table as printed: every cell as it was published, the total row in bold.

    Each number column is wide enough for "fewer than 5" on one line. A table with many columns (a
    rating round) prints each row's words across the page and its numbers on the line below, so
    that neither the words nor the numbers are squeezed into a narrow column.
    """
    n = len(table.columns)
    stacked = n >= STACK_FROM
    number_width = (width - 12 * mm) / n if stacked else min(30 * mm, width * 0.45 / n)
    widths = [width - n * number_width] + [number_width] * n
    rows = [["" if stacked else _first_column(table), *table.columns]]
    spans = []
    # A round lists all 17 commitments, once overall and once per group: one line each, so a round fits a
    # page or two (their full words are in "Views by commitment" and in the JSON).
    short = table.id.startswith("round-")
    for row in table.rows:
        cells = [str(c) for c in row.cells]
        bold = row.key == TOTAL_KEY
        if short:
            row = replace(row, label=_one_line(row.label, st["cell"], (width if stacked else widths[0]) - 10))
        if stacked:
            spans.append(len(rows))
            rows.append([paragraph(row.label, st["cell_bold" if bold else "cell"], width - 8)] + [""] * n)
            rows.append(["", *([Para(c, st["cell_bold_right"]) for c in cells] if bold else cells)])
        elif bold:
            rows.append(
                [
                    Para(markup(row.label, st["cell_bold"].fontName), st["cell_bold"]),
                    *[Para(c, st["cell_bold_right"]) for c in cells],
                ]
            )
        else:
            rows.append([row.label, *cells])
    out = grid(rows, widths, st, align_right=tuple(range(1, n + 1)))
    if spans:
        out.setStyle(
            TableStyle(
                [
                    cmd
                    for r in spans
                    for cmd in (("SPAN", (0, r), (-1, r)), ("LINEBELOW", (0, r), (-1, r), 0.6, WHITE))
                ]
            )
        )
    return out


def _table_block(table: PublishedTable, st, heading: bool = True) -> list:
    block = [paragraph(table.title, st["h3"], WIDTH)] if heading else []
    block.append(table_grid(table, st))
    if table.note:
        block.append(Para(markup(table.note, st["small"].fontName), st["small"]))
    return block + [Spacer(1, 8)]


def _styles() -> dict:
    from reportlab.lib.styles import ParagraphStyle

    st = styles()
    st["cell_bold_right"] = ParagraphStyle("cell_bold_right", parent=st["cell_bold"], alignment=2)
    return st


def _tables(report: Report, prefix: str) -> list[PublishedTable]:
    return [t for t in report.tables if t.id.startswith(prefix)]


def _cover(report: Report, st) -> list:
    story = [
        Para("Officer report", st["h2"]),
        section(
            report.title.removeprefix("Officer report: "), st, style="title", bookmark="About this session"
        ),
    ]
    for note in report.notes:
        story.append(Para(markup(note), st["body"]))
    people = report.table("people-by-group").rows[-1].cells[0]
    views = report.table("views-by-priority").rows[-1].cells[0]
    story.append(
        grid(
            [["People who took part", str(people)], ["Views recorded", str(views)]],
            [WIDTH * 0.5, WIDTH * 0.2],
            st,
            header=False,
            align_right=(1,),
        )
    )
    story += [Spacer(1, 6), section("Who took part", st)]
    for table in _tables(report, "people-by-"):
        story += [KeepTogether(_table_block(table, st))]
    return story


CHARTS = {
    "views-by-priority": "Views about each priority",
    "views-by-commitment": "Views about each commitment",
    "views-by-principle": "Views about each charter principle",
}


def _views(report: Report, st) -> list:
    story = [
        PageBreak(),
        section("What people talked about", st),
        Para(
            "Each table lists every tag of the strategy pack, those nobody raised included (0), and the views "
            "with no tag of that kind (\u201cNot tagged\u201d).",
            st["body"],
        ),
    ]
    for table in _tables(report, "views-by-"):
        story += [CondPageBreak(60 * mm), section(table.title, st, level=1)]
        story += _table_block(table, st, heading=False)
        if table.id in CHARTS:
            chart = table_chart(table, 0, WIDTH, CHARTS[table.id])
            story.append(
                chart
                if chart is not None
                else Para("No chart: every count here is 0 or fewer than 5.", st["small"])
            )
            story.append(Spacer(1, 10))
    return story


CHART_COLUMN = {
    "Points": "points, in rank order",
    "Times picked": "times picked, in rank order",
    "Like": "likes, in rank order",
}


def _votes(report: Report, st) -> list:
    story = [PageBreak(), section("Vote results", st)]
    rounds = [t for t in report.tables if t.id.startswith("round-") and t.id.count("-") == 1]
    if not rounds:
        return story + [Para("No vote was held at this session.", st["body"])]
    for results in rounds:
        story += [CondPageBreak(60 * mm), section(results.title, st, level=1)]
        story += _table_block(results, st, heading=False)
        # A rank round is charted by its points, the score its rows are ranked by (never by counts).
        column = next(i for i, c in enumerate(results.columns) if c in CHART_COLUMN)
        chart = table_chart(
            results, column, WIDTH, f"{results.title.split(':')[0]}: {CHART_COLUMN[results.columns[column]]}"
        )
        if chart is not None:
            story += [chart, Spacer(1, 8)]
        given = report.table(f"{results.id}-how")
        story += [
            Para(f"People who voted: {given.rows[-1].cells[0]}", st["body"]),
            KeepTogether(_table_block(given, st)),
        ]
        groups = _tables(report, f"{results.id}-group-")
        if groups:
            story.append(
                Para(
                    "Results by group. A figure that fewer than 5 people stand behind, or one that could "
                    "be worked out from the overall results and the other groups, is shown as "
                    "\u201cfewer than 5\u201d.",
                    st["body"],
                )
            )
        for table in groups:
            story += _table_block(table, st)
    return story


def _speaker(q: Quote) -> str:
    return SPEAKERS.get(q.group or "not-recorded", q.group or "")


def _quote(q: Quote, st, commitment_words: dict[str, str]) -> list:
    tags = [_speaker(q)]
    if q.how_given:
        tags.append(HOW_LABELS.get(q.how_given, q.how_given).split(" (")[0].lower())
    tags.append(f"view {q.view}")
    others = [commitment_words.get(c, c).split(" ", 1)[0] for c in q.commitments[1:]]
    if others:
        tags.append("also about " + ", ".join(others))
    tag_line = " \u00b7 ".join(tags)
    if has_rtl(q.text):
        # Quote marks and the tags would be reordered into the wrong place around right-to-left words.
        return [
            *paragraphs(q.text, st["quote"], WIDTH - st["quote"].leftIndent),
            Para(markup(tag_line, st["tags"].fontName), st["tags"]),
        ]
    # The tags in the same paragraph and font: a one-font paragraph lays out fastest (500-view reports).
    return paragraphs(f"\u201c{q.text}\u201d ({tag_line})", st["quote"])


def _quotes(report: Report, st) -> list:
    story = [PageBreak(), section("What people said, in their words", st)]
    story.append(
        Para(
            "Words are printed exactly as recorded, only where the person agreed to be quoted or where they are the "
            "facilitator\u2019s own notes; views flagged to follow up offline never are. Each view is printed once, "
            "under its priority and its first commitment. "
            f"Views quoted: {len(report.quotes)} (an exact count: every one of them is printed below).",
            st["small"],
        )
    )
    priorities = [(r.key, r.label) for r in report.table("views-by-priority").rows if r.key != TOTAL_KEY]
    commitments = [(r.key, r.label) for r in report.table("views-by-commitment").rows if r.key != TOTAL_KEY]
    words = dict(commitments)
    known = {k for k, _ in priorities}
    for key, title in priorities:
        mine = [q for q in report.quotes if (q.priority if q.priority in known else "not-tagged") == key]
        if not mine:
            continue
        heading = NOT_TAGGED_QUOTES if key == "not-tagged" else title
        story += [
            CondPageBreak(40 * mm),
            section(heading, st, level=1),
            Para(f"Views quoted here: {len(mine)}", st["small"]),
        ]
        for ckey, ctext in commitments:
            under = [q for q in mine if (q.commitments[0] if q.commitments else "not-tagged") == ckey]
            if not under:
                continue
            story.append(
                paragraph("No commitment tagged" if ckey == "not-tagged" else ctext, st["h3"], WIDTH)
            )
            for q in under:
                story += _quote(q, st, words)
    if not report.quotes:
        story.append(Para("No view at this session may be quoted.", st["body"]))
    return story


def _action_rows(report: Report, theme_title: str, st, words: dict[str, str]) -> list[list]:
    rows = [["What we did or will do", "Status at the report\u2019s date", "Owner", "Due"]]
    for a in report.actions:
        if a.theme != theme_title:
            continue
        text = a.text
        if a.commitments:
            text += "\nFor: " + "\n".join(words.get(c, c) for c in a.commitments)
        status = STATUS_LABELS.get(a.status_at_end, a.status_at_end)
        reasons = [c.note for c in a.changes_in_period if c.status == a.status_at_end and c.note]
        if reasons:
            status += f": {reasons[-1]}"
        if a.past_due:
            status += " \u2014 PAST DUE"
        rows.append([text, status, a.owner or "", long_date(a.due) if a.due else ""])
    return rows


def _you_said_we_did(report: Report, st) -> list:
    story = [PageBreak(), section("You said, we did", st)]
    if not report.themes:
        return story + [Para("No themes have been written for these views yet.", st["body"])]
    words = {r.key: r.label for r in report.table("views-by-commitment").rows}
    quoted = {q.view for q in report.quotes}
    for t in report.themes:
        block = [
            section(t.title, st, level=1),
            Para(f"<b>You said</b> (from {people_count(len(t.views))} views)", st["h3"]),
            *paragraphs(t.you_said, st["body"], WIDTH),
        ]
        linked = [str(v) for v in t.views if v in quoted]
        if linked:
            block.append(
                Para(
                    markup(
                        "Quoted views it comes from (see \u201cWhat people said\u201d): view "
                        + ", ".join(linked)
                        + "."
                    ),
                    st["small"],
                )
            )
        if t.commitments:  # a paragraph per line: laid out several times faster than one of line breaks
            block += lines("About:\n" + "\n".join(words.get(c, c) for c in t.commitments), st["small"])
        mine = [a for a in report.actions if a.theme == t.title]
        block.append(Para("<b>We did</b> \u00b7 " + markup(progress_sentence(_as_status(mine))), st["h3"]))
        story.append(KeepTogether(block))
        if mine:
            story.append(
                grid(
                    _action_rows(report, t.title, st, words),
                    [WIDTH * 0.46, WIDTH * 0.2, WIDTH * 0.17, WIDTH * 0.17],
                    st,
                )
            )
            changes = [
                f"Action {a.id}: "
                + " \u2192 ".join(
                    f"{STATUS_LABELS.get(c.status, c.status)} {long_date(c.on)}" for c in a.changes_in_period
                )
                for a in mine
                if a.changes_in_period
            ]
            if changes:
                story += lines("Changes since the session:\n" + "\n".join(changes), st["small"])
        story.append(Spacer(1, 8))
    return story


def _as_status(actions) -> list[SimpleNamespace]:
    """What progress_sentence reads of an action: its status, here the one at the report's date."""
    return [SimpleNamespace(status=a.status_at_end) for a in actions]


def _follow_ups(report: Report, st) -> list:
    table = report.table("follow-ups")
    row = table.rows[0]
    return [
        CondPageBreak(40 * mm),
        section("Follow up offline", st),
        Para(markup(f"{row.label}: {row.cells[0]}."), st["body"]),
        Para(markup(table.note), st["body"]),
    ]


def officer_story(report: Report, st=None) -> list:
    st = st or _styles()
    return (
        _cover(report, st)
        + _views(report, st)
        + _votes(report, st)
        + _quotes(report, st)
        + _you_said_we_did(report, st)
        + _follow_ups(report, st)
    )


def write_officer(report: Report, out: str | Path, progress: Progress) -> Path:
    """The officer report PDF of one session, printed from its Report and written atomically to `out`."""
    progress(0.1, "Preparing the report")
    return write_pdf(out, officer_story(report), _meta(report), progress)
