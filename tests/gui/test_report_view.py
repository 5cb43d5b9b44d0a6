"""The officer report and the annual summary on screen (ui/officer/report_view.py), opened from the Officer menu.

A hand-made session with groups of 1, 4, 5 and 6 people. The window is built by the same builders as
`coprod-app report officer|annual --json`; every cell on screen is compared with `Report.as_json()`,
and a cell the JSON hides reads exactly "fewer than 5" on screen.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from coprod_app.domain.report_tables import HIDDEN
from coprod_app.domain.view import ViewDraft
from coprod_app.storage import annual_report, officer_report, votes
from coprod_app.storage import themes as theme_store
from coprod_app.storage.sessions import add_participant, create_session
from coprod_app.storage.views import record_view
from coprod_app.ui.common.tasks import ImmediatePool
from coprod_app.ui.officer.report_view import ReportView
from tests.gui.accessibility_walk import unnamed_focusable
from tests.gui.test_clipping import cut_off


def make_session(db):
    """Groups of 1 (a professional), 4 (parents), 5 (no group given) and 6 (young people), with votes and a theme."""
    s = create_session(
        db, title="Groups of 1, 4, 5 and 6", date="2026-11-20", forum="youth-forum", town="Yarm"
    )
    young = [
        add_participant(db, s.id, group="young-person", age_band="11-15", quote_consent=True)
        for _ in range(6)
    ]
    parents = [
        add_participant(db, s.id, group="parent-carer", age_band="adult", quote_consent=i < 2)
        for i in range(4)
    ]
    worker = add_participant(db, s.id, group="professional", age_band="adult")
    unknown = [add_participant(db, s.id, quote_consent=True) for _ in range(5)]
    views = []
    for i, p in enumerate(young):  # 6 young people on 1.1 (shown); one of them twice more on 1.2 (hidden)
        views.append(
            record_view(
                db,
                s.id,
                ViewDraft(
                    text=f"Young person {i} wants clubs after school that are near home",
                    participant=p.code,
                    principles=("principle-1",),
                    priority="priority-1",
                    commitments=("commitment-1.1",),
                    how="spoken",
                    sentiment="positive",
                ),
            ).id
        )
    for _ in range(2):
        record_view(
            db,
            s.id,
            ViewDraft(
                text="Same young person again, about the website",
                participant=young[0].code,
                commitments=("commitment-1.2",),
                how="symbols",
            ),
        )
    for i, p in enumerate(parents):  # 4 parents on 2.1 (hidden); two agreed to be quoted
        views.append(
            record_view(
                db,
                s.id,
                ViewDraft(
                    text=f"Parent {i}: the waiting list for an assessment is far too long",
                    participant=p.code,
                    priority="priority-2",
                    commitments=("commitment-2.1", "commitment-1.1"),
                    how="supported",
                ),
            ).id
        )
    record_view(
        db, s.id, ViewDraft(text="A worker's view", participant=worker.code, commitments=("commitment-3.1",))
    )
    for p in unknown:  # 5 people with no group and no tags: the not-tagged rows
        record_view(
            db, s.id, ViewDraft(text="Untagged words from someone who gave no group", participant=p.code)
        )
    rank = votes.create_round(db, s.id, "rank", max_choices=3)
    for i, p in enumerate(young + parents):
        votes.cast_vote(db, rank.id, list(rank.commitments[i % 3 : i % 3 + 3]), p.code)
    rating = votes.create_round(db, s.id, "rating", commitments=["commitment-1.1", "commitment-2.1"])
    for i, p in enumerate(young + unknown):
        votes.cast_vote(
            db,
            rating.id,
            {"commitment-1.1": "like" if i < 8 else "dislike", "commitment-2.1": "unsure"},
            p.code,
        )
    theme = theme_store.add_theme(db, "Clubs after school", "You said clubs near home matter.", views)
    theme_store.add_action(
        db,
        theme.id,
        "Open a Saturday club",
        "planned",
        owner="Youth lead",
        due="2026-01-10",
        commitments=("commitment-2.1",),
    )
    theme_store.add_action(
        db, theme.id, "Ask the bus company about later buses", "done", owner="Transport lead"
    )
    return s


SIZES = [(1366, 768), (1024, 768)]


@pytest.fixture
def seeded(db):
    return make_session(db)


def open_from_menu(qtbot, window, action_name: str) -> ReportView:
    """Choose the Officer menu item as a person would; wait until the report it builds is on screen."""
    before = list(window.officer_menu.dialogs)
    window.findChild(QAction, action_name).trigger()
    [view] = [d for d in window.officer_menu.dialogs if d not in before]
    qtbot.waitUntil(lambda: view.report is not None, timeout=60_000)
    qtbot.waitExposed(view)
    return view


def open_officer(qtbot, window, session_id: int) -> ReportView:
    window.open_session(session_id)
    return open_from_menu(qtbot, window, "action_report_on_screen")


def on_screen(view: ReportView) -> list[dict]:
    """Every table as the window shows it, in the shape of the JSON's tables."""
    out = []
    for table_id, t in view.tables.items():
        columns = [t.horizontalHeaderItem(c).text().replace("\n", " ") for c in range(1, t.columnCount())]
        rows = [
            {"label": t.label_text(r), "cells": [t.cell_text(r, c) for c in range(len(columns))]}
            for r in range(t.row_count())
        ]
        out.append({"id": table_id, "title": t.accessibleName(), "columns": columns, "rows": rows})
    return out


