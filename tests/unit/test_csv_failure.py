"""Exports that fail leave nothing behind and say one sentence.

- A CSV export is all or nothing: a full disk, a failed write or a failed rename leaves the
  folder exactly as it was (before, a full disk kept a new views.csv beside "Nothing was written").
- The folder is checked before anything is read; a missing CSV folder is made, and removed again
  if the export fails.
- Temporary files of a killed export are removed on the next start, and only those.
- A damaged database (a stored text that is not UTF-8) gives one sentence, never a traceback.
"""

import csv
import errno
import os
import shutil
import subprocess
import sys
import time

import pytest

from coprod_app.cli import main
from coprod_app.domain.view import ViewDraft
from coprod_app.reports import atomic, csv_export
from coprod_app.reports.exports import ExportRequest, run_export
from coprod_app.storage import themes as theme_store
from coprod_app.storage import votes
from coprod_app.storage.sessions import add_participant
from coprod_app.storage.views import record_view

OLD_VIEWS = b"an older views.csv that must survive\r\n"


def _db_file(db) -> str:
    return db.execute("PRAGMA database_list").fetchone()[2]


def _fill(db, session, views: int = 10, words: int = 20, actions: int = 2) -> None:
    person = add_participant(db, session.id, group="young-person", quote_consent=True)
    ids = [
        record_view(
            db,
            session.id,
            ViewDraft(text=" ".join(os.urandom(8).hex() for _ in range(words)), participant=person.code),
        ).id
        for _ in range(views)
    ]
    theme = theme_store.add_theme(db, "Buses", "You said the buses are late", ids[:3])
    for _ in range(actions):
        theme_store.add_action(db, theme.id, " ".join(os.urandom(8).hex() for _ in range(words)), "planned")
    rnd = votes.create_round(db, session.id, "pick", 2)
    votes.cast_vote(db, rnd.id, ["commitment-4.1"], person.code)


def _listing(folder):
    return sorted(p.name for p in folder.iterdir())


def _mount_full(tmp_path):
    folder = tmp_path / "full"
    folder.mkdir()
    if not shutil.which("mount"):
        pytest.skip("mount is not available")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    return folder


def test_a_full_disk_leaves_the_folder_as_it_was(db, session, tmp_path, capsys):
    # views.csv (about 35 kB) fits on the 64 kB disk; actions.csv (another 35 kB) does not.
    _fill(db, session, views=100, words=20, actions=100)
    folder = _mount_full(tmp_path)
    try:
        (folder / "views.csv").write_bytes(OLD_VIEWS)
        code = main(
            ["--db", _db_file(db), "export", "csv", "--session", str(session.id), "--out", str(folder)]
        )
        err = capsys.readouterr().err
        assert code == 1
        assert "disk is full" in err and "Nothing was written" in err and len(err.strip().splitlines()) == 1
        assert _listing(folder) == ["views.csv"], "no new file and no temporary file is left"
        assert (folder / "views.csv").read_bytes() == OLD_VIEWS
    finally:
        subprocess.run(["umount", str(folder)], check=False)


class FailingWriter:
    """csv.writer whose Nth row fails as a full disk does."""

    def __init__(self, real, rows_left):
        self.real, self.rows_left = real, rows_left

    def writerow(self, row):
        self.rows_left[0] -= 1
        if self.rows_left[0] < 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self.real.writerow(row)


def _rows_in_export(db, session, tmp_path) -> int:
    out = tmp_path / "count"
    files = run_export(db, ExportRequest("csv", out, session_id=session.id))
    total = 0
    for f in (f for f in files if f.suffix == ".csv"):  # README.txt is written whole, not row by row
        with open(f, encoding="utf-8-sig", newline="") as handle:
            total += len(list(csv.reader(handle)))
    return total


def test_a_failed_write_at_any_row_removes_everything(db, session, tmp_path, monkeypatch):
    _fill(db, session)
    rows = _rows_in_export(db, session, tmp_path)
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "views.csv").write_bytes(OLD_VIEWS)
    real = csv.writer
    for n in range(rows):  # the first row of views.csv ... the last row of actions.csv
        left = [n]
        monkeypatch.setattr(
            csv_export.csv, "writer", lambda handle, left=left: FailingWriter(real(handle), left)
        )
        with pytest.raises(atomic.ExportError) as err:
            run_export(db, ExportRequest("csv", folder, session_id=session.id))
        assert "disk is full" in str(err.value) and "\n" not in str(err.value)
        assert _listing(folder) == ["views.csv"], f"after a failure at row {n}"
        assert (folder / "views.csv").read_bytes() == OLD_VIEWS
    monkeypatch.setattr(csv_export.csv, "writer", real)
    written = run_export(db, ExportRequest("csv", folder, session_id=session.id))
    assert sorted(p.name for p in written) == _listing(folder)


