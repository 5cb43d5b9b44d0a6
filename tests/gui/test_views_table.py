"""The views list beside the capture form: numbers and codes are shown whole in a big borough database."""

from coprod_app.domain.view import View, ViewDraft
from coprod_app.ui.capture.views_table import ViewsTable


def _view(view_id, code=None):
    return View(
        id=view_id,
        uuid=f"u{view_id}",
        session_id=1,
        draft=ViewDraft(text="Quiet room", participant=code),
        created_at="2026-11-20T18:00:00Z",
    )


def test_number_and_who_columns_fit_the_widest_entry(qtbot):
    table = ViewsTable()
    qtbot.addWidget(table)
    narrow = table.columnWidth(0), table.columnWidth(2)
    table.source.set_views([_view(7, "K3"), _view(49853, "KH7XWR")])
    metrics = table.fontMetrics()
    assert table.columnWidth(0) > metrics.horizontalAdvance("49853") > narrow[0]
    assert table.columnWidth(2) > metrics.horizontalAdvance("KH7XWR") > narrow[1]


def test_a_width_set_by_hand_is_kept_when_the_list_refreshes(qtbot):
    table = ViewsTable()
    qtbot.addWidget(table)
    table.setColumnWidth(0, 300)
    table.source.set_views([_view(12, "K3")])
    assert table.columnWidth(0) == 300
    table.source.set_views([])
    assert table.columnWidth(0) == 300
