"""A stand-in facilitator for the kill test: records views in a loop through the storage layer.

Usage: python tests/e2e/recorder.py DB_PATH RUN

Each line printed is "VIEW_ID RUN N", flushed, and only after `record_view` returned: the
moment the app would show "saved". The text of view N of run RUN is `text_for(RUN, N)`, so
the test can check every confirmed view word for word after a kill -9.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SESSION_TITLE = "Kill test"

_KINDS = (
    "Swimming 🏊🏽‍♀️ on Saturdays please 👍🏿",
    "أريد نادياً بعد المدرسة",
    "Mae'r ŵyl yn hwyl; ŷd a dŵr",
    "Zażółć gęślą jaźń",
    "<b>&amp;</b> & <i>not markup</i>",
    "first line\nsecond line\r\n\tthird",
)


def text_for(run: int, n: int) -> str:
    """The words of view `n` of run `run`: every kind of text, and now and then a long one."""
    text = f"run {run} view {n}: {_KINDS[n % len(_KINDS)]}"
    if n % 5 == 4:
        text += "\n" + ("a long answer ŵ 🎈 " * 1200)  # ~22,000 characters: a commit of several pages
    return text


def main(argv: list[str]) -> int:
    from coprod_app.domain.view import ViewDraft
    from coprod_app.storage.database import open_database
    from coprod_app.storage.packs import ensure_default_pack
    from coprod_app.storage.sessions import create_session, list_sessions
    from coprod_app.storage.views import record_view

    db_path, run = Path(argv[0]), int(argv[1])
    db = open_database(db_path)
    ensure_default_pack(db)
    sessions = [s for s in list_sessions(db) if s.title == SESSION_TITLE]
    session = (
        sessions[0]
        if sessions
        else create_session(db, title=SESSION_TITLE, date="2026-11-20", forum="youth-forum", town="Stockton")
    )
    n = 0
    while True:
        draft = ViewDraft(
            text=text_for(run, n),
            principles=(f"principle-{n % 3 + 1}",),
            commitments=(f"commitment-1.{n % 5 + 1}",),
            sentiment=("positive", "mixed", "negative")[n % 3],
            how=("spoken", "written", "symbols", "signing", "supported")[n % 5],
        )
        view = record_view(db, session.id, draft)
        print(f"{view.id} {run} {n}", flush=True)
        n += 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
