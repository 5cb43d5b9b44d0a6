"""Writing an export all or nothing: a temporary file beside the target, then one rename.

A missing, read-only or full folder gives one clear sentence, and no
half-written file is ever left behind (an older file of the same name stays).
Several files that belong together (the CSV export) are written whole first and
then renamed together (`FileSet`). A temporary file is `.<name>.<random>.part`,
locked while it is written; one left by a killed export is removed on the next
start (`remove_stray_parts`). On Windows a target another program holds open (a PDF in a viewer, a
CSV in Excel) cannot be replaced: the rename is tried again for about 1.5 s, then the sentence says
which program to close (storage/disk_place.py).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import stat
import tempfile
import time
from pathlib import Path
from typing import IO, Iterable, Iterator

from coprod_app.domain.errors import CoprodError
from coprod_app.storage.disk_place import held_open, held_open_words, replace_file

try:  # POSIX: a temporary file is locked while it is written, so a clean-up never takes it
    import fcntl
except ImportError:  # pragma: no cover - Windows, where a file open for writing cannot be deleted anyway
    fcntl = None

logger = logging.getLogger(__name__)


class ExportError(CoprodError):
    """An export could not be written; nothing was left half-written."""


class ExportCancelled(CoprodError):
    """The person stopped the export; nothing was written."""

    def __init__(self, message: str = "The export was cancelled; nothing was written.") -> None:
        super().__init__(message)


def _sentence(path: Path, exc: OSError) -> str:
    code = exc.errno
    if held_open(exc):
        # Windows refuses to replace a file another program holds open; EACCES here never meant a
        # read-only folder (the temporary file beside it was just written there).
        if _marked_read_only(path):
            return (
                f"Could not save '{path}': that file is marked read-only; choose another file name. "
                "Nothing was written."
            )
        return f"Could not save '{path}': {held_open_words(path)}; close it and export again. Nothing was written."
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        why = "the disk is full; free some space or choose another folder"
    elif code in (errno.EROFS, errno.EACCES, errno.EPERM):
        why = "the folder is read-only; choose a folder you can write to"
    elif code == errno.ENOENT:
        why = "the folder does not exist; choose another folder or create it first"
    elif code == errno.EISDIR:
        why = "a folder of that name is in the way; choose another file name"
    else:
        why = (exc.strerror or str(exc)).lower()
    return f"Could not save '{path}': {why}. Nothing was written."


def _marked_read_only(path: Path) -> bool:
    """Windows' read-only attribute on `path` (which also refuses a replace, with the same error)."""
    try:
        return bool(getattr(os.stat(path), "st_file_attributes", 0) & stat.FILE_ATTRIBUTE_READONLY)
    except OSError:
        return False


def check_folder(folder: Path) -> None:
    """One clear sentence when `folder` cannot take an export."""
    if not folder.exists():
        raise ExportError(
            f"Could not save in '{folder}': the folder does not exist; "
            "choose another folder or create it first. Nothing was written."
        )
    if not folder.is_dir():
        raise ExportError(f"Could not save in '{folder}': it is a file, not a folder. Nothing was written.")


