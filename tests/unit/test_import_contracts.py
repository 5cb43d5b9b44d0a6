"""The import contracts of pyproject.toml ([tool.importlinter]) fail when a layer is crossed.

Each test copies the package and the configuration to a temporary folder, checks that the contract
holds for the copy as it is, then makes the mistake a newcomer could make there and runs
`lint-imports` on the copy, as .ci/run does on the real tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

LINT_IMPORTS = shutil.which("lint-imports", path=str(Path(sys.executable).parent))


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    out = tmp_path / "tree"
    shutil.copytree(ROOT / "coprod_app", out / "coprod_app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", out / "pyproject.toml")
    return out


def _lint(tree: Path, contract: str) -> subprocess.CompletedProcess:
    assert LINT_IMPORTS, "lint-imports is not installed in this venv (pip install -e '.[test]')"
    # The copy first on the path, so its package is read rather than the installed one.
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache", "--no-logo", "--contract", contract],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _add_line(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def test_a_qt_import_in_storage_breaks_the_build(copy):
    assert _lint(copy, "qt-only-in-ui").returncode == 0
    _add_line(
        copy / "coprod_app/storage/__init__.py", "import PySide6.QtWidgets  # a window in the storage layer"
    )
    result = _lint(copy, "qt-only-in-ui")
    assert result.returncode == 1, result.stdout
    assert "coprod_app.storage is not allowed to import PySide6" in result.stdout
    assert "BROKEN" in result.stdout


def test_the_command_line_reaches_qt_only_through_ui_app(copy):
    _add_line(
        copy / "coprod_app/cli/views.py", "from PySide6.QtCore import QTimer  # Qt straight from a command"
    )
    result = _lint(copy, "qt-only-in-ui")
    assert result.returncode == 1, result.stdout
    assert "coprod_app.cli is not allowed to import PySide6" in result.stdout


def test_storage_importing_a_report_breaks_the_layers(copy):
    assert _lint(copy, "layers").returncode == 0
    _add_line(copy / "coprod_app/storage/views.py", "from coprod_app.reports import csv_export  # upward")
    result = _lint(copy, "layers")
    assert result.returncode == 1, result.stdout
    assert "coprod_app.storage is not allowed to import coprod_app.reports" in result.stdout


def test_the_file_locations_opening_a_database_breaks_the_layers(copy):
    # locations.py once asked storage/backup.py where backups go, while storage asked it where the database is.
    _add_line(copy / "coprod_app/locations.py", "from coprod_app.storage import backup  # upward")
    result = _lint(copy, "layers")
    assert result.returncode == 1, result.stdout
    assert "coprod_app.locations is not allowed to import coprod_app.storage" in result.stdout


def test_sql_in_the_domain_breaks_the_build(copy):
    assert _lint(copy, "pure-domain").returncode == 0
    _add_line(copy / "coprod_app/domain/view.py", "import sqlite3  # the domain stays plain Python")
    result = _lint(copy, "pure-domain")
    assert result.returncode == 1, result.stdout
    assert "coprod_app.domain is not allowed to import sqlite3" in result.stdout


def test_two_modules_importing_each_other_break_the_build(copy):
    before = _lint(copy, "no-cycles").stdout
    assert "No cycles are allowed in coprod_app.domain." not in before
    # A lazy import inside a function counts too: it hides the cycle from Python, not from a reader.
    (copy / "coprod_app/domain/tally_words.py").write_text(
        "from coprod_app.domain import tally_rules\n", encoding="utf-8"
    )
    (copy / "coprod_app/domain/tally_rules.py").write_text(
        "def words():\n    from coprod_app.domain import tally_words\n\n    return tally_words\n",
        encoding="utf-8",
    )
    result = _lint(copy, "no-cycles")
    assert result.returncode == 1, result.stdout
    assert "No cycles are allowed in coprod_app.domain." in result.stdout
