"""`coprod-app` opens a real window under Xvfb; the screenshot shows the capture screen."""

import os
import subprocess
import sys
import time

from PySide6.QtGui import QImage

from tests.e2e.xvfb import need, screenshot, wait_for_window, xvfb


def distinct_colours(path) -> int:
    image = QImage(str(path))
    assert not image.isNull()
    return len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)})


def test_real_window_opens_and_shows_the_capture_screen(tmp_path):
    need("Xvfb", "xwininfo", "import")
    db = tmp_path / "db" / "coprod.sqlite3"
    base = [sys.executable, "-m", "coprod_app", "--db", str(db)]
    session = subprocess.run(
        base
        + [
            "session",
            "new",
            "--title",
            "Youth forum night",
            "--date",
            "2026-11-20",
            "--forum",
            "youth-forum",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert session.stdout.strip() == '{"id": 1}'
    subprocess.run(
        base
        + [
            "view",
            "add",
            "--session",
            "1",
            "--text",
            "More clubs after school, please",
            "--principle",
            "principle-3",
            "--commitment",
            "commitment-2.1",
        ],
        check=True,
        capture_output=True,
    )
    with xvfb() as display:
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        app = subprocess.Popen(base, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            found = wait_for_window(display, "coprod-app")
            if not found:
                app.kill()
                out, err = app.communicate()
                raise AssertionError(f"no window appeared; the app said: {err[-2000:]}")
            time.sleep(1.5)  # let the first paint finish before the screenshot
            shot = tmp_path / "capture-screen.png"
            screenshot(display, shot)
            print(f"screenshot: {shot}")
            assert app.poll() is None, "the app exited instead of staying open"
            assert distinct_colours(shot) > 20, "the screen is blank"
        finally:
            app.terminate()
            app.wait(timeout=20)
