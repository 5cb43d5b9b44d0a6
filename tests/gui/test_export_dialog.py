"""The export dialog: the work runs in a worker, progress shows, cancel and failures leave no file."""

from pathlib import Path

import pytest

from coprod_app.domain.view import ViewDraft
from coprod_app.storage.views import record_view
from coprod_app.ui.common.tasks import ImmediatePool
from coprod_app.ui.officer.export_dialog import ExportDialog


class CancelThenRun:
    """A pool whose start() presses cancel before the worker runs: the cancel path, deterministically."""

    def start(self, runnable):
        runnable.cancel()
        runnable.run()


@pytest.fixture
def dialog(qtbot, db, session, tmp_path):
    for i in range(30):
        record_view(db, session.id, ViewDraft(text=f"View {i} <b>&</b> ŵŷ"))
    d = ExportDialog(db, session.id, "officer")
    qtbot.addWidget(d)
    d.out.setText(str(tmp_path / "officer.pdf"))
    return d


def test_export_runs_in_the_thread_pool_and_reports_progress(qtbot, dialog, tmp_path):
    seen = []
    dialog.show()
    dialog.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.export_finished, timeout=60_000) as finished:
        dialog.start_export()
        assert dialog.running()
    assert finished.args[0] == [str(tmp_path / "officer.pdf")]
    assert (tmp_path / "officer.pdf").read_bytes().startswith(b"%PDF")
    assert dialog.progress.value() == 100
    assert "Saved" in dialog.status.text()
    assert dialog.open_button.isEnabled() and not dialog.running()
    assert seen == sorted(seen)


def test_every_kind_exports_with_an_immediate_pool(qtbot, dialog, tmp_path):
    dialog.pool = ImmediatePool()
    for kind in ("officer", "easy-read", "annual", "csv"):
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        target = tmp_path / kind
        target.mkdir()
        dialog.out.setText(str(target if kind == "csv" else target / "x.pdf"))
        dialog.start_export()
        assert dialog.written, dialog.status.text()
        assert all(Path(p).exists() for p in dialog.written)


def test_default_path_is_in_exports(dialog):
    dialog.kind.setCurrentIndex(dialog.kind.findData("easy-read"))
    assert dialog.out.text().startswith("exports/") and dialog.out.text().endswith("-easy-read.pdf")


def test_cancel_leaves_no_file(qtbot, dialog, tmp_path):
    dialog.pool = CancelThenRun()
    dialog.start_export()
    assert "Cancelled" in dialog.status.text()
    assert list(tmp_path.glob("*officer*")) == []
    assert dialog.export_button.isEnabled()


def test_a_missing_folder_is_one_sentence_in_the_dialog(qtbot, dialog, tmp_path):
    dialog.out.setText(str(tmp_path / "missing" / "x.pdf"))
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.running(), timeout=60_000)
    assert "does not exist" in dialog.status.text()
    assert not (tmp_path / "missing").exists()
