"""`coprod-app ... | head`: a reader that stops early is not an error the user must read about."""

import subprocess
import sys

from tests.unit.real_cli import PACKAGE_ROOT


def test_a_reader_that_stops_early_gets_no_error_message(tmp_path):
    db = tmp_path / "c.sqlite3"
    run = [sys.executable, "-m", "coprod_app", "--db", str(db)]
    subprocess.run(
        [*run, "session", "new", "--title", "Forum", "--date", "2026-07-01", "--forum", "other"],
        check=True,
        cwd=PACKAGE_ROOT,
        capture_output=True,
    )
    # The reader goes away before the command writes a byte (the command takes far longer to start).
    command = subprocess.Popen(
        [*run, "pack", "show"], cwd=PACKAGE_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    command.stdout.close()
    errors = command.stderr.read()
    command.wait(timeout=60)
    assert "Something went wrong" not in errors and "Traceback" not in errors and "Exception" not in errors, (
        errors
    )
