"""DejaVu Sans ships in resources/fonts, so every PDF works on a computer with no /usr/share/fonts (Windows).

Before, the reports read DejaVu only from /usr/share/fonts/truetype/dejavu: on Windows every PDF
export failed. These tests take the system's font folders away and export as a user would.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from coprod_app import resources
from coprod_app.reports import fonts
from tests.conftest import ROOT

# Runs in a fresh process (ReportLab keeps registered fonts for the life of a process): the
# computer's font folders are an empty folder, as on Windows, then an officer report with Welsh
# words (which Atkinson lacks, so DejaVu draws them) and the privacy notice are exported.
WITHOUT_SYSTEM_FONTS = r"""
import json, sys
from pathlib import Path
from coprod_app import resources
resources.SYSTEM_FONT_FOLDERS = (Path(sys.argv[1]),)
from reportlab.pdfbase import pdfmetrics
from coprod_app.domain.view import ViewDraft
from coprod_app.reports import fonts
from coprod_app.reports.exports import ExportRequest, run_export
from coprod_app.reports.privacy_notice import export_privacy_notice
from coprod_app.storage.database import open_database
from coprod_app.storage.packs import ensure_default_pack
from coprod_app.storage.sessions import add_participant, create_session
from coprod_app.storage.views import record_view

out = Path(sys.argv[2])
db = open_database(out / "db.sqlite3")
ensure_default_pack(db)
session = create_session(db, title="Fforwm ieuenctid", date="2026-11-20", forum="youth-forum", town="Stockton")
person = add_participant(db, session.id, group="young-person", age_band="11-15", quote_consent=True)
record_view(db, session.id, ViewDraft(text="Dŵr a tŷ: mwy o glybiau ar ôl ysgol", participant=person.code,
                                      commitments=("commitment-4.1",), sentiment="positive"))
run_export(db, ExportRequest("officer", out / "officer.pdf", session_id=session.id))
db.close()
export_privacy_notice(out / "notice.pdf", 24, "Ŵyn, 01642 000000")
files = {name: pdfmetrics.getFont(name).face.filename for name in fonts.DEJAVU}
print(json.dumps({"files": files, "chain": fonts.font_chain(fonts.BODY)}))
"""


@pytest.fixture(scope="module")
def without_system_fonts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("no-system-fonts")
    (folder / "system").mkdir()
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_SYSTEM_FONTS, str(folder / "system"), str(folder)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    return folder, json.loads(result.stdout.splitlines()[-1])


def embedded_fonts(path: Path) -> set[str]:
    """The fonts a PDF uses, each checked to be embedded (a FontFile2 stream)."""
    names = set()
    for page in PdfReader(str(path)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
            names.add(str(font["/BaseFont"]).split("+")[-1])  # ReportLab names a subset "AAAAAA+DejaVuSans"
    return names


def test_the_reports_register_the_shipped_dejavu_when_the_computer_has_none(without_system_fonts):
    _, found = without_system_fonts
    assert found["files"] == {name: str(resources.FONTS / file) for name, file in fonts.DEJAVU.items()}
    # No Symbola or Droid Sans Fallback on such a computer: the chain is the two shipped families.
    assert found["chain"] == [fonts.BODY, fonts.FALLBACK]


def test_an_exported_pdf_embeds_dejavu_without_system_fonts(without_system_fonts):
    folder, _ = without_system_fonts
    assert "DejaVuSans" in embedded_fonts(folder / "officer.pdf"), "the Welsh ŵ and ŷ need DejaVu"
    assert embedded_fonts(folder / "officer.pdf") <= {
        "AtkinsonHyperlegible-Regular",
        "AtkinsonHyperlegible-Bold",
        "DejaVuSans",
        "DejaVuSans-Bold",
    }
    assert embedded_fonts(folder / "notice.pdf") <= {"DejaVuSans", "DejaVuSans-Bold"}
    assert embedded_fonts(folder / "notice.pdf")


def test_the_shipped_font_comes_before_the_systems(tmp_path, monkeypatch):
    system = tmp_path / "system"
    system.mkdir()
    for name in ("DejaVuSans.ttf", "Symbola_hint.ttf"):
        (system / name).write_bytes(b"not the shipped file")
    monkeypatch.setattr(resources, "SYSTEM_FONT_FOLDERS", (system,))
    assert resources.font_path("DejaVuSans.ttf") == resources.FONTS / "DejaVuSans.ttf"
    assert resources.font_path("Symbola_hint.ttf") == system / "Symbola_hint.ttf"  # not shipped: the system's
    assert resources.font_path("DroidSansFallbackFull.ttf") is None


def test_windows_looks_in_its_own_font_folders(tmp_path):
    # A fresh interpreter that believes it runs on Windows, as the app would start there.
    script = (
        "import json, sys; sys.platform = 'win32'; from coprod_app import resources; "
        "print(json.dumps([str(p) for p in resources.SYSTEM_FONT_FOLDERS]))"
    )
    env = {
        "PATH": "",
        "WINDIR": str(tmp_path / "Windows"),
        "LOCALAPPDATA": str(tmp_path / "AppData" / "Local"),
    }
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env, check=True
    ).stdout
    assert json.loads(out) == [
        str(tmp_path / "Windows" / "Fonts"),
        str(tmp_path / "AppData" / "Local" / "Microsoft" / "Windows" / "Fonts"),
    ]


def test_every_dejavu_face_ships_with_its_licence():
    for file in fonts.DEJAVU.values():
        assert (ROOT / "resources" / "fonts" / file).read_bytes()[:4] == b"\x00\x01\x00\x00", (
            file
        )  # a TrueType file
    licence = (ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in licence and "Arev Fonts Copyright" in licence
    tracked = subprocess.run(
        ["git", "ls-files", "resources/fonts"], cwd=ROOT, capture_output=True, text=True
    ).stdout
    assert set(tracked.split()) >= {
        f"resources/fonts/{f}" for f in [*fonts.DEJAVU.values(), "LICENSE-DejaVu.txt"]
    }