def test_a_failed_rename_puts_the_older_files_back(db, session, tmp_path, monkeypatch):
    _fill(db, session)
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "views.csv").write_bytes(OLD_VIEWS)
    real = os.replace
    calls = []

    def replace(src, dst):
        calls.append(dst)
        if len(calls) == 2:  # views.csv is in place; the next one fails
            raise OSError(errno.EIO, "Input/output error")
        return real(src, dst)

    monkeypatch.setattr(atomic.os, "replace", replace)
    with pytest.raises(atomic.ExportError) as err:
        run_export(db, ExportRequest("csv", folder, session_id=session.id))
    assert "\n" not in str(err.value)
    assert _listing(folder) == ["views.csv"]
    assert (folder / "views.csv").read_bytes() == OLD_VIEWS


def test_a_missing_csv_folder_is_made_and_removed_again_on_failure(db, session, tmp_path, monkeypatch):
    _fill(db, session)
    out = tmp_path / "new-folder"
    monkeypatch.setattr(csv_export.csv, "writer", lambda handle: FailingWriter(None, [0]))
    with pytest.raises(atomic.ExportError):
        run_export(db, ExportRequest("csv", out, session_id=session.id))
    assert not out.exists(), "the folder the export made goes with its files"
    monkeypatch.undo()
    assert main(["--db", _db_file(db), "export", "csv", "--session", str(session.id), "--out", str(out)]) == 0
    assert "views.csv" in _listing(out)


def test_a_mistyped_folder_is_refused_before_anything_is_read(db, session, tmp_path, monkeypatch, capsys):
    from coprod_app.storage import report_data

    def never(*_args, **_kwargs):
        raise AssertionError("the database was read before the folder was checked")

    for name in ("gather_csv", "gather_session"):
        monkeypatch.setattr(report_data, name, never)
    for kind, out in (("csv", tmp_path / "no-such" / "folder"), ("officer", tmp_path / "no-such" / "x.pdf")):
        assert (
            main(["--db", _db_file(db), "export", kind, "--session", str(session.id), "--out", str(out)]) == 1
        )
        err = capsys.readouterr().err
        assert "does not exist" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "no-such").exists()


# -- temporary files left by a killed export ---------------------------------------------------------------


def _part(folder, name, age: float):
    path = folder / name
    path.write_bytes(b"half an export")
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def test_stray_temporary_files_are_removed_and_only_those(tmp_path):
    exports = tmp_path / "exports"
    csv_folder = exports / "2026-11-20-forum-csv"
    csv_folder.mkdir(parents=True)
    old_pdf = _part(exports, ".2026-11-20-forum-officer.pdf.k3j_x9a2.part", 3600)
    old_csv = _part(csv_folder, ".views.csv.ab12cd34.part", 3600)
    fresh = _part(exports, ".annual.pdf.zz99yy88.part", 5)  # maybe another export, still running
    other = [
        _part(exports, name, 3600) for name in (".notes.part", "report.pdf", ".x.pdf.short.part", "a.part")
    ]
    # An old temporary file that a running export still holds: locked, so it is left alone.
    held = _part(exports, ".held.pdf.qwer1234.part", 3600)
    fd, _ = None, None
    try:
        import fcntl
    except ImportError:
        fcntl = None
    if fcntl is not None:
        fd = os.open(held, os.O_RDWR)
        fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        removed = atomic.remove_stray_parts([exports])
    finally:
        if fd is not None:
            os.close(fd)
    assert sorted(removed) == sorted([old_pdf, old_csv])
    assert not old_pdf.exists() and not old_csv.exists()
    assert fresh.exists() and all(p.exists() for p in other)
    if fcntl is not None:
        assert held.exists()


