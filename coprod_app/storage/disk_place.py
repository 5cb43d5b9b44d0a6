"""Where a file lives, and what that place does to it: network and synced folders, files held open.

Pure Python, no Qt, so the window, the command line and the exports share it.

- `place_warning(path)`: one sentence when the database is on a network drive or in a synced folder
  (OneDrive, Dropbox, Google Drive, iCloud Drive, Box). SQLite's write-ahead log needs a local disk:
  its -shm file is shared memory, which network file systems do not share between computers, and a
  sync client copies the database without its -wal, or while it is half written.
- `replace_file(src, dst)`: `os.replace` that waits a little while another program holds `dst` open
  (Windows refuses to replace a PDF open in a viewer, or a file the virus scanner is reading), and
  `held_open(exc)` / `held_open_words(path)` to say so instead of "read-only folder".
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path, PurePath, PureWindowsPath
from typing import Callable, Mapping

logger = logging.getLogger(__name__)

# Linux /proc/mounts types of file systems that live on another computer (or in a virtual machine's host).
NETWORK_FS_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "9p",
        "afs",
        "ncpfs",
        "coda",
        "ceph",
        "fuse.ceph",
        "glusterfs",
        "fuse.glusterfs",
        "lustre",
        "davfs",
        "fuse.davfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gcsfuse",
        "vboxsf",
        "fuse.smbnetfs",
        "fuse.curlftpfs",
    }
)

DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive


# Network and synced folders -----------------------------------------------------------------------


def _synced_service(parts: list[str]) -> str | None:
    """The sync service a folder name in the path belongs to, by the names their clients give folders."""
    for part in parts:
        name = part.lower()
        if name.startswith("onedrive"):  # OneDrive, "OneDrive - Stockton Council", OneDrive-Personal (macOS)
            return "OneDrive"
        if name.startswith("dropbox"):  # Dropbox, "Dropbox (Council)"
            return "Dropbox"
        if name in ("google drive", "googledrive", "my drive", "shared drives") or name.startswith(
            "googledrive-"
        ):
            return "Google Drive"
        if name in ("icloud drive", "iclouddrive", "mobile documents", "com~apple~clouddocs"):
            return "iCloud Drive"
        if name in ("box", "box sync", "box drive") or name.startswith("box-"):
            return "Box"
    return None


def _synced_by_environment(path: str, env: Mapping[str, str], windows: bool) -> str | None:
    """OneDrive's own variables name its folders on Windows, whatever the folder is called."""
    for variable in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        root = env.get(variable)
        if not root:
            continue
        if windows:  # Windows names are the same whatever their case
            folder, inside = root.replace("/", "\\").rstrip("\\").lower(), path.replace("/", "\\").lower()
            if inside == folder or inside.startswith(folder + "\\"):
                return "OneDrive"
        elif path == root.rstrip("/") or path.startswith(root.rstrip("/") + "/"):
            return "OneDrive"
    return None


