"""Read aloud picks a voice by language, falls back when it must, checks again when asked, says what to install.

Qt's engine is replaced by a fake module with the same shape (engines, locales, voices), so each
kind of computer can be tried here: speech-dispatcher without an output module, LANG=C, no Welsh
voice. The espeak-ng fallback is tried for real where espeak-ng is installed (Debian: espeak-ng),
writing what it says to files (COPROD_READ_ALOUD_WAV).
"""

from __future__ import annotations

import logging
import shutil
import sys
import types
import wave

import pytest
from PySide6.QtCore import QLocale

from coprod_app.ui.common import read_aloud, speech_engines
from coprod_app.ui.common.read_aloud import SpeakerButton

needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="needs espeak-ng (Debian: apt-get install espeak-ng)"
)


class FakeVoice:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


def fake_qt(voices_by_locale: dict[str, list[str]], *, broken_until_set: bool = False):
    """A QtTextToSpeech module whose one engine ("speechd") has these voices per locale."""
    spoken: list[tuple[str, str]] = []

    class EngineState:
        Ready = "ready"
        Error = "error"

    State = EngineState

    class QTextToSpeech:
        State = EngineState

        @staticmethod
        def availableEngines():
            return ["mock", "speechd"]

        def __init__(self, name):
            self._locale = QLocale("C")
            self._voice = None
            # LANG=C: speech-dispatcher's default locale has no voice, so the engine starts in error
            self._state = State.Error if broken_until_set else State.Ready

        def availableLocales(self):
            return [QLocale(name) for name in voices_by_locale]

        def setLocale(self, locale):
            self._locale = locale

        def availableVoices(self):
            return [FakeVoice(v) for v in voices_by_locale.get(self._locale.name(), [])]

        def setVoice(self, voice):
            self._voice = voice.name()
            self._state = State.Ready

        def state(self):
            return self._state

        def errorString(self):
            return "Failed to initialize default locale and voice." if self._state == State.Error else ""

        def say(self, text):
            spoken.append((self._voice, text))

        def stop(self):
            pass

    return types.SimpleNamespace(QTextToSpeech=QTextToSpeech), spoken


@pytest.fixture
def computer(monkeypatch):
    """Read aloud as on a computer with the given Qt voices (and espeak-ng only when asked)."""
    monkeypatch.delenv("COPROD_READ_ALOUD", raising=False)
    monkeypatch.delenv(read_aloud.WAV_FOLDER_VARIABLE, raising=False)
    monkeypatch.setattr(speech_engines, "_warned", set())

    def _set(voices_by_locale, *, espeak: bool = False, language: str = "en", **kw):
        module, spoken = fake_qt(voices_by_locale, **kw)
        monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", module)
        if not espeak:
            monkeypatch.setattr(speech_engines, "espeak_program", lambda: None)
        read_aloud.set_language(language)
        read_aloud.reset()
        return spoken

    yield _set
    read_aloud.set_language("en")
    read_aloud.reset()


def test_welsh_is_read_by_a_welsh_voice_where_there_is_one(computer):
    spoken = computer({"en_GB": ["English (Great Britain)"], "cy_GB": ["Welsh", "Welsh+Alex"]}, language="cy")
    assert read_aloud.say("Bore da.")
    assert spoken == [("Welsh", "Bore da.")]
    assert "Welsh" in read_aloud.status_text()


def test_without_a_welsh_voice_english_reads_it_and_the_log_says_so_once(computer, caplog):
    voices = {"fr_FR": ["French"], "en_US": ["English (America)"], "en_GB": ["English (Great Britain)"]}
    with caplog.at_level(logging.WARNING, logger=speech_engines.__name__):
        spoken = computer(voices, language="cy")
        assert read_aloud.say("Bore da.")
        read_aloud.reset()
        assert read_aloud.say("Diolch.")
    assert [voice for voice, _ in spoken] == ["English (Great Britain)"] * 2, "the best English voice"
    warnings = [r.getMessage() for r in caplog.records if "'cy'" in r.getMessage()]
    assert len(warnings) == 1, warnings


def test_with_lang_c_the_engine_is_given_an_english_voice_instead_of_failing(computer):
    # The old code kept speech-dispatcher's own start: "Failed to initialize default locale and voice".
    spoken = computer({"de_DE": ["German"], "en_GB": ["English (Great Britain)"]}, broken_until_set=True)
    assert read_aloud.is_available(), read_aloud.unavailable_reason()
    read_aloud.say("Your turn.")
    assert spoken == [("English (Great Britain)", "Your turn.")]


def test_a_computer_without_english_reads_with_any_voice_it_has(computer):
    spoken = computer({"fr_FR": ["French"]})
    assert read_aloud.say("Your turn.")
    assert spoken == [("French", "Your turn.")]


