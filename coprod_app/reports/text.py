"""User text made safe for ReportLab's Paragraph: escaped, in a font that can draw it, RTL in order.

Paragraph reads its text as markup, so `<b>`, `&` or `<font>` typed by a person
would change or break the PDF: everything a user typed goes through `markup`.
Right-to-left runs (Hebrew, Arabic) are put in display order line by line with
python-bidi, and Arabic letters joined with arabic-reshaper (ReportLab does
neither without extra native libraries). The PDF's text layer then holds
Arabic presentation forms, which are the same text under Unicode NFKC. Without
these libraries the words still print, in stored order.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import weakref
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from coprod_app.reports.fonts import BODY, font_chain, font_for, font_for_in

try:  # optional: display order for right-to-left scripts
    from bidi import get_display
except ImportError:  # pragma: no cover - depends on the machine
    get_display = None
try:  # optional: joined Arabic letters; harakat (vowel marks) are kept
    from arabic_reshaper import ArabicReshaper

    _reshape_run = lru_cache(maxsize=8192)(ArabicReshaper(configuration={"delete_harakat": False}).reshape)
except ImportError:  # pragma: no cover - depends on the machine
    _reshape_run = None

# Letters join only within a run of Arabic-script characters (zero-width joiners and vowel marks
# included), so shaping each run alone gives the same text as shaping the whole view, at a fraction
# of the cost for a view mostly in another script; the same words recur, so runs are cached. A run
# starts at a letter: a mark or joiner with no letter before it is left as it is.
_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_ARABIC_RUN = re.compile(
    f"(?![\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d])[{_ARABIC}][{_ARABIC}\u200c\u200d]*"
)


def _shape_run(match: re.Match) -> str:
    run = match.group()
    try:
        return _reshape_run(run)
    except Exception:  # a malformed run prints unjoined rather than stopping the export
        return run


def _reshape(text: str) -> str:
    if _reshape_run is None:
        return text
    return _ARABIC_RUN.sub(_shape_run, text)


# C0 controls other than tab and newline, and C1 controls: invisible, and they upset the PDF text layer.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"(\s+)")


def clean(text: str) -> str:
    """The text with line endings made plain and invisible control characters removed."""
    return _CONTROL.sub("", (text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))


def _runs(text: str, font: str):
    """(font, chunk) pairs: consecutive characters that the same font draws."""
    if text.isascii():
        yield font, text
        return
    start = 0
    current = None
    for i, ch in enumerate(text):
        f = font_for(ch, font)
        if f != current:
            if current is not None:
                yield current, text[start:i]
            current, start = f, i
    if current is not None:
        yield current, text[start:]


def _line_markup(line: str, font: str) -> str:
    parts = []
    for f, chunk in _runs(line, font):
        chunk = escape(chunk)
        parts.append(chunk if f == font else f'<font face="{f}">{chunk}</font>')
    return "".join(parts)


def _joined(lines: list[str], font: str, whole: str | None) -> str:
    if whole is None:
        return "<br/>".join(_line_markup(line, font) for line in lines)
    body = "<br/>".join(escape(line) for line in lines)
    return body if whole == font else f'<font face="{whole}">{body}</font>'


def markup(text: str, font: str = BODY) -> str:
    """Paragraph markup that prints `text` exactly: escaped, line breaks kept, fallback fonts where needed.

    A text one font can draw whole is set in that font (the first of Atkinson
    Hyperlegible, DejaVu Sans, Symbola…): no word is drawn in two typefaces, and
    ReportLab lays out a one-font paragraph several times faster. Otherwise
    each run of characters gets the first font that has them.
    """
    text = clean(text)
    return _joined(text.split("\n"), font, whole_font(text, font))


def whole_font(text: str, font: str = BODY) -> str | None:
    """Atkinson Hyperlegible or DejaVu Sans (of the same weight) if one draws all of `text`, else None."""
    if text.isascii():
        return font
    needed = {c for c in text if c > "\x7e" and c != "\n"}
    for name in font_chain(font)[:2]:  # the two sans fonts; Symbola's serif letters would look out of place
        if all(font_for_in(c, name) for c in needed):
            return name
    return None


def has_rtl(text: str) -> bool:
    if text.isascii():
        return False
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text if c >= "\u0590")


def _starts_rtl(text: str) -> bool:
    for c in text:
        kind = unicodedata.bidirectional(c)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    return sum(stringWidth(chunk, f, size) for f, chunk in _runs(text, font))


def _wrap(line: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap in logical order (widths added up, not re-measured); words wider than a line are cut."""
    lines: list[str] = []
    current, current_width = "", 0.0
    for token in _SPACES.split(line):
        if not token:
            continue
        token_width = _width(token, font, size)
        if current_width + token_width <= width or not current.strip():
            current, current_width = current + token, current_width + token_width
        else:
            lines.append(current.rstrip())
            current = token.lstrip()
            current_width = _width(current, font, size)
        if current_width > width and len(current) > 1:
            chunk, chunk_width = "", 0.0
            for ch in current:
                w = _width(ch, font, size)
                if chunk and chunk_width + w > width:
                    lines.append(chunk)
                    chunk, chunk_width = "", 0.0
                chunk, chunk_width = chunk + ch, chunk_width + w
            current, current_width = chunk, chunk_width
    lines.append(current.rstrip())
    return lines


