"""What every PDF shares: the page (numbers, metadata), the styles, and building with progress."""

from __future__ import annotations

import datetime as dt
import logging
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from coprod_app.reports import fonts
from coprod_app.reports.atomic import ExportError, atomic_file
from coprod_app.reports.text import draw_string, label, lines, markup, paragraph

logger = logging.getLogger(__name__)
Progress = Callable[[float, str], None]
AUTHOR = "coprod-app"
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#4A4F57")
ACCENT = colors.HexColor("#1F4E8C")
RULE = colors.HexColor("#8A8F98")
PALE = colors.HexColor("#F3F5F8")
STATUS_COLOURS = {
    "planned": colors.HexColor("#8A8F98"),
    "in-progress": colors.HexColor("#C2410C"),
    "done": colors.HexColor("#1B6E34"),
    "not-possible": colors.HexColor("#A4161A"),
}


@dataclass(frozen=True)
class Meta:
    title: str
    subject: str
    author: str = AUTHOR
    keywords: str = ""


BODY_SIZE = 12.0  # points: the least any text of a report is printed at, notes and table cells included


def styles(base: float = BODY_SIZE) -> dict[str, ParagraphStyle]:
    """Paragraph styles at a body size of `base` points (the easy-read PDF uses 16).

    Notes ("small") and tags are set apart by colour, not size: below 12 pt the officers who read
    these reports on paper asked for glasses (issue 15), so nothing is printed smaller than 12 pt.
    """
    fonts.register()
    base = max(base, BODY_SIZE)
    lead = base * 1.35
    minor = max(BODY_SIZE, base * 0.85)
    body = ParagraphStyle(
        "body",
        fontName=fonts.BODY,
        fontSize=base,
        leading=lead,
        textColor=INK,
        spaceAfter=base * 0.5,
        splitLongWords=1,
    )
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=minor, leading=minor * 1.3, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=fonts.BODY_BOLD, spaceAfter=0),
        "quote": ParagraphStyle("quote", parent=body, leftIndent=base * 1.2, spaceAfter=base * 0.6),
        "tags": ParagraphStyle(
            "tags",
            parent=body,
            fontSize=minor,
            leading=minor * 1.3,
            textColor=MUTED,
            leftIndent=base * 1.2,
            spaceAfter=base * 0.7,
        ),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=fonts.BODY_BOLD,
            fontSize=base * 2.3,
            leading=base * 2.8,
            textColor=ACCENT,
            spaceAfter=base,
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=fonts.BODY_BOLD,
            fontSize=base * 1.6,
            leading=base * 2.0,
            textColor=ACCENT,
            spaceBefore=base * 0.8,
            spaceAfter=base * 0.6,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=fonts.BODY_BOLD,
            fontSize=base * 1.2,
            leading=base * 1.55,
            spaceBefore=base * 0.8,
            spaceAfter=base * 0.35,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=body,
            fontName=fonts.BODY_BOLD,
            fontSize=base,
            leading=lead,
            spaceBefore=base * 0.4,
            spaceAfter=base * 0.2,
        ),
    }


def long_date(iso: str | None) -> str:
    """'2026-11-20' -> '20 November 2026' (as written in the UK)."""
    if not iso:
        return ""
    try:
        d = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{d.day} {d.strftime('%B')} {d.year}"


def commitment_number(key: str) -> str:
    """'commitment-4.1' -> '4.1' (the number people see in the strategy)."""
    number = (key or "").split("-", 1)[-1]
    return number if number[:1].isdigit() else (key or "")


def grid(
    rows: list[list],
    widths: list[float],
    st: dict[str, ParagraphStyle],
    header: bool = True,
    align_right: tuple[int, ...] = (),
) -> Table:
    """A table of user or app text, every cell escaped and wrapped, the header repeated on each page."""
    cells = []
    body = st["cell"]
    right_styles: dict[str, ParagraphStyle] = {}
    # A row taller than a page (a 'we did' of 20,000 characters) stopped the export with a LayoutError:
    # such a table may split inside a row. Others keep each row whole on one page.
    long_row = any(len(str(v)) > LONG_CELL for row in rows for v in row if not hasattr(v, "wrap"))
    for r, row in enumerate(rows):
        line = []
        for c, value in enumerate(row):
            if hasattr(value, "wrap"):
                line.append(value)
                continue
            text = "" if value is None else str(value)
            bold = header and r == 0
            style = st["cell_bold"] if bold else body
            if not bold and _fits(text, style, widths[c] - 8):
                line.append(text)  # a plain string cell: no Paragraph to lay out
                continue
            if c in align_right:
                if style.name not in right_styles:  # made once per table: each new style is parsed afresh
                    right_styles[style.name] = ParagraphStyle(f"{style.name}-r", parent=style, alignment=2)
                style = right_styles[style.name]
            if long_row or "\n" not in text:
                line.append(paragraph(text, style, widths[c] - 8))
            else:  # a paragraph per line: the same lines, laid out several times faster (text.lines)
                made = lines(text, style, widths[c] - 8)
                line.append(made[0] if len(made) == 1 else made)
        cells.append(line)
    table = Table(
        cells, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT", splitInRow=int(long_row)
    )
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.BODY),  # Table sets this font even for Paragraph cells
        ("FONTSIZE", (0, 0), (-1, -1), body.fontSize),
        ("LEADING", (0, 0), (-1, -1), body.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), PALE), ("LINEBELOW", (0, 0), (-1, 0), 1, INK)]
    for c in align_right:
        commands.append(("ALIGN", (c, 0), (c, -1), "RIGHT"))
    table.setStyle(TableStyle(commands))
    return table