def test_a_killed_export_leaves_nothing_after_the_next_start(db, session, tmp_path, monkeypatch):
    """A real kill -9 in the middle of writing a PDF, then the command line starts again."""
    _fill(db, session)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "exports").mkdir()
    script = (
        "import os, sys\n"
        "from coprod_app.reports import document\n"
        "real = document.ReportDoc.build_story\n"
        "def build(self, story):\n"
        "    print('writing', flush=True)\n"
        "    os.kill(os.getpid(), 9)\n"
        "document.ReportDoc.build_story = build\n"
        "from coprod_app.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    out = tmp_path / "exports" / "x.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            "--db",
            _db_file(db),
            "export",
            "officer",
            "--session",
            str(session.id),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == -9 and "writing" in done.stdout
    left = [p for p in (tmp_path / "exports").iterdir()]
    assert len(left) == 1 and left[0].name.startswith(".x.pdf.") and left[0].name.endswith(".part")
    then = time.time() - 3600
    os.utime(left[0], (then, then))  # as if the next start were an hour later
    assert main(["--db", _db_file(db), "session", "list"]) == 0
    assert list((tmp_path / "exports").iterdir()) == []


# -- a damaged database ------------------------------------------------------------------------------------

PANGOLIN = "CAST(X'50616E676F6C696EFF776F726473' AS TEXT)"  # "Pangolin" 0xFF "words": not UTF-8


def _damage(db, session, where: str = "view"):
    """One byte of stored words flipped to 0xFF: SQLite keeps it, and fails when it is read."""
    person = add_participant(db, session.id, quote_consent=True)
    view = record_view(db, session.id, ViewDraft(text="Pangolin words here", participant=person.code))
    with db.atomic():
        if where == "view":
            db.execute(f"UPDATE views SET text = {PANGOLIN} WHERE id = ?", [view.id])
        else:
            db.execute(f"UPDATE sessions SET title = {PANGOLIN} WHERE id = ?", [session.id])


@pytest.mark.parametrize(
    "kind, where",
    [
        ("officer", "view"),
        ("easy-read", "view"),
        ("csv", "view"),
        ("officer", "title"),
        ("annual", "title"),
        ("csv", "title"),
    ],
)
def test_a_damaged_text_gives_one_sentence_on_the_command_line(db, session, tmp_path, capsys, kind, where):
    _damage(db, session, where)
    out = tmp_path / ("out" if kind == "csv" else "x.pdf")
    args = ["--db", _db_file(db), "export", kind, "--out", str(out)]
    if kind != "annual":
        args += ["--session", str(session.id)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "damaged" in err
    for raw in ("Traceback", "OperationalError", "Pangolin", "Could not decode"):
        assert raw not in err
    assert not out.exists()


def test_a_damaged_text_gives_one_sentence_in_the_window(db, session, tmp_path, qtbot):
    from PySide6.QtCore import Qt

    from coprod_app.ui.common.tasks import ImmediatePool
    from coprod_app.ui.officer.export_dialog import ExportDialog

    _damage(db, session)
    dialog = ExportDialog(db, session.id, "officer")
    qtbot.addWidget(dialog)
    dialog.pool = ImmediatePool()
    dialog.show()
    dialog.out.setText(str(tmp_path / "x.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
    shown = dialog.status.text()
    assert "damaged" in shown and "\n" not in shown, shown
    for raw in ("OperationalError", "Pangolin", "unexpectedly", "Could not decode"):
        assert raw not in shown
    assert not (tmp_path / "x.pdf").exists() and not dialog.running()


def test_a_layout_failure_gives_one_sentence_without_the_words(db, session, tmp_path, monkeypatch, capsys):
    """ReportLab's LayoutError quotes the words it could not place: they must not reach the screen."""
    from reportlab.platypus.doctemplate import LayoutError

    from coprod_app.reports import document

    def build(self, story):  # the temporary file exists by now; fail as ReportLab does
        raise LayoutError("Flowable <Table> with cell(0,0) containing 'Pangolin words' too large")

    monkeypatch.setattr(document.ReportDoc, "build_story", build)
    record_view(db, session.id, ViewDraft(text="Pangolin words"))
    out = tmp_path / "x.pdf"
    assert (
        main(["--db", _db_file(db), "export", "officer", "--session", str(session.id), "--out", str(out)])
        == 1
    )
    err = capsys.readouterr().err
    assert "too big for a page" in err and "Pangolin" not in err and len(err.strip().splitlines()) == 1
    assert _listing(tmp_path) == ["db"]
