"""Importing bundles one by one off the GUI thread: the work `run_task` runs for File ▸ Import and drops.

It opens its own database connection (a sqlite3 connection belongs to the thread
that opened it), reports progress through its task and never touches a widget;
the window shows the outcome when it comes back on the GUI thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coprod_app.domain.errors import CoprodError
from coprod_app.ui.common.tasks import Task

logger = logging.getLogger(__name__)


@dataclass
class ImportOutcome:
    """What happened to each file, in the order given."""

    # (file name, the import's report or None, one sentence or None)
    results: list[tuple[str, dict[str, Any] | None, str | None]] = field(default_factory=list)
    # Bundles correctly signed by a laptop not trusted yet: {path: signer}, for the window to offer trust.
    untrusted: dict[Path, Any] = field(default_factory=dict)

    @classmethod
    def all_failed(cls, paths: list[Path], sentence: str) -> ImportOutcome:
        return cls(results=[(p.name, None, sentence) for p in paths])


def import_bundles(task: Task, db_path: Path, paths: list[Path]) -> ImportOutcome:
    """Import each bundle in its own transaction; progress is `task.progress(index, file name, done, total)`.

    Never raises: a file that fails is one sentence in the outcome, and the files after it
    are still imported, so the window always hears about every file.
    """
    from coprod_app.storage.bundle import UntrustedBundle, import_bundle
    from coprod_app.storage.database import open_database

    outcome = ImportOutcome()
    try:
        db = open_database(db_path)  # a connection belongs to the thread that opened it
    except CoprodError as exc:
        return ImportOutcome.all_failed(paths, str(exc))
    try:
        for i, path in enumerate(paths):
            task.progress(i, path.name, 0, 0)
            try:
                report = import_bundle(
                    db,
                    path,
                    progress=lambda done, total, i=i, name=path.name: task.progress(i, name, done, total),
                )
            except UntrustedBundle as exc:
                outcome.untrusted[path] = exc.signer
                outcome.results.append((path.name, None, str(exc)))
            except CoprodError as exc:
                outcome.results.append((path.name, None, str(exc)))
            else:
                outcome.results.append((path.name, report, None))
    except Exception as exc:  # the window must hear about every file, even after a bug
        logger.exception("import failed")
        done = {name for name, _, _ in outcome.results}
        outcome.results += [
            (p.name, None, f"The import failed unexpectedly ({exc!r}).") for p in paths if p.name not in done
        ]
    finally:
        db.close()
    return outcome
