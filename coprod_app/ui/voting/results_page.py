"""The results on the shared screen: the chart of what people chose, with a title and how many voted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from coprod_app.ui.common.i18n import translate
from coprod_app.ui.common.read_aloud import SpeakerButton
from coprod_app.ui.theme import DEFAULT, Palette
from coprod_app.ui.voting.pages import page_label
from coprod_app.ui.voting.results_chart import ResultsChart


class ResultsPage(QWidget):
    def __init__(
        self, scale: float = 1.0, parent: QWidget | None = None, *, palette: Palette = DEFAULT
    ) -> None:
        super().__init__(parent)
        self.setObjectName("results_page")
        layout = QVBoxLayout(self)
        m = round(24 * scale)
        layout.setContentsMargins(m, m, m, m)
        # Headings grow less than the chart at big text sizes, leaving the room's screen to the results.
        self.title = page_label(self.tr("What people chose"), 30, min(scale, 1.3), "results_title", bold=True)
        self.subtitle = page_label("", 18, min(scale, 1.3), "results_subtitle")
        self.chart = ResultsChart(scale=scale, palette=palette)
        self.speaker = SpeakerButton(
            lambda: f"{self.title.text()} {self.subtitle.text()} {self.chart.describe()}",
            "results_read",
            min(scale, 1.3),
            palette,
        )
        top = QHBoxLayout()
        if not self.speaker.isHidden():
            top.addSpacing(self.speaker.width())  # keeps the title in the middle
        top.addWidget(self.title, 1)
        top.addWidget(self.speaker, 0, Qt.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.chart, 1)

    def set_results(self, results: dict) -> None:
        people = results["ballots"] + results.get("tallied", 0)
        if results["method"] == "rating":
            self.subtitle.setText(translate("ResultsPage", "%n vote(s). Most liked first.", None, people))
        else:
            self.subtitle.setText(translate("ResultsPage", "%n vote(s). Most chosen first.", None, people))
        self.chart.set_results(results)
