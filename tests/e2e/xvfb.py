"""A real X server for tests that open the real window (skips cleanly where there is none)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from contextlib import contextmanager

import pytest


def need(*programs: str) -> None:
    missing = [p for p in programs if shutil.which(p) is None]
    if missing:
        reason = f"needs {', '.join(missing)} (Debian: xvfb, imagemagick, x11-utils)"
        if os.environ.get("COPROD_REQUIRE_XVFB") == "1":
            pytest.fail(reason)
        pytest.skip(reason)


@contextmanager
def xvfb(width: int = 1366, height: int = 768):
    """Start Xvfb on a free display; yields the DISPLAY value."""
    need("Xvfb")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as f:
            number = f.readline().strip()
        if not number:
            pytest.fail("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def wait_for_window(display: str, title_part: str, timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        tree = subprocess.run(["xwininfo", "-root", "-tree"], env={**os.environ, "DISPLAY": display},
                              capture_output=True, text=True).stdout
        if title_part in tree:
            return True
        time.sleep(0.25)
    return False


def screenshot(display: str, path) -> None:
    subprocess.run(["import", "-window", "root", str(path)], env={**os.environ, "DISPLAY": display},
                   check=True, capture_output=True)