# Markup this module and the reports write: bold, italic, line breaks and font faces. Only such markup
# is parsed once and reused; anything else (a <seq/> counter, a bullet) is parsed afresh every time.
_TAG = re.compile(r"<[^>]*>")
_REUSABLE_TAG = re.compile(r'</?[bi]>|<br/>|<font face="[\w-]+">|</font>')
_parsed_lock = threading.Lock()
_parsed: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # style -> {markup: (text, style, frags)}


_ESCAPE = re.compile(r"&(?!(?:amp|lt|gt);)")  # an ampersand that is not one of escape()'s three entities
# Spaces other than ' ' (a no-break space, a tab): next to an entity ReportLab's parser makes a fragment
# of them, which it lays out as a plain space; such text is left to the parser, to print the same.
_ODD_SPACE = re.compile(r"[^\S ]")


def _parse(text: str, style: ParagraphStyle, keep: bool):
    """(cleaned text, style, fresh fragments) as Paragraph would parse them; or None to let it parse.

    Text with no tags and no entities but escape()'s three is one run of characters in
    the style's font. ReportLab's parser makes one fragment of it, or several when it
    has `&amp;`, `&lt;` or `&gt;` (it splits the text at each entity, and such a
    paragraph is laid out several times slower): here it always gets the one fragment,
    the one ReportLab makes for the same characters without entities. Other markup is
    parsed once per style and kept when `keep` (the reports' own repeated markup), never
    for people's words: each is printed once, and keeping them would grow with every export.
    """
    if "<" not in text and not _ESCAPE.search(text) and not _ODD_SPACE.search(text):
        cleaned = cleanBlockQuotedText(text)
        words = cleaned.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        template = _parse_markup("x", style)
        if words.strip() and template is not None and len(template[2]) == 1:
            return cleaned, template[1], [template[2][0].clone(text=words)]
    if not keep:
        return None
    parsed = _parse_markup(text, style)
    if parsed is None:
        return None
    cleaned, parsed_style, frags = parsed
    return cleaned, parsed_style, [f.clone() for f in frags]


def _parse_markup(text: str, style: ParagraphStyle):
    """What ReportLab's parser makes of `text` in `style`, parsed once; None for markup not reused."""
    done = _parse_cached(text, style)
    if done is None:
        return None
    cleaned, parsed_style, frags = done
    return cleaned, style if parsed_style is None else parsed_style, frags


def _parse_cached(text: str, style: ParagraphStyle):
    with _parsed_lock:
        per_style = _parsed.get(style)
        if per_style is None:
            per_style = _parsed[style] = {}
        done = per_style.get(text)
    if done is not None:
        return done
    if not all(_REUSABLE_TAG.fullmatch(tag) for tag in _TAG.findall(text)):
        return None
    cleaned = cleanBlockQuotedText(text)
    parser = ParaParser()
    parser.caseSensitive = 1
    parsed_style, frags, bullet_frags = parser.parse(cleaned, style)
    if frags is None or bullet_frags:
        return None  # Paragraph itself parses it again and says what is wrong
    # The style itself is not kept in the entry (None stands for it): the entry would keep its own key alive.
    done = (cleaned, None if parsed_style is style else parsed_style, tuple(frags))
    with _parsed_lock:
        per_style[text] = done
    return done


