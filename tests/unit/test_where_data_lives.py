"""Where the user's data lives (issue 18 part 2): the user's own folders once installed, `where`, the log file.

An install is faked by telling `locations.is_checkout` it is not a checkout and by
pointing HOME, XDG_DATA_HOME and the rest at temporary folders; the command line
then runs in this process as a user would type it.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_app import locations, logs
from coprod_app.cli import main
from coprod_app.domain.errors import InvalidInput
from tests.installed import NEW_SESSION, pretend_installed
from tests.unit.real_cli import PACKAGE_ROOT


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """A user's computer with the app installed (not a checkout); returns the user's folders."""
    home = pretend_installed(tmp_path, monkeypatch)
    return home


@pytest.fixture(autouse=True)
def own_log_handlers():
    """Each test starts and ends without the app's log handlers, so one test's file never gets another's records."""
    logger = logging.getLogger(logs.APP_LOGGER)

    def drop():
        for handler in [h for h in logger.handlers if isinstance(h, (logs.LogFile, logs.OneLineStderr))]:
            logger.removeHandler(handler)
            handler.close()

    drop()
    yield
    drop()


def user_database(home: Path) -> Path:
    return home / "data" / "coprod-app" / "db" / "coprod.sqlite3"


def sessions_in(capsys, *argv: str) -> list[str]:
    capsys.readouterr()
    assert main(["session", "list", "--json", *argv]) == 0
    return [s["title"] for s in json.loads(capsys.readouterr().out)]


# -- the database -----------------------------------------------------------------------------------


def test_installed_the_database_is_in_the_users_data_folder_never_the_current_one(
    installed, tmp_path, monkeypatch, capsys
):
    start = tmp_path / "Program Files" / "coprod-app"
    start.mkdir(parents=True)
    monkeypatch.chdir(start)  # a Start-menu shortcut's working folder
    assert main(NEW_SESSION) == 0
    assert user_database(installed).is_file()
    assert list(start.iterdir()) == [], "nothing may be made in the folder the app was started from"


def test_installed_started_from_two_folders_it_opens_the_same_database(
    installed, tmp_path, monkeypatch, capsys
):
    for name in ("desktop", "somewhere-else"):
        (tmp_path / name).mkdir()
    monkeypatch.chdir(tmp_path / "desktop")
    assert main(NEW_SESSION) == 0
    monkeypatch.chdir(tmp_path / "somewhere-else")
    assert sessions_in(capsys) == ["Summer forum"], "the facilitator's session must not 'disappear'"


def test_db_and_coprod_db_still_come_first_when_installed(installed, tmp_path, monkeypatch, capsys):
    chosen, from_env = tmp_path / "stick" / "forum.sqlite3", tmp_path / "env" / "env.sqlite3"
    monkeypatch.setenv("COPROD_DB", str(from_env))
    assert main(["--db", str(chosen), *NEW_SESSION]) == 0
    assert chosen.is_file() and not from_env.exists() and not user_database(installed).exists()
    assert main(NEW_SESSION) == 0
    assert from_env.is_file() and not user_database(installed).exists()


