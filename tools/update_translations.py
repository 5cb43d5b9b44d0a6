"""Update the translations after the app's words changed: lupdate, carry-over, English plurals, lrelease.

    .venv/bin/python tools/update_translations.py

1. pyside6-lupdate reads every `self.tr(...)` and `translate(...)` in coprod_app/ui into
   resources/translations/coprod_app_cy.ts (dropping words no longer in the code).
2. A source string whose words stayed but whose placeholders changed (`%1`/`%s` became `{name}`,
   a count became `%n`) would lose its Welsh translation: the old translation is carried over
   with its placeholders renamed, marked unfinished until someone checks it. WELSH_PLURALS gives
   the Welsh for counts; Welsh puts the singular noun after a number ("3 pleidlais"), so one
   text serves Qt's five Welsh forms. A new string has no Welsh until it is written into the
   .ts file (Qt Linguist, or by hand); the script prints how many are still unfinished, and
   tests/gui/test_welsh_translations.py fails while any is, so none ships in English by accident.
3. coprod_app_en.ts holds only the `%n` strings, with the English singular and plural made from
   the "(s)" in the source (ENGLISH_SINGULAR for the irregular ones): without it Qt shows
   "1 view(s)".
4. pyside6-lrelease compiles both .qm files, which ship.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
REVIEW = "Welsh: needs review by a native Welsh speaker."

# Welsh for counts (singular noun after a number, as Welsh does), and for the sentences around them.
WELSH_PLURALS = {
    "%n view(s)": "%n sylw",
    "%n vote(s)": "%n pleidlais",
    "%n session(s)": "%n sesiwn",
    "%n point(s)": "%n pwynt",
    "%n card(s)": "%n cerdyn",
    "%n ballot(s)": "%n papur pleidleisio",
    "%n people": "%n person",
    "%n more card(s) not shown here.": "%n cerdyn arall heb eu dangos yma.",
    "Tap up to %n card(s) that matter most to you.": "Tapia hyd at %n cerdyn sydd bwysicaf i ti.",
    "Tap up to %n card(s) in order. Tap the most important first.": "Tapia hyd at %n cerdyn yn eu trefn. Tapia'r un pwysicaf yn gyntaf.",
    "You rated {count} of %n card(s).": "Rwyt ti wedi rhoi barn ar {count} o %n cerdyn.",
    "%n vote(s). Most liked first.": "%n pleidlais. Y rhai mwyaf poblogaidd yn gyntaf.",
    "%n vote(s). Most chosen first.": "%n pleidlais. Y rhai a ddewiswyd fwyaf yn gyntaf.",
    "Wrong PIN. Try again in %n second(s).": "PIN anghywir. Rho gynnig arall ymhen %n eiliad.",
}
# Welsh for a few sentences that carry counts, so a Welsh screen does not mix languages around them.
WELSH_SENTENCES = {
    "This removes {views} and {votes} from participant {code}, and their details and consent. "
    "Their words are wiped from the database file. This cannot be undone.": "Mae hyn yn dileu {views} a {votes} gan y cyfranogwr {code}, a'u manylion a'u caniatâd. "
    "Mae eu geiriau'n cael eu sychu o ffeil y gronfa ddata. Does dim modd dadwneud hyn.",
    "Erased participant {code}: {views} and {votes} removed.": "Wedi dileu'r cyfranogwr {code}: tynnwyd {views} a {votes}.",
    "Erase a participant": "Dileu cyfranogwr",
    "Erase for good": "Dileu am byth",
    "{ballots} on screen, {tallied} on paper or by show of hands.": "{ballots} ar y sgrin, {tallied} ar bapur neu drwy godi dwylo.",
    "Results of vote round {round}": "Canlyniadau rownd bleidleisio {round}",
}
# English singular where taking "(s)" away is not enough.
ENGLISH_SINGULAR = {
    "%n people": "%n person",
    "That passphrase is not right. %n tries left.": "That passphrase is not right. %n try left.",
    "Tap up to %n card(s) that matter most to you.": "Tap up to %n card that matters most to you.",
    "%n more card(s) not shown here.": "%n more card is not shown here.",
}
ENGLISH_PLURAL = {
    "%n more card(s) not shown here.": "%n more cards are not shown here.",
}

PLACEHOLDER = re.compile(r"%\d|%[sdn]|\{\w+\}")


def _sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "coprod_app" / "ui").rglob("*.py"))


def _run(*args: str) -> None:
    subprocess.run(args, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def _key(source: str) -> str:
    return PLACEHOLDER.sub("\0", source)


def _carried(old_source: str, old_text: str, new_source: str) -> str:
    """The old translation with the old source's placeholders renamed to the new source's, in order."""
    old = PLACEHOLDER.findall(old_source)
    new = PLACEHOLDER.findall(new_source)
    if not old:
        return old_text
    if len(old) != len(new):
        raise ValueError(f"{old_source!r} and {new_source!r} differ in placeholders")
    if all(re.fullmatch(r"%\d", p) for p in old):  # %1 %2: translators may have moved them
        mapping = dict(zip(old, new, strict=True))
        return re.sub(r"%\d", lambda m: mapping.get(m.group(0), m.group(0)), old_text)
    found = iter(new)  # %s %d: the translation has them in the source's order
    return PLACEHOLDER.sub(lambda m: next(found, m.group(0)), old_text)


def _read(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _text_of(message: ET.Element) -> str:
    translation = message.find("translation")
    if translation is None:
        return ""
    forms = translation.findall("numerusform")
    return (forms[0].text or "") if forms else (translation.text or "")


def _set(message: ET.Element, text: str, *, finished: bool, comment: str | None = None) -> None:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    if forms:
        for form in forms:
            form.text = text
    else:
        translation.text = text
    if finished:
        translation.attrib.pop("type", None)
    else:
        translation.set("type", "unfinished")
    if comment and message.find("translatorcomment") is None:
        note = ET.Element("translatorcomment")
        note.text = comment
        message.insert(list(message).index(translation), note)


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update_welsh() -> None:
    ts = FOLDER / "coprod_app_cy.ts"
    before = {key: _text_of(m) for key, m in _read(ts).items() if _text_of(m)}
    by_key: dict[str, tuple[str, str]] = {}
    for (_, source), text in before.items():
        by_key.setdefault(_key(source), (source, text))
    _run(
        str(BIN / "pyside6-lupdate"), *_sources(), "-no-obsolete", "-target-language", "cy_GB", "-ts", str(ts)
    )
    tree = ET.parse(ts)
    carried = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if _text_of(message):
                continue
            if (
                source in WELSH_PLURALS
            ):  # written here, so finished (all Welsh awaits a native speaker's review)
                _set(message, WELSH_PLURALS[source], finished=True, comment=REVIEW)
            elif source in WELSH_SENTENCES:
                _set(message, WELSH_SENTENCES[source], finished=True, comment=REVIEW)
            elif (name, source) in before:  # unchanged source; lupdate kept it
                continue
            elif _key(source) in by_key:
                old_source, old_text = by_key[_key(source)]
                try:
                    _set(message, _carried(old_source, old_text, source), finished=False, comment=REVIEW)
                except ValueError as exc:
                    print("not carried over:", exc)
                    continue
            else:
                continue
            carried += 1
    _write(tree, ts)
    print(f"coprod_app_cy.ts: {carried} translations carried over or added")
    unfinished = [
        f"  {context.findtext('name')}: {message.findtext('source')!r}"
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    if unfinished:
        print(
            f"coprod_app_cy.ts: {len(unfinished)} still unfinished (they show in English):",
            *unfinished,
            sep="\n",
        )


def _english(source: str, singular: bool) -> str:
    if singular:
        return ENGLISH_SINGULAR.get(source, source.replace("(s)", ""))
    return ENGLISH_PLURAL.get(source, source.replace("(s)", "s"))


def update_english() -> None:
    ts = FOLDER / "coprod_app_en.ts"
    ts.unlink(missing_ok=True)  # made from the sources each time: the rules below are its only input
    _run(
        str(BIN / "pyside6-lupdate"),
        *_sources(),
        "-pluralonly",
        "-no-obsolete",
        "-source-language",
        "en",
        "-target-language",
        "en",
        "-ts",
        str(ts),
    )
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        forms = message.find("translation").findall("numerusform")
        forms[0].text, forms[1].text = _english(source, True), _english(source, False)
        message.find("translation").attrib.pop("type", None)
    _write(tree, ts)


def main() -> None:
    update_welsh()
    update_english()
    for code in ("cy", "en"):
        _run(
            str(BIN / "pyside6-lrelease"),
            str(FOLDER / f"coprod_app_{code}.ts"),
            "-qm",
            str(FOLDER / f"coprod_app_{code}.qm"),
        )
    print("compiled", ", ".join(f"coprod_app_{code}.qm" for code in ("cy", "en")))


if __name__ == "__main__":
    main()
