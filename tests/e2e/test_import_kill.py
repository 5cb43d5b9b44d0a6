"""kill -9 during a big bundle import leaves the database exactly as before the import (issue 6)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_app.storage.bundle import export_bundle, import_bundle
from coprod_app.storage.database import open_database, record_fields
from coprod_app.storage.devices import this_device, trust_device
from tests.unit.bundle_helpers import full_session, laptop, snapshot, trust_each_other

ROOT = Path(__file__).resolve().parents[2]
VIEWS = 20_000

# The child imports with a progress callback that, once enough rows are written inside the
# still-open transaction, says so and then waits on stdin, so the kill lands mid-import every time.
CHILD = """
import sys
from coprod_app.storage.bundle import import_bundle
from coprod_app.storage.database import open_database

db = open_database(sys.argv[1])
stop_at = int(sys.argv[3])

def progress(done, total):
    if done >= stop_at:
        print(f"writing {done} of {total}", flush=True)
        sys.stdin.readline()

import_bundle(db, sys.argv[2], progress=progress)
print("finished", flush=True)
"""


@pytest.fixture(scope="module")
def big_bundle(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big")
    db = laptop(folder / "laptop.sqlite3")
    session_id = full_session(db, views=2)
    rows = [
        {
            "session_id": session_id,
            "text": f"view {i} 🙂 " + "words " * 40,
            "principles": '["principle-1"]',
            "commitments": '["commitment-2.1"]',
            "sentiment": "mixed",
            **record_fields(db),
        }
        for i in range(VIEWS)
    ]
    with db.atomic():
        db["views"].insert_all(rows, batch_size=2000)
    path = export_bundle(db, session_id, folder / "big.coprod")["path"]
    fingerprint = this_device(db).fingerprint
    db.close()
    return Path(path), fingerprint


@pytest.fixture
def officer(tmp_path, big_bundle):
    """The officer's database, trusting both laptops, with a session from elsewhere already in it."""
    path = tmp_path / "officer" / "coprod.sqlite3"
    other = laptop(tmp_path / "other.sqlite3")
    bundle = export_bundle(other, full_session(other), tmp_path / "other.coprod")["path"]
    db = laptop(path)
    trust_each_other(db, other)
    trust_device(db, big_bundle[1])
    other.close()
    import_bundle(db, bundle)
    before = snapshot(db)
    db.close()
    return path, before


@pytest.mark.parametrize("stop_at", [2_000, 14_000])
def test_kill_9_during_import_leaves_the_database_as_before(big_bundle, officer, stop_at):
    big_bundle = big_bundle[0]
    path, before = officer
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(big_bundle), str(stop_at)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = child.stdout.readline()
        assert line.startswith("writing"), (line, child.stderr.read() if child.poll() is not None else "")
        probe = sqlite3.connect(str(path), timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):  # the child is inside its write
            probe.execute("BEGIN IMMEDIATE")
        probe.close()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL

    db = open_database(path)  # refuses a damaged file, so opening at all is part of the check
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert snapshot(db) == before
        report = import_bundle(db, big_bundle)  # and the same import then works
        assert report["added"]["views"] == VIEWS + 2
    finally:
        db.close()
