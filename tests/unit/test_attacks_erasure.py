"""Erased words stay gone, tried as a data protection officer and a careless officer would (issue 14, part 3).

Everything goes through the real `coprod-app` program. After each attack, every file the app
wrote under the folder (the database, its -wal and -shm, the dated backups, databases kept
aside by a restore, a `--out` backup, the ledger, exports, temporary files) is searched for
the erased words, and the app itself is asked what it holds.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.real_cli import PACKAGE_ROOT, one_line, run_cli

WORDS = "Platypusgrenade-9Z please take my words out"
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def cli(db: Path, *argv: str) -> subprocess.CompletedProcess:
    result = run_cli("--db", str(db), *argv)
    assert result.returncode == 0, result.stderr
    return result


def files_holding(folder: Path, text: str = WORDS) -> list[str]:
    """Every file under `folder` whose bytes hold `text` (or its first word) in any encoding SQLite uses."""
    found = []
    for f in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = f.read_bytes()
        for needle in (text, text.split()[0]):
            if any(needle.encode(e) in data for e in ENCODINGS):
                found.append(str(f.relative_to(folder)))
                break
    return found


def views_of(db: Path, session: int = 1) -> list[str]:
    return [
        v["text"] for v in json.loads(cli(db, "view", "list", "--session", str(session), "--json").stdout)
    ]


@pytest.fixture
def place(tmp_path):
    """A session with the child's view and another's, a dated backup, an old copy made by hand while the
    app was closed; then the child is erased. Returns (folder, database, hand copy)."""
    folder = tmp_path / "work"
    db = folder / "db" / "coprod.sqlite3"
    cli(db, "session", "new", "--title", "Forum", "--date", "2026-11-20", "--forum", "youth-forum")
    child = json.loads(cli(db, "participant", "new", "--session", "1", "--quote-consent", "--json").stdout)[
        "code"
    ]
    cli(db, "view", "add", "--session", "1", "--participant", child, "--text", WORDS)
    cli(db, "view", "add", "--session", "1", "--text", "The facilitator's own note stays")
    cli(db, "backup")
    cli(db, "backup", "--out", str(folder / "usb" / "copy.sqlite3"))
    hand = tmp_path / "kept-by-hand.sqlite3"  # outside the app's folders: the app cannot know about it
    shutil.copy(db, hand)
    assert files_holding(folder)  # the words are there before the erase
    out = json.loads(cli(db, "erase", "--participant", child, "--session", "1", "--json").stdout)
    assert out["backups"]["rewritten"] == 2, out
    return folder, db, hand


def _put_back_by_hand(hand: Path, db: Path) -> None:
    """What a careless officer does with the app closed: copy an old file over the database."""
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copy(hand, db)


def test_after_an_erase_no_file_the_app_wrote_holds_the_words(place):
    folder, db, _ = place
    assert files_holding(folder) == []
    assert views_of(db) == ["The facilitator's own note stays"]


def test_restoring_an_old_copy_with_the_app_keeps_the_erasure(place):
    folder, db, hand = place
    cli(db, "restore", str(hand))
    assert views_of(db) == ["The facilitator's own note stays"]
    assert files_holding(folder) == []  # the database it replaced was kept aside, and is clean too


def test_an_old_copy_put_back_by_hand_keeps_the_erasure(place):
    folder, db, hand = place
    _put_back_by_hand(hand, db)
    assert views_of(db) == ["The facilitator's own note stays"]
    assert files_holding(folder) == []


def test_an_old_copy_put_back_by_hand_with_the_ledger_file_deleted_keeps_the_erasure(place):
    """Before, deleting coprod.sqlite3.ledger and copying an old file back brought the erased child back:
    the old file's own ledger table predates the erase. The app's backups, rewritten at the erase, still
    name the child, and the database is checked against them when the ledger file is missing."""
    folder, db, hand = place
    Path(f"{db}.ledger").unlink()
    _put_back_by_hand(hand, db)
    assert views_of(db) == ["The facilitator's own note stays"]
    assert files_holding(folder) == []
    assert Path(f"{db}.ledger").exists()  # written again, so the next open need not look at the backups


def test_restoring_an_old_copy_with_the_ledger_file_deleted_keeps_the_erasure(place):
    folder, db, hand = place
    Path(f"{db}.ledger").unlink()
    cli(db, "restore", str(hand))
    assert views_of(db) == ["The facilitator's own note stays"]
    assert files_holding(folder) == []


def test_erasing_while_another_program_holds_the_database_open(tmp_path):
    """A reader holding a transaction open (as a window does between reads) must not keep the words in the -wal."""
    db = tmp_path / "db" / "coprod.sqlite3"
    cli(db, "session", "new", "--title", "Forum", "--date", "2026-11-20", "--forum", "youth-forum")
    child = json.loads(cli(db, "participant", "new", "--session", "1", "--json").stdout)["code"]
    cli(db, "view", "add", "--session", "1", "--participant", child, "--text", WORDS)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN');"
            " c.execute('SELECT count(*) FROM views').fetchone(); print('open', flush=True); sys.stdin.read()",
            str(db),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={"PYTHONPATH": str(PACKAGE_ROOT)},
    )
    try:
        assert holder.stdout.readline().strip() == b"open"
        result = run_cli("--db", str(db), "erase", "--participant", child, "--session", "1", "--json")
        # The erase is done, but the reader's snapshot stops the -wal being wiped: the user is told so, in one
        # sentence (before, a log line "WAL checkpoint was blocked by another connection" came first).
        assert "another program has the database open" in one_line(result)
    finally:
        holder.communicate(b"", timeout=60)
    assert views_of(db) == []  # the next open finishes the wipe the reader blocked
    assert files_holding(tmp_path) == []


def test_a_purged_sessions_old_bundle_brings_nothing_back(tmp_path):
    db = tmp_path / "db" / "coprod.sqlite3"
    cli(db, "session", "new", "--title", "Old forum", "--date", "2020-01-10", "--forum", "youth-forum")
    cli(db, "view", "add", "--session", "1", "--text", WORDS)
    bundle = tmp_path / "old.coprod"
    cli(db, "bundle", "export", "--session", "1", "--out", str(bundle))
    cli(db, "backup")
    purged = json.loads(cli(db, "purge", "--json").stdout)
    assert [s["id"] for s in purged["sessions"]] == [1]
    result = run_cli("--db", str(db), "bundle", "import", str(bundle))
    assert result.returncode == 1 and "deleted on this laptop" in result.stderr.decode(), result.stderr
    assert files_holding(tmp_path / "db") == []
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0


def test_a_theme_quoting_one_sentence_of_the_erased_view_is_named(tmp_path):
    """Erase keeps the officer's summaries, so it must name each one holding the child's words. Before, only a
    summary holding the whole view was named: one sentence pasted from a longer view stayed, unnamed."""
    db = tmp_path / "db" / "coprod.sqlite3"
    cli(db, "session", "new", "--title", "Forum", "--date", "2026-11-20", "--forum", "youth-forum")
    child = json.loads(cli(db, "participant", "new", "--session", "1", "--json").stdout)["code"]
    cli(
        db,
        "view",
        "add",
        "--session",
        "1",
        "--participant",
        child,
        "--text",
        "Mornings are hard. The older kids on the number 7 bus push me every day. I like art.",
    )
    quoting = json.loads(
        cli(
            db,
            "theme",
            "add",
            "--title",
            "Buses",
            "--you-said",
            'One of you said: "the older kids on the number 7 bus push me"',
            "--view",
            "1",
            "--json",
        ).stdout
    )["id"]
    cli(db, "theme", "add", "--title", "Art", "--you-said", "Many of you like art and the bus.", "--json")
    out = json.loads(cli(db, "erase", "--participant", child, "--session", "1", "--json").stdout)
    assert out["themes_quoting"] == [quoting]  # not "Art": a few words in common are not a quote


def test_an_erase_elsewhere_clears_the_words_box_and_the_themes_editor(qtbot, db, db_path, session):
    """The window was open with the child's view being changed and the themes editor listing views to tick;
    `coprod-app erase` ran in a terminal. Before, the list of views was redrawn but the words box and the
    editor kept the erased words on screen (and Enter in the box tried to save them again)."""
    from PySide6.QtWidgets import QApplication

    from coprod_app.domain.view import ViewDraft
    from coprod_app.storage.sessions import add_participant
    from coprod_app.storage.views import record_view
    from coprod_app.ui.main_window import MainWindow
    from coprod_app.ui.officer.themes_editor import ActionsEditor

    child, other = add_participant(db, session.id), add_participant(db, session.id)
    kept = record_view(db, session.id, ViewDraft(text="Other words stay here", participant=other.code))
    erased = record_view(db, session.id, ViewDraft(text=WORDS, participant=child.code))
    window = MainWindow(db, str(db_path))
    qtbot.addWidget(window)
    window.show()
    window.open_session(session.id)
    window.page.start_edit(erased.id)
    editor = ActionsEditor(db, session.id, window)
    editor.show()
    editor.views.item(0).setCheckState(
        editor.views.item(0).checkState().Checked
    )  # the officer's tick on "kept"
    editor.you_said.setPlainText("Half-typed summary")

    def words_on_screen() -> list[str]:
        found = []
        for w in QApplication.allWidgets():
            texts = [getattr(w, name)() for name in ("text", "toPlainText", "toolTip") if hasattr(w, name)]
            if hasattr(w, "count") and hasattr(w, "item"):
                texts += [w.item(i).text() + w.item(i).toolTip() for i in range(w.count())]
            if any(isinstance(t, str) and "Platypusgrenade" in t for t in texts):
                found.append(w.objectName() or type(w).__name__)
        return found

    assert words_on_screen()
    cli(db_path, "erase", "--participant", child.code, "--session", str(session.id))
    qtbot.waitUntil(lambda: not words_on_screen(), timeout=1500)
    assert window.page.form.editing_id is None
    assert [editor.views.item(i).data(256) for i in range(editor.views.count())] == [kept.id]  # Qt.UserRole
    assert editor.ticked_views() == [kept.id] and editor.you_said.toPlainText() == "Half-typed summary"
    editor.close()


def _plant_trigger(backup: Path, copy_now: bool = False) -> None:
    """What another program (a database browser, a script) can add to a backup: a trigger that copies every
    deleted view into a table of its own."""
    with sqlite3.connect(backup) as conn:
        conn.execute("CREATE TABLE keep (words TEXT)")
        conn.execute(
            "CREATE TRIGGER keep_words BEFORE DELETE ON views BEGIN INSERT INTO keep VALUES (OLD.text); END"
        )
        if copy_now:
            conn.execute("INSERT INTO keep SELECT text FROM views")
    conn.close()


def test_a_backup_holding_a_trigger_is_not_restored(tmp_path):
    """Before, it was restored, and each later erase copied the erased words into the trigger's table for good."""
    db = tmp_path / "db" / "coprod.sqlite3"
    cli(db, "session", "new", "--title", "Forum", "--date", "2026-11-20", "--forum", "youth-forum")
    cli(db, "view", "add", "--session", "1", "--text", WORDS)
    backup = Path(cli(db, "backup").stdout.decode().strip())
    _plant_trigger(backup)
    before = db.read_bytes()
    result = run_cli("--db", str(db), "restore", str(backup))
    assert "holds a trigger 'keep_words', which coprod-app never makes" in one_line(result)
    assert db.read_bytes() == before