def test_speech_dispatcher_without_an_output_module_says_exactly_what_to_install(computer, monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    computer({})  # speech-dispatcher answers, but has no voice at all
    assert not read_aloud.is_available()
    text = read_aloud.status_text()
    assert "has no voices" in text
    assert "speech-dispatcher with speech-dispatcher-espeak-ng" in text
    assert "apt install speech-dispatcher speech-dispatcher-espeak-ng" in text
    monkeypatch.setattr(sys, "platform", "win32")
    read_aloud.reset()
    assert "built into Windows" in read_aloud.status_text()


def test_a_new_check_shows_the_speakers_already_on_screen(computer, qtbot):
    computer({})
    button = SpeakerButton("Your turn.", "test_read")
    qtbot.addWidget(button)
    assert button.isHidden(), "nothing can speak: hidden"
    computer({"en_GB": ["English (Great Britain)"]})  # a voice installed while the app is open
    assert read_aloud.recheck()
    assert not button.isHidden(), "the check from the View menu or a new voting screen shows it"
    computer({})
    read_aloud.recheck()
    assert button.isHidden()


def test_the_view_menu_checks_again_each_time_it_opens(computer, qtbot, db, db_path):
    from coprod_app.ui.main_window import MainWindow

    computer({})
    window = MainWindow(db, str(db_path))
    qtbot.addWidget(window)
    window.view_menu.menu.aboutToShow.emit()
    assert "speech-dispatcher-espeak-ng" in window.view_menu.read_aloud_status.text()
    computer({"en_GB": ["English (Great Britain)"]})
    window.view_menu.menu.aboutToShow.emit()
    assert window.view_menu.read_aloud_status.text().startswith("Read aloud: on")


def test_the_narrator_made_when_voting_starts_checks_again_in_its_language(computer):
    spoken = computer({}, language="en")
    assert not read_aloud.is_available()
    module, spoken = fake_qt({"cy_GB": ["Welsh"], "en_GB": ["English (Great Britain)"]})
    sys.modules["PySide6.QtTextToSpeech"] = module  # the computer changed; the old answer is still kept
    narrator = read_aloud.Narrator(True, language="cy")
    narrator.page("Eich tro chi.")
    assert spoken == [("Welsh", "Eich tro chi.")]


def wavs(folder) -> list:
    return sorted(folder.glob("*.wav"))


def finished(engine) -> bool:
    return not engine.speaking()


@needs_espeak
def test_espeak_ng_speaks_when_qt_cannot_and_the_speech_is_really_made(
    computer, monkeypatch, tmp_path, qtbot
):
    monkeypatch.setenv(read_aloud.WAV_FOLDER_VARIABLE, str(tmp_path))
    computer({}, espeak=True, language="cy")
    assert read_aloud.is_available()
    engine = read_aloud._ensure()[0]
    assert isinstance(engine, read_aloud.EspeakEngine) and engine.voice == "cy"
    assert read_aloud.say("-v en Bore da. Dyma'ch cerdyn.")  # a text starting with "-" is words, not options
    qtbot.waitUntil(lambda: finished(engine), timeout=20_000)
    [made] = wavs(tmp_path)
    assert made.name == "0001-cy.wav"
    assert made.with_suffix(".txt").read_text(encoding="utf-8") == "-v en Bore da. Dyma'ch cerdyn."
    with wave.open(str(made)) as sound:
        seconds = sound.getnframes() / sound.getframerate()
    assert seconds > 1.0, f"only {seconds:.2f} s of speech"


@needs_espeak
def test_stop_kills_espeak_ng_mid_sentence(computer, monkeypatch, tmp_path, qtbot):
    monkeypatch.setenv(read_aloud.WAV_FOLDER_VARIABLE, str(tmp_path))
    computer({}, espeak=True)
    long_text = "This is a long sentence for the next person not to hear. " * 400
    assert read_aloud.say(long_text)
    engine = read_aloud._ensure()[0]
    process = engine._process
    assert engine.speaking() and read_aloud.speaking(), "switch scanning waits while this is true"
    read_aloud.stop()
    assert not read_aloud.speaking()
    assert process.returncode is not None and process.returncode < 0, "killed, not left to finish"
    assert not engine.speaking()


def test_without_qt_or_espeak_ng_nothing_pretends_to_speak(computer, monkeypatch):
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    monkeypatch.setattr(speech_engines, "espeak_program", lambda: None)
    read_aloud.reset()
    assert not read_aloud.say("Hello")
    assert "could not be loaded" in read_aloud.status_text()


def test_choosing_cymraeg_for_the_screens_chooses_the_welsh_voice(computer):
    from PySide6.QtWidgets import QApplication

    from coprod_app.ui.common.i18n import install_translator

    spoken = computer({"en_GB": ["English (Great Britain)"], "cy_GB": ["Welsh"]})
    app = QApplication.instance()
    try:
        assert install_translator(app, "cy")  # what the View menu and the app's start do
        assert read_aloud.say("Dy dro di.")
        install_translator(app, "en")
        assert read_aloud.say("Your turn.")
    finally:
        install_translator(app, "en")
    assert spoken == [("Welsh", "Dy dro di."), ("English (Great Britain)", "Your turn.")]
