"""The officer report of one session: who came, what was said, how they voted, what is being done."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from coprod_app.domain.actions import STATUS_LABELS, progress_sentence
from coprod_app.domain.privacy import people_count
from coprod_app.domain.reporting import ReportView, RoundResult, SessionReport
from coprod_app.domain.session import FORUM_LABELS
from coprod_app.domain.voting import METHOD_LABELS
from coprod_app.reports.charts import bar_chart
from coprod_app.reports.document import (
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
from coprod_app.reports.text import Para, has_rtl, markup, paragraph, paragraphs

WIDTH = A4[0] - 40 * mm
SENTIMENT_LABELS = {"positive": "Positive", "mixed": "Mixed", "negative": "Negative"}


def _meta(data: SessionReport) -> Meta:
    s = data.session
    return Meta(title=f"Officer report: {s.title} ({long_date(s.date)})",
                subject=f"What people said at the {FORUM_LABELS.get(s.forum, s.forum).lower()} on "
                        f"{long_date(s.date)}, and what the partnership is doing about it",
                keywords="co-production, you said we did, officer report")


def _h(text: str, st, level: str = "h1"):
    return paragraph(text, st[level], WIDTH)


def _cover(data: SessionReport, st) -> list:
    s = data.session
    story = [Para("Officer report", st["h2"]), _h(s.title, st, "title")]
    details = [["", ""], ["Date", long_date(s.date)], ["Forum", FORUM_LABELS.get(s.forum, s.forum)]]
    if s.town:
        details.append(["Town", s.town])
    if s.venue:
        details.append(["Venue", s.venue])
    details += [["Strategy pack", data.pack_name], ["People who took part", people_count(data.participants)],
                ["Views recorded", people_count(len(data.views))]]
    table = grid(details, [WIDTH * 0.3, WIDTH * 0.7], st, header=False)
    story += [table, Spacer(1, 8)]
    story.append(Para("Who took part", st["h2"]))
    rows = [["Group", "People"]] + [[k, people_count(n)] for k, n in data.by_group.items()]
    if len(rows) == 1:
        rows.append(["No participants were recorded", ""])
    story.append(grid(rows, [WIDTH * 0.6, WIDTH * 0.4], st))
    story.append(Spacer(1, 8))
    rows = [["Age band", "People"]] + [[k, people_count(n)] for k, n in data.by_age_band.items()]
    if len(rows) > 1:
        story.append(grid(rows, [WIDTH * 0.6, WIDTH * 0.4], st))
    story.append(Spacer(1, 8))
    story.append(Para("To protect privacy, any count from 1 to 4 is shown as \u201cfewer than 5\u201d. "
                      "Nobody\u2019s name is recorded. Views flagged to follow up offline are only counted, "
                      "at the end of this report.", st["small"]))
    return story


def _principles(data: SessionReport, st) -> list:
    story = [PageBreak(), Para("Views by charter principle", st["h1"])]
    counts = Counter(p for v in data.views for p in v.principles)
    quoted = Counter(p for v in data.views if v.quotable for p in v.principles)
    rows = [["Charter principle", "Views", "Quoted in this report"]]
    for key, title in data.principles:
        rows.append([title, people_count(counts[key]), people_count(quoted[key])])
    untagged = sum(1 for v in data.views if not v.principles)
    rows.append(["Not tagged to a principle", people_count(untagged),
                 people_count(sum(1 for v in data.views if not v.principles and v.quotable))])
    story.append(grid(rows, [WIDTH * 0.6, WIDTH * 0.2, WIDTH * 0.2], st, align_right=(1, 2)))
    sentiments = Counter(v.sentiment for v in data.views if v.sentiment)
    if sentiments:
        story.append(Spacer(1, 10))
        rows = [["How views felt", "Views"]] + [[SENTIMENT_LABELS[k], people_count(sentiments[k])]
                                                  for k in SENTIMENT_LABELS if sentiments[k]]
        story.append(grid(rows, [WIDTH * 0.6, WIDTH * 0.2], st, align_right=(1,)))
    return story


def _priorities(data: SessionReport, st) -> list:
    story = [CondPageBreak(120 * mm), Para("Views by priority and commitment", st["h1"])]
    by_priority = Counter(v.priority for v in data.views if v.priority)
    by_commitment = Counter(c for v in data.views for c in v.commitments)
    rows = [["Priority or commitment", "Views"]]
    for key, title in data.priorities:
        rows.append([Para(markup(title, st["cell_bold"].fontName), st["cell_bold"]),
                     people_count(by_priority[key])])
        for ckey, text in data.commitments.items():
            if data.commitment_priority.get(ckey) == key and by_commitment[ckey]:
                rows.append(["    " + _commitment_label(ckey, text), people_count(by_commitment[ckey])])
    story.append(grid(rows, [WIDTH * 0.8, WIDTH * 0.2], st, align_right=(1,)))
    items = [(_chart_label(k), by_commitment[k]) for k in data.commitments if by_commitment[k]]
    if items:
        story.append(Spacer(1, 10))
        story.append(bar_chart(items, WIDTH, "Views about each commitment"))
    return story


_commitment_label = commitment_label


def _chart_label(key: str) -> str:
    number = commitment_number(key)
    return f"Commitment {number}" if number != key else key


def _votes(rounds: list[RoundResult], data: SessionReport, st) -> list:
    story = [PageBreak(), Para("Vote results", st["h1"])]
    if not rounds:
        return story + [Para("No vote was held at this session.", st["body"])]
    for n, r in enumerate(rounds, 1):
        story.append(Para(f"Round {n}: {markup(METHOD_LABELS.get(r.method, r.method))}", st["h2"]))
        story.append(Para(f"People who voted: {people_count(r.ballots)}", st["body"]))
        rate = r.method == "rating" or any(c.like for c in r.commitments)
        header = ["Rank", "Commitment", "Chosen by"] + (["Like", "Not sure", "Don\u2019t like"] if rate else [])
        widths = [WIDTH * 0.1, WIDTH * 0.6, WIDTH * 0.3] if not rate else \
            [WIDTH * 0.08, WIDTH * 0.44, WIDTH * 0.12, WIDTH * 0.12, WIDTH * 0.12, WIDTH * 0.12]
        rows = [header]
        chosen = [c for c in r.commitments if c.chosen]
        for c in chosen:
            text = c.text or data.commitments.get(c.key, c.key)
            row = [ordinal(c.rank), _commitment_label(c.key, text), people_count(c.count)]
            if rate:
                row += [people_count(c.like), people_count(c.unsure), people_count(c.dislike)]
            rows.append(row)
        if len(rows) == 1:
            rows.append(["", "Nobody has voted in this round yet.", ""] + ([""] * 3 if rate else []))
        story.append(grid(rows, widths, st, align_right=tuple(range(2, len(header)))))
        unchosen = [commitment_number(c.key) for c in r.commitments if not c.chosen]
        if unchosen:
            story.append(Para(markup("Not chosen by anyone: " + ", ".join(unchosen) + "."), st["small"]))
        items = [(_chart_label(c.key), c.count) for c in chosen]
        if items:
            story += [Spacer(1, 8), bar_chart(items, WIDTH, f"Round {n}: people who chose each commitment")]
    return story


def _quote(v: ReportView, data: SessionReport, st, principle_titles: dict[str, str]) -> list:
    tags = []
    if v.sentiment:
        tags.append(SENTIMENT_LABELS.get(v.sentiment, v.sentiment).lower())
    tags += [principle_titles.get(p, p) for p in v.principles[1:]]
    tags += [f"Commitment {commitment_number(c)}" for c in v.commitments]
    tag_line = " \u00b7 ".join([f"view {v.id}"] + tags)
    if has_rtl(v.text):
        # Quote marks and the tags would be reordered into the wrong place around right-to-left words.
        return [*paragraphs(v.text, st["quote"], WIDTH - st["quote"].leftIndent),
                Para(markup(tag_line, st["tags"].fontName), st["tags"])]
    # The tags in the same paragraph and font: a one-font paragraph lays out fastest (500-view reports).
    # A long view comes in pieces, each laid out once (see paragraphs).
    return paragraphs(f"\u201c{v.text}\u201d ({tag_line})", st["quote"])


def _what_people_said(data: SessionReport, st) -> list:
    story = [PageBreak(), Para("What people said", st["h1"])]
    withheld = sum(1 for v in data.views if not v.quotable)
    story.append(Para(
        "Words are printed exactly as recorded, only where the person agreed to be quoted or where they are the "
        f"facilitator\u2019s own notes. Views counted but not quoted (no agreement to quote): "
        f"{people_count(withheld)}. Each view is printed once, under its first charter principle.",
        st["small"]))
    titles = dict(data.principles)
    groups: dict[str | None, list[ReportView]] = {key: [] for key, _ in data.principles}
    groups[None] = []
    for v in data.views:
        if v.quotable:
            first = v.principles[0] if v.principles and v.principles[0] in groups else None
            groups[first].append(v)
    for key, views in groups.items():
        if not views:
            continue
        story.append(_h(titles.get(key, "Not tagged to a principle") if key else "Not tagged to a principle",
                        st, "h2"))
        for v in views:
            story += _quote(v, data, st, titles)
    if not any(groups.values()):
        story.append(Para("No view at this session may be quoted.", st["body"]))
    return story


def themes_story(themes, st, width: float = WIDTH, history: bool = True) -> list:
    """Each theme with what was said, the actions on it and their status (shared with the annual report)."""
    story = []
    if not themes:
        return [Para("No themes have been written for these views yet.", st["body"])]
    for t in themes:
        block = [paragraph(t.title, st["h2"], width),
                 Para(f"<b>You said</b> (from {people_count(len(t.view_ids))} views)", st["h3"]),
                 *paragraphs(t.you_said, st["body"], width),
                 Para("<b>We did</b> \u00b7 " + markup(progress_sentence(t.actions)), st["h3"])]
        if t.actions:
            rows = [["What we did or will do", "Status", "Owner", "Due"]]
            for a in t.actions:
                status = STATUS_LABELS.get(a.status, a.status)
                if a.reason:
                    status += f": {a.reason}"
                rows.append([a.we_did, status, a.owner or "", long_date(a.due) if a.due else ""])
            block.append(grid(rows, [width * 0.42, width * 0.22, width * 0.18, width * 0.18], st))
        story.append(KeepTogether(block))
        if t.actions:
            if history:
                lines = []
                for a in t.actions:
                    steps = " \u2192 ".join(f"{STATUS_LABELS.get(h.status, h.status)} {long_date(h.date)}"
                                            for h in a.history)
                    if steps:
                        lines.append(f"Action {a.id}: {steps}")
                if lines:
                    story.append(Para(markup("\n".join(lines), st["small"].fontName), st["small"]))
        story.append(Spacer(1, 6))
    return story


def officer_story(data: SessionReport, st=None) -> list:
    st = st or styles()
    story = _cover(data, st)
    story += _principles(data, st)
    story += _priorities(data, st)
    story += _votes(data.rounds, data, st)
    story += _what_people_said(data, st)
    story += [PageBreak(), Para("You said, we did", st["h1"])] + themes_story(data.themes, st)
    story += [CondPageBreak(40 * mm), Para("Follow up offline", st["h1"]),
              Para(f"Views flagged to follow up offline (safeguarding): {markup(data.follow_ups)}. "
                   "Their words, participant codes and tags are never printed or exported, and they are not "
                   "counted anywhere else in this report. The facilitator follows these up outside the app.",
                   st["body"])]
    return story


def write_officer(data: SessionReport, out: str | Path, progress: Progress) -> Path:
    """The officer report PDF of one session, written atomically to `out`."""
    progress(0.1, "Preparing the report")
    return write_pdf(out, officer_story(data), _meta(data), progress)
