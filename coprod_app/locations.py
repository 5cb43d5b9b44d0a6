"""Where the user's data lives: the database, its backups, the exports and the log. No Qt here.

One module answers, for the command line and the window alike, and fast: the
command line must not load Qt to find a path.

- `--db` / `COPROD_DB` always win.
- A source checkout (`make run`, the tests) keeps `db/coprod.sqlite3` and `exports/`
  under the current folder, as before, so a developer's data stays in the tree.
- An install (a wheel in site-packages, or the frozen PyInstaller build) uses the
  user's own local data folder for the database: never the current folder (a
  Start-menu shortcut starts in Program Files, which cannot be written, and two
  shortcuts with two working folders opened two databases), and never a roaming or
  synced folder (SQLite's WAL needs a local disk). Exports go to Documents/coprod-app,
  where people look for their files.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

APP_FOLDER = "coprod-app"
DATABASE_NAME = "coprod.sqlite3"
LOG_NAME = "coprod-app.log"
BACKUP_FOLDER = "backups"  # beside the database
CHECKOUT_DATABASE = Path("db") / DATABASE_NAME
CHECKOUT_EXPORTS = Path("exports")

# Windows known folders (KNOWNFOLDERID), asked for by GUID because a redirected Documents
# (to another drive or a network share by group policy) is not %USERPROFILE%\Documents.
_FOLDERID_DOCUMENTS = "{FDD39AD0-238F-46AF-ADB4-6C85480369C7}"
_FOLDERID_LOCAL_APP_DATA = "{F1B32785-6FBA-4FCF-9D55-7B8E7F157091}"


def is_checkout() -> bool:
    """True when this copy runs from a source folder (`make run`, the tests, an editable install).

    A checkout is a package folder whose parent holds pyproject.toml and resources/,
    and that is not inside site-packages. The frozen build (sys.frozen) is always an
    install, whatever folder it was unpacked into.
    """
    if getattr(sys, "frozen", False):
        return False
    return is_source_folder(Path(__file__).resolve().parent)


def is_source_folder(package: Path) -> bool:
    """Whether the package folder `package` sits in a source tree (not in site-packages)."""
    if any(part in ("site-packages", "dist-packages") for part in package.parts):
        return False
    root = package.parent
    return (root / "pyproject.toml").is_file() and (root / "resources").is_dir()


def _home() -> Path:
    """The user's home folder, always absolute.

    An empty or relative HOME (a service, a bad shortcut) made the database
    `<current folder>/.local/share/...`, so two starting folders opened two databases again.
    """
    home = os.path.expanduser("~")
    if not os.path.isabs(home) and os.name == "posix":
        import pwd

        home = pwd.getpwuid(os.getuid()).pw_dir
    return Path(os.path.abspath(home))


def _windows_known_folder(guid: str) -> Path | None:
    """A Windows known folder by its GUID (SHGetKnownFolderPath), or None when it cannot be asked."""
    try:
        import ctypes
        from ctypes import wintypes

        class GUID(ctypes.Structure):
            _fields_ = [
                ("Data1", wintypes.DWORD),
                ("Data2", wintypes.WORD),
                ("Data3", wintypes.WORD),
                ("Data4", ctypes.c_ubyte * 8),
            ]

        folder_id = GUID()
        if ctypes.windll.ole32.CLSIDFromString(ctypes.c_wchar_p(guid), ctypes.byref(folder_id)) != 0:
            return None
        found = ctypes.c_wchar_p()
        shell32 = ctypes.windll.shell32
        if shell32.SHGetKnownFolderPath(ctypes.byref(folder_id), 0, None, ctypes.byref(found)) != 0:
            return None
        try:
            return Path(found.value) if found.value else None
        finally:
            ctypes.windll.ole32.CoTaskMemFree(found)
    except (AttributeError, ImportError, OSError, ValueError):  # not Windows, or the shell refused
        return None


def _absolute_env(name: str) -> Path | None:
    # The XDG specification says a relative path in these variables is invalid and must be ignored.
    value = os.environ.get(name, "")
    return Path(value) if value and os.path.isabs(value) else None


def user_data_folder() -> Path:
    """The user's own local (not roaming, not synced) folder for coprod-app's data."""
    if sys.platform == "win32":
        # %LOCALAPPDATA%, never %APPDATA%: that one roams between the council's computers.
        base = (
            _absolute_env("LOCALAPPDATA")
            or _windows_known_folder(_FOLDERID_LOCAL_APP_DATA)
            or _home() / "AppData" / "Local"
        )
    elif sys.platform == "darwin":
        base = _home() / "Library" / "Application Support"
    else:
        base = _absolute_env("XDG_DATA_HOME") or _home() / ".local" / "share"
    return base / APP_FOLDER


def _xdg_documents() -> Path:
    """What `xdg-user-dir DOCUMENTS` says, read from user-dirs.dirs without running a program."""
    home = _home()
    config = _absolute_env("XDG_CONFIG_HOME") or home / ".config"
    try:
        lines = (config / "user-dirs.dirs").read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        lines = []
    for line in lines:
        name, _, value = line.strip().partition("=")
        if name.strip() != "XDG_DOCUMENTS_DIR":
            continue
        value = value.strip().strip('"')
        if value.startswith("$HOME"):
            return home / value[len("$HOME") :].lstrip("/")
        if value.startswith("/"):
            return Path(value)
    return home / "Documents"


def documents_folder() -> Path:
    """The user's Documents folder (it may not exist yet)."""
    if sys.platform == "win32":
        profile = _absolute_env("USERPROFILE")
        return _windows_known_folder(_FOLDERID_DOCUMENTS) or (profile or _home()) / "Documents"
    if sys.platform == "darwin":
        return _home() / "Documents"
    return _xdg_documents()


