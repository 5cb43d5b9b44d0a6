"""The real `coprod-app` program in a subprocess, as a new user types it (issue 14's attacks)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import coprod_app

# The tree the tests import, so the subprocess runs the same code (an older checkout included).
PACKAGE_ROOT = Path(coprod_app.__file__).resolve().parent.parent


def run_cli(*argv: str, cwd: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8", "COPROD_DB")}
    env["PYTHONPATH"] = str(PACKAGE_ROOT)
    return subprocess.run(
        [sys.executable, "-m", "coprod_app", *argv],
        input=stdin,
        capture_output=True,
        env=env,
        cwd=cwd or PACKAGE_ROOT,
        timeout=120,
    )


def one_line(result: subprocess.CompletedProcess, status: int = 1) -> str:
    """The error a refused command printed: exactly one line on stderr, no traceback, the given exit status."""
    err = result.stderr.decode("utf-8")
    assert result.returncode == status, (result.returncode, err, result.stdout)
    assert err.startswith("coprod-app: ") and err.endswith("\n") and err.count("\n") == 1, (
        f"not one line: {err!r}"
    )
    assert "Traceback" not in err and "did not expect" not in err and "Error(" not in err, err
    return err.strip()
