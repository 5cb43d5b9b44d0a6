"""Take the user guide's screenshots of the participant screen in a real window under Xvfb.

    python docs/screenshots/make_screenshots.py [DISPLAY_NUMBER]

For each screen size it starts its own Xvfb, opens the voting screen full screen
with a throw-away database (theme and text size set as the View menu would), and
takes `import -window root` shots. Needs Debian's xvfb and imagemagick.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SIZES = [(1024, 768), (1920, 1080)]
SHOTS = [  # (theme, text size, page)
    ("default", 1.0, "ballot"),
    ("default", 2.0, "ballot"),
    ("high-contrast", 1.0, "ballot"),
    ("high-contrast", 2.0, "ballot"),
]
EXTRAS = [  # only at 1024x768
    ("default", 1.0, "welcome"),
    ("default", 1.0, "rating"),  # one card at a time, the rating layout a laptop starts with
    ("default", 1.0, "rating-list"),
    ("default", 1.0, "rank"),
    ("default", 1.0, "review"),
    ("default", 1.0, "help"),
    ("default", 1.0, "practice"),
    ("default", 1.0, "results-waiting"),
    ("calm", 1.0, "ballot"),
    ("default", 1.0, "last-time"),
    ("default", 1.0, "welsh"),
]

CHILD = r"""
import os, subprocess, sys, tempfile
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from coprod_app.storage.database import open_database, set_meta
from coprod_app.storage.packs import ensure_default_pack
from coprod_app.storage.sessions import create_session
from coprod_app.storage import votes
from coprod_app.storage import pin as pin_store
theme, scale, page, out = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
db = open_database(os.path.join(tempfile.mkdtemp(), "shots.sqlite3"))
ensure_default_pack(db)
set_meta(db, "ui_theme", theme)
set_meta(db, "ui_text_scale", scale)
if page == "welsh":
    set_meta(db, "ui_language", "cy")  # as View > Language > Cymraeg: the frame and the cards in Welsh
from coprod_app.ui.app import prepare_application, use_view_settings
prepare_application(app)
use_view_settings(app, db)  # the app's own look, as at start: its font and style sheet (issue 17)
session = create_session(db, title="Youth forum", date="2026-11-20", forum="youth-forum", town="Stockton")
pin_store.set_facilitator_pin(db, "2468")
if page == "last-time":
    from coprod_app.ui.officer.last_time import LastTimeViewer, cards_for
    from coprod_app.storage import themes as theme_store
    from coprod_app.storage.views import record_view
    from coprod_app.domain.view import ViewDraft
    ids = [record_view(db, session.id, ViewDraft(text="v")).id]
    t = theme_store.add_theme(db, "Clubs after school", "You said there are not enough clubs near you.", ids)
    theme_store.add_action(db, t.id, "Three youth clubs now open on Saturdays.", "done")
    later = create_session(db, title="Next", date="2027-01-10", forum="youth-forum")
    previous, themes = theme_store.themes_heard_last_time(db, later.id)
    widget = LastTimeViewer(cards_for(previous, themes), db=db)
    widget.setGeometry(app.primaryScreen().geometry())
    widget.showFullScreen()
    widget.next()
    widget.next_button.setFocus()
else:
    from coprod_app.storage.device_settings import save_settings
    from coprod_app.ui.voting.participant_screen import ParticipantScreen
    method = {"rating": "rating", "rating-list": "rating", "welsh": "rating", "rank": "rank"}.get(page, "pick")
    if page == "rating-list":
        save_settings(db, rating_layout="list")  # as the View menu's "Rating rounds: all cards in a list"
    keys = ["commitment-1.1", "commitment-2.1", "commitment-3.1", "commitment-4.1"] if method == "rating" else None
    rnd = votes.create_round(db, session.id, method, 3, keys)
    if page == "results-waiting":
        for choice in (["commitment-1.1", "commitment-2.2"], ["commitment-4.5"]):
            votes.cast_vote(db, rnd.id, choice)  # 2 votes: the big screen waits for 5
    widget = ParticipantScreen(db, rnd.id)
    widget.open_on(app.primaryScreen())
    if page == "results-waiting":
        widget.set_revealed(True)
    elif page == "practice":
        widget.start_practice()
        widget.practice_intro.start_button.click()
        b = widget.ballot
        first = next(iter(b.cards))
        b.cards[first].activated.emit(first)
    elif page != "welcome":
        widget.welcome.start_button.click()
        b = widget.ballot
        if page == "rating-list":
            b.rating_cards["commitment-1.1"].buttons[0].click()
            b.rating_cards["commitment-2.1"].buttons[1].setFocus()
        elif method == "rating":
            b.rating_one.scale_buttons["like"].click()  # the first card liked: the second comes up
        else:  # pick and rank: two cards chosen as a tap chooses them
            for key in ("commitment-1.2", "commitment-2.1"):
                b.cards[key].activated.emit(key)
            b.cards["commitment-1.1"].setFocus()
        if page == "help":
            b.help_button.click()
        if page == "review":
            b.done_button.click()
def shoot():
    app.processEvents()
    subprocess.run(["import", "-window", "root", out], check=True)
    if hasattr(widget, "end"):
        widget.end()
    app.quit()
QTimer.singleShot(1500, shoot)
app.exec()
"""


def shrink(path: Path, limit: int = 290 * 1024) -> None:
    """Keep each picture under ~300 KB: 256 colours is plenty for a screen of flat colours and text."""
    if path.stat().st_size <= limit:
        return
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format_Indexed8, Qt.ThresholdDither | Qt.AutoColor)
    image.save(str(path), "PNG", 9)


def main() -> int:
    display = sys.argv[1] if len(sys.argv) > 1 else "97"
    for width, height in SIZES:
        xvfb = subprocess.Popen(
            ["Xvfb", f":{display}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"]
        )
        try:
            time.sleep(1.5)
            env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
            shots = SHOTS + (EXTRAS if width == 1024 else [])
            for theme, scale, page in shots:
                name = f"participant-{page}-{theme}-{round(scale * 100)}-{width}x{height}.png"
                out = HERE / name
                subprocess.run(
                    [sys.executable, "-c", CHILD, theme, str(scale), page, str(out)],
                    env=env,
                    cwd=ROOT,
                    check=True,
                    timeout=120,
                )
                shrink(out)
                print(f"{name}: {out.stat().st_size // 1024} KB")
        finally:
            xvfb.terminate()
            xvfb.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