def test_in_a_checkout_the_database_stays_db_under_the_current_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("COPROD_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert locations.is_checkout(), "the tests run from the repository: a checkout"
    assert locations.database_path() == Path("db") / "coprod.sqlite3"
    assert locations.exports_folder() == Path("exports")
    assert main(NEW_SESSION) == 0
    assert (tmp_path / "db" / "coprod.sqlite3").is_file()


def test_what_counts_as_a_checkout(tmp_path, monkeypatch):
    def tree(*parts: str, resources: bool = True, pyproject: bool = True) -> Path:
        root = tmp_path.joinpath(*parts)
        (root / "coprod_app").mkdir(parents=True)
        if resources:
            (root / "resources").mkdir()
        if pyproject:
            (root / "pyproject.toml").write_text("[project]\n")
        return root / "coprod_app"

    assert locations.is_source_folder(tree("clone"))
    # An unpacked sdist or a tree copied into site-packages by hand is not where a user's data belongs.
    assert not locations.is_source_folder(tree("venv", "lib", "python3.11", "site-packages"))
    assert not locations.is_source_folder(tree("usr", "lib", "python3", "dist-packages"))
    assert not locations.is_source_folder(tree("no-resources", resources=False))
    assert not locations.is_source_folder(tree("no-pyproject", pyproject=False))
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # the PyInstaller build is an install
    assert not locations.is_checkout()


def test_each_systems_own_local_folder(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert locations.user_data_folder() == home / ".local" / "share" / "coprod-app"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/data")  # invalid by the XDG specification: ignored
    assert locations.user_data_folder() == home / ".local" / "share" / "coprod-app"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert locations.user_data_folder() == tmp_path / "xdg" / "coprod-app"

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))  # roams between computers: never used
    assert locations.user_data_folder() == tmp_path / "Local" / "coprod-app"
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "jo"))
    assert locations.documents_folder() == tmp_path / "jo" / "Documents"  # no shell to ask here

    monkeypatch.setattr(sys, "platform", "darwin")
    assert locations.user_data_folder() == home / "Library" / "Application Support" / "coprod-app"
    assert locations.documents_folder() == home / "Documents"


