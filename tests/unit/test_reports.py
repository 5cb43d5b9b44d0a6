"""The PDFs and CSV files: every word that may be printed arrives exactly, nothing else does, nothing crashes."""

import csv
import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from coprod_app.domain.view import ViewDraft
from coprod_app.reports import atomic
from coprod_app.reports.easy_read import APP_SENTENCES, JARGON
from coprod_app.reports.exports import ExportRequest, run_export
from coprod_app.storage import themes as theme_store
from coprod_app.storage import votes
from coprod_app.storage.database import open_database
from coprod_app.storage.packs import ensure_default_pack
from coprod_app.storage.sessions import add_participant, create_session
from coprod_app.storage.views import record_view

LONG_WORD = "Llanfairpwllgwyngyll" * 15
QUOTABLE = [
    "Clubs are <b>great</b> & fun < > &amp; &lt;",
    "<font color='red'>Listen</font> to us",
    "Emoji 😀 must not crash 🙂👍🎉",
    "مرحبا، أريد نادياً بعد المدرسة",
    "שלום, אני רוצה עוד מועדונים",
    "Zażółć gęślą jaźń, Łódź",
    "Dŵr a tŷ: ŵ ŷ Ŵ Ŷ",
    f"A very long word: {LONG_WORD} ends here.",
    "Line one\nLine two",
]
FACILITATOR_NOTE = "Facilitator note: the room was loud <i>at first</i>."
SECRET = "SECRET-NO-CONSENT words that must never be printed"
LONG_VIEW = "This is a very long view. " * 400