def default_database() -> Path:
    """The database used when neither --db nor COPROD_DB says: db/coprod.sqlite3 in a checkout."""
    if is_checkout():
        return CHECKOUT_DATABASE
    return user_data_folder() / "db" / DATABASE_NAME


def database_path(given: str | Path | None = None) -> Path:
    """The database to open: `given` (--db), else $COPROD_DB, else `default_database()`."""
    if given:
        return Path(given)
    return Path(os.environ.get("COPROD_DB") or default_database())


def database_source(given: str | Path | None = None) -> str:
    """What chose the database: "--db", "COPROD_DB", "checkout" or "user folder"."""
    if given:
        return "--db"
    if os.environ.get("COPROD_DB"):
        return "COPROD_DB"
    return "checkout" if is_checkout() else "user folder"


def backups_folder(given: str | Path | None = None) -> Path:
    """Where backups go unless told otherwise: a `backups` folder beside the database (storage.copies uses it)."""
    return database_path(given).parent / BACKUP_FOLDER


def log_file(given: str | Path | None = None) -> Path:
    """The log file, beside the database it records."""
    return database_path(given).parent / LOG_NAME


def exports_folder() -> Path:
    """Where exports go unless told otherwise: exports/ in a checkout, else Documents/coprod-app.

    Only the path: nothing is made until an export needs it (make_exports_folder).
    """
    if is_checkout():
        return CHECKOUT_EXPORTS
    return documents_folder() / APP_FOLDER


def make_exports_folder() -> Path:
    """The exports folder, made now (owner-only) if it is missing; its parents too.

    A folder that cannot be made is left for the export to report: writing there
    says why in one sentence (a read-only or full disk), so nothing is raised here.
    """
    folder = exports_folder()
    if not folder.is_dir():
        with contextlib.suppress(OSError):
            folder.parent.mkdir(parents=True, exist_ok=True)
            folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def resources_folder() -> Path:
    """Where the shipped packs, symbols, translations and fonts are."""
    from coprod_app.resources import RESOURCES

    return RESOURCES