@contextlib.contextmanager
def atomic_file(path: str | Path, text: bool = False) -> Iterator[IO]:
    """Yield a file to write; on success it replaces `path` at once, on any failure it is removed.

    With `text=True` the file is UTF-8 with a byte-order mark (so Excel reads it
    right) and newline translation off, as the csv module wants. Like the
    database, the file is readable by its owner only (children's data).
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    check_folder(folder)
    if path.is_dir():
        raise ExportError(
            f"Could not save '{path}': a folder of that name is in the way; "
            "choose another file name. Nothing was written."
        )
    fd, tmp = _temporary(path)
    try:
        with _opened(fd, text) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        replace_file(tmp, path)  # waits a little for a viewer or virus scanner that holds it
        _fsync_folder(folder)
    except OSError as exc:
        _remove(tmp)
        raise ExportError(_sentence(path, exc)) from None
    except BaseException:
        _remove(tmp)
        raise


# What tempfile.mkstemp makes of prefix ".<name>." and suffix ".part": 8 letters, digits or underscores.
_PART = re.compile(r"\..+\.[a-z0-9_]{8}\.part")
STRAY_AGE = 10 * 60  # seconds: a temporary file this old, and not locked, belongs to no running export


def _temporary(path: Path) -> tuple[int, Path]:
    """A new temporary file beside `path`, owner-only, locked against the clean-up while it is written."""
    try:
        fd, name = tempfile.mkstemp(
            dir=path.parent if str(path.parent) else ".", prefix=f".{path.name}.", suffix=".part"
        )
    except OSError as exc:
        raise ExportError(_sentence(path, exc)) from None
    if fcntl is not None:
        with contextlib.suppress(OSError):  # a file system without locks: the age check alone protects it
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd, Path(name)


def _opened(fd: int, text: bool) -> IO:
    if text:
        return os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
    return os.fdopen(fd, "wb")


class FileSet:
    """Files that belong together, written all or none (the CSV export's views, votes and actions).

    Each is written whole to its temporary file first; only when every one is on disk
    are they renamed into place. If anything fails before that, every temporary file
    goes and the folder is as it was. If a rename fails, the files already put in
    place are taken back out and older files of the same names put back (kept by a
    hard link until then; where the disk has no hard links, an older file cannot be
    put back and the sentence says so).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._temporaries: list[tuple[Path, Path]] = []  # (temporary, target)
        self.written: list[Path] = []  # once committed: the files now in place

    @contextlib.contextmanager
    def open(self, name: str, text: bool = False) -> Iterator[IO]:
        target = self.folder / name
        if target.is_dir():
            raise ExportError(
                f"Could not save '{target}': a folder of that name is in the way; "
                "choose another folder. Nothing was written."
            )
        fd, tmp = _temporary(target)
        self._temporaries.append((tmp, target))
        try:
            with _opened(fd, text) as handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            raise ExportError(_sentence(target, exc)) from None

    def discard(self) -> None:
        for tmp, _target in self._temporaries:
            _remove(tmp)
        self._temporaries = []

    def commit(self) -> list[Path]:
        """Rename every file into place; on a failure, undo the ones done and say so in one sentence."""
        kept: dict[Path, Path | None] = {}  # target -> a hard link to the older file (None: there was none)
        try:
            for tmp, target in self._temporaries:
                kept[target] = _keep_older(target)
                replace_file(tmp, target)
        except OSError as exc:
            # The file that failed still holds its older self: only its spare link goes. Putting it back
            # failed too where another program holds it (Excel on Windows), and reported it lost.
            spare = kept.pop(target, None)
            if spare is not None:
                _remove(spare)
            lost = self._undo(kept)
            self.discard()
            message = _sentence(target, exc)
            if lost:
                message = message.replace(
                    "Nothing was written.",
                    "The new files were removed, but the older "
                    f"{', '.join(p.name for p in lost)} could not be put back.",
                )
            raise ExportError(message) from None
        for older in kept.values():
            if older is not None:
                _remove(older)
        _fsync_folder(self.folder)
        self.written = [target for _tmp, target in self._temporaries]
        self._temporaries = []
        return self.written

    def _undo(self, kept: dict[Path, Path | None]) -> list[Path]:
        lost = []
        for target, older in kept.items():
            if older is None:
                _remove(target)
                continue
            try:
                replace_file(older, target)
            except OSError:
                lost.append(target)
        return lost


def _keep_older(target: Path) -> Path | None:
    """A hard link to the file at `target` under a temporary name, or None when there is no such file."""
    if not target.exists():
        return None
    for _ in range(100):
        older = target.with_name(f".{target.name}.{os.urandom(6).hex()[:8]}.part")
        try:
            os.link(target, older)
            return older
        except FileExistsError:
            continue
        except OSError:
            return None  # no hard links here (FAT, some network disks): the new file replaces it for good
    return None


@contextlib.contextmanager
def file_set(folder: str | Path) -> Iterator[FileSet]:
    """`with file_set(folder) as files: with files.open(name) as f: ...`: all are kept, or none."""
    folder = Path(folder)
    check_folder(folder)
    files = FileSet(folder)
    try:
        yield files
    except BaseException:
        files.discard()
        raise
    files.commit()


def prepare_folder(folder: Path) -> bool:
    """Make sure `folder` can take an export's files before anything is read; True when it was made now.

    A missing folder is made (owner-only) when the folder it goes in exists, so
    `export csv --out exports/2026-11` works; a missing parent is more likely a
    typing mistake, and is refused.
    """
    if folder.exists():
        check_folder(folder)
        return False
    parent = folder.parent if str(folder.parent) else Path(".")
    check_folder(parent)
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        check_folder(folder)
        return False
    except OSError as exc:
        raise ExportError(_sentence(folder, exc)) from None
    return True


def remove_made_folder(folder: Path) -> None:
    """Remove a folder `prepare_folder` made, if nothing is in it (an export that failed or was cancelled)."""
    with contextlib.suppress(OSError):
        folder.rmdir()


def remove_stray_parts(
    folders: Iterable[str | Path], older_than: float = STRAY_AGE, subfolders: bool = True
) -> list[Path]:
    """Remove temporary files a killed export left in these folders (and the folders just inside them).

    Only files named as this module names them, older than `older_than` seconds and
    not locked by an export still writing them. Returns what was removed.
    """
    removed = []
    cutoff = time.time() - older_than
    seen = set()
    for folder in folders:
        folder = Path(folder)
        try:
            places = [folder]
            if subfolders:  # the CSV export writes into a folder of its own inside exports/
                places += [p for p in folder.iterdir() if p.is_dir() and not p.is_symlink()]
        except OSError:
            continue  # no such folder, or not readable: nothing of ours to clean
        for place in places:
            try:
                key = place.resolve()
                if key in seen:
                    continue
                seen.add(key)
                candidates = [p for p in place.iterdir() if _PART.fullmatch(p.name)]
            except OSError:
                continue
            for path in candidates:
                if _stray(path, cutoff):
                    with contextlib.suppress(OSError):
                        path.unlink()
                        removed.append(path)
    if removed:
        logger.info("removed %d temporary file(s) left by an export that was stopped", len(removed))
    return removed


def _stray(path: Path, cutoff: float) -> bool:
    try:
        info = path.lstat()
    except OSError:
        return False
    if not path.is_file() or path.is_symlink() or info.st_mtime > cutoff:
        return False
    if fcntl is None:
        return True
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails while an export holds it
        return True
    except OSError:
        return False
    finally:
        os.close(fd)  # the lock goes with it


def _remove(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform, and harmless to skip.
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
