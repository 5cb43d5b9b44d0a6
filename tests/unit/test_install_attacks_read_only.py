"""A database in a folder the user cannot write opens read-only, for a user who is not root.

Found by trying issue 18 as a user (chmod 555 on the database's folder, on an ordinary disk):
SQLite then says "attempt to write a readonly database" (SQLITE_READONLY_DIRECTORY: it cannot
make the -shm file), not the "unable to open database file" of a read-only mount that the tests
cover, so connect_read_only returned a connection that cannot read, and every command and the
window said "could not be opened (the database's file or folder is read-only)". Root ignores
folder modes, so as root the command runs in a forked child that is an ordinary user.
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from coprod_app.cli import main
from tests.installed import NEW_SESSION, NOBODY, as_ordinary_user


def _as_ordinary_user(*args: str) -> int:
    """The exit status of `coprod-app ARGS` for a user who is not root."""
    return as_ordinary_user(lambda: main(list(args)), failed=3)


@pytest.fixture
def read_only_folder():
    """A folder holding a database, owned by an ordinary user who may not write in it."""
    folder = Path(tempfile.mkdtemp(prefix="coprod-ro-"))
    try:
        db = folder / "coprod.sqlite3"
        assert main(["--db", str(db), *NEW_SESSION]) == 0  # also loads what opening needs, before the fork
        gc.collect()  # its connection closes now: the -wal and -shm go
        if os.geteuid() == 0:
            for path in [folder, *folder.iterdir()]:
                os.chown(path, NOBODY, NOBODY)
        folder.chmod(0o555)
        yield db
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


def test_a_database_in_a_read_only_folder_can_still_be_listed(read_only_folder, capfd):
    assert _as_ordinary_user("--db", str(read_only_folder), "session", "list", "--json") == 0, (
        capfd.readouterr()
    )
    assert sorted(p.name for p in read_only_folder.parent.iterdir()) == ["coprod.sqlite3"]
