"""A very long view prints whole: every character once, in order, however the report cuts it for speed.

The officer report used to hand a 100,000-character view to ReportLab as one paragraph,
which it broke into lines again from the start on every page (247 s at 999,999
characters). It is now laid out in pieces; these tests check no character is lost,
doubled or moved by the cutting. (The speed itself is measured by
benchmarks/long_text_bench.py, never by a test.)
"""

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from coprod_app.domain.view import ViewDraft
from coprod_app.reports.exports import ExportRequest, run_export
from coprod_app.reports.text import CHUNK, MAX_LINES, pieces_of
from coprod_app.storage.sessions import add_participant, create_session
from coprod_app.storage.views import record_view
from tests.unit.test_reports import drawable, normalise, pdf_text

TITLE = "Long words night"


def long_view(n_chars: int, words: list[str]) -> str:
    """Numbered sentences (so order can be checked) of the given words, a line break now and then."""
    out, i = [], 0
    while sum(len(s) for s in out) < n_chars:
        i += 1
        out.append(
            f"v{i}v "
            + " ".join(words[(i + k) % len(words)] for k in range(9))
            + (".\n" if i % 23 == 0 else ". ")
        )
    return "".join(out)


def body_text(path) -> str:
    """The PDF's words less the page footers (title and page number), which fall between pieces."""
    lines = pdf_text(path).splitlines()
    return "\n".join(
        line
        for line in lines
        if not re.fullmatch(r"\s*Page \d+\s*", line) and not line.startswith("Officer report: ")
    )


def _officer(db, tmp_path, text):
    s = create_session(db, title=TITLE, date="2026-11-20", forum="youth-forum")
    p = add_participant(db, s.id, quote_consent=True)
    record_view(db, s.id, ViewDraft(text=text, participant=p.code))
    return body_text(run_export(db, ExportRequest("officer", tmp_path / "long.pdf", session_id=s.id))[0])


def test_every_character_of_a_long_view_is_printed_once_in_order(db, tmp_path):
    words = [
        "Clubs",
        "<b>after</b>",
        "school",
        "&",
        "buses",
        "Dŵr",
        "a",
        "tŷ",
        "ŵ",
        "ŷ",
        "😀",
        "&amp;",
        "<i>late</i>",
        "Zażółć",
        "🙂👍",
    ]
    view = long_view(60_000, words)
    assert len(pieces_of(view)) > 10  # the report really does cut this one
    text = normalise(_officer(db, tmp_path, view))
    printed = normalise(drawable(view))
    assert text.count(printed) == 1, "the whole view, in order, exactly once"
    last = re.findall(r"v(\d+)v", view)[-1]
    assert text.count("v1v") == 1 and text.count(f"v{last}v") == 1


def test_a_long_right_to_left_view_keeps_every_word(db, tmp_path):
    words = ["مرحبا", "أريد", "نادياً", "بعد", "المدرسة", "clubs", "Dŵr", "&", "<b>x</b>"]
    view = long_view(20_000, words)
    assert len(pieces_of(view)) > 3
    text = normalise(_officer(db, tmp_path, view))
    # pdftotext's reading order of right-to-left lines is its own guess: count each word instead. A vowel
    # mark (the tanween of نادياً) that ends a right-to-left run at a line's end is read out of its word,
    # wherever the page breaks put such lines: count the words without marks, and the marks on their own.
    marks = re.compile("[\u064b-\u065f\u0670]")
    for word, n in Counter(re.findall(r"[\u0600-\u06ff]+", view)).items():
        assert marks.sub("", text).count(marks.sub("", normalise(word))) == n, word
    assert len(marks.findall(text)) == len(marks.findall(view))
    numbers = re.findall(r"v(\d+)v", view)  # (brackets would be mirrored in right-to-left lines)
    assert all(text.count(f"v{k}v") == 1 for k in numbers)


@settings(max_examples=300, deadline=None)
@given(
    st.text(st.sampled_from("ab .!?\n\u0301\u200d😀\U0001f3fbŵ\u3002\u201d"), max_size=600),
    st.integers(min_value=8, max_value=120),
)
def test_pieces_join_back_to_the_text(text, limit):
    pieces = pieces_of(text, limit)
    assert "".join(pieces) == text
    assert all(pieces[:-1]) and all(len(p) <= limit for p in pieces)
    assert all(p.count("\n") <= MAX_LINES for p in pieces)


def test_many_short_lines_are_cut_into_pages_of_lines():
    """50,000 one-letter lines were one piece per 3,000 characters: 25 pages each, laid out again per page."""
    pieces = pieces_of("a\n" * 50_000)
    assert max(p.count("\n") for p in pieces) == MAX_LINES and "".join(pieces) == "a\n" * 50_000


def test_a_short_view_is_one_piece():
    assert pieces_of("x" * CHUNK) == ["x" * CHUNK]


def test_no_paragraph_holds_a_whole_long_view(db):
    """The cause of the slowness: a paragraph as long as the view. Each piece is at most about a page."""
    from reportlab.platypus import Paragraph

    from coprod_app.reports.officer import officer_story
    from coprod_app.storage.officer_report import build_officer_report

    s = create_session(db, title=TITLE, date="2026-11-20", forum="youth-forum")
    p = add_participant(db, s.id, quote_consent=True)
    view = long_view(50_000, ["Clubs", "after", "school", "مرحبا", "&", "Dŵr"])
    record_view(db, s.id, ViewDraft(text=view, participant=p.code))
    story = officer_story(build_officer_report(db, s.id))
    longest = max(len(f.getPlainText()) for f in story if isinstance(f, Paragraph))
    assert longest <= CHUNK + 200


def test_officers_longest_words_fit_every_pdf(db, tmp_path):
    """A 'you said', 'we did' and reason of up to 20,000 characters each: every PDF prints every word once.

    Before, a table row taller than a page (the action's words in their cell) stopped every PDF
    with ReportLab's LayoutError.
    """
    from coprod_app.storage import themes as theme_store

    def words(letter: str, n: int) -> str:
        return " ".join(f"{letter}{i}{letter}" for i in range(n))

    s = create_session(db, title=TITLE, date="2026-11-20", forum="youth-forum")
    view = record_view(db, s.id, ViewDraft(text="Clubs"))
    theme = theme_store.add_theme(db, "Buses", words("s", 2000), [view.id])
    theme_store.add_action(db, theme.id, words("d", 2000), "planned")
    other = theme_store.add_action(db, theme.id, "A drop-in", "planned")
    theme_store.set_action_status(db, other.id, "not-possible", words("r", 2000))
    for kind in ("officer", "easy-read", "annual"):
        path = run_export(db, ExportRequest(kind, tmp_path / f"{kind}.pdf", session_id=s.id))[0]
        found = Counter(re.findall(r"\b([sdr]\d+[sdr])\b", pdf_text(path)))
        for letter in "sdr":
            assert all(found[f"{letter}{i}{letter}"] == 1 for i in range(2000)), (kind, letter)
