import os
import subprocess
from collections import Counter
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault(
    "COPROD_READ_ALOUD", "off"
)  # no speech daemon during tests; read-aloud tests fake the engine

ROOT = Path(__file__).resolve().parent.parent

# How much fuzzed text went through each path in this run (tests/unit/test_fuzz_text.py).
FUZZ_COUNTS = pytest.StashKey[Counter]()


@pytest.fixture(scope="session")
def fuzz_counts(pytestconfig) -> Counter:
    """A counter the fuzz tests add to; the totals are printed at the end of the run, never judged."""
    return pytestconfig.stash.setdefault(FUZZ_COUNTS, Counter())


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """After every test: how many fuzzed texts each path took, so a run shows how much it tried."""
    counts = config.stash.get(FUZZ_COUNTS, None)
    if counts is None:  # no fuzz test ran
        return
    terminalreporter.write_line(
        f"fuzz counts: {counts['saved']} texts saved and reloaded, "
        f"{counts['cli']} through the command line, "
        f"{counts['exported texts']} texts through {counts['export runs']} x every export "
        f"({counts['pdf']} PDFs opened, {counts['csv rows']} CSV rows compared exactly)"
    )


@pytest.fixture
def tmpfs(tmp_path):
    """Mount a small tmpfs with the given options (a real full or read-only disk); always unmounted.

    Root ignores file modes, so only a real mount makes a disk that refuses writes. Skips, saying
    why, where mounting is not allowed.
    """
    mounted: list[Path] = []

    def mount(options: str, name: str = "disk") -> Path:
        where = tmp_path / name
        where.mkdir(exist_ok=True)
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True, text=True
        )
        if result.returncode != 0:
            pytest.skip(
                f"cannot mount a tmpfs here to make a real full or read-only disk: "
                f"{result.stderr.strip() or result.returncode}"
            )
        mounted.append(where)
        return where

    try:
        yield mount
    finally:
        for where in reversed(mounted):
            if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
                subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "db" / "coprod.sqlite3"


@pytest.fixture
def db(db_path):
    from coprod_app.storage.database import open_database
    from coprod_app.storage.packs import ensure_default_pack

    database = open_database(db_path)
    ensure_default_pack(database)
    yield database
    database.close()


@pytest.fixture
def session(db):
    from coprod_app.storage.sessions import create_session

    return create_session(
        db, title="Youth forum night", date="2026-11-20", forum="youth-forum", town="Stockton"
    )


@pytest.fixture(autouse=True)
def _cycles_collected_on_gui_thread(request):
    """As in the app: while a test drives the window, cycles are collected on the GUI thread only."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from coprod_app.ui.collector import GuiThreadCollector

    collector = GuiThreadCollector(request.getfixturevalue("qapp"))
    yield
    collector.stop()
    collector.deleteLater()