LONG_CELL = 1500  # characters: about half a page in a narrow column


def _fits(text: str, style: ParagraphStyle, width: float) -> bool:
    """Short lines in the body font: drawn as a plain string cell, much cheaper than a Paragraph.

    A cell of a few short lines (a theme's session, forum and date) is a string cell too: the table
    draws each line one leading below the last, as a paragraph of them would. Only lines a
    paragraph would print as they are (no space to collapse, none empty) and none to wrap.
    """
    if "\n" not in text:
        return (
            len(text) < 60
            and fonts.can_draw(text, style.fontName)
            and stringWidth(text, style.fontName, style.fontSize) <= width
        )
    parts = text.split("\n")
    return (
        len(parts) <= 6
        and all(0 < len(p) < 60 and p == " ".join(p.split()) for p in parts)
        and fonts.can_draw(text, style.fontName)
        and all(stringWidth(p, style.fontName, style.fontSize) <= width for p in parts)
    )


class Bookmarked(Flowable):
    """A heading that is also an entry of the PDF's outline (the bookmarks pane), at `level` (0 = a section).

    The entry points at the heading itself, wherever the layout puts it; the heading stays with what
    follows it, so a section never starts with its title alone at the foot of a page.
    """

    def __init__(self, heading: Flowable, title: str, level: int = 0) -> None:
        super().__init__()
        self.heading = heading
        self.title = " ".join(title.split())[:120]
        self.level = level
        self.keepWithNext = True

    def wrap(self, available_width, available_height):
        self.width, self.height = self.heading.wrap(available_width, available_height)
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return self.heading.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.heading.getSpaceAfter()

    def split(self, available_width, available_height):
        return []  # a heading is never cut in two: it moves to the next page whole

    def draw(self) -> None:
        key = f"section-{id(self)}"
        self.canv.bookmarkHorizontal(key, 0, self.height)
        self.canv.addOutlineEntry(self.title, key, level=self.level, closed=False)
        self.canv.showOutline()  # a viewer opens with the bookmarks pane showing
        self.heading.drawOn(self.canv, 0, 0)


class ReportDoc(SimpleDocTemplate):
    """A4 with the title and page number in the footer, and progress reported as pages are laid out."""

    def __init__(
        self,
        handle,
        meta: Meta,
        progress: Progress,
        total: int,
        start: float = 0.1,
        footer_size: float = 9,
        **kwargs,
    ) -> None:
        fonts.register()
        super().__init__(
            handle,
            pagesize=A4,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            keywords=meta.keywords,
            creator=AUTHOR,
            producer=AUTHOR,
            lang="en-GB",
            initialFontName=fonts.BODY,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=18 * mm,
            bottomMargin=20 * mm,
            **kwargs,
        )
        self._meta = meta
        self._progress = progress
        self._total = max(1, total)
        self._done = 0
        self._start = start
        self._step = max(1, total // 100)
        self._footer_size = footer_size

    def afterFlowable(self, flowable) -> None:
        self._done += 1
        if self._done % self._step == 0:
            self._progress(
                self._start + (0.97 - self._start) * min(1.0, self._done / self._total),
                "Laying out the pages",
            )

    def _footer(self, canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(fonts.BODY, self._footer_size)
        canvas.setFillColor(MUTED)
        y = 10 * mm
        page = f"Page {doc.page}"
        draw_string(canvas, self.leftMargin, y, self._footer_title(), fonts.BODY, self._footer_size)
        canvas.setFont(fonts.BODY, self._footer_size)
        canvas.drawRightString(self.pagesize[0] - self.rightMargin, y, page)
        canvas.restoreState()

    def _footer_title(self) -> str:
        """The title shortened to leave room for the widest page number; worked out once per document."""
        if getattr(self, "_fitted_title", None) is None:
            room = self.width - stringWidth("Page 99999", fonts.BODY, self._footer_size) - 24
            title = label(self._meta.title, 200)
            while len(title) > 10 and stringWidth(title, fonts.BODY, self._footer_size) > room:
                title = title[: int(len(title) * 0.9)].rstrip() + "…"
            self._fitted_title = title
        return self._fitted_title

    def build_story(self, story: list) -> None:
        self.build(story, onFirstPage=self._footer, onLaterPages=self._footer)


def write_pdf(out: str | Path, story: list, meta: Meta, progress: Progress, base: float = BODY_SIZE) -> Path:
    """Lay out `story` and write it to `out` atomically; returns the path written."""
    out = Path(out)
    try:
        with atomic_file(out) as handle:
            doc = ReportDoc(handle, meta, progress, total=len(story), footer_size=10.0 if base < 14 else 14.0)
            doc.build_story(story)
    except LayoutError as exc:
        # Not expected (long texts are cut to fit), but ReportLab's message quotes the words it could not
        # place, which may be a child's: one sentence instead, and the half-made file is already gone.
        # The log keeps only where it happened: the message would outlive an erase there.
        where = "".join(traceback.format_tb(exc.__traceback__))
        logger.warning("a report could not be laid out (the words are left out), at:\n%s", where)
        raise ExportError(
            f"Could not save '{out}': a part of the report is too big for a page. Nothing was written."
        ) from None
    progress(1.0, "Saved")
    return out


__all__ = [
    "BODY_SIZE",
    "Bookmarked",
    "Meta",
    "ReportDoc",
    "grid",
    "long_date",
    "markup",
    "paragraph",
    "styles",
    "write_pdf",
]
