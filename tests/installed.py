"""A user's computer with the app installed, as the tests of issue 18 fake it."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Callable

from coprod_app import locations

NOBODY = 65534  # the uid and gid of Debian's `nobody`
# The command line's first session on a new install.
NEW_SESSION = ["session", "new", "--title", "Summer forum", "--date", "2026-07-01", "--forum", "other"]


def pretend_installed(tmp_path: Path, monkeypatch) -> Path:
    """The app installed (not a checkout) on Linux for a user whose home is in tmp_path; returns HOME.

    Every folder the app picks then follows HOME and XDG_DATA_HOME, not this machine's own settings.
    """
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setattr(locations, "is_checkout", lambda: False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    for name in ("COPROD_DB", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(name, raising=False)
    return home


def as_ordinary_user(attempt: Callable[[], int], failed: int) -> int:
    """What attempt() returns for a user who is not root; `failed` if it raised.

    Root ignores file modes, so as root it runs in a forked child that is `nobody`, and its
    result comes back as the child's exit status.
    """
    if os.geteuid() != 0:
        return attempt()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        code = failed
        try:
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            code = attempt()
        finally:
            os._exit(code)
    _, status = os.waitpid(child, 0)
    return os.waitstatus_to_exitcode(status)
