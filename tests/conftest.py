import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COPROD_READ_ALOUD", "off")  # no speech daemon during tests; read-aloud tests fake the engine

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


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

    return create_session(db, title="Youth forum night", date="2026-11-20", forum="youth-forum", town="Stockton")


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
