"""Read aloud is really heard: Qt's engine through speech-dispatcher and espeak-ng, into a sound file.

No sound card is needed: ALSA's own "file" device (in a .asoundrc of a home made for the test)
takes speech-dispatcher's sound and writes it to a file, so the test hears what a child would.
The app runs in a process of its own with that home, as on a laptop with those packages
(Debian: speech-dispatcher speech-dispatcher-espeak-ng); it skips where they are missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.e2e.speech_home import speech_home, stop_speech_dispatcher

SPEECHD_MODULE = Path("/usr/lib/speech-dispatcher-modules/sd_espeak-ng")

pytestmark = pytest.mark.skipif(
    shutil.which("speech-dispatcher") is None or not SPEECHD_MODULE.exists(),
    reason="needs speech-dispatcher and speech-dispatcher-espeak-ng (Debian packages)",
)

APP = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from coprod_app.ui.common import read_aloud

    heard = Path(sys.argv[1])
    for language, words in (("en", "Your turn. Tap the cards that matter most to you."),
                            ("cy", "Dy dro di. Tapia'r cardiau sydd bwysicaf i ti.")):
        before = heard.stat().st_size if heard.exists() else 0
        narrator = read_aloud.Narrator(True, language=language)  # what the voting screen makes
        print(language, read_aloud.voice_name(), type(read_aloud._ensure()[0]).__name__, flush=True)
        narrator.page(words)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # until a second of sound has reached the file
            app.processEvents()
            if heard.exists() and heard.stat().st_size - before > 44_000:
                break
            time.sleep(0.05)
        print(language, "heard", (heard.stat().st_size if heard.exists() else 0) - before, flush=True)
        read_aloud.stop()
    """
)


def test_pages_are_heard_through_speech_dispatcher_in_english_and_welsh(tmp_path):
    home, runtime, heard = speech_home(tmp_path)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("COPROD_READ_ALOUD", "COPROD_READ_ALOUD_WAV", "LANG", "LC_ALL")
    }
    # LANG=C: the locale that used to leave read aloud without a voice
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_RUNTIME_DIR=str(runtime),
        LANG="C.UTF-8",
        QT_QPA_PLATFORM="offscreen",
    )
    script = tmp_path / "speak.py"
    script.write_text(APP, encoding="utf-8")
    try:
        done = subprocess.run(
            [sys.executable, str(script), str(heard)], env=env, capture_output=True, text=True, timeout=120
        )
    finally:
        stop_speech_dispatcher(runtime)
    assert done.returncode == 0, done.stderr[-2000:]
    said = done.stdout.splitlines()
    assert said[0] == "en English (Great Britain) QTextToSpeech", said
    assert said[2] == "cy Welsh QTextToSpeech", "Welsh words are read by the Welsh voice"
    for language in ("en", "cy"):
        amount = int(next(line for line in said if line.startswith(f"{language} heard")).split()[-1])
        assert amount > 44_000, f"{language}: only {amount} bytes of sound reached the file"
    sound = heard.read_bytes()
    assert sound.count(0) < len(sound) * 0.9, "the file holds sound, not silence"


NO_MODULE = textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from coprod_app.ui.common import read_aloud

    print(type(read_aloud._ensure()[0]).__name__)
    from coprod_app.ui.common import speech_engines

    speech_engines.espeak_program = lambda: None  # and now a computer without espeak-ng either
    read_aloud.reset()
    print(read_aloud.status_text())
    """
)


def test_speech_dispatcher_without_an_output_module_falls_back_or_says_what_to_install(tmp_path):
    """speech-dispatcher started with an empty module folder: Qt finds the engine but it has no voice."""
    home, runtime, empty = tmp_path / "home", tmp_path / "run", tmp_path / "no-modules"
    (home / ".config").mkdir(parents=True)
    runtime.mkdir(mode=0o700)
    empty.mkdir()
    spawn = tmp_path / "speech-dispatcher-without-modules"
    spawn.write_text(
        f'#!/bin/sh\nexec {shutil.which("speech-dispatcher")} -m {empty} "$@"\n', encoding="utf-8"
    )
    spawn.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if k not in ("COPROD_READ_ALOUD", "COPROD_READ_ALOUD_WAV")}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_RUNTIME_DIR=str(runtime),
        SPEECHD_CMD=str(spawn),  # how libspeechd starts the daemon
        QT_QPA_PLATFORM="offscreen",
    )
    script = tmp_path / "probe.py"
    script.write_text(NO_MODULE, encoding="utf-8")
    try:
        done = subprocess.run(
            [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120
        )
    finally:
        stop_speech_dispatcher(runtime)
    assert done.returncode == 0, done.stderr[-2000:]
    engine, status = done.stdout.splitlines()[-2:]
    if shutil.which("espeak-ng"):
        assert engine == "EspeakEngine", "speaker buttons were all hidden; espeak-ng could have read"
    assert "has no voices" in status
    assert "install speech-dispatcher with speech-dispatcher-espeak-ng" in status
