"""The easy-read privacy notice as a PDF to print and hand out.

Big type (18 pt body, 26 pt headings), short lines, lots of space, one idea
per line, and an embedded TrueType font (DejaVu Sans) so that every letter
prints as written.
"""

from __future__ import annotations

import logging
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from coprod_app.domain.errors import CoprodError
from coprod_app.domain.privacy import DEFAULT_RETENTION_MONTHS, NOTICE_TITLE, privacy_notice
from coprod_app.reports.atomic import atomic_file
from coprod_app.reports.fonts import dejavu_path

logger = logging.getLogger(__name__)

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
TEXT = colors.HexColor("#1A1A1A")
HEADING = colors.HexColor("#1F4E8C")


def register_fonts() -> None:
    """Register DejaVu Sans (embedded in the PDF), shipped in resources/fonts; one sentence if it is missing."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    regular, bold = dejavu_path("DejaVuSans.ttf"), dejavu_path("DejaVuSans-Bold.ttf")
    if not regular.exists():
        raise CoprodError(f"The font DejaVu Sans is missing ({regular}); reinstall coprod-app.")
    pdfmetrics.registerFont(TTFont(FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold if bold.exists() else regular)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle(
            "title", fontName=FONT_BOLD, fontSize=30, leading=38, textColor=HEADING, spaceAfter=8 * mm
        ),
        "heading": ParagraphStyle(
            "heading",
            fontName=FONT_BOLD,
            fontSize=24,
            leading=30,
            textColor=HEADING,
            spaceBefore=7 * mm,
            spaceAfter=3 * mm,
        ),
        "body": ParagraphStyle(
            "body", fontName=FONT, fontSize=18, leading=26, textColor=TEXT, spaceAfter=2.5 * mm
        ),
    }


def _page_number(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 12)
    canvas.setFillColor(TEXT)
    canvas.drawRightString(A4[0] - 22 * mm, 10 * mm, f"Page {doc.page}")
    canvas.restoreState()


def export_privacy_notice(
    path: str | Path, retention_months: int = DEFAULT_RETENTION_MONTHS, contact: str = ""
) -> Path:
    """Write the easy-read privacy notice to `path` (A4 PDF, owner-only, written atomically).

    The folder must exist; problems (read-only folder, full disk) are one sentence
    (an ExportError, a CoprodError) and leave any earlier file untouched.
    """
    register_fonts()
    path = Path(path)
    styles = _styles()
    story = [Paragraph(escape(NOTICE_TITLE), styles["title"])]
    for section in privacy_notice(retention_months, contact):
        block = [Paragraph(escape(section.heading), styles["heading"])]
        block += [Paragraph(escape(line), styles["body"]) for line in section.sentences]
        story.append(KeepTogether(block))
    story.append(Spacer(1, 4 * mm))
    doc_options = dict(
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=NOTICE_TITLE,
        author="coprod-app",
        subject="Easy-read privacy notice",
        lang="en-GB",
        initialFontName=FONT,
        initialFontSize=18,
        initialLeading=26,
    )
    # Written to a temporary file beside it, fsynced, then renamed: an old notice is never half-replaced.
    with atomic_file(path) as handle:
        SimpleDocTemplate(handle, **doc_options).build(
            story, onFirstPage=_page_number, onLaterPages=_page_number
        )
    return path
