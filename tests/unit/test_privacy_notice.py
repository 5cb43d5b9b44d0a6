"""The easy-read privacy notice: short sentences, every section, and a printable PDF with an embedded font."""

from __future__ import annotations

import re

import pytest

from coprod_app.domain.privacy import NOTICE_TITLE, notice_sentences, privacy_notice

JARGON = ("data", "GDPR", "process", "controller", "retention", "anonymis", "pseudonym", "consent", "lawful")


@pytest.mark.parametrize("months", [1, 6, 18, 24, 120])
def test_every_sentence_is_short_and_plain(months):
    sections = privacy_notice(months, contact="SEND participation team, 01642 000000")
    sentences = notice_sentences(sections)
    assert [s.heading for s in sections] == [
        "What we write down",
        "Why we write it down",
        "Who sees it",
        "How long we keep it",
        "How to ask us to remove it",
    ]
    for sentence in sentences:
        assert len(sentence.split()) <= 15, sentence
        assert not any(word.lower() in sentence.lower() for word in JARGON), sentence
    print(
        f"\nnotice: {len(sentences)} sentences checked, "
        f"longest {max(len(s.split()) for s in sentences)} words"
    )


def test_it_says_how_long_and_who_to_contact():
    text = " ".join(notice_sentences(privacy_notice(18, "Ask Sam on 01642 000000")))
    assert "18 months" in text and "01642 000000" in text
    assert "2 years" in " ".join(notice_sentences(privacy_notice()))
    assert "contact" not in " ".join(notice_sentences(privacy_notice(24, ""))).lower()


def test_pdf_has_every_sentence_and_embeds_its_font(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    from coprod_app.reports.privacy_notice import export_privacy_notice

    path = export_privacy_notice(tmp_path / "notice.pdf", 24, "Ŵyn & <Team> 01642 000000")
    reader = pypdf.PdfReader(str(path))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    for sentence in notice_sentences(privacy_notice(24, "Ŵyn & <Team> 01642 000000")):
        assert sentence in text, sentence
    assert NOTICE_TITLE in text
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            descriptor = font["/FontDescriptor"].get_object() if "/FontDescriptor" in font else {}
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
    assert all("DejaVuSans" in f for f in fonts), fonts
    assert reader.metadata.title == NOTICE_TITLE
    assert (path.stat().st_mode & 0o777) == 0o600
    print(f"\nnotice PDF: {len(reader.pages)} pages, fonts {sorted(fonts)}")


def test_the_schema_has_nowhere_to_write_what_the_notice_says_we_do_not(db):
    """The notice promises no name, birthday, address, school or email: no table has a column for them."""
    forbidden = ("name", "birth", "dob", "address", "postcode", "school", "email", "phone")
    # A laptop's name (e.g. "Table two"), shown when comparing fingerprints, names a computer, not a person.
    allowed = {
        ("packs", "name"),
        ("_sqlite_migrations", "name"),
        ("_sqlite_migrations", "migration_set"),
        ("trusted_devices", "name"),
    }
    checked = 0
    for table in db.utils.table_names():
        for column in db[table].columns:
            checked += 1
            if (table, column.name) in allowed:
                continue
            assert not any(word in column.name.lower() for word in forbidden), f"{table}.{column.name}"
    print(f"\nminimisation: {checked} columns checked")
