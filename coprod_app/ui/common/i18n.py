"""The app's words in another language: Qt translators loaded from resources/translations/.

Only the app's own words are translated; a strategy pack's text stays in the
pack's language. Welsh (cy) ships to prove the path end to end and needs review
by a native Welsh speaker. Regenerate after changing strings:

    .venv/bin/pyside6-lupdate $(find coprod_app/ui -name '*.py') -ts resources/translations/coprod_app_cy.ts
    .venv/bin/pyside6-lrelease resources/translations/coprod_app_cy.ts -qm resources/translations/coprod_app_cy.qm
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from coprod_app.resources import TRANSLATIONS

logger = logging.getLogger(__name__)
LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg (Welsh)"}

_installed: list[QTranslator] = []


def available_languages() -> list[str]:
    """English, and every language with a compiled .qm file."""
    found = sorted(p.stem.removeprefix("coprod_app_") for p in TRANSLATIONS.glob("coprod_app_*.qm"))
    return ["en", *[code for code in found if code != "en"]]


def install_translator(app: QCoreApplication, language: str | None) -> bool:
    """Use `language` for every window made from now on ("en" or None: the source words).

    Returns False (and keeps English) when there is no translation for it.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if not language or language == "en":
        return True
    ours = QTranslator(app)
    if not ours.load(f"coprod_app_{language}", str(TRANSLATIONS)):
        logger.warning("no translation for %r in %s", language, TRANSLATIONS)
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(app)  # Qt's own words (OK, Cancel…), where Qt ships them for this language
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return True