def as_json_on_screen(report_json: dict) -> list[dict]:
    """The JSON's tables as a screen must show them: every cell as its text."""
    return [
        {
            "id": t["id"],
            "title": t["title"],
            "columns": t["columns"],
            "rows": [{"label": r["label"], "cells": [str(c) for c in r["cells"]]} for r in t["rows"]],
        }
        for t in report_json["tables"]
    ]


def texts(view: ReportView) -> list[str]:
    """The words of every label in the report, top to bottom."""
    content = view.scroll.widget()
    layout = content.layout()
    found = []
    for i in range(layout.count()):
        widget = layout.itemAt(i).widget()
        if isinstance(widget, QLabel):
            found.append(widget.accessibleName() or widget.text())
    return found


def test_every_cell_on_screen_is_the_jsons_cell_and_hidden_ones_read_fewer_than_5(qtbot, window, db, seeded):
    view = open_officer(qtbot, window, seeded.id)
    expected = officer_report.build_officer_report(db, seeded.id).as_json()  # the builder --json uses
    assert on_screen(view) == as_json_on_screen(expected)
    people = {r["key"]: r["cells"][0] for r in expected["tables"][0]["rows"]}
    # Groups of 6, 4, 1 and 5 people: the 4 parents and the 1 professional are hidden, 6 and 5 are shown.
    assert people == {
        "young-person": 6,
        "parent-carer": HIDDEN,
        "professional": HIDDEN,
        "not-recorded": 5,
        "total": 16,
    }
    shown = view.tables["people-by-group"]
    assert [shown.cell_text(r, 0) for r in range(shown.row_count())] == [
        "6",
        "fewer than 5",
        "fewer than 5",
        "5",
        "16",
    ]
    hidden = [
        (t["id"], i, j)
        for t in expected["tables"]
        for i, r in enumerate(t["rows"])
        for j, c in enumerate(r["cells"])
        if c == HIDDEN
    ]
    assert len(hidden) > 10
    for table_id, i, j in hidden:
        assert view.tables[table_id].cell_text(i, j) == "fewer than 5"
    words = texts(view)
    assert expected["title"] in words and "Period: 20 November 2026" in words
    assert all(note in words for note in expected["notes"])


def test_the_report_is_built_off_the_gui_thread_on_its_own_connection(qtbot, window, db, seeded, monkeypatch):
    seen = []
    real = officer_report.build_officer_report

    def recording(database, session_id):
        seen.append((threading.current_thread() is threading.main_thread(), database is db))
        return real(database, session_id)

    monkeypatch.setattr(officer_report, "build_officer_report", recording)
    view = open_officer(qtbot, window, seeded.id)
    assert seen == [(False, False)], "built in a pool thread, on a connection of its own"
    assert view.busy.isHidden() and view.report.title.startswith("Officer report")


def test_the_busy_bar_shows_while_it_builds(qtbot, window, seeded, monkeypatch):
    release = threading.Event()
    real = officer_report.build_officer_report
    monkeypatch.setattr(
        officer_report, "build_officer_report", lambda d, s: (release.wait(60), real(d, s))[1]
    )
    window.open_session(seeded.id)
    window.findChild(QAction, "action_report_on_screen").trigger()
    view = window.officer_menu.dialogs[-1]
    assert view.busy.isVisibleTo(view) and view.status.text() == "Building the report\u2026"
    assert not view.refresh_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: view.report is not None, timeout=60_000)
    assert view.busy.isHidden() and view.refresh_button.isEnabled()


