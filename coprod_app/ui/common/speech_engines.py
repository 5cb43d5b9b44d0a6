"""The engines read aloud can speak with: Qt's text to speech, or espeak-ng run directly.

ui/common/read_aloud.py decides which one to use and when to ask again; here is how each is
started and how its voice is chosen for a language (see read_aloud's docstring for the order).
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication

logger = logging.getLogger(__name__)
SILENT_ENGINES = {"mock"}  # Qt's test engine: it says nothing
# Voices to try for each language, best first (espeak-ng's names; Qt's locales are matched by language).
ESPEAK_VOICES = {"cy": ("cy",), "en": ("en-gb", "en", "en-gb-x-rp", "en-us")}
_warned: set[str] = set()  # languages already reported as having no voice here: said once in the log


def _t(text: str) -> str:
    return QCoreApplication.translate("ReadAloud", text)


def _note_missing_language(language: str, using: str) -> None:
    if language not in _warned:
        _warned.add(language)
        logger.warning("no %r voice on this computer: reading %r aloud with %s", language, language, using)


def qt_engine(language: str) -> tuple[object | None, str, str]:
    """(a ready QTextToSpeech with a voice for `language`, "", the voice's name), or (None, why not, "")."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        logger.info("text to speech cannot be loaded: %s", exc)
        return (
            None,
            _t(
                "Read aloud is off: Qt's speech library could not be loaded on this computer "
                "(on Linux, install libpulse0 and speech-dispatcher)."
            ),
            "",
        )
    why = _t("Read aloud is off: this computer has no speech engine (on Linux, install speech-dispatcher).")
    try:
        engines = [e for e in QTextToSpeech.availableEngines() if e not in SILENT_ENGINES]
    except Exception as exc:  # an engine that fails to start must never stop a screen
        logger.info("text to speech unavailable", exc_info=True)
        return (
            None,
            _t("Read aloud is off: the speech engine did not start ({reason}).").format(reason=exc),
            "",
        )
    for name in engines:
        try:
            speech = QTextToSpeech(name)
            voice = choose_voice(speech, language)
            if voice is None:
                # speech-dispatcher without an output module (speech-dispatcher-espeak-ng) has no voices
                why = _t("Read aloud is off: the speech engine {engine} has no voices.").format(engine=name)
                continue
            if speech.state() == QTextToSpeech.State.Error:
                why = _t("Read aloud is off: the speech engine did not start ({reason}).").format(
                    reason=speech.errorString() or name
                )
                continue
        except Exception as exc:
            logger.info("text to speech engine %s unavailable", name, exc_info=True)
            why = _t("Read aloud is off: the speech engine did not start ({reason}).").format(reason=exc)
            continue
        logger.info("read aloud: %s, voice %s", name, voice)
        return speech, "", voice
    return None, why, ""


def choose_voice(speech, language: str) -> str | None:
    """Set the best voice for `language` on a QTextToSpeech; its name, or None when it has no voice at all."""
    from PySide6.QtCore import QLocale

    locales = list(speech.availableLocales())
    wanted = QLocale(language).language()
    english = QLocale.Language.English

    def rank(locale) -> tuple:
        return (locale.territory() != QLocale.Country.UnitedKingdom, locale.name())

    same = sorted((loc for loc in locales if loc.language() == wanted), key=rank)
    candidates = same
    if not same:
        candidates = sorted((loc for loc in locales if loc.language() == english), key=rank)
        if language != "en":
            _note_missing_language(language, "an English voice" if candidates else "another voice")
    candidates = candidates + [loc for loc in locales if loc not in candidates]  # any voice at all
    for locale in candidates:
        speech.setLocale(locale)
        voices = list(speech.availableVoices())
        if not voices:
            continue
        voice = next((v for v in voices if "+" not in v.name()), voices[0])  # the plain voice, not a variant
        speech.setVoice(voice)
        return voice.name()
    return None


def espeak_program() -> str | None:
    """Where espeak-ng is, or None (tests replace this to act as a computer without it)."""
    return shutil.which("espeak-ng")


class EspeakEngine:
    """espeak-ng run directly: one process a sentence, never waited for, killed by `stop()`."""

    def __init__(self, program: str, voice: str, wav_folder: Path | None = None) -> None:
        self.program = program
        self.voice = voice
        self.wav_folder = wav_folder
        self._process: subprocess.Popen | None = None

    @classmethod
    def find(cls, language: str, wav_folder: Path | None = None) -> EspeakEngine | None:
        program = espeak_program()
        if program is None:
            return None
        try:
            listing = subprocess.run(
                [program, "--voices"], capture_output=True, text=True, timeout=10, check=True
            ).stdout
        except (OSError, subprocess.SubprocessError):
            logger.info("espeak-ng did not list its voices", exc_info=True)
            return None
        voices = [line.split()[1] for line in listing.splitlines()[1:] if len(line.split()) > 1]
        if not voices:
            return None
        voice = next((v for v in ESPEAK_VOICES.get(language, (language,)) if v in voices), None)
        if voice is None:
            voice = next((v for v in ESPEAK_VOICES["en"] if v in voices), None)
            _note_missing_language(language, f"espeak-ng's {voice or voices[0]}")
        voice = voice or voices[0]
        if wav_folder is not None:
            wav_folder.mkdir(parents=True, exist_ok=True)
        return cls(program, voice, wav_folder)

    def say(self, text: str) -> None:
        self.stop()
        command = [self.program, "-v", self.voice, "--stdin"]  # stdin: a text starting with "-" is no option
        if self.wav_folder is not None:
            number = 1 + max(
                (int(m.group(1)) for p in self.wav_folder.iterdir() if (m := re.match(r"(\d+)-", p.name))),
                default=0,
            )
            stem = self.wav_folder / f"{number:04d}-{self.voice}"
            stem.with_suffix(".txt").write_text(text, encoding="utf-8")
            command += ["-w", str(stem.with_suffix(".wav"))]
        self._process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            self._process.stdin.write(text.encode("utf-8"))
            self._process.stdin.close()
        except OSError:
            logger.info("espeak-ng stopped before it had the words", exc_info=True)

    def speaking(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.kill()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                logger.info("espeak-ng did not stop at once")
