"""Where the database lives (issue 18, part 3): a warning on a network drive or in a synced folder, and
files another program holds open.

Before: nothing warned that a database on a network share or in OneDrive risks its saves (SQLite's
write-ahead log needs a local disk), and a PDF open in a viewer on Windows made the export say
"the folder is read-only" after one try.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from coprod_app.reports import atomic
from coprod_app.reports.atomic import ExportError, atomic_file, file_set
from coprod_app.storage import disk_place
from coprod_app.storage.database import open_database, place_warning
from coprod_app.storage.disk_place import mount_type
from coprod_app.storage.disk_place import place_warning as warning_for

MOUNTS = """\
overlay / overlay rw,relatime,lowerdir=/a 0 0
proc /proc proc rw,nosuid 0 0
/dev/sda2 /home ext4 rw,relatime 0 0
server:/export/home /home/jo nfs4 rw,relatime,vers=4.2 0 0
//fileserver/staff$ /mnt/staff\\040share cifs rw,relatime,vers=3.1.1 0 0
jo@laptop:/data /home/jo/ssh fuse.sshfs rw,nosuid 0 0
drvfs /mnt/c 9p rw,noatime 0 0
/dev/sdb1 /home/jo/local ext4 rw 0 0
"""


# Network file systems on Linux, from a fake mount table ------------------------------------------------


@pytest.mark.parametrize(
    "path, kind",
    [
        ("/home/jo/coprod-app/db/coprod.sqlite3", "nfs4"),
        ("/mnt/staff share/coprod.sqlite3", "cifs"),  # a mount point with a space, written \040
        ("/home/jo/ssh/coprod.sqlite3", "fuse.sshfs"),
        ("/mnt/c/Users/jo/coprod.sqlite3", "9p"),  # a Windows drive seen from WSL
    ],
)
def test_a_network_file_system_on_linux_is_warned_about(path, kind):
    assert mount_type(path, MOUNTS) == kind
    warning = warning_for(path, system="posix", mounts_text=MOUNTS, env={})
    assert warning is not None and f"({kind})" in warning and "\n" not in warning
    assert warning.startswith(f"The database '{path}' is on a network file system")


@pytest.mark.parametrize(
    "path",
    [
        "/home/other/coprod.sqlite3",  # /home is ext4
        "/home/jo/local/coprod.sqlite3",  # a local disk mounted inside the NFS home
        "/home/joanne/coprod.sqlite3",  # not inside /home/jo, whatever the letters
        "/tmp/coprod.sqlite3",
    ],
)
def test_a_local_disk_on_linux_gets_no_warning(path):
    assert warning_for(path, system="posix", mounts_text=MOUNTS, env={}) is None


def test_this_computer_s_test_folder_is_local(tmp_path):
    assert warning_for(tmp_path / "coprod.sqlite3") is None  # the real /proc/mounts


# Windows: UNC paths and mapped network drives ---------------------------------------------------------


def _drives(remote: set[str]):
    return lambda root: disk_place.DRIVE_REMOTE if root[0].upper() in remote else 3  # 3: DRIVE_FIXED


@pytest.mark.parametrize(
    "path, where",
    [
        (r"\\server\home$\jo\coprod-app\db\coprod.sqlite3", r"the network share \\server\home$"),
        (r"\\?\UNC\server\share\coprod.sqlite3", r"the network share \\server\share"),
        (r"H:\coprod-app\coprod.sqlite3", "the network drive H:"),
        (r"h:/coprod-app/coprod.sqlite3", "the network drive H:"),
    ],
)
def test_a_network_place_on_windows_is_warned_about(path, where):
    warning = warning_for(path, system="nt", drive_type=_drives({"H"}), env={})
    assert warning is not None and f" is on {where}," in warning


@pytest.mark.parametrize(
    "path",
    [
        r"C:\Users\jo\AppData\Local\coprod-app\db\coprod.sqlite3",
        r"\\?\C:\Users\jo\coprod.sqlite3",
        r"D:\coprod.sqlite3",
    ],
)
def test_a_local_drive_on_windows_gets_no_warning(path):
    assert warning_for(path, system="nt", drive_type=_drives({"H"}), env={}) is None


# Synced folders, by name, anywhere in the path ----------------------------------------------------------


@pytest.mark.parametrize(
    "path, system, service",
    [
        (r"C:\Users\jo\OneDrive - Stockton Council\Documents\coprod.sqlite3", "nt", "OneDrive"),
        (r"C:\Users\jo\OneDrive\coprod.sqlite3", "nt", "OneDrive"),
        (r"C:\Users\jo\Dropbox (Council)\forum\coprod.sqlite3", "nt", "Dropbox"),
        (r"G:\My Drive\coprod.sqlite3", "nt", "Google Drive"),
        (r"C:\Users\jo\iCloudDrive\coprod.sqlite3", "nt", "iCloud Drive"),
        (r"C:\Users\jo\Box\coprod.sqlite3", "nt", "Box"),
        ("/Users/jo/Library/Mobile Documents/com~apple~CloudDocs/coprod.sqlite3", "posix", "iCloud Drive"),
        ("/Users/jo/Library/CloudStorage/OneDrive-Personal/coprod.sqlite3", "posix", "OneDrive"),
        (
            "/Users/jo/Library/CloudStorage/GoogleDrive-jo@example.org/My Drive/coprod.sqlite3",
            "posix",
            "Google Drive",
        ),
        ("/home/other/Dropbox/coprod.sqlite3", "posix", "Dropbox"),
    ],
)
def test_a_synced_folder_is_warned_about(path, system, service):
    warning = warning_for(
        path,
        system=system,
        mounts_text=MOUNTS if system == "posix" else None,
        drive_type=_drives(set()),
        env={},
    )
    assert warning is not None and f"is in a {service} folder" in warning and "\n" not in warning


def test_a_renamed_onedrive_folder_is_found_by_its_variable():
    env = {"OneDriveCommercial": r"C:\Users\jo\Council Files"}
    path = r"c:\users\jo\council files\forum\coprod.sqlite3"
    assert "OneDrive" in warning_for(path, system="nt", drive_type=_drives(set()), env=env)
    assert (
        warning_for(
            r"C:\Users\jo\Council Filesystem\coprod.sqlite3", system="nt", drive_type=_drives(set()), env=env
        )
        is None
    )


def test_names_that_only_look_alike_get_no_warning():
    for path in (
        r"C:\Users\jo\Boxing club\coprod.sqlite3",
        r"C:\Users\jo\Documents\drive notes\coprod.sqlite3",
    ):
        assert warning_for(path, system="nt", drive_type=_drives(set()), env={}) is None


def test_opening_a_database_in_a_synced_folder_warns_in_the_log_and_says_why(tmp_path, caplog):
    path = tmp_path / "OneDrive - Stockton Council" / "coprod.sqlite3"
    with caplog.at_level("WARNING", logger="coprod_app"):
        db = open_database(path)
    try:
        assert "is in a OneDrive folder" in place_warning(db)
    finally:
        db.close()
    assert any("OneDrive" in r.getMessage() for r in caplog.records if r.levelname == "WARNING")
    plain = open_database(tmp_path / "local" / "coprod.sqlite3")
    try:
        assert place_warning(plain) is None
    finally:
        plain.close()


def test_the_command_line_says_the_warning_on_stderr_and_still_works(tmp_path):
    from tests.unit.real_cli import run_cli

    path = tmp_path / "Dropbox" / "coprod.sqlite3"
    result = run_cli("--db", str(path), "session", "list", "--json")
    assert result.returncode == 0 and json.loads(result.stdout) == []
    err = result.stderr.decode()
    assert "is in a Dropbox folder" in err and err.count("\n") == 1 and "Traceback" not in err


# A target file held open by another program (Windows) ----------------------------------------------------


def _held_open(winerror: int = 32) -> PermissionError:
    exc = PermissionError(
        errno.EACCES, "The process cannot access the file because it is being used by another process"
    )
    exc.winerror = winerror  # what Windows sets; the tests run on Linux
    return exc


class _Replacer:
    """os.replace that fails, as Windows does while a viewer holds the target, the first `failures` times."""

    def __init__(self, failures: int, winerror: int = 32, target: Path | None = None) -> None:
        self.failures, self.winerror, self.target, self.tries = failures, winerror, target, 0
        self.real = os.replace

    def __call__(self, src, dst):
        if self.target is not None and Path(dst) != self.target:
            return self.real(src, dst)  # another file (the erasure ledger's sidecar): not held open
        self.tries += 1
        if self.tries <= self.failures:
            raise _held_open(self.winerror)
        return self.real(src, dst)


@pytest.fixture
def waits(monkeypatch):
    slept: list[float] = []
    monkeypatch.setattr(disk_place, "_sleep", slept.append)  # no test ever waits
    return slept


def test_an_export_tries_again_while_a_viewer_lets_go(tmp_path, monkeypatch, waits):
    target = tmp_path / "officer.pdf"
    target.write_bytes(b"%PDF- the old one")
    replacer = _Replacer(failures=2, winerror=32)
    monkeypatch.setattr(disk_place.os, "replace", replacer)
    with atomic_file(target) as f:
        f.write(b"%PDF- the new one")
    assert target.read_bytes() == b"%PDF- the new one"
    assert replacer.tries == 3 and waits == list(disk_place.RETRY_DELAYS[:2])
    assert [p.name for p in tmp_path.iterdir()] == ["officer.pdf"]


def test_a_pdf_held_open_says_so_and_never_read_only_folder(tmp_path, monkeypatch, waits):
    target = tmp_path / "officer.pdf"
    target.write_bytes(b"%PDF- the old one")
    monkeypatch.setattr(disk_place.os, "replace", _Replacer(failures=99, winerror=5))
    with pytest.raises(ExportError) as caught:
        with atomic_file(target) as f:
            f.write(b"%PDF- the new one")
    message = str(caught.value)
    assert message == (
        f"Could not save '{target}': it is open in another program (a PDF viewer?); "
        "close it and export again. Nothing was written."
    )
    assert "read-only" not in message
    assert waits == list(disk_place.RETRY_DELAYS)
    assert target.read_bytes() == b"%PDF- the old one"
    assert [p.name for p in tmp_path.iterdir()] == ["officer.pdf"], "no temporary file left"


def test_a_file_marked_read_only_is_named_so(tmp_path, monkeypatch, waits):
    target = tmp_path / "officer.pdf"
    target.write_bytes(b"old")
    monkeypatch.setattr(disk_place.os, "replace", _Replacer(failures=99, winerror=5))
    monkeypatch.setattr(atomic, "_marked_read_only", lambda path: True)
    with pytest.raises(ExportError, match="that file is marked read-only; choose another file name"):
        with atomic_file(target) as f:
            f.write(b"new")


def test_a_csv_held_open_in_excel_leaves_the_set_as_it_was(tmp_path, monkeypatch, waits):
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "views.csv").write_text("old views")
    (folder / "votes.csv").write_text("old votes")
    real = os.replace

    def replace(src, dst):
        if Path(dst).name == "votes.csv":  # Excel has it open: nothing may replace it
            raise _held_open(32)
        return real(src, dst)

    monkeypatch.setattr(disk_place.os, "replace", replace)
    with pytest.raises(ExportError) as caught:
        with file_set(folder) as files:
            for name in ("views.csv", "votes.csv"):
                with files.open(name, text=True) as f:
                    f.write(f"new {name}")
    assert "votes.csv': it is open in another program (a spreadsheet such as Excel?)" in str(caught.value)
    assert (folder / "views.csv").read_text() == "old views", "the file already replaced was put back"
    assert (folder / "votes.csv").read_text() == "old votes"
    assert sorted(p.name for p in folder.iterdir()) == ["views.csv", "votes.csv"]


def test_a_real_read_only_refusal_is_not_retried(tmp_path, monkeypatch, waits):
    def replace(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")  # no winerror: POSIX

    monkeypatch.setattr(disk_place.os, "replace", replace)
    with pytest.raises(ExportError, match="the folder is read-only"):
        with atomic_file(tmp_path / "officer.pdf") as f:
            f.write(b"x")
    assert waits == []


def test_a_backup_file_held_open_says_so(db, tmp_path, monkeypatch, waits):
    from coprod_app.storage.backup import backup_database
    from coprod_app.storage.database import StorageError

    out = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(disk_place.os, "replace", _Replacer(failures=99, winerror=32, target=out))
    with pytest.raises(StorageError) as caught:
        backup_database(db, out)
    assert "it is open in another program (a database browser?)" in str(caught.value)
    assert not out.exists()


def test_a_backup_retried_succeeds(db, tmp_path, monkeypatch, waits):
    from coprod_app.storage.backup import backup_database, check_backup

    out = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(disk_place.os, "replace", _Replacer(failures=1, winerror=33, target=out))
    assert backup_database(db, out) == out
    assert check_backup(out)["schema_version"] >= 1 and waits == [disk_place.RETRY_DELAYS[0]]
