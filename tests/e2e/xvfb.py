"""A real X server for tests that open the real window (skips cleanly where there is none).

Besides Xvfb: a real window manager (openbox) for tests of what Alt+Tab, minimising,
switching desktop and the close button do; xdotool and wmctrl to act as a person
would; tesseract to read a screenshot back as words.
"""

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
        reason = (
            f"needs {', '.join(missing)} "
            "(Debian: xvfb, imagemagick, x11-utils, openbox, xdotool, wmctrl, tesseract-ocr, tesseract-ocr-eng)"
        )
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
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
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
        tree = subprocess.run(
            ["xwininfo", "-root", "-tree"],
            env={**os.environ, "DISPLAY": display},
            capture_output=True,
            text=True,
        ).stdout
        if title_part in tree:
            return True
        time.sleep(0.25)
    return False


def screenshot(display: str, path) -> None:
    subprocess.run(
        ["import", "-window", "root", str(path)],
        env={**os.environ, "DISPLAY": display},
        check=True,
        capture_output=True,
    )


def x_run(display: str, *command: str, check: bool = True) -> str:
    """Run an X client (xdotool, wmctrl…) on `display`; returns what it printed."""
    done = subprocess.run(
        list(command), env={**os.environ, "DISPLAY": display}, capture_output=True, text=True, timeout=30
    )
    if check and done.returncode != 0:
        raise AssertionError(f"{' '.join(command)} failed: {done.stderr.strip()}")
    return done.stdout.strip()


def wait_until(condition, timeout: float = 20, what: str = "the screen") -> None:
    """Poll `condition` until it is true; a real window manager answers in its own time."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


@contextmanager
def window_manager(display: str):
    """Openbox on `display`, with its usual keys (Alt+Tab, Alt+F4) and four desktops."""
    need("openbox", "wmctrl")
    env = {**os.environ, "DISPLAY": display}

    def running() -> bool:
        return subprocess.run(["wmctrl", "-m"], env=env, capture_output=True).returncode == 0

    proc, said = None, ""
    for _try in range(3):  # an openbox that dies while starting is started again
        proc = subprocess.Popen(
            ["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        deadline = time.monotonic() + 30
        while proc.poll() is None and not running() and time.monotonic() < deadline:
            time.sleep(0.1)
        if proc.poll() is None and running():
            break
        proc.terminate()
        said = proc.communicate(timeout=10)[1][-1000:]
    else:
        raise AssertionError(f"openbox did not start on {display}: {said}")
    try:
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def read_screen(path) -> str:
    """The words tesseract reads in a screenshot."""
    need("tesseract")
    done = subprocess.run(["tesseract", str(path), "-"], capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise AssertionError(f"tesseract could not read {path}: {done.stderr.strip()[-500:]}")
    return done.stdout
