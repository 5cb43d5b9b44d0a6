"""A stand-in for `coprod-app erase` that stops at a chosen moment, for the erase kill test.

Usage: python tests/e2e/eraser.py DB_PATH SESSION_ID CODE STOP_AT

STOP_AT is the start of an SQL statement the erase runs (for example "DELETE FROM participants"
or "VACUUM"). When the connection is about to run it, the eraser prints "at STOP_AT", flushed,
and waits to be killed; the test then kills it with SIGKILL. "none" runs the erase to its end.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> int:
    from coprod_app.storage.database import open_database
    from coprod_app.storage.privacy import erase_participant

    db_path, session_id, code, stop_at = argv[1], int(argv[2]), argv[3], argv[4]
    db = open_database(db_path)
    db.execute("PRAGMA secure_delete=OFF")  # as on Windows builds of SQLite: freed space keeps old words
    killed = threading.Event()  # never set: the test kills the process while it waits here

    def trace(statement: str) -> None:
        if stop_at != "none" and statement.lstrip().upper().startswith(stop_at.upper()):
            print(f"at {stop_at}", flush=True)
            killed.wait()

    db.conn.set_trace_callback(trace)
    erase_participant(db, session_id, code)
    print("erased", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
