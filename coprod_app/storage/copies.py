"""Where the copies of a database are: the backups folder beside it, databases a restore kept aside,
and backups written elsewhere (named in the ledger's sidecar).

Making and restoring backups (backup.py), cleaning them after an erase (backup_cleaning.py)
and finding a lost ledger (ledger.py) all need every copy; this module imports only
errors.py and ledger_file.py, below all three (and the folder's name from coprod_app.locations).
"""

from __future__ import annotations

import os
from glob import escape as glob_escape
from pathlib import Path

from coprod_app.locations import BACKUP_FOLDER
from coprod_app.storage.errors import StorageError
from coprod_app.storage.ledger_file import read_sidecar


def backups_folder(db_path: str | Path) -> Path:
    """Where backups go unless told otherwise: a `backups` folder beside the database."""
    return Path(db_path).parent / BACKUP_FOLDER


def private_folder(folder: Path) -> None:
    """The backups folder, readable by its owner only (0700) where the system has such permissions."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name != "nt":
            os.chmod(folder, 0o700)  # also an older folder made 0755
    except OSError as exc:
        raise StorageError(f"The backups folder '{folder}' could not be made ({exc.strerror}).") from None


def known_backups(db_path: str | Path) -> list[tuple[Path, str]]:
    """Every copy of the database the app wrote: (path, where) with where 'folder', 'replaced' or 'elsewhere'."""
    db_path = Path(db_path)
    found: list[tuple[Path, str]] = []
    folder = backups_folder(db_path)
    if folder.is_dir():
        found += [(p, "folder") for p in sorted(folder.glob("*.sqlite3")) if p.is_file()]
        found += [
            (p, "partial")
            for p in sorted([*folder.glob(".*.tmp"), *folder.glob(".*.rewrite")])
            if p.is_file()
        ]  # left by a killed backup or rewrite
    found += [
        (p, "replaced")
        for p in sorted(db_path.parent.glob(f"{db_path.name}.replaced-*"))
        if p.is_file() and not p.name.endswith(("-wal", "-shm", "-journal"))
    ]
    seen = {p.resolve() for p, _ in found} | {db_path.resolve()}
    for text in read_sidecar(db_path).backups:
        p = Path(text)
        if p.resolve() not in seen:
            seen.add(p.resolve())
            found.append((p, "elsewhere"))
            # What a backup or rewrite killed half way left beside it: the same temp names as in the folder.
            try:
                left = [
                    q
                    for pattern in (f".{glob_escape(p.name)}.*.tmp", f".{glob_escape(p.name)}.*.rewrite")
                    for q in sorted(p.parent.glob(pattern))
                    if q.is_file()
                ]
            except OSError:  # the drive is not connected: the backup itself is named as unreachable
                left = []
            found += [(q, "partial") for q in left if q.resolve() not in seen]
    return found


def remove_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass
