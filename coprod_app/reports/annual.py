"""The summary across sessions for the annual action plan: who took part, what mattered, what was done."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Spacer

from coprod_app.domain.actions import STATUS_LABELS, STATUSES, status_counts
from coprod_app.domain.privacy import people_count
from coprod_app.domain.reporting import AnnualReport
from coprod_app.domain.session import FORUM_LABELS
from coprod_app.reports.charts import bar_chart
from coprod_app.reports.document import (
    STATUS_COLOURS,
    Meta,
    Progress,
    commitment_label,
    commitment_number,
    grid,
    long_date,
    ordinal,
    styles,
    write_pdf,
)
from coprod_app.reports.officer import themes_story
from coprod_app.reports.text import Para

WIDTH = A4[0] - 40 * mm


def period(data: AnnualReport) -> str:
    if data.start and data.end:
        return f"{long_date(data.start)} to {long_date(data.end)}"
    if data.start:
        return f"from {long_date(data.start)}"
    if data.end:
        return f"up to {long_date(data.end)}"
    if data.sessions:
        return f"all sessions ({long_date(data.sessions[0].date)} to {long_date(data.sessions[-1].date)})"
    return "all sessions"


def _counts_table(title: str, counts: dict[str, int], st) -> list:
    rows = [[title, "People"]] + [[k, people_count(n)] for k, n in counts.items()]
    if len(rows) == 1:
        rows.append(["Nobody was recorded", ""])
    return [grid(rows, [WIDTH * 0.6, WIDTH * 0.25], st, align_right=(1,)), Spacer(1, 8)]


def annual_story(data: AnnualReport, progress: Progress | None = None) -> list:
    st = styles()
    story = [Para("Summary across sessions", st["h2"]),
             Para("You said, we did", st["title"]),
             Para(f"Period: {period(data)}", st["body"])]
    if data.pack_name:
        story.append(Para(f"Strategy pack: {data.pack_name}", st["body"]))
    totals = [["", ""], ["Sessions", str(len(data.sessions))], ["People who took part", people_count(data.participants)],
              ["Views recorded", people_count(data.views)],
              ["Views to follow up offline (safeguarding; counted only here)", data.follow_ups]]
    totals.append(["Vote rounds", str(data.rounds)])
    all_actions = [a for t in data.themes for a in t.actions]
    totals += [["Themes", str(len(data.themes))], ["Actions", str(len(all_actions))]]
    story += [grid(totals, [WIDTH * 0.45, WIDTH * 0.3], st, header=False), Spacer(1, 8),
              Para("Counts of people or views from 1 to 4 are shown as \u201cfewer than 5\u201d. "
                   "Counts of actions, themes and sessions are exact.", st["small"])]

    story += [Para("Progress on actions", st["h1"])]
    counts = status_counts(all_actions)
    story.append(grid([["Status", "Actions"]] + [[STATUS_LABELS[s], str(n)] for s, n in counts.items()],
                      [WIDTH * 0.45, WIDTH * 0.3], st, align_right=(1,)))
    story.append(Spacer(1, 8))
    story.append(bar_chart([(STATUS_LABELS[s], counts[s]) for s in STATUSES], WIDTH, "Actions by status",
                           suppress=False, bar_colours=[STATUS_COLOURS[s] for s in STATUSES], label_share=0.3))

    story += [PageBreak(), Para("Who took part", st["h1"])]
    story += _counts_table("Forum", data.by_forum, st)
    story += _counts_table("Town", data.by_town, st)
    story += _counts_table("Group", data.by_group, st)
    if data.by_group:
        story.append(bar_chart(list(data.by_group.items()), WIDTH, "People who took part, by group",
                               label_share=0.3))

    story += [CondPageBreak(60 * mm), Para("Sessions", st["h1"])]
    rows = [["Date", "Session", "Forum", "Town", "People", "Views"]]
    for s in data.sessions:
        rows.append([long_date(s.date), s.title, FORUM_LABELS.get(s.forum, s.forum), s.town or "",
                     people_count(s.participants), people_count(s.views)])
    if len(rows) == 1:
        rows.append(["", "No sessions in this period", "", "", "", ""])
    story.append(grid(rows, [WIDTH * 0.15, WIDTH * 0.3, WIDTH * 0.17, WIDTH * 0.14, WIDTH * 0.12, WIDTH * 0.12],
                      st, align_right=(4, 5)))

    story += [PageBreak(), Para("Commitments: how they stood across all vote rounds", st["h1"])]
    if not data.standing:
        story.append(Para("No votes were held in this period.", st["body"]))
    else:
        chosen = [c for c in data.standing if c.count]
        rows = [["Commitment", "Rounds", "Times chosen", "Best rank", "Top 3"]]
        for c in chosen:
            rows.append([commitment_label(c.key, c.text), str(c.rounds), people_count(c.count),
                         ordinal(c.best_rank), str(c.top_three)])
        story.append(grid(rows, [WIDTH * 0.5, WIDTH * 0.11, WIDTH * 0.15, WIDTH * 0.12, WIDTH * 0.12], st,
                          align_right=(1, 2, 3, 4)))
        unchosen = [commitment_number(c.key) for c in data.standing if not c.count]
        if unchosen:
            story.append(Para("Not chosen in any round: " + ", ".join(unchosen) + ".", st["small"]))
        story.append(Spacer(1, 8))
        story.append(bar_chart([(f"Commitment {commitment_number(c.key)}", c.count) for c in chosen[:12]],
                               WIDTH, "Times each commitment was chosen (top 12)"))

    story += [PageBreak(), Para("Themes and what happened", st["h1"])]
    story += themes_story(data.themes, st, WIDTH, history=True)
    return story


def write_annual(data: AnnualReport, out: str | Path, progress: Progress) -> Path:
    """The summary across sessions, written atomically to `out`."""
    progress(0.1, "Preparing the summary")
    meta = Meta(title=f"You said, we did: summary across sessions, {period(data)}",
                subject="Participation, commitments and progress on actions across sessions",
                keywords="annual action plan, you said we did")
    return write_pdf(out, annual_story(data), meta, progress)
