"""The easy-read "you said, we did" PDF for the people who came: big text, short sentences, a symbol per point.

Every sentence the app writes here has at most 15 words (checked by a test).
Officers' words are printed as typed, with jargon explained the first time.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from reportlab.graphics.shapes import Circle, Drawing, Polygon, PolyLine, Rect
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from coprod_app.domain.actions import STATUS_EASY_READ
from coprod_app.domain.reporting import SessionReport
from coprod_app.reports import fonts
from coprod_app.reports.document import LONG_CELL, Meta, Progress, long_date, styles, write_pdf
from coprod_app.reports.text import paragraph
from coprod_app.resources import SYMBOL_CREDIT, symbol_path

BASE = 16
WIDTH = A4[0] - 40 * mm
SYMBOL = 44
TEXT_WIDTH = WIDTH - SYMBOL - 16
BLUE = colors.HexColor("#1F4E8C")
GREEN = colors.HexColor("#1B6E34")
ORANGE = colors.HexColor("#C2410C")

FORUM_WORDS = {
    "youth-forum": "youth forum",
    "parent-carer-forum": "parent carer forum",
    "engagement-event": "event",
    "other": "meeting",
}

# Words people may not know, explained the first time they appear.
JARGON = {
    "EHCP": "EHCP (a plan for your support)",
    "EHC plan": "EHC plan (a plan for your support)",
    "SEND": "SEND (special educational needs and disabilities)",
    "SENCO": "SENCO (the teacher who helps with extra needs)",
    "SENCo": "SENCo (the teacher who helps with extra needs)",
    "AP": "AP (a different place to learn)",
    "CAMHS": "CAMHS (help with feelings and mental health)",
    "LA": "LA (the council)",
}
_JARGON = re.compile(r"\b(" + "|".join(sorted(map(re.escape, JARGON), key=len, reverse=True)) + r")\b")

INTRO = (
    "This is what you told us.",
    "It also says what we are doing about it.",
    "Thank you for telling us what you think.",
)
NO_ACTION = "We are still working out what to do."
NEXT = {
    "planned": "We will start this soon.",
    "in-progress": "We will tell you when it is finished.",
    "done": "We will check that it is working.",
    "not-possible": "We will keep looking for other ways to help.",
}
WHY = "This is why:"


class Plain:
    """Explains each jargon word the first time it appears in one document."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def __call__(self, text: str) -> str:
        def explain(match: re.Match) -> str:
            word = match.group(1)
            if word in self.seen:
                return word
            self.seen.add(word)
            return JARGON[word]

        return _JARGON.sub(explain, text)


def speech_bubble(size: float = SYMBOL) -> Drawing:
    d = Drawing(size, size)
    d.add(
        Rect(
            2,
            size * 0.3,
            size - 4,
            size * 0.65,
            rx=size * 0.15,
            ry=size * 0.15,
            fillColor=BLUE,
            strokeColor=None,
        )
    )
    d.add(
        Polygon(
            [size * 0.2, size * 0.32, size * 0.18, 2, size * 0.45, size * 0.32],
            fillColor=BLUE,
            strokeColor=None,
        )
    )
    for x in (0.3, 0.5, 0.7):
        d.add(Circle(size * x, size * 0.62, size * 0.06, fillColor=colors.white, strokeColor=None))
    return d


def tick(size: float = SYMBOL) -> Drawing:
    d = Drawing(size, size)
    d.add(Circle(size / 2, size / 2, size / 2 - 1, fillColor=GREEN, strokeColor=None))
    d.add(
        PolyLine(
            [size * 0.27, size * 0.52, size * 0.44, size * 0.34, size * 0.75, size * 0.68],
            strokeColor=colors.white,
            strokeWidth=size * 0.1,
            strokeLineCap=1,
            strokeLineJoin=1,
        )
    )
    return d


def arrow(size: float = SYMBOL) -> Drawing:
    d = Drawing(size, size)
    d.add(Rect(2, size * 0.38, size * 0.55, size * 0.24, fillColor=ORANGE, strokeColor=None))
    d.add(
        Polygon(
            [size * 0.5, size * 0.12, size - 2, size * 0.5, size * 0.5, size * 0.88],
            fillColor=ORANGE,
            strokeColor=None,
        )
    )
    return d


def about_commitments(theme, data: SessionReport, st) -> list:
    """'This is about:' with each linked commitment's symbol and easy-read words."""
    keys = list(dict.fromkeys(k for a in theme.actions for k in a.commitments))
    rows = []
    for key in keys:
        words = data.commitment_easy_read.get(key)
        path = symbol_path(key, "png")
        if not words:
            continue
        picture = Image(str(path), width=SYMBOL, height=SYMBOL) if path is not None else ""
        rows.append(_point(picture, "This is about", [paragraph(words, st["body"], TEXT_WIDTH)], st))
    return rows


