"""text.lines: a paragraph's lines as a Paragraph each, printed as the one paragraph would be."""

from __future__ import annotations

import io

import pytest
from reportlab.platypus import SimpleDocTemplate

from coprod_app.reports.document import grid, styles
from coprod_app.reports.text import lines, paragraph

TEXTS = [
    "About:\n1.1 We will train and support our workforce across education, health, and social care to "
    "ensure they have the skills to understand and meet the needs of children\n2.2 Local Offer",
    "Theme & <b>title</b>\nYou said (from 5 views): ŵ ŷ Welsh letters in one line\nplain",
    "Changes since the session:\nAction 1: Planned 1 December 2026\nAction 2: Done 3 December 2026",
]


def _height(flowables, width):
    total = 0.0
    for i, f in enumerate(flowables):
        total += f.wrap(width, 10_000)[1]
        if i:
            total += f.getSpaceBefore()
        if i < len(flowables) - 1:
            total += f.getSpaceAfter()
    return total


@pytest.mark.parametrize("text", TEXTS)
def test_lines_take_the_height_words_and_typeface_of_the_one_paragraph(text):
    st = styles()
    one = paragraph(text, st["small"], 300)
    made = lines(text, st["small"], 300)
    fonts = {f.fontName for f in one.frags}  # read before a wrap turns the fragments into lines
    assert {f.fontName for p in made for f in p.frags} == fonts
    assert len(made) == text.count("\n") + 1
    assert _height(made, 300) == pytest.approx(one.wrap(300, 10_000)[1])
    assert "".join(p.getPlainText() for p in made) == one.getPlainText()
    assert (
        made[0].getSpaceBefore() == one.getSpaceBefore() and made[-1].getSpaceAfter() == one.getSpaceAfter()
    )
    assert all(p.lines_of is made for p in made)


def test_an_empty_line_or_right_to_left_text_stays_one_paragraph():
    st = styles()
    assert len(lines("first\n\nthird", st["body"], 300)) == 1
    assert len(lines("English\nשלום עולם", st["body"], 300)) == 1


def test_table_cells_of_lines_are_as_tall_as_the_paragraphs_they_replace():
    st = styles()
    where = "Session\nForum\n1 December 2026"
    rows = [["Theme", "Where"], [TEXTS[0], where]]
    table = grid(rows, [300, 150], st)
    theme, place = table._cellvalues[1]
    assert isinstance(theme, list) and place == where  # lines of Paragraphs; short lines drawn as they are
    old = grid(rows, [300, 150], st)  # the same table, its cells one paragraph each as before
    old._cellvalues[1] = [paragraph(TEXTS[0], st["cell"], 292), paragraph(where, st["cell"], 142)]
    assert table.wrap(450, 10_000) == old.wrap(450, 10_000)
    SimpleDocTemplate(io.BytesIO()).build([table])  # lays out and draws
