"""The app's words in another language, and the one way to write a translated sentence.

Writing a sentence:

    translate("PrivacyMenu", "Saved the privacy notice to {path}.").format(path=saved)
    translate("Counts", "%n view(s)", None, count)          # a count: Qt's %n plural forms
    self.tr("Database: {path}").format(path=db_path)         # in a class that is not subclassed

- Placeholders are Python's named `{name}`, filled by `str.format` after translating. Not Qt's
  `%1 %2`: PySide6 has no `QString.arg`, and filling them one after another with `str.replace`
  would rewrite a `%2` that an earlier value brought in (a typed title "Group %2", say).
  `str.format` fills every placeholder in one pass and never looks inside the values, and a
  name tells the translator what goes there; they may move it anywhere in the sentence.
  A source string with placeholders must not contain other braces, and a translation must keep
  the source's names (tests/gui/test_i18n_plurals.py checks every one).
- Counts use `%n` with the count as Qt's `n` argument, so each language gets its own plural
  forms (Welsh has five in Qt: 0, 1, 2-5, 6, other). Write them with `translate`, not
  `self.tr`: it installs the English plural forms when no language was chosen yet. Without a translator Qt only replaces `%n`, so the
  English source "%n view(s)" would show "1 view(s)": `coprod_app_en.qm` holds the English singular
  and plural of every `%n` string and is always installed first (every other language falls back
  to it). Never add an English "s" in code.
- `translate` has Qt's own argument order (context, source, disambiguation, n) because
  pyside6-lupdate reads calls by that shape; it skips calls with keyword arguments, so pass them
  all by position and call `.format` on the result.

Only the app's own words are translated; a strategy pack's text stays in the pack's language.
Welsh (cy) ships to prove the path end to end and needs review by a native Welsh speaker.
After changing strings run `tools/update_translations.py` (lupdate, carry-over, lrelease).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from coprod_app.resources import TRANSLATIONS

logger = logging.getLogger(__name__)
LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg (Welsh)"}

_installed: list[QTranslator] = []


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The words for `source` in the chosen language; `%n` in them becomes `n`, in its plural form."""
    if n != -1 and not _installed:
        _english_plurals()
    return QCoreApplication.translate(context, source, disambiguation, n)


_tried_english = False


def _english_plurals() -> None:
    """Installs the English plural forms if no language was chosen yet (a screen built on its own)."""
    global _tried_english
    app = QCoreApplication.instance()
    if app is not None and not _tried_english:
        _tried_english = True  # once: a missing file is logged once, not at every count
        install_translator(app, "en")


def views_count(n: int) -> str:
    """ "1 view", "2 views" (and "0 views") in the chosen language."""
    return translate("Counts", "%n view(s)", None, n)


def votes_count(n: int) -> str:
    return translate("Counts", "%n vote(s)", None, n)


def sessions_count(n: int) -> str:
    return translate("Counts", "%n session(s)", None, n)


def available_languages() -> list[str]:
    """English, and every language with a compiled .qm file."""
    found = sorted(p.stem.removeprefix("coprod_app_") for p in TRANSLATIONS.glob("coprod_app_*.qm"))
    return ["en", *[code for code in found if code != "en"]]


def _load(app: QCoreApplication, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def install_translator(app: QCoreApplication, language: str | None) -> bool:
    """Use `language` for every window made from now on ("en" or None: the source words).

    Returns False (and keeps English) when there is no translation for it.
    """
    from coprod_app.ui.common import read_aloud  # here: read aloud speaks the language the screens show

    read_aloud.set_language("en")  # until the chosen language's words are found
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # English plural forms first: the translator installed last is asked first, so a plural the
    # chosen language has not translated yet still reads "1 view", not "1 view(s)".
    if not _load(app, "coprod_app_en", str(TRANSLATIONS)):
        logger.warning("no English plural forms in %s: counts show as '1 view(s)'", TRANSLATIONS)
    if not language or language == "en":
        return True
    if not _load(app, f"coprod_app_{language}", str(TRANSLATIONS)):
        logger.warning("no translation for %r in %s", language, TRANSLATIONS)
        return False
    # Qt's own words (OK, Cancel…), where Qt ships them for this language
    _load(app, f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath))
    read_aloud.set_language(language)  # a Welsh voice for Welsh words, where the computer has one
    return True