def _unmangle(field: str) -> str:
    """/proc/mounts writes a space, tab, newline and backslash in a mount point as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mount_type(path: str, mounts_text: str) -> str | None:
    """The file system type of the mount holding the absolute `path`, from the text of /proc/mounts."""
    best, best_type = "", None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, kind = _unmangle(fields[1]), fields[2]
        inside = point == "/" or path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):  # the last of equal mount points is the one on top
            best, best_type = point, kind
    return best_type


def _windows_network(path: str, drive_type: Callable[[str], int] | None) -> str | None:
    drive = PureWindowsPath(path).drive  # C:, \\server\share, \\?\C: or \\?\UNC\server\share
    if drive.startswith(("\\\\?\\", "\\\\.\\")):  # a long-path prefix: what follows it says which
        drive = drive[4:]
        if drive.lower().startswith("unc\\"):
            return f"the network share \\\\{drive[4:]}"
    elif drive.startswith("\\\\"):
        return f"the network share {drive}"
    if len(drive) == 2 and drive[1] == ":":
        if (drive_type or _get_drive_type)(drive + "\\") == DRIVE_REMOTE:
            return f"the network drive {drive.upper()}"
    return None


def _get_drive_type(root: str) -> int:
    import ctypes  # Windows only, and only here: nothing else needs it

    return ctypes.windll.kernel32.GetDriveTypeW(root)


def _linux_network(path: str, mounts_text: str | None) -> str | None:
    if mounts_text is None:
        try:
            with open("/proc/mounts", encoding="utf-8", errors="replace") as f:
                mounts_text = f.read()
        except OSError:
            return None  # not Linux, or /proc is not mounted: nothing to tell
    kind = mount_type(path, mounts_text)
    if kind in NETWORK_FS_TYPES:
        return f"a network file system ({kind})"
    return None


def place_warning(
    path: str | Path,
    *,
    system: str | None = None,
    mounts_text: str | None = None,
    drive_type: Callable[[str], int] | None = None,
    env: Mapping[str, str] | None = None,
) -> str | None:
    """One sentence when the database at `path` is on a network drive or in a synced folder, else None.

    `system` ("nt" or "posix", default os.name), `mounts_text` (/proc/mounts), `drive_type`
    (GetDriveTypeW) and `env` can be given so tests can play any computer.
    """
    system = system or os.name
    windows = system == "nt"
    env = os.environ if env is None else env
    text = str(path) if windows else os.path.realpath(path)  # a symlink into Dropbox is in Dropbox
    if windows and os.name == "nt":
        text = os.path.abspath(text)
    try:
        network = _windows_network(text, drive_type) if windows else _linux_network(text, mounts_text)
    except (OSError, AttributeError, ValueError) as exc:  # the system would not say: no warning, but a note
        logger.info("could not tell what kind of disk %s is on: %s", text, exc)
        network = None
    if network:
        return (
            f"The database '{path}' is on {network}, where SQLite's write-ahead log is not safe, so saves "
            "can be lost or the file damaged: move it to a folder on this computer."
        )
    parts = list((PureWindowsPath(text) if windows else PurePath(text)).parts)
    service = _synced_service(parts[1:]) or _synced_by_environment(text, env, windows)
    if service:
        return (
            f"The database '{path}' is in a {service} folder, whose syncing can copy it half written or "
            "without its -wal file and so damage it: move it to a folder on this computer that is not synced."
        )
    return None


# Files held open by another program -------------------------------------------------------------

# Windows errors when another program holds the target open: access denied (a viewer without
# FILE_SHARE_DELETE), sharing violation, lock violation.
HELD_OPEN_WINERRORS = frozenset({5, 32, 33})
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)  # seconds, about 1.5 s in all: a virus scanner lets go by then
_sleep = time.sleep  # tests replace it, so they never wait

_HINTS = {
    ".pdf": "a PDF viewer?",
    ".csv": "a spreadsheet such as Excel?",
    ".sqlite3": "a database browser?",
    ".json": "an editor?",
}


def held_open(exc: BaseException) -> bool:
    """Whether `exc` is Windows refusing because another program holds the file open."""
    return isinstance(exc, PermissionError) and getattr(exc, "winerror", None) in HELD_OPEN_WINERRORS


def held_open_words(path: str | Path) -> str:
    """'it is open in another program (a PDF viewer?)': for a sentence about `path`."""
    hint = _HINTS.get(Path(path).suffix.lower())
    return f"it is open in another program ({hint})" if hint else "it is open in another program"


def replace_file(src: str | Path, dst: str | Path) -> None:
    """os.replace, tried again a few times, with a short wait, while another program holds `dst` open."""
    for delay in (*RETRY_DELAYS, None):
        try:
            os.replace(src, dst)
            return
        except PermissionError as exc:
            if delay is None or not held_open(exc):
                raise
            logger.info("'%s' is held open by another program; trying again in %.2f s", dst, delay)
            _sleep(delay)