def test_linux_documents_follow_user_dirs(installed):
    assert locations.exports_folder() == installed / "Documents" / "coprod-app"
    config = installed / ".config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text(
        '# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR="$HOME/Schreibtisch"\n'
        'XDG_DOCUMENTS_DIR="$HOME/Dokumente"\n',
        encoding="utf-8",
    )
    assert locations.exports_folder() == installed / "Dokumente" / "coprod-app"
    (config / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="/srv/papers"\n', encoding="utf-8")
    assert locations.documents_folder() == Path("/srv/papers")


# -- where ------------------------------------------------------------------------------------------


def test_where_json_says_every_place_and_makes_nothing(installed, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["where", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    folder = installed / "data" / "coprod-app" / "db"
    assert found == {
        "database": str(folder / "coprod.sqlite3"),
        "database_exists": False,
        "database_from": "user folder",
        "backups": str(folder / "backups"),
        "exports": str(installed / "Documents" / "coprod-app"),
        "log": str(folder / "coprod-app.log"),
        "checkout": False,
        "resources": str(locations.resources_folder().resolve()),
    }
    assert sorted(p.name for p in installed.iterdir()) == [], "where only says: no folder, database or log"
    assert main(NEW_SESSION) == 0
    capsys.readouterr()
    assert main(["where", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["database_exists"] is True


def test_where_follows_db_and_prints_absolute_paths(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["where", "--json", "--db", "stick/forum.sqlite3"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["database"] == str(tmp_path / "stick" / "forum.sqlite3")
    assert found["database_from"] == "--db"
    assert found["backups"] == str(tmp_path / "stick" / "backups")
    assert found["log"] == str(tmp_path / "stick" / "coprod-app.log")
    assert found["checkout"] is True
    assert main(["where"]) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[0].startswith(f"database:  {tmp_path / 'db' / 'coprod.sqlite3'} ")
    assert [line.split(":")[0] for line in text.splitlines()] == [
        "database",
        "backups",
        "exports",
        "log",
        "resources",
    ]


def test_where_loads_no_qt():
    script = (
        "import sys\nfrom coprod_app.cli import main\nassert main(['where', '--json']) == 0\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\nassert not qt, qt\n"
    )
    env = {**os.environ, "PYTHONPATH": str(PACKAGE_ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=PACKAGE_ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["checkout"] is True


# -- exports ----------------------------------------------------------------------------------------


def test_the_exports_folder_is_made_only_when_first_needed(installed, capsys):
    from coprod_app.reports.exports import default_out
    from coprod_app.storage.database import open_database

    # A command's start also cleans stray export files: that must not make the folder.
    assert main(NEW_SESSION) == 0
    documents = installed / "Documents"
    assert not documents.exists()
    db = open_database(user_database(installed))
    try:
        assert (
            default_out(db, "officer", 1) == documents / "coprod-app" / "2026-07-01-summer-forum-officer.pdf"
        )
    finally:
        db.close()
    assert not documents.exists(), "saying where an export would go makes nothing"
    assert locations.make_exports_folder() == documents / "coprod-app"
    assert (documents / "coprod-app").is_dir()
    assert (documents / "coprod-app").stat().st_mode & 0o777 == 0o700


# -- the log file -----------------------------------------------------------------------------------


def _raise(*_args, **_kwargs):
    raise RuntimeError("boom in the list")


def test_an_unexpected_error_goes_to_the_log_with_its_traceback_and_stderr_says_one_sentence(
    tmp_path, monkeypatch, capsys
):
    db = tmp_path / "forum" / "coprod.sqlite3"
    assert main(["--db", str(db), *NEW_SESSION]) == 0
    capsys.readouterr()
    monkeypatch.setattr("coprod_app.storage.sessions.list_sessions", _raise)
    assert main(["--db", str(db), "session", "list"]) == 1
    err = capsys.readouterr().err
    log = db.parent / "coprod-app.log"
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert "did not expect" in err and f"the details are in {log}" in err
    written = log.read_text(encoding="utf-8")
    assert "ERROR coprod_app.cli" in written and "unexpected error in 'session'" in written
    assert "Traceback" in written and "RuntimeError: boom in the list" in written
    assert log.stat().st_mode & 0o777 == 0o600, "a log may name sessions: its owner only"


def test_a_warning_goes_to_the_log_and_a_refused_command_still_says_one_sentence(
    tmp_path, monkeypatch, capsys
):
    db = tmp_path / "forum" / "coprod.sqlite3"
    assert main(["--db", str(db), *NEW_SESSION]) == 0
    capsys.readouterr()

    def warn_then_refuse(*_args, **_kwargs):
        logging.getLogger("coprod_app.storage.privacy").warning(
            "WAL checkpoint was blocked by another connection"
        )
        raise InvalidInput("That session is closed.")

    monkeypatch.setattr("coprod_app.storage.sessions.list_sessions", warn_then_refuse)
    assert main(["--db", str(db), "session", "list"]) == 1
    assert capsys.readouterr().err == "coprod-app: That session is closed.\n"
    assert "WARNING coprod_app.storage.privacy" in (db.parent / "coprod-app.log").read_text(encoding="utf-8")


def test_an_error_logged_by_a_command_also_shows_on_stderr_in_one_line(tmp_path, capsys):
    logs.set_up_logging(tmp_path / "coprod-app.log")
    try:
        raise ValueError("line one\nline two")
    except ValueError:
        logging.getLogger("coprod_app.storage.backup").exception("could not\nrewrite a backup")
    assert capsys.readouterr().err == "coprod-app: could not rewrite a backup\n"
    assert "ValueError: line one" in (tmp_path / "coprod-app.log").read_text(encoding="utf-8")


def test_a_log_that_cannot_be_written_never_stops_anything(tmp_path, capsys):
    # The folder does not exist (as on a read-only disk, nothing can be made): no "--- Logging error ---".
    logs.set_up_logging(tmp_path / "missing" / "coprod-app.log")
    logging.getLogger("coprod_app.storage.ledger").warning("a warning with nowhere to go")
    logging.getLogger("coprod_app.storage.ledger").error("an error for stderr")
    assert capsys.readouterr().err == "coprod-app: an error for stderr\n"
    assert logs.written_log() is None
    assert not (tmp_path / "missing").exists()


def test_setting_up_again_moves_the_log_to_the_new_database(tmp_path):
    first = logs.set_up_logging(tmp_path / "a" / "coprod-app.log")
    assert logs.set_up_logging(tmp_path / "a" / "coprod-app.log") is first
    (tmp_path / "b").mkdir()
    logs.set_up_logging(tmp_path / "b" / "coprod-app.log")
    logging.getLogger("coprod_app.x").warning("for b")
    logger = logging.getLogger(logs.APP_LOGGER)
    assert [type(h) for h in logger.handlers].count(logs.LogFile) == 1
    assert "for b" in (tmp_path / "b" / "coprod-app.log").read_text(encoding="utf-8")


def test_the_log_rotates_at_a_megabyte_keeping_three(tmp_path):
    handler = logs.set_up_logging(tmp_path / "coprod-app.log")
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 3)
    for i in range(5):
        logging.getLogger("coprod_app.x").warning("%d %s", i, "x" * 600_000)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["coprod-app.log", "coprod-app.log.1", "coprod-app.log.2", "coprod-app.log.3"]


@pytest.fixture
def read_only_view(tmp_path):
    """A read-only bind mount of a folder (a real read-only place, even for root); always unmounted."""
    mounted = []

    def view(folder: Path) -> Path:
        where = tmp_path / "read-only"
        where.mkdir()
        for command in (
            ["mount", "--bind", str(folder), str(where)],
            ["mount", "-o", "remount,ro,bind", str(where)],
        ):
            done = subprocess.run(command, capture_output=True, text=True)
            if done.returncode != 0:
                pytest.skip(f"cannot make a read-only mount here: {done.stderr.strip() or done.returncode}")
            if not mounted:
                mounted.append(where)
        return where

    try:
        yield view
    finally:
        for where in mounted:
            if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
                subprocess.run(["umount", "-l", str(where)], capture_output=True)


def test_read_only_database_folder_commands_work_and_errors_go_to_stderr_only(
    tmp_path, read_only_view, monkeypatch, capsys
):
    (tmp_path / "forum").mkdir()
    assert main(["--db", str(tmp_path / "forum" / "coprod.sqlite3"), *NEW_SESSION]) == 0
    gc.collect()  # the command's connection closes now (its -wal and -shm go), not in the middle of the next one
    db = read_only_view(tmp_path / "forum") / "coprod.sqlite3"
    before = sorted(p.name for p in db.parent.iterdir())
    assert "coprod-app.log" not in before
    capsys.readouterr()
    from coprod_app.storage import sessions

    real = sessions.list_sessions

    def list_and_complain(*args, **kwargs):
        logging.getLogger("coprod_app.storage.ledger").error("could not apply the erasure ledger on open")
        return real(*args, **kwargs)

    monkeypatch.setattr(sessions, "list_sessions", list_and_complain)
    assert main(["--db", str(db), "session", "list", "--json"]) == 0
    out, err = capsys.readouterr()
    assert [s["title"] for s in json.loads(out)] == ["Summer forum"]
    assert err == "coprod-app: could not apply the erasure ledger on open\n"
    assert sorted(p.name for p in db.parent.iterdir()) == before, "nothing written in the read-only folder"
    assert logs.written_log() is None
    # A refused command there still says exactly one sentence.
    assert main(["--db", str(db), *NEW_SESSION]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "read-only" in err, err


@pytest.mark.parametrize("home", ["", "relative/home"])
def test_an_empty_or_relative_home_never_puts_the_database_under_the_current_folder(
    home, monkeypatch, tmp_path
):
    # Found by trying it as a user: HOME="" made the database <current folder>/.local/share/...,
    # so two starting folders opened two databases again.
    monkeypatch.setenv("HOME", home)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.chdir(tmp_path)
    folder = locations.user_data_folder()
    assert folder.is_absolute() and tmp_path not in folder.parents
    assert locations.documents_folder().is_absolute() and tmp_path not in locations.documents_folder().parents


@pytest.mark.skipif(os.name != "posix", reason="folder modes are POSIX")
def test_the_folder_made_for_a_new_database_is_the_users_own(tmp_path):
    # Was 0755: the files in it were private, but anyone could list the log, backups and ledger.
    db = tmp_path / "new-home" / "db" / "coprod.sqlite3"
    assert main(["--db", str(db), "session", "list"]) == 0
    assert db.parent.stat().st_mode & 0o777 == 0o700
