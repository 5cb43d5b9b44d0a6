"""The easy-read PDF shows each linked commitment's symbol and easy-read words, with the symbols' credit."""

import subprocess
import sys

from pypdf import PdfReader

from coprod_app.domain.view import ViewDraft
from coprod_app.storage.themes import add_action, add_theme
from coprod_app.storage.views import record_view


def test_easy_read_pdf_has_commitment_symbols(db, session, tmp_path):
    view = record_view(db, session.id, ViewDraft(text="More clubs after school"))
    theme = add_theme(db, "Clubs after school", "You said there are not enough clubs.", [view.id])
    add_action(
        db, theme.id, "We asked two clubs to open later.", "in-progress", commitments=["commitment-2.1"]
    )
    db_file = db.execute("PRAGMA database_list").fetchone()[2]
    out = tmp_path / "easy.pdf"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "coprod_app",
            "--db",
            db_file,
            "export",
            "easy-read",
            "--session",
            str(session.id),
            "--out",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    reader = PdfReader(str(out))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert "This is about" in text
    assert "welcome and include you" in text  # commitment 2.1's easy-read words
    assert "OpenMoji" in text
    assert sum(len(page.images) for page in reader.pages) >= 1