def test_quotes_are_grouped_by_priority_then_commitment_and_actions_say_their_status_at_the_end(
    qtbot, window, db, seeded
):
    view = open_officer(qtbot, window, seeded.id)
    report = view.report
    words = texts(view)
    quoted = [w for w in words if w.startswith("\u201c")]
    assert len(quoted) == len(report.quotes) > 0
    # Young people's words are tagged priority 1, the two consenting parents' priority 2: each under its heading.
    priorities = {r.key: r.label for r in report.table("views-by-priority").rows}
    first, second = words.index(priorities["priority-1"]), words.index(priorities["priority-2"])
    young = [i for i, w in enumerate(words) if w.startswith("\u201cYoung person")]
    parent = [i for i, w in enumerate(words) if w.startswith("\u201cParent")]
    assert len(young) == 6 and len(parent) == 2
    assert first < min(young) and max(young) < second < min(parent)
    assert all("Young person \u00b7 spoken" in words[i] for i in young)
    assert all(
        "Parent or carer \u00b7 supported" in words[i] and "also about 1.1" in words[i] for i in parent
    )
    [saturday] = [a for a in report.actions if a.text == "Open a Saturday club"]
    assert saturday.past_due  # due 10 January 2026, still planned
    label = view.scroll.widget().findChild(QLabel, f"report_action_{saturday.id}")
    assert "Status at the end: Planned \u2014 PAST DUE" in label.text()
    assert "Due: 10 January 2026" in label.text()
    assert words.index("Past due (1)") < words.index("Done (1)")


def test_annual_summary_for_a_period_chosen_in_the_window(qtbot, window, db, seeded):
    create_session(db, title="Before the period", date="2025-06-01", forum="youth-forum")
    view = open_from_menu(qtbot, window, "action_annual_on_screen")
    view.limit_dates.setChecked(True)
    view.start.setDate(QDate(2026, 1, 1))
    view.end.setDate(QDate(2026, 11, 30))
    with qtbot.waitSignal(view.report_shown, timeout=60_000):
        qtbot.mouseClick(view.show_button, Qt.LeftButton)
    expected = annual_report.build_annual_report(db, "2026-01-01", "2026-11-30").as_json()
    assert view.report.period_from == "2026-01-01" and view.report.period_to == "2026-11-30"
    assert on_screen(view) == as_json_on_screen(expected)
    assert "votes-by-commitment" in view.tables and "views-by-town" in view.tables
    assert "Period: 1 January 2026 to 30 November 2026" in texts(view)
    sessions = view.tables["sessions"]
    assert [sessions.label_text(r) for r in range(sessions.row_count() - 1)] == [
        r["label"]
        for r in expected["tables"][[t["id"] for t in expected["tables"]].index("sessions")]["rows"][:-1]
    ]
    assert not any("Before the period" in sessions.label_text(r) for r in range(sessions.row_count()))


def test_a_start_after_the_end_is_refused_in_one_sentence(qtbot, window, seeded):
    view = open_from_menu(qtbot, window, "action_annual_on_screen")
    shown = view.report
    view.start.setDate(QDate(2026, 12, 1))
    view.end.setDate(QDate(2026, 1, 1))
    with qtbot.waitSignal(view.report_failed, timeout=5_000) as failed:
        qtbot.mouseClick(view.show_button, Qt.LeftButton)
    assert failed.args == ["The start date is after the end date; swap them."]
    assert view.status.text() == failed.args[0] and view.report is shown


def test_tab_goes_from_table_to_table_and_esc_closes(qtbot, window, seeded):
    view = open_officer(qtbot, window, seeded.id)
    tables = list(view.tables.values())
    view.scroll.setFocus()  # the report itself, which Page Down scrolls
    for here, after in zip([view.scroll, *tables], [*tables, view.refresh_button, view.close_button]):
        assert view.focusWidget() is here
        qtbot.keyClick(here, Qt.Key_Tab)
        assert view.focusWidget() is after, "Tab leaves a table for the next one, not the next cell"
        if after in tables:
            assert after.visibleRegion().boundingRect().height() > 0, "the report scrolls to the table"
    qtbot.keyClick(view.scroll, Qt.Key_End)
    assert view.scroll.verticalScrollBar().value() == view.scroll.verticalScrollBar().maximum() > 0
    qtbot.keyClick(view.focusWidget(), Qt.Key_Escape)
    qtbot.waitUntil(lambda: window.officer_menu.dialogs == [], timeout=5_000)  # closed and deleted


@pytest.mark.parametrize("action", ["action_report_on_screen", "action_annual_on_screen"])
def test_every_focusable_widget_is_named(qtbot, window, seeded, action):
    window.open_session(seeded.id)
    view = open_from_menu(qtbot, window, action)
    assert unnamed_focusable(view) == []


@pytest.fixture
def at_200_percent(window):
    """View -> Text size -> 200 %, as a person chooses it; the style sheet put back afterwards."""
    before = QApplication.instance().font().pointSizeF()
    window.findChild(QAction, "action_text_size_200").trigger()
    # The facilitator text size is the application font (no style rule that would beat a screen's own).
    assert QApplication.instance().font().pointSizeF() >= 2 * before - 0.5
    yield  # the GUI tests' autouse fixture puts the font and style sheet back


