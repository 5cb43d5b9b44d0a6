"""A home of the test's own where speech-dispatcher speaks through espeak-ng into a sound file.

No sound card is needed: ALSA's "file" device (in the home's .asoundrc) takes speech-dispatcher's
sound and writes it to a raw file, so a test hears what a child would. The app runs in a process
of its own with HOME, XDG_CONFIG_HOME and XDG_RUNTIME_DIR set to these folders.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path


def speech_home(tmp_path: Path) -> tuple[Path, Path, Path]:
    """(home, runtime folder, the raw sound file everything said is written to)."""
    home, runtime = tmp_path / "home", tmp_path / "run"
    (home / ".config" / "speech-dispatcher").mkdir(parents=True)
    runtime.mkdir(mode=0o700)
    heard = tmp_path / "heard.raw"
    (home / ".config" / "speech-dispatcher" / "speechd.conf").write_text(
        'AudioOutputMethod "alsa"\nAudioALSADevice "default"\n'
        'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\nDefaultModule espeak-ng\n',
        encoding="utf-8",
    )
    (home / ".asoundrc").write_text(
        f'pcm.!default {{\n  type file\n  slave.pcm "null"\n  file "{heard}"\n  format "raw"\n}}\n',
        encoding="utf-8",
    )
    return home, runtime, heard


def stop_speech_dispatcher(runtime: Path) -> None:
    """The speech-dispatcher the test's app started (its pid file is in the test's own runtime folder)."""
    for pid_file in runtime.glob("speech-dispatcher/pid/*.pid"):
        try:
            os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)
        except (ValueError, ProcessLookupError):
            pass