class Para(Paragraph):
    """A Paragraph that parses its markup once per style and breaks its lines once per width.

    Reports repeat the same markup hundreds of times (table headings, "You said",
    status words): it is parsed once per style, and each Paragraph gets its own copy
    of the parsed fragments, exactly what ReportLab's parser makes for it. (A style
    must not be changed once a Para uses it; the reports make their styles once.)

    ReportLab also lays a paragraph out again each time something asks its size: a
    table cell two or three times (sizing the table, keeping it together, drawing it),
    a paragraph in a KeepTogether twice. The lines depend only on the width, so a
    second `wrap` at the same width returns the first answer and keeps the same lines.
    Either way the PDF is the same, byte for byte.
    """

    _wrapped: tuple | None = None  # (width, size, lines) of the last wrap

    def __init__(
        self,
        text,
        style=None,
        bulletText=None,
        frags=None,
        caseSensitive=1,
        encoding="utf8",
        keep_markup=True,
    ):
        if (
            frags is None
            and style is not None
            and bulletText is None
            and caseSensitive == 1
            and getattr(style, "bulletText", None) is None
            and not getattr(style, "textTransform", None)
        ):
            parsed = _parse(text, style, keep_markup)
            if parsed is not None:
                text, style, frags = parsed
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)

    def wrap(self, availWidth, availHeight):
        done = self._wrapped
        # ReportLab drops or replaces the lines (blPara) when a split fails or is made: then lay out again.
        if done is not None and done[0] == availWidth and done[2] is getattr(self, "blPara", None):
            return done[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size, getattr(self, "blPara", None))
        return size


# About a page of body text: each piece is laid out once, or twice when a page break falls in it.
CHUNK = 3000
MAX_LINES = 40  # line breaks in one piece: a page of short lines (a list, a poem) is a piece too


def paragraph(text: str, style: ParagraphStyle, width: float | None = None) -> Paragraph:
    """A Paragraph of user text; with `width`, right-to-left text is wrapped and ordered per line."""
    text = clean(text)
    bidi = bool(width) and get_display is not None and has_rtl(text)
    return _para(text, style, width, bidi, bidi and _starts_rtl(text), _whole(text, style, bidi))


def paragraphs(
    text: str, style: ParagraphStyle, width: float | None = None, limit: int = CHUNK
) -> list[Paragraph]:
    """User text of any length as Paragraphs of at most about `limit` characters, read as one.

    ReportLab breaks a paragraph's lines again from its start each time it splits it
    across a page, so one 100,000-character view cost time in proportion to the square of
    its length (23 s at 400,000 characters). Pieces of a page or so each are laid out once:
    the time grows with the length. The text is cut at a line break, else after a sentence,
    else at a space, else between two characters (never inside a character and its marks);
    every character is printed once, in order. The pieces share the view's direction and
    typeface, and only the first keeps the space before and the last the space after.
    """
    text = clean(text)
    pieces = pieces_of(text, limit)
    if len(pieces) == 1:
        return [paragraph(text, style, width)]
    bidi = bool(width) and get_display is not None and has_rtl(text)
    rtl, whole = bidi and _starts_rtl(text), _whole(text, style, bidi)
    last = len(pieces) - 1
    # A piece that ends at a line break: the next piece starts on a new line, which is that break.
    return [
        _para(
            piece[:-1] if piece.endswith("\n") else piece,
            _piece_style(style, i == 0, i == last),
            width,
            bidi,
            rtl,
            whole,
        )
        for i, piece in enumerate(pieces)
    ]


def lines(text: str, style: ParagraphStyle, width: float | None = None) -> list[Paragraph]:
    """Text of several lines as one Paragraph per line, printed exactly as one paragraph of them.

    ReportLab lays out a paragraph with line breaks as many fragments, several times slower than
    the same lines as one-fragment paragraphs, and its parser reads the breaks afresh each time
    (a borough's themes table had 1,200 such cells). Each line keeps the typeface the whole text
    gets, the space above the first and below the last, and the leading between them, so the page
    is the same. Text with an empty line (a paragraph gives it a line's height), right-to-left text
    (its lines take their direction from the whole) and text of one line stay one Paragraph.
    """
    text = clean(text)
    parts = text.split("\n")
    if len(parts) == 1 or any(not p.strip() for p in parts) or has_rtl(text):
        return [paragraph(text, style, width)]
    whole = _whole(text, style, False)
    last = len(parts) - 1
    made = [
        _para(p, _piece_style(style, i == 0, i == last), width, False, False, whole)
        for i, p in enumerate(parts)
    ]
    for para in made:
        # The text they print, on each: what reads a story back (the export benchmark's reference build)
        # takes them as the one paragraph they stand for.
        para.lines_of = made
    return made


