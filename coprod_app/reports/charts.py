"""Bar charts drawn with reportlab.graphics, every label in an embedded font.

Counts of 1 to 4 are never drawn to scale: their bar is left out and the label
says "fewer than 5", as the tables beside the charts do.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from coprod_app.domain.privacy import FEWER_THAN_5, is_suppressed
from coprod_app.reports import fonts
from coprod_app.reports.text import label

BAR = colors.HexColor("#1F4E8C")
TEXT = colors.HexColor("#1A1A1A")


def _nice_step(top: float, multiple_of_5: bool) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 25000, 50000):
        if multiple_of_5 and step % 5:
            continue
        if top / step <= 6:
            return step
    return max(1, int(top // 5))


def bar_chart(items: list[tuple[str, float]], width: float, title: str = "", suppress: bool = True,
              bar_colours: list | None = None, font_size: float = 8, label_share: float = 0.45,
              value_format=None) -> Drawing:
    """A horizontal bar chart of (label, value) pairs, first item at the top.

    With `suppress`, values of 1 to 4 (people) are not drawn and say "fewer than 5".
    """
    fonts.register()
    bar_h = max(12.0, font_size * 1.8)
    top_pad = font_size * 2.4 if title else font_size
    height = len(items) * bar_h + top_pad + font_size * 3
    drawing = Drawing(width, height)
    if title:
        drawing.add(String(0, height - font_size * 1.4, label(title, 100), fontName=fonts.BODY_BOLD,
                           fontSize=font_size * 1.2, fillColor=TEXT))
    if not items:
        return drawing
    names, values = [], []
    for name, value in reversed(items):  # the chart draws its first category at the bottom
        hidden = suppress and is_suppressed(int(value))
        names.append(label(name, 48) + (f" ({FEWER_THAN_5})" if hidden else ""))
        values.append(0 if hidden else value)
    chart = HorizontalBarChart()
    chart.x = width * label_share
    chart.y = font_size * 2.2
    chart.width = width * (1 - label_share) - font_size * 3
    chart.height = len(items) * bar_h
    chart.data = [values]
    chart.barSpacing = 2
    chart.groupSpacing = bar_h * 0.3
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = BAR
    if bar_colours:
        for i, colour in enumerate(reversed(bar_colours)):
            chart.bars[(0, i)].fillColor = colour
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = fonts.BODY
    chart.categoryAxis.labels.fontSize = font_size
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = TEXT
    top = max(values) if values else 0
    step = _nice_step(top or 1, suppress)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, -(-top // step) * step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = fonts.BODY
    chart.valueAxis.labels.fontSize = font_size
    chart.valueAxis.labelTextFormat = lambda v: f"{v:g}"
    chart.valueAxis.strokeColor = TEXT
    chart.barLabels.fontName = fonts.BODY
    chart.barLabels.fontSize = font_size
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabelFormat = value_format or (lambda v: "" if not v else f"{v:g}")
    drawing.add(chart)
    return drawing
