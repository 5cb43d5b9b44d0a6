"""kill -9 at any moment loses no view that was confirmed, and the file stays sound.

A separate process (recorder.py) records views and prints each id only after it is saved.
We kill it at random moments, then check every printed id is in the database with its
exact words, `PRAGMA integrity_check` is ok and `coprod-app check` says ok.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.e2e.recorder import text_for

RECORDER = Path(__file__).with_name("recorder.py")
# How many confirmed views to wait for before a kill; 0 kills it while it starts (opening, migrating).
WAIT_CHOICES = (0, 1, 1, 2, 3, 5, 8, 13, 21, 34)
# Not a timing assertion: only a guard so that a hung recorder fails the test instead of hanging it.
HANG_GUARD_SECONDS = 120


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


class Recorder:
    def __init__(self, db: Path, run: int):
        self.proc = subprocess.Popen(
            [sys.executable, str(RECORDER), str(db), str(run)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env=_env(),
        )
        self.buffer = b""

    def wait_for_lines(self, count: int) -> None:
        """Read until `count` confirmations have been printed (or the recorder died)."""
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + HANG_GUARD_SECONDS
        while self.buffer.count(b"\n") < count:
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                pytest.fail(f"the recorder printed nothing for {HANG_GUARD_SECONDS} s")
            chunk = os.read(fd, 65536)
            if not chunk:
                self.proc.wait()
                pytest.fail(
                    f"the recorder stopped by itself (exit {self.proc.returncode}): "
                    f"{self.proc.stderr.read().decode(errors='replace')[-2000:]}"
                )
            self.buffer += chunk

    def kill(self) -> list[tuple[int, int, int]]:
        """kill -9, then every complete line it printed before dying: (view id, run, n)."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self.buffer += self.proc.stdout.read()
        self.proc.stdout.close()
        stderr = self.proc.stderr.read().decode(errors="replace")
        self.proc.stderr.close()
        assert self.proc.returncode == -signal.SIGKILL, stderr
        assert "Traceback" not in stderr, stderr
        complete = self.buffer[: self.buffer.rfind(b"\n") + 1]  # a half-written line was never confirmed
        return [tuple(int(x) for x in line.split()) for line in complete.decode().splitlines()]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def _check_database(db: Path, confirmed: dict[int, str]) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        has_views = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'views'").fetchone()
        # Killed while the very first start-up was creating the file: nothing confirmed yet.
        stored = dict(conn.execute("SELECT id, text FROM views").fetchall()) if has_views else {}
    finally:
        conn.close()
    lost = sorted(set(confirmed) - set(stored))
    assert not lost, f"confirmed views lost after kill -9: {lost[:20]}"
    changed = [i for i, text in confirmed.items() if stored[i] != text]
    assert not changed, f"confirmed views whose words changed: {changed[:20]}"

    check = subprocess.run(
        [sys.executable, "-m", "coprod_app", "check", "--json", "--db", str(db)],
        capture_output=True,
        cwd=ROOT,
        env=_env(),
        timeout=HANG_GUARD_SECONDS,
    )
    assert check.returncode == 0, check.stderr.decode(errors="replace")
    report = json.loads(check.stdout)
    assert report["ok"] is True and report["problems"] == []
    assert (report["journal_mode"], report["synchronous"]) == ("wal", "full")


def run_kills(tmp_path: Path, kills: int, seed: int) -> tuple[int, int]:
    """Kill the recorder `kills` times; returns (kills, confirmed views checked)."""
    rng = random.Random(seed)
    db = tmp_path / "db" / "kill.sqlite3"
    confirmed: dict[int, str] = {}
    for run in range(kills):
        # Make sure the last rounds confirm something, so the check is never empty.
        wait = rng.choice(WAIT_CHOICES) if run < kills - 1 else max(1, rng.choice(WAIT_CHOICES))
        recorder = Recorder(db, run)
        try:
            recorder.wait_for_lines(wait)
            printed = recorder.kill()
        finally:
            recorder.stop()
        for view_id, printed_run, n in printed:
            assert printed_run == run
            assert view_id not in confirmed, f"view id {view_id} was given twice"
            confirmed[view_id] = text_for(run, n)
        if db.exists():
            _check_database(db, confirmed)
    assert confirmed, "no view was ever confirmed"
    return kills, len(confirmed)


def test_kill_9_loses_no_confirmed_view(tmp_path):
    seed = random.randrange(1 << 30)
    kills, checked = run_kills(tmp_path, kills=5, seed=seed)
    print(f"\nkill test: {kills} kills, {checked} confirmed views checked (seed {seed})")
    assert kills == 5


@pytest.mark.slow
def test_kill_9_many_times_loses_no_confirmed_view(tmp_path):
    seed = random.randrange(1 << 30)
    kills, checked = run_kills(tmp_path, kills=60, seed=seed)
    print(f"\nkill test (slow): {kills} kills, {checked} confirmed views checked (seed {seed})")
    assert kills >= 50
