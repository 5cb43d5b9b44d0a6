"""Erase and purge reach the backups too: every backup the app knows of is rewritten without what was removed.

`clean_backups` goes through every copy `copies.known_backups` finds (the backups
folder, databases kept aside by a restore, backups written elsewhere, half copies a
killed backup left): one holding an erased record or an erased view's words is
rewritten whole without them, one that cannot be rewritten is deleted, and
`BackupCleaning` says what happened, in numbers and in one sentence for the user.
Making, checking and restoring backups are in backup.py.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from coprod_app.storage.connection import connect_read_only
from coprod_app.storage.copies import backups_folder, known_backups, private_folder, remove_quietly
from coprod_app.storage.disk_place import replace_file
from coprod_app.storage.errors import StorageError
from coprod_app.storage.ledger import delete_named, insert_entries, present_rows
from coprod_app.storage.ledger_file import forget_backups
from coprod_app.storage.wiping import file_contains, searchable_bytes

logger = logging.getLogger(__name__)

WORD_SEARCH_LIMIT = (
    64 * 1024 * 1024
)  # bytes: backups up to this size are also searched for an erased view's words


@dataclass
class BackupCleaning:
    """What an erase or purge did to the backups it knows of."""

    rewritten: list[str] = field(default_factory=list)  # rewritten without the erased records
    deleted: list[str] = field(default_factory=list)  # could not be rewritten (damaged, unreadable): deleted
    clean: int = 0  # held nothing the ledger names
    unreachable: list[str] = field(default_factory=list)  # written elsewhere, not there now (a USB stick?)
    failed: list[str] = field(default_factory=list)  # could be neither rewritten nor deleted

    def summary(self) -> dict:
        return {
            "rewritten": len(self.rewritten),
            "deleted": len(self.deleted),
            "clean": self.clean,
            "unreachable": list(self.unreachable),
            "failed": list(self.failed),
        }

    def sentence(self, what: str = "them") -> str:
        """Plain words for the message the user sees ('' when there were no backups at all).

        `what` names what left the backups: "them" after an erase, "the deleted sessions" after a purge.
        """
        parts = []
        if self.rewritten:
            parts.append(f"{len(self.rewritten)} rewritten without {what}")
        if self.deleted:
            parts.append(
                f"{len(self.deleted)} deleted because {'it' if len(self.deleted) == 1 else 'they'} "
                "could not be rewritten"
            )
        if self.clean:
            parts.append(f"{self.clean} already clean")
        text = ("Backups: " + ", ".join(parts) + ".") if parts else ""
        if self.unreachable:
            text += (" " if text else "") + (
                f"{_n(len(self.unreachable), 'backup')} made elsewhere could not be found "
                f"({', '.join(self.unreachable)}): connect the drive and run 'coprod-app purge' to clean it."
            )
        if self.failed:
            text += (" " if text else "") + (
                f"{_n(len(self.failed), 'backup')} could be neither rewritten nor deleted "
                f"({', '.join(self.failed)}): delete it by hand."
            )
        return text


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def clean_backups(
    db_path: str | Path, entries: dict[str, tuple[str, str]], texts: list[str] | None = None
) -> BackupCleaning:
    """Rewrite every known backup without the records `entries` names (uuid -> (kind, at)), or delete it.

    A backup is rewritten in memory and written back whole (VACUUM INTO a private
    temp file, fsync, rename), so the words leave its bytes and it stays a valid
    backup; one that cannot be opened or rewritten is deleted. A backup holding none
    of the records (and none of `texts`, words of the erased views) is left alone.
    """
    db_path = Path(db_path)
    result = BackupCleaning()
    needles = searchable_bytes(texts or [])
    if backups_folder(db_path).is_dir():
        private_folder(backups_folder(db_path))  # one left 0755 by an older version is tightened too
    forget: list[str] = []
    for path, where in known_backups(db_path):
        if where == "partial":  # half a copy from a killed backup: never a usable backup, may hold words
            _delete_backup(path, result)
            continue
        if not path.exists():
            result.unreachable.append(str(path))
            continue
        try:
            with path.open("rb") as f:
                is_sqlite = f.read(16) == b"SQLite format 3\x00"
        except OSError:
            result.failed.append(str(path))
            continue
        if not is_sqlite and where == "elsewhere":
            forget.append(str(path))  # something else has been saved under that name since: not ours
            continue
        try:
            changed = _rewrite_backup(path, entries, needles) if is_sqlite else None
        except (sqlite3.Error, OSError, StorageError) as exc:
            logger.warning("backup %s could not be rewritten (%s); deleting it", path, exc)
            changed = None
        if changed is None:
            _delete_backup(path, result)
        elif changed:
            result.rewritten.append(str(path))
        else:
            result.clean += 1
    if forget:
        forget_backups(db_path, forget)
    return result


def _rewrite_backup(path: Path, entries: dict[str, tuple[str, str]], needles: list[bytes]) -> bool:
    """Rewrite one backup without the named records; False when it held none of them."""
    conn = connect_read_only(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "sessions" not in tables or "_sqlite_migrations" not in tables:
            raise StorageError("not a coprod-app backup")
        present = present_rows(conn, entries) if entries else {}
        # The byte search finds words left in a backup's freed space without their row (rare); it reads the
        # whole file, so it is skipped for very big backups, where an erase would otherwise read gigabytes.
        searched = needles and path.stat().st_size <= WORD_SEARCH_LIMIT and file_contains(path, needles)
        if not present and not searched:
            return False
        memory = sqlite3.connect(":memory:")
    finally:
        conn.close()
    try:
        source = connect_read_only(path)
        try:
            source.backup(memory)
        finally:
            source.close()
        memory.execute("PRAGMA foreign_keys=ON")
        with memory:  # delete_named drops first any trigger another program added (it keeps the app's own)
            delete_named(memory, present)
            if "ledger" in tables:  # a restore of this backup then keeps the ledger even without the sidecar
                insert_entries(memory, entries)
        if memory.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StorageError("the rewritten copy failed its check")
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".rewrite", dir=path.parent)  # 0600
        os.close(fd)
        try:
            memory.execute("VACUUM INTO ?", [tmp_name])  # a fresh file: no freed pages, no journal left
            if (
                needles
                and os.path.getsize(tmp_name) <= WORD_SEARCH_LIMIT
                and file_contains(Path(tmp_name), needles)
            ):
                # Still there (in a table another program added, say): "rewritten without them" would be
                # untrue, so the backup is deleted instead.
                raise StorageError("the erased words are still in the rewritten copy")
            with open(tmp_name, "rb+") as f:
                os.fsync(f.fileno())
            os.chmod(tmp_name, 0o600)
            replace_file(tmp_name, path)  # waits a little for a program that holds the backup open
        except BaseException:
            remove_quietly(tmp_name)
            raise
    finally:
        memory.close()
    for suffix in ("-wal", "-shm", "-journal"):  # stale companions of the old file would spoil the new one
        remove_quietly(str(path) + suffix)
    return True


def _delete_backup(path: Path, result: BackupCleaning) -> None:
    try:
        for suffix in ("-wal", "-shm", "-journal", ""):
            part = Path(str(path) + suffix)
            if part.exists():
                part.unlink()
        result.deleted.append(str(path))
    except OSError as exc:
        logger.warning("backup %s could not be deleted: %s", path, exc)
        result.failed.append(str(path))
