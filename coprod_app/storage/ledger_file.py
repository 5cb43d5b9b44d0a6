"""The ledger's sidecar file beside the database, `<database>.ledger`: UUIDs and kinds, never words.

What ledger.py keeps in the database's `ledger` table is also kept here, so that
restoring an older backup (which replaces the database, not this file) cannot bring
back what was erased; it also holds the "wipe pending" mark and the paths of backups
written with `backup --out`. This module reads and writes the file only; it imports
nothing from storage but errors.py and disk_place.py, so the ledger, the backups and
cleaning them can all use it.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from coprod_app.storage.disk_place import replace_file
from coprod_app.storage.errors import StorageError

logger = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".ledger"
FORMAT = "coprod-ledger"
# What each kind of entry names, children first: deleting in this order never leaves a dangling link.
KIND_TABLES = {
    "vote": "votes",
    "tally": "tallies",
    "view": "views",
    "round": "rounds",
    "participant": "participants",
    "session": "sessions",
}


@dataclass
class Sidecar:
    entries: dict[str, tuple[str, str]] = field(default_factory=dict)  # uuid -> (kind, at)
    pending_wipe: bool = False
    backups: list[str] = field(default_factory=list)  # backups written outside the backups folder


def sidecar_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}{SIDECAR_SUFFIX}")


# The sidecar file -------------------------------------------------------------------


def read_sidecar(db_path: str | Path) -> Sidecar:
    """The sidecar beside `db_path`; an empty one when there is none. A damaged one is kept aside."""
    path = sidecar_path(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a ledger")
        entries = {}
        for uuid, kind, at in data.get("entries", []):
            if isinstance(uuid, str) and kind in KIND_TABLES:
                entries[uuid] = (kind, str(at))
        backups = [str(p) for p in data.get("backups", []) if isinstance(p, str)]
        return Sidecar(entries, bool(data.get("pending_wipe")), backups)
    except FileNotFoundError:
        return Sidecar()
    except (OSError, ValueError, TypeError) as exc:
        # Never lose what it held: move it aside, and rebuild from the database's own ledger.
        logger.warning("ledger file %s cannot be read (%s); keeping it aside", path, exc)
        stamp = dt.datetime.now().strftime("%Y-%m-%dT%H%M%S")
        try:
            os.replace(path, path.with_name(f"{path.name}.damaged-{stamp}"))
        except OSError:
            pass
        return Sidecar()


def write_sidecar(db_path: str | Path, sidecar: Sidecar) -> None:
    """Write the sidecar whole or not at all (temp file, fsync, rename, fsync folder), mode 0600."""
    path = sidecar_path(db_path)
    data = {
        "format": FORMAT,
        "version": 1,
        "pending_wipe": sidecar.pending_wipe,
        "entries": sorted([uuid, kind, at] for uuid, (kind, at) in sidecar.entries.items()),
        "backups": sorted(set(sidecar.backups)),
    }
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)  # mode 0600
    except OSError as exc:
        raise StorageError(_sentence(path, exc)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=0)
            f.flush()
            os.fsync(f.fileno())
        replace_file(tmp, path)  # a virus scanner reading the sidecar lets go in a moment (Windows)
        _fsync_folder(path.parent)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise StorageError(_sentence(path, exc)) from None


def _sentence(path: Path, exc: OSError) -> str:
    reason = "the disk is full; free some space and try again" if exc.errno == errno.ENOSPC else exc.strerror
    return f"The erasure ledger '{path}' could not be written ({reason}), so nothing was deleted."


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder to flush it; its rename is durable by itself
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def note_backup_elsewhere(db_path: str | Path, backup: str | Path) -> None:
    """Remember a backup written outside the backups folder, so an erase or purge can clean it too."""
    sidecar = read_sidecar(db_path)
    text = str(Path(backup).resolve())
    if text not in sidecar.backups:
        sidecar.backups.append(text)
        write_sidecar(db_path, sidecar)


def forget_backups(db_path: str | Path, gone: Iterable[str]) -> None:
    gone = set(gone)
    if not gone:
        return
    sidecar = read_sidecar(db_path)
    sidecar.backups = [p for p in sidecar.backups if p not in gone]
    write_sidecar(db_path, sidecar)