@pytest.mark.parametrize("copy_now, outcome", [(False, "rewritten"), (True, "deleted")])
def test_an_erase_does_not_leave_words_in_a_backup_another_program_changed(tmp_path, copy_now, outcome):
    """A dated backup with a trigger (and, the second time, the words already copied into its table). Before,
    the erase said "rewritten without them" while the trigger's table held the words."""
    folder = tmp_path / "work"
    db = folder / "db" / "coprod.sqlite3"
    cli(db, "session", "new", "--title", "Forum", "--date", "2026-11-20", "--forum", "youth-forum")
    child = json.loads(cli(db, "participant", "new", "--session", "1", "--json").stdout)["code"]
    cli(db, "view", "add", "--session", "1", "--participant", child, "--text", WORDS)
    _plant_trigger(Path(cli(db, "backup").stdout.decode().strip()), copy_now)
    out = json.loads(cli(db, "erase", "--participant", child, "--session", "1", "--json").stdout)
    assert out["backups"][outcome] == 1, out
    assert files_holding(folder) == []


def test_an_erase_in_a_database_another_program_added_a_trigger_to_leaves_no_words(tmp_path):
    """Before, the trigger copied the view into its table as it was deleted: the words stayed in the database,
    and the erase said another program had the database open."""
    db = tmp_path / "db" / "coprod.sqlite3"
    cli(db, "session", "new", "--title", "Forum", "--date", "2020-01-10", "--forum", "youth-forum")
    child = json.loads(cli(db, "participant", "new", "--session", "1", "--json").stdout)["code"]
    cli(db, "view", "add", "--session", "1", "--participant", child, "--text", WORDS)
    note = "Quetzalspanner-5T the facilitator's note, purged later"
    cli(db, "view", "add", "--session", "1", "--text", note)
    _plant_trigger(db)
    cli(db, "erase", "--participant", child, "--session", "1")
    purged = json.loads(cli(db, "purge", "--json").stdout)
    assert [s["id"] for s in purged["sessions"]] == [1]
    assert files_holding(tmp_path) == [] and files_holding(tmp_path, note) == []