def normalise(text: str) -> str:
    """Compare text independent of line breaks, bidi marks and Arabic presentation forms."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufe0f]", "", text)
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
        ).stdout.decode("utf-8")
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    db = open_database(folder / "db.sqlite3")
    ensure_default_pack(db)
    s = create_session(
        db, title="Forum <b>night</b> & ŵŷ", date="2026-11-20", forum="youth-forum", town="Yarm"
    )
    agrees = [
        add_participant(db, s.id, group="young-person", age_band="11-15", quote_consent=True)
        for _ in range(6)
    ]
    refuses = [add_participant(db, s.id, group="parent-carer", age_band="adult") for _ in range(3)]
    ids = []
    for i, text in enumerate(QUOTABLE):
        ids.append(
            record_view(
                db,
                s.id,
                ViewDraft(
                    text=text,
                    participant=agrees[i % 6].code,
                    principles=("principle-1",),
                    commitments=("commitment-4.1",),
                    sentiment="positive",
                ),
            ).id
        )
    ids.append(record_view(db, s.id, ViewDraft(text=FACILITATOR_NOTE)).id)
    ids.append(record_view(db, s.id, ViewDraft(text=LONG_VIEW, participant=agrees[0].code)).id)
    for p in refuses:
        # One is also flagged to follow up offline: it has no CSV row at all (test_safeguarding_exports.py).
        ids.append(
            record_view(
                db,
                s.id,
                ViewDraft(
                    text=SECRET, participant=p.code, follow_up=p is refuses[0], principles=("principle-2",)
                ),
            ).id
        )
    theme = theme_store.add_theme(
        db, "Clubs & <i>buses</i>", "You said the EHCP <b>review</b> & buses are late.", ids
    )
    theme_store.add_action(
        db,
        theme.id,
        "We asked for a later bus <b>on Fridays</b> 😀.",
        "planned",
        owner="Transport lead",
        due="2027-03-31",
    )
    action = theme_store.add_action(db, theme.id, "A drop-in while you wait", "planned")
    theme_store.set_action_status(db, action.id, "not-possible", "No money this year & <none> next.")
    rnd = votes.create_round(db, s.id, "pick", 3)
    for p in agrees:
        votes.cast_vote(db, rnd.id, ["commitment-4.1", "commitment-4.2"], p.code)
    votes.cast_vote(db, rnd.id, ["commitment-1.1"], refuses[0].code)
    out = {}
    for kind in ("officer", "easy-read", "annual"):
        out[kind] = run_export(db, ExportRequest(kind, folder / f"{kind}.pdf", session_id=s.id))[0]
    out["csv"] = run_export(db, ExportRequest("csv", folder, session_id=s.id))
    db.close()
    return {"paths": out, "text": {k: pdf_text(out[k]) for k in ("officer", "easy-read", "annual")}}


def drawable(text: str) -> str:
    """The text less characters no installed font has (emoji need fonts-symbola: see .ci/run)."""
    from coprod_app.reports import fonts

    chain = fonts.font_chain(fonts.BODY)
    return "".join(c for c in text if c <= "\x7e" or any(fonts.font_for_in(c, f) for f in chain))


def is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def officer_body(path: Path) -> str:
    """The officer report's words without each page's running title and page number, normalised.

    Read with pypdf (a test dependency, so the same on every machine, pdftotext or not). Extractors
    split the running title into lines differently (pypdf breaks it at the "ŵŷ"), so it is taken
    out after normalising, page by page, where line breaks no longer matter.
    """
    title = normalise("Officer report: Forum <b>night</b> & ŵŷ (20 November 2026)")
    pages = []
    for number, page in enumerate(PdfReader(str(path)).pages, start=1):
        text = normalise(page.extract_text() or "").replace(title, "")
        pages.append(text.replace(f"Page{number}", "", 1))
    return "".join(pages)


def test_officer_report_prints_every_quotable_view_exactly(built):
    text = officer_body(built["paths"]["officer"])
    for view in QUOTABLE + [FACILITATOR_NOTE, LONG_VIEW]:
        if is_rtl(view):
            # An extractor's guess at reading order moves punctuation between right-to-left runs,
            # so check each word (the PDF draws them in display order; see test_rtl_display_order)
            for word in re.findall(r"\w+", view):
                assert normalise(word) in text, word
        else:
            assert normalise(drawable(view)) in text, view[:40]


def test_rtl_display_order():
    from reportlab.lib.styles import ParagraphStyle

    from coprod_app.reports import fonts
    from coprod_app.reports.text import paragraph

    fonts.register()
    style = ParagraphStyle("t", fontName=fonts.BODY, fontSize=10)
    hebrew = paragraph("שלום עולם", style, 400)
    assert "םלוע םולש" in re.sub("<[^>]+>", "", hebrew.text)  # drawn right to left
    assert hebrew.style.alignment == 2
    mixed = paragraph("Hello שלום", style, 400)
    assert re.sub("<[^>]+>", "", mixed.text).startswith("Hello") and mixed.style.alignment != 2


def test_no_words_from_people_who_did_not_agree(built):
    for kind in ("officer", "easy-read", "annual"):
        assert "SECRET" not in built["text"][kind]
    rows = list(csv.DictReader(open(built["paths"]["csv"][0], encoding="utf-8-sig")))
    assert all("SECRET" not in r["text"] for r in rows)
    assert sum(r["quoted"] == "no" for r in rows) == 2  # the third is flagged to follow up: no row


def test_no_count_under_5(built):
    officer = built["text"]["officer"]
    # table cells come out one per line: a bare 1-4 would be a small count (ranks are written 1st, 2nd…)
    assert not [line for line in officer.splitlines() if re.fullmatch(r"\s*[1-4]\s*", line)]
    assert "fewer than 5" in officer
    assert "follow up offline (safeguarding): fewer than 5" in " ".join(officer.split())
    annual = built["text"]["annual"]
    start = annual.index("Who took part")
    people = annual[start : annual.index("Sessions\n", start)]
    assert not [line for line in people.splitlines() if re.fullmatch(r"\s*[1-4]\s*", line)]
    assert "fewer than 5" in people


def test_themes_and_actions_in_every_pdf(built):
    for kind in ("officer", "easy-read", "annual"):
        text = normalise(built["text"][kind])
        assert normalise("Clubs & <i>buses</i>") in text
        assert normalise("We asked for a later bus <b>on Fridays</b>") in text
    assert normalise("No money this year & <none> next.") in normalise(built["text"]["officer"])


def test_vote_results_when_voting_is_part_of_the_app(built):
    text = " ".join(built["text"]["officer"].split())
    assert "Vote results" in text
    assert "People who voted: 7" in text
    assert "1st" in text


def test_every_font_is_embedded(built):
    for kind in ("officer", "easy-read", "annual"):
        path = built["paths"][kind]
        if shutil.which("pdffonts"):
            lines = subprocess.run(
                ["pdffonts", str(path)], capture_output=True, text=True
            ).stdout.splitlines()[2:]
            assert lines
            for line in lines:
                assert "Helvetica" not in line and line.split()[-5] == "yes", line
        reader = PdfReader(str(path))
        for page in reader.pages:
            for font in (page["/Resources"].get("/Font") or {}).values():
                font = font.get_object()
                descriptor = font.get("/FontDescriptor")
                assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font.get(
                    "/BaseFont"
                )


def test_metadata_title_language_and_page_numbers(built):
    for kind in ("officer", "easy-read", "annual"):
        reader = PdfReader(str(built["paths"][kind]))
        info = reader.metadata
        assert info.title and info.author == "coprod-app" and info.subject
        assert reader.trailer["/Root"]["/Lang"] == "en-GB"
        assert "Page 1" in built["text"][kind]
    assert PdfReader(str(built["paths"]["officer"])).metadata.title.startswith(
        "Officer report: Forum <b>night</b>"
    )


def test_easy_read_is_large_and_plain(built):
    sizes = set()
    for page in PdfReader(str(built["paths"]["easy-read"])).pages:
        page.extract_text(visitor_text=lambda t, cm, tm, font, size: sizes.add(size) if t.strip() else None)
    assert sizes and min(sizes) >= 14
    text = " ".join(built["text"]["easy-read"].split())
    for words in ("You said", "We did", "What happens next", "We cannot do this."):
        assert words in text
    assert JARGON["EHCP"] in text


def test_easy_read_sentences_are_short():
    for sentence in APP_SENTENCES:
        assert len(sentence.split()) <= 15, sentence


def test_csv_files_open_right_in_excel(built):
    paths = built["paths"]["csv"]
    names = [p.name for p in paths]
    assert names == [
        "views.csv",
        "votes.csv",
        "actions.csv",
        "README.txt",
    ]  # README: for the council's own use
    for p in paths:
        assert p.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(open(paths[0], encoding="utf-8-sig", newline="")))
    assert [r["text"] for r in rows if r["quoted"] == "yes"][: len(QUOTABLE)] == QUOTABLE
    actions = list(csv.DictReader(open(paths[2], encoding="utf-8-sig", newline="")))
    assert "planned" in actions[1]["history"] and "not-possible" in actions[1]["history"]


# -- the atomic writer ------------------------------------------------------------------------------------


def test_missing_folder_gives_one_sentence(tmp_path):
    with pytest.raises(atomic.ExportError) as err:
        with atomic.atomic_file(tmp_path / "nope" / "x.pdf") as f:
            f.write(b"x")
    assert "does not exist" in str(err.value) and "\n" not in str(err.value)


def test_a_failure_while_writing_leaves_no_file_and_keeps_the_old_one(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic.atomic_file(target) as f:
            f.write(b"half a PDF")
            raise RuntimeError("layout failed")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_cancelled_export_writes_nothing(db, session, tmp_path):
    record_view(db, session.id, ViewDraft(text="hello"))
    calls = []
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(atomic.ExportCancelled):
        run_export(
            db,
            ExportRequest("officer", out / "x.pdf", session_id=session.id),
            progress=lambda f, w: calls.append(f),
            cancelled=lambda: len(calls) > 3,
        )
    assert list(out.iterdir()) == []


def _mount(tmp_path, options):
    folder = tmp_path / "mnt"
    folder.mkdir()
    if not shutil.which("mount"):
        pytest.skip("mount is not available")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    return folder


@pytest.mark.parametrize("options, words", [("ro,size=1m", "read-only"), ("size=64k", "disk is full")])
def test_read_only_or_full_folder(db, session, tmp_path, options, words):
    for i in range(40):  # random words do not compress: the PDF is bigger than the 64 kB disk
        record_view(db, session.id, ViewDraft(text=" ".join(os.urandom(8).hex() for _ in range(200))))
    folder = _mount(tmp_path, options)
    try:
        with pytest.raises(atomic.ExportError) as err:
            run_export(db, ExportRequest("officer", folder / "x.pdf", session_id=session.id))
        assert words in str(err.value) and "Nothing was written" in str(err.value)
        assert list(folder.iterdir()) == []
    finally:
        subprocess.run(["umount", str(folder)], check=False)
