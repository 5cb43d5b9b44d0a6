"""Writing an export all or nothing: a temporary file beside the target, then one rename.

A missing, read-only or full folder gives one clear sentence, and no
half-written file is ever left behind (an older file of the same name stays).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path
from typing import IO, Iterator

from coprod_app.domain.errors import CoprodError


class ExportError(CoprodError):
    """An export could not be written; nothing was left half-written."""


class ExportCancelled(CoprodError):
    """The person stopped the export; nothing was written."""

    def __init__(self, message: str = "The export was cancelled; nothing was written.") -> None:
        super().__init__(message)


def _sentence(path: Path, exc: OSError) -> str:
    code = exc.errno
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


def check_folder(folder: Path) -> None:
    """One clear sentence when `folder` cannot take an export."""
    if not folder.exists():
        raise ExportError(f"Could not save in '{folder}': the folder does not exist; "
                          "choose another folder or create it first. Nothing was written.")
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
        raise ExportError(f"Could not save '{path}': a folder of that name is in the way; "
                          "choose another file name. Nothing was written.")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise ExportError(_sentence(path, exc)) from None
    tmp = Path(tmp_name)
    try:
        if text:
            handle = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
        else:
            handle = os.fdopen(fd, "wb")
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        _fsync_folder(folder)
    except OSError as exc:
        _remove(tmp)
        raise ExportError(_sentence(path, exc)) from None
    except BaseException:
        _remove(tmp)
        raise


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