def test_half_a_backup_left_beside_a_backup_out_is_cleaned_too(tmp_path):
    """`backup --out` killed half way leaves its temp file beside the target (the backups folder's own are
    cleaned already). Before, an erase never looked there, and the half-written copy kept the words."""
    db = tmp_path / "db" / "coprod.sqlite3"
    usb = tmp_path / "usb"
    cli(db, "session", "new", "--title", "Forum", "--date", "2026-11-20", "--forum", "youth-forum")
    child = json.loads(cli(db, "participant", "new", "--session", "1", "--json").stdout)["code"]
    cli(db, "view", "add", "--session", "1", "--participant", child, "--text", WORDS)
    cli(db, "backup", "--out", str(usb / "copy.sqlite3"))
    shutil.copy(usb / "copy.sqlite3", usb / ".copy.sqlite3.k1ll3d.tmp")  # as the killed second backup left it
    out = json.loads(cli(db, "erase", "--participant", child, "--session", "1", "--json").stdout)
    assert out["backups"]["rewritten"] == 1 and out["backups"]["deleted"] == 1, out
    assert files_holding(usb) == [] and sorted(p.name for p in usb.iterdir()) == ["copy.sqlite3"]


def test_backups_are_read_for_a_lost_ledger_once_not_at_every_start(tmp_path):
    """With the ledger file missing, an open reads every backup's ledger; it then writes the file, so the next
    start (with a year of daily backups, say) does not read them all again."""
    db = tmp_path / "db" / "coprod.sqlite3"
    cli(db, "session", "new", "--title", "Forum", "--date", "2026-11-20", "--forum", "youth-forum")
    cli(db, "backup")
    Path(f"{db}.ledger").unlink(missing_ok=True)
    cli(db, "session", "list")
    assert Path(f"{db}.ledger").exists()
