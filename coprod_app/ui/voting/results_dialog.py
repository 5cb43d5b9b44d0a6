"""A round's results for the facilitator: the chart, how scores were worked out, and results by group."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from coprod_app.domain.privacy import SMALL_COUNT
from coprod_app.domain.session import GROUP_LABELS
from coprod_app.storage import votes as vote_store
from coprod_app.ui.common.i18n import translate
from coprod_app.ui.voting.results_chart import ResultsChart, enough_voters

if TYPE_CHECKING:
    from coprod_app.storage.database import AppDatabase


class VoteResultsDialog(QDialog):
    def __init__(self, db: AppDatabase, round_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vote_results_dialog")
        results = vote_store.round_results(db, round_id)
        self.setWindowTitle(self.tr("Results of vote round {round}").format(round=round_id))
        summary = QLabel(
            self.tr("{ballots} on screen, {tallied} on paper or by show of hands.").format(
                ballots=translate("VoteResultsDialog", "%n ballot(s)", None, results["ballots"]),
                tallied=translate("VoteResultsDialog", "%n vote(s)", None, results["tallied"]),
            )
        )
        summary.setObjectName("results_summary")
        note = QLabel(results["method_note"])
        note.setObjectName("results_method_note")
        note.setWordWrap(True)
        # The facilitator's own screen: the overall results exactly, every card (it scrolls).
        # Results by group follow the rule.
        self.chart = ResultsChart(scale=0.8, exact=True)
        self.chart.set_results(results)
        chart_scroll = QScrollArea()
        chart_scroll.setObjectName("results_chart_scroll")
        chart_scroll.setAccessibleName(self.tr("Results chart"))
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setFrameShape(QFrame.NoFrame)
        chart_scroll.setWidget(self.chart)
        # What the room sees differs below 5 voters: say so, so nobody reveals expecting this chart.
        self.big_screen_note = QLabel(
            self.tr("Fewer than {count} have voted: not shown on the big screen.").format(count=SMALL_COUNT)
        )
        self.big_screen_note.setObjectName("results_big_screen_note")
        self.big_screen_note.setWordWrap(True)
        self.big_screen_note.setStyleSheet("font-weight: bold;")
        self.big_screen_note.setVisible(not enough_voters(results))
        groups = []
        published = vote_store.results_by_group(db, round_id)
        for group, r in published.items():
            name = GROUP_LABELS.get(group, self.tr("Group not recorded"))
            if r["suppressed"]:
                groups.append(
                    self.tr(
                        "{group}: not shown (fewer than 5 people, or a smaller group could "
                        "be worked out from it)."
                    ).format(group=name)
                )
            else:
                # Only cards with a score shown are ranked; a hidden count reads "fewer than 5" as exported.
                top = "; ".join(
                    f"{c['rank']}. {c['key']} ({c['count']})"
                    for c in r["commitments"][:3]
                    if c["rank"] is not None
                )
                groups.append(f"{name}: {r['people']} — {top}")
        if not published and results["ballots"] + results["tallied"]:
            groups.append(
                self.tr(
                    "Results by group are not shown: the groups are so small that the "
                    "results above would tell how each one voted."
                )
            )
        by_group = QLabel("\n".join(groups) or self.tr("No votes yet."))
        by_group.setObjectName("results_by_group")
        by_group.setTextFormat(Qt.PlainText)
        by_group.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setObjectName("results_close")
        buttons.button(QDialogButtonBox.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.big_screen_note)
        layout.addWidget(note)
        layout.addWidget(chart_scroll, 1)
        layout.addWidget(QLabel(self.tr("By group:")))
        layout.addWidget(by_group)
        layout.addWidget(buttons)
        self.resize(900, 720)
