"""Bar charts drawn with reportlab.graphics, every label in an embedded font, at 10 pt or more.

A chart shows a published table's cells in the table's own order: a hidden cell ("fewer than 5")
has no bar, and its label says so, as the table beside the chart does. Labels are words (a
commitment's number and its words, up to two lines), never a bare key such as "Commitment 1.5".
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from coprod_app.domain.privacy import FEWER_THAN_5
from coprod_app.reports import fonts
from coprod_app.reports.text import label

BAR = colors.HexColor("#1F4E8C")
TEXT = colors.HexColor("#1A1A1A")
MIN_FONT = 10.0  # points: the smallest text a chart draws


def table_chart(table, column: int, width: float, title: str, label_share: float = 0.5) -> Drawing | None:
    """A bar chart of one column of a published table, its rows in the table's order (total row left out).

    None when no bar would be drawn (every cell hidden or 0): a chart of empty bars tells a reader
    nothing, so the caller says so in words instead.
    """
    rows = [r for r in table.rows if r.key != "total"]
    cells = [r.cells[column] for r in rows]
    if not any(isinstance(v, int) and v > 0 for v in cells):
        return None
    return published_bar_chart(
        [r.label for r in rows],
        [(table.columns[column], cells, BAR)],
        width,
        title,
        font_size=MIN_FONT,
        label_share=label_share,
    )


def published_bar_chart(
    labels: list[str],
    series: list[tuple[str, list, object]],
    width: float,
    title: str = "",
    font_size: float = 10,
    label_share: float = 0.5,
) -> Drawing:
    """Bars of published cells (an int, or "fewer than 5"), one row per label in the table's order.

    `series` is [(name, cells, colour)]: several series draw side by side in each row, with a key.
    A hidden cell has no bar and says "fewer than 5": its size is not drawn, even roughly. Labels
    (a commitment's words) wrap over up to two lines, so a chart names what it counts.
    """
    from reportlab.graphics.shapes import Rect
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fonts.register()
    label_width = width * label_share - 6
    line = font_size * 1.2
    bar = font_size * 1.1
    row_h = max(2 * line, bar * len(series)) + font_size * 0.6
    key_h = line * 1.4 if len(series) > 1 else 0
    title_h = font_size * 2 if title else 0
    height = title_h + key_h + row_h * len(labels) + font_size
    drawing = Drawing(width, height)
    y = height
    if title:
        y -= font_size * 1.4
        drawing.add(
            String(
                0, y, label(title, 120), fontName=fonts.BODY_BOLD, fontSize=font_size * 1.2, fillColor=TEXT
            )
        )
        y -= font_size * 0.6
    if key_h:
        x = width * label_share
        y -= line
        for name, _cells, colour in series:
            drawing.add(Rect(x, y, font_size, font_size * 0.8, fillColor=colour, strokeColor=None))
            drawing.add(
                String(x + font_size * 1.3, y, name, fontName=fonts.BODY, fontSize=font_size, fillColor=TEXT)
            )
            x += font_size * 2.5 + stringWidth(name, fonts.BODY, font_size)
        y -= line * 0.4
    numbers = [c for _n, cells, _c in series for c in cells if isinstance(c, int)]
    top = max(numbers, default=0) or 1
    value_room = stringWidth(f"{FEWER_THAN_5}  ", fonts.BODY, font_size)
    bar_room = width * (1 - label_share) - value_room
    for i, name in enumerate(labels):
        row_top = y - i * row_h
        words, lines = label(name, 200).split(), [""]
        for word in words:
            trial = (lines[-1] + " " + word).strip()
            if stringWidth(trial, fonts.BODY, font_size) <= label_width or not lines[-1]:
                lines[-1] = trial
            elif len(lines) < 2:
                lines.append(word)
            else:
                lines[-1] = label(lines[-1] + " " + word, len(lines[-1]))  # ends with "…"
                break
        for j, text in enumerate(lines):
            drawing.add(
                String(
                    label_width,
                    row_top - line * (j + 1) + font_size * 0.25,
                    text,
                    fontName=fonts.BODY,
                    fontSize=font_size,
                    fillColor=TEXT,
                    textAnchor="end",
                )
            )
        for j, (_n, cells, colour) in enumerate(series):
            cell = cells[i]
            bar_y = row_top - bar * (j + 1)
            x0 = width * label_share
            length = bar_room * cell / top if isinstance(cell, int) else 0
            if length:
                drawing.add(
                    Rect(x0, bar_y + bar * 0.1, length, bar * 0.8, fillColor=colour, strokeColor=None)
                )
            if cell == 0 and len(series) > 1:
                continue  # side by side, a row of "0 0 0" hides the numbers that matter
            text = f"{cell:,}" if isinstance(cell, int) else str(cell)
            drawing.add(
                String(
                    x0 + length + 3,
                    bar_y + bar * 0.25,
                    text,
                    fontName=fonts.BODY,
                    fontSize=font_size,
                    fillColor=TEXT,
                )
            )
    drawing.add(
        Rect(
            width * label_share - 1,
            y - row_h * len(labels),
            0.6,
            row_h * len(labels),
            fillColor=TEXT,
            strokeColor=None,
        )
    )
    return drawing