def _whole(text: str, style: ParagraphStyle, bidi: bool) -> str | None:
    return whole_font(_reshape(text) if bidi else text, style.fontName)


def _para(
    text: str, style: ParagraphStyle, width: float | None, bidi: bool, rtl: bool, whole: str | None
) -> Paragraph:
    if bidi:
        visual = []
        shaped = _reshape(text)
        for logical in shaped.split("\n"):
            for line in _wrap(logical, style.fontName, style.fontSize, width - 2):
                visual.append(get_display(line, base_dir="R" if rtl else "L"))
        if rtl:
            style = _right_aligned(style)
        return Para(_joined(visual, style.fontName, whole), style, keep_markup=False)
    return Para(_joined(text.split("\n"), style.fontName, whole), style, keep_markup=False)


_SENTENCE_END = re.compile(r"[.!?\u3002\u061f\u06d4][\"'\u201d\u2019)\]]*\s+")  # a sentence's end


def pieces_of(text: str, limit: int = CHUNK) -> list[str]:
    """`text` cut into pieces of at most `limit` characters and MAX_LINES line breaks, in order.

    Joined, they are `text` again. A piece ends with the line break it was cut at, or
    with the spaces after the sentence or word it was cut after.
    """
    pieces = []
    start, n = 0, len(text)
    while True:
        end = start + limit
        lines_end = _after_lines(text, start, min(end, n))
        if lines_end is not None:  # many short lines: a piece of at most a page of them
            pieces.append(text[start:lines_end])
            start = lines_end
            continue
        if n - start <= limit:
            break
        low = start + limit // 2  # a cut no earlier than half way keeps pieces from getting small
        cut = text.rfind("\n", low, end)
        if cut >= 0:
            cut += 1
        else:
            cut = _last_sentence_end(text, low, end)
        if cut is None:
            space = max(text.rfind(" ", low, end), text.rfind("\u3000", low, end))
            cut = space + 1 if space >= 0 else _char_boundary(text, end, low)
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _after_lines(text: str, start: int, end: int) -> int | None:
    """Where the MAX_LINES-th line break after `start` ends, if it comes before `end`."""
    at = start
    for _ in range(MAX_LINES):
        at = text.find("\n", at, end)
        if at < 0:
            return None
        at += 1
    return at if at < len(text) else None


def _last_sentence_end(text: str, low: int, end: int) -> int | None:
    found = None
    for match in _SENTENCE_END.finditer(text, low, end):
        found = match.end()
    return found


def _char_boundary(text: str, cut: int, low: int) -> int:
    """`cut` moved back past combining marks, joiners and variation selectors, so no character is split."""
    while cut > low and (
        unicodedata.combining(text[cut])
        or text[cut] in "\u200c\u200d\ufe0e\ufe0f"
        or "\U0001f3fb" <= text[cut] <= "\U0001f3ff"
        or text[cut - 1] == "\u200d"
    ):
        cut -= 1
    return cut


def _piece_style(style: ParagraphStyle, first: bool, last: bool) -> ParagraphStyle:
    """The style without the space above (not first) or below (not last), made once per style."""
    if first and last:
        return style
    key = "first" if first else "last" if last else "middle"
    made = style.__dict__.get("_pieces")
    if made is None or made.get("parent") is not style:
        made = style._pieces = {"parent": style}
    if key not in made:
        made[key] = ParagraphStyle(
            f"{style.name}-{key}",
            parent=style,
            spaceBefore=style.spaceBefore if first else 0,
            spaceAfter=style.spaceAfter if last else 0,
        )
    return made[key]


def _right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    """The style right-aligned, made once per style (a report has hundreds of right-to-left views).

    Kept on the style itself, so it goes when the report's styles go. (A style made from
    this one copies the attribute: its own is the one whose parent it is.)
    """
    made = style.__dict__.get("_right_aligned")
    if made is None or made.parent is not style:
        made = style._right_aligned = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
    return made


def label(text: str, limit: int = 60) -> str:
    """A one-line label for a chart (charts draw plain strings, not markup)."""
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def draw_string(canvas, x: float, y: float, text: str, font: str, size: float) -> float:
    """Draw one line on a canvas, each run in a font that has it; returns the width drawn."""
    start = x
    for f, chunk in _runs(label(text, 200), font):
        canvas.setFont(f, size)
        canvas.drawString(x, y, chunk)
        x += stringWidth(chunk, f, size)
    return x - start
