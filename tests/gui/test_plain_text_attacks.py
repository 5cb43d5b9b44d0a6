"""Text is text, tried where the first walk did not look (issue 14, part 8).

- A session whose date cannot be counted is named, with its title, in the "Data due for deletion"
  dialog: that sentence was a label that guessed rich text, so a title `<font size=7>` drew huge.
- A pack's principle title is the text of a check box on the capture page: Qt reads "&" there as the
  mark of a keyboard shortcut, so "Health & care" showed "Health  care" (the "&" gone, the space
  underlined) and "Fish &Chips" took Alt+C for itself.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from coprod_app.domain.pack import parse_pack
from coprod_app.storage import sessions as session_store
from coprod_app.storage.packs import DEFAULT_PACK_FILE, install_pack

TITLE = "<font color=red size=7>BIG</font>"


def test_a_skipped_session_is_named_in_plain_words_in_the_retention_dialog(qtbot, db):
    from coprod_app.ui.privacy.retention_dialog import RetentionDialog

    session = session_store.create_session(db, title=TITLE, date="2026-11-20", forum="youth-forum")
    with db.conn:  # a date damaged in the file (or from an old bundle): purge skips the session and says so
        db.execute("UPDATE sessions SET date = 'not a date' WHERE id = ?", [session.id])
    dialog = RetentionDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    intro = dialog.findChild(QLabel, "retention_intro")
    assert TITLE in intro.text(), intro.text()
    assert intro.textFormat() == Qt.PlainText


def _pack_with_principles(*titles: str):
    data = json.loads(Path(DEFAULT_PACK_FILE).read_text(encoding="utf-8"))
    data["key"] = "ampersand-pack"
    for principle, title in zip(data["principles"], titles, strict=False):
        principle["title"] = title
    return parse_pack(data)


def test_an_ampersand_in_a_principle_is_shown_and_takes_no_shortcut(qtbot, db):
    from coprod_app.ui.main_window import MainWindow

    pack = install_pack(db, _pack_with_principles("Health & care", "Fish &Chips"))
    session_store.create_session(db, title="Amp", date="2026-11-20", forum="youth-forum", pack=pack)
    window = MainWindow(db, "amp.sqlite3")
    qtbot.addWidget(window)
    window.show()
    checks = list(window.page.form.principle_checks.values())
    first, second = checks[0], checks[1]
    # What the check box draws: Qt shows "&&" as one "&" and takes a single "&" as a shortcut mark.
    assert first.text().replace("&&", "&").startswith("Health & care"), first.text()
    assert second.text().replace("&&", "&").startswith("Fish &Chips"), second.text()
    assert QKeySequence.mnemonic(second.text()).isEmpty(), "Fish &Chips must not take Alt+C"
    assert QKeySequence.mnemonic(first.text()).isEmpty()
    assert first.accessibleName() == "Health & care"
