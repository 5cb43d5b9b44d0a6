"""Para (parsed once, laid out once per width) prints exactly what ReportLab's Paragraph prints."""

from __future__ import annotations

import io

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from reportlab import rl_config
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table

from coprod_app.reports import fonts
from coprod_app.reports import text as text_module
from coprod_app.reports.document import styles
from coprod_app.reports.text import Para, markup, paragraph

WIDTHS = (60.0, 140.0, 455.0)
SAMPLES = [
    "There should be more clubs after school",
    "Parents need to be listened to <b>before</b> decisions & not after",
    "  spaces   and\ttabs  \u00a0 kept as ReportLab keeps them ",
    "Two lines\nof text",
    "I liked the swimming in the holidays \U0001f642",
    "Mae angen mwy o gefnogaeth yn yr ysgol \u0175\u0177",
    "\u0646\u062d\u062a\u0627\u062c \u0625\u0644\u0649 \u0645\u0632\u064a\u062f",
    "a&b <c> &amp; &lt;tag&gt;",
    "x",
]


@pytest.fixture(scope="module")
def st_():
    fonts.register()
    return styles()


def _frags(p) -> list[dict]:
    return [dict(f.__dict__) for f in p.frags]


def _lines(p, width: float) -> tuple[float, list[str]]:
    """The height and the words of each line, however ReportLab stored them."""
    _, height = p.wrap(width, 10_000)
    out = []
    for line in p.blPara.lines:
        if isinstance(line, tuple):  # one fragment: (extra space, words)
            out.append(" ".join(line[1]))
        else:  # several fragments: a FragLine of pieces, spaces included
            out.append(" ".join("".join(piece.text for piece in line.words).split()))
    return height, out


@pytest.mark.parametrize("text", SAMPLES)
def test_same_words_and_lines_as_paragraph(st_, text):
    for style_name in ("body", "quote", "cell_bold", "h3"):
        style = st_[style_name]
        source = markup(text, style.fontName)
        ours, theirs = Para(source, style), Paragraph(source, style)
        assert ours.getPlainText() == theirs.getPlainText()
        assert ours.style is theirs.style
        if "&" not in text and "<" not in text and ">" not in text:
            assert _frags(ours) == _frags(theirs)  # the very fragments ReportLab makes
        for width in WIDTHS:
            assert _lines(Para(source, style), width) == _lines(Paragraph(source, style), width)


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=80))
@example("<\xa0")  # a no-break space beside an entity: ReportLab lays it out as its own fragment
@example("a &\tb \u3000<c>")
def test_any_text_gives_the_same_words_and_lines(text):
    fonts.register()
    style = styles()["body"]
    source = markup(text, style.fontName)
    try:
        theirs = Paragraph(source, style)
    except ValueError:  # ReportLab refuses it: so must Para
        with pytest.raises(ValueError):
            Para(source, style)
        return
    ours = Para(source, style)
    assert ours.getPlainText() == theirs.getPlainText()
    if not any(c in text for c in "&<>"):
        assert _frags(ours) == _frags(theirs)
    assert _lines(Para(source, style), 140.0) == _lines(Paragraph(source, style), 140.0)


def test_markup_is_parsed_once_per_style_and_each_para_gets_its_own_fragments(st_):
    a, b = (
        Para("<b>You said</b> (from 5 views)", st_["h3"]),
        Para("<b>You said</b> (from 5 views)", st_["h3"]),
    )
    assert _frags(a) == _frags(b)
    assert all(x is not y for x, y in zip(a.frags, b.frags))
    # markup outside what the reports write (a counter that changes on each parse) is left to ReportLab
    first, second = Para("Item <seq/>", st_["body"]), Para("Item <seq/>", st_["body"])
    assert first.getPlainText() != second.getPlainText()


def test_peoples_words_are_not_kept_after_they_are_printed(st_):
    style = ParagraphStyle("fresh", parent=st_["body"])
    for n in range(20):  # a line break and an emoji make markup: parsed, printed once, not kept
        paragraph(f"Quote {n}\nwith a second line 🙂", style)
        paragraph(f"لا أحد يستمع إلينا {n}", style, width=200)
    kept = text_module._parsed.get(style, {})
    assert not any("Quote" in text or "أحد" in text for text in kept)


def test_the_right_aligned_style_belongs_to_its_own_style(st_):
    words = "لا أحد يستمع إلينا"  # right-to-left words, printed right-aligned
    style = ParagraphStyle("fresh-ltr", parent=st_["body"])
    rtl = paragraph(words, style, width=200).style
    assert rtl.alignment == TA_RIGHT and paragraph(words + " 2", style, width=200).style is rtl
    child = ParagraphStyle("child", parent=style, fontSize=20)  # copies the parent's attributes
    assert paragraph(words, child, width=200).style.fontSize == 20


def test_a_second_wrap_at_the_same_width_keeps_the_lines(st_):
    p = Para(markup(SAMPLES[1] * 5), st_["body"])
    size = p.wrap(200, 800)
    lines = p.blPara
    assert p.wrap(200, 800) == size and p.blPara is lines
    wider = p.wrap(400, 800)
    assert wider != size and p.blPara is not lines
    # a failed split drops the lines: they are made again
    assert p.split(400, 1) == [] and not hasattr(p, "blPara")
    assert p.wrap(400, 800) == wider and hasattr(p, "blPara")


def _pdf(flowables) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out).build(flowables)
    return out.getvalue()


def test_the_pdf_is_byte_for_byte_the_same(st_, monkeypatch):
    """Tables, kept-together blocks and paragraphs split over pages: identical PDFs with Para or Paragraph."""
    monkeypatch.setattr(rl_config, "invariant", 1)
    texts = [t for t in SAMPLES if "&" not in t and "<" not in t] * 6

    def story(cls):
        rows = [[cls(markup(t), st_["cell"]), cls(markup(t[::-1]), st_["cell_bold"])] for t in texts]
        long = cls(markup(" ".join(texts * 4)), st_["body"])
        return [
            cls("Heading", st_["h1"]),
            Table(rows, colWidths=[200, 200]),
            KeepTogether([cls(markup(t), st_["quote"]) for t in texts[:4]]),
            long,
            *[cls(markup(t), st_["body"]) for t in texts * 8],
        ]

    assert _pdf(story(Para)) == _pdf(story(Paragraph))


def test_user_text_paragraphs_are_paras(st_):
    assert isinstance(paragraph("hello & <b>", st_["body"]), Para)
    rtl = paragraph(SAMPLES[6], st_["quote"], 300)
    assert isinstance(rtl, Para) and rtl.getPlainText()