def cells_cut_off(view: ReportView) -> list[str]:
    """Every table cell or column heading whose words do not fit in it, and every table cut off by the window."""
    problems = []
    room = view.scroll.viewport().width()
    for table_id, t in view.tables.items():
        header = t.horizontalHeader()
        if t.geometry().right() > room:
            problems.append(f"{table_id}: wider than the window ({t.geometry().right()} > {room})")
        if header.length() > t.viewport().width():
            problems.append(
                f"{table_id}: its columns ({header.length()}px) scroll sideways in {t.viewport().width()}"
            )
        if t.height() < header.height() + sum(t.rowHeight(r) for r in range(t.rowCount())):
            problems.append(f"{table_id}: shorter than its rows")
        for c in range(t.columnCount()):
            words = t.horizontalHeaderItem(c).text()
            metrics = QFontMetrics(header.font())
            if max(metrics.horizontalAdvance(line) for line in words.split("\n")) > header.sectionSize(c):
                problems.append(f"{table_id}: heading {words!r} wider than its column")
            for r in range(t.rowCount()):
                item = t.item(r, c)
                if item is None:  # under a row's words that span the table
                    continue
                metrics = QFontMetrics(
                    QFont(item.font()).resolve(t.font())
                )  # as drawn: the style sheet's size
                width = (
                    sum(t.columnWidth(c + i) for i in range(t.columnSpan(r, c))) - 6
                )  # less the cell's margins
                needed = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextWordWrap, item.text())
                if needed.width() > width or needed.height() > t.rowHeight(r):
                    problems.append(
                        f"{table_id} row {r} column {c}: {item.text()[:30]!r} needs "
                        f"{needed.width()}x{needed.height()}, has {width}x{t.rowHeight(r)}"
                    )
    return problems


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1024x768"])
@pytest.mark.parametrize("action", ["action_report_on_screen", "action_annual_on_screen"])
def test_nothing_is_cut_off_at_200_percent(qtbot, window, seeded, at_200_percent, size, action, tmp_path):
    window.open_session(seeded.id)
    view = open_from_menu(qtbot, window, action)
    view.resize(*size)
    qtbot.waitUntil(lambda: view.scroll.viewport().width() <= size[0] - 20)
    for _ in range(3):
        QApplication.processEvents()
    assert view.grab().save(str(tmp_path / "report.png"))
    assert cut_off(view) == []
    assert cells_cut_off(view) == []
    widest = view.tables.get("votes-by-commitment") or view.tables["round-2"]
    assert widest.width() <= view.scroll.viewport().width()


def test_a_session_that_is_gone_is_said_in_one_sentence(qtbot, db_path, db):
    view = ReportView(db_path, "officer", 9999, pool=ImmediatePool())  # deleted after the menu was chosen
    qtbot.addWidget(view)
    assert view.report is None and view.busy.isHidden()
    assert view.status.text() == "There is no session with the id 9999."
    assert view.refresh_button.isEnabled()


def test_text_size_chosen_while_the_report_is_open_refits_it(qtbot, window, seeded):
    before = QApplication.instance().styleSheet()
    try:
        view = open_officer(qtbot, window, seeded.id)
        view.resize(1024, 768)
        qtbot.waitUntil(lambda: view.scroll.viewport().width() <= 1004)
        rows_at_100 = view.tables["views-by-commitment"].height()
        window.findChild(QAction, "action_text_size_200").trigger()
        for _ in range(3):
            QApplication.processEvents()
        assert view.tables["views-by-commitment"].height() > rows_at_100 * 1.5, "rows grew with their words"
        assert cells_cut_off(view) == []
        assert cut_off(view) == []
    finally:
        QApplication.instance().setStyleSheet(before)


def test_closing_while_it_builds_drops_the_report(qtbot, window, seeded, monkeypatch, caplog):
    release = threading.Event()
    finished = threading.Event()
    real = officer_report.build_officer_report

    def slow(database, session_id):
        release.wait(60)
        try:
            return real(database, session_id)
        finally:
            finished.set()

    monkeypatch.setattr(officer_report, "build_officer_report", slow)
    window.open_session(seeded.id)
    window.findChild(QAction, "action_report_on_screen").trigger()
    view = window.officer_menu.dialogs[-1]
    task = view.worker
    qtbot.keyClick(view, Qt.Key_Escape)  # a slow build: the officer gives up waiting
    qtbot.waitUntil(lambda: window.officer_menu.dialogs == [], timeout=5_000)
    release.set()
    assert finished.wait(60)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)  # delivered to nobody: the window is gone
    assert "failed" not in caplog.text
