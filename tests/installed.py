"""A user's computer with the app installed, as the tests of issue 18 fake it."""

from __future__ import annotations

import sys
from pathlib import Path

from coprod_app import locations


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