def _styles():
    st = styles(BASE)
    st["point"] = ParagraphStyle(
        "point",
        parent=st["h2"],
        fontSize=BASE * 1.3,
        leading=BASE * 1.6,
        spaceBefore=0,
        spaceAfter=BASE * 0.3,
    )
    st["theme"] = ParagraphStyle(
        "theme", parent=st["h1"], fontSize=BASE * 1.55, leading=BASE * 1.9, spaceBefore=BASE * 0.6
    )
    return st


def _point(symbol: Drawing, heading: str, lines: list, st) -> Table:
    cell = [Paragraph(heading, st["point"])] + lines
    # Officers' words can be 20,000 characters, more than a page: then the point may go over a page.
    long_text = sum(len(f.getPlainText()) for f in lines if hasattr(f, "getPlainText")) > LONG_CELL
    table = Table([[symbol, cell]], colWidths=[SYMBOL + 16, TEXT_WIDTH], splitInRow=int(long_text))
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.BODY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


def month(iso: str | None) -> str:
    try:
        d = dt.date.fromisoformat(iso or "")
    except ValueError:
        return ""
    return f"{d.strftime('%B')} {d.year}"


def next_steps(actions) -> list[str]:
    """What happens next, in short sentences, for a theme's actions."""
    if not actions:
        return ["We will tell you more at the next meeting."]
    out = []
    for a in actions:
        sentence = NEXT.get(a.status, NEXT["planned"])
        if a.due and a.status in ("planned", "in-progress"):
            sentence = f"We want to finish this by {month(a.due)}."
        if sentence not in out:
            out.append(sentence)
    return out


def easy_read_story(data: SessionReport) -> list:
    st = _styles()
    plain = Plain()
    s = data.session
    forum = FORUM_WORDS.get(s.forum, "meeting")
    story = [
        Paragraph("You said, we did", st["title"]),
        Paragraph(f"This is about the {forum} on {long_date(s.date)}.", st["body"]),
    ]
    story += [Paragraph(line, st["body"]) for line in INTRO]
    story.append(Spacer(1, BASE))
    if not data.themes:
        story.append(
            _point(
                speech_bubble(),
                "You said",
                [
                    Paragraph("We are still reading what you said.", st["body"]),
                    Paragraph("We will send you an update soon.", st["body"]),
                ],
                st,
            )
        )
    for t in data.themes:
        said = [paragraph(plain(t.you_said), st["body"], TEXT_WIDTH)]
        did = []
        for a in t.actions:
            did.append(paragraph(plain(a.we_did), st["body"], TEXT_WIDTH))
            did.append(Paragraph(f"<b>{STATUS_EASY_READ.get(a.status, '')}</b>", st["body"]))
            if a.status == "not-possible" and a.reason:
                did.append(paragraph(f"{WHY} {plain(a.reason)}", st["body"], TEXT_WIDTH))
        if not did:
            did = [Paragraph(NO_ACTION, st["body"])]
        nxt = [Paragraph(line, st["body"]) for line in next_steps(t.actions)]
        story.append(
            KeepTogether(
                [paragraph(plain(t.title), st["theme"], WIDTH), _point(speech_bubble(), "You said", said, st)]
            )
        )
        story += about_commitments(t, data, st)
        story.append(_point(tick(), "We did", did, st))
        story.append(_point(arrow(), "What happens next", nxt, st))
    story.append(
        KeepTogether(
            [
                Paragraph("What happens next", st["theme"]),
                _point(
                    arrow(),
                    "Next time",
                    [
                        Paragraph(f"We will tell you how things are going at the next {forum}.", st["body"]),
                        Paragraph("You can tell us what you think at any time.", st["body"]),
                    ],
                    st,
                ),
            ]
        )
    )
    if any(a.commitments for t in data.themes for a in t.actions):
        story.append(Paragraph(SYMBOL_CREDIT, st["body"]))  # the symbols' licence asks for this line
    return story


def write_easy_read(data: SessionReport, out: str | Path, progress: Progress) -> Path:
    """The easy-read PDF of one session, written atomically to `out`."""
    fonts.register()
    progress(0.1, "Preparing the easy-read pages")
    s = data.session
    meta = Meta(
        title=f"You said, we did: {s.title} ({long_date(s.date)})",
        subject="Easy read: what you told us and what we are doing about it",
        keywords="easy read, you said we did",
    )
    return write_pdf(out, easy_read_story(data), meta, progress, base=BASE)


# Sentences the app writes itself; a test checks each has at most 15 words.
APP_SENTENCES = (
    *INTRO,
    NO_ACTION,
    WHY,
    *NEXT.values(),
    *STATUS_EASY_READ.values(),
    "We are still reading what you said.",
    "We will send you an update soon.",
    "We will tell you more at the next meeting.",
    "We want to finish this by September 2027.",
    "This is about the parent carer forum on 20 November 2026.",
    "We will tell you how things are going at the next parent carer forum.",
    "You can tell us what you think at any time.",
)
