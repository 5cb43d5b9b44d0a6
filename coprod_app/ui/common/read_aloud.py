"""Read aloud: a speaker button on every participant card, using the computer's own speech engine.

Which engine, in order (each is started in speech_engines.py):
1. Qt's text to speech (speech-dispatcher on Linux, the built-in voices on Windows and macOS),
   with a voice chosen by language: a Welsh voice for "cy" where one is installed (else one
   line in the log, and the best English voice), British English before other English for
   "en", and any installed voice when the language has none. The system locale is never used:
   under LANG=C it gave no voice at all, or one for another language.
2. espeak-ng run directly (`espeak-ng -v <voice> --stdin`, one process a sentence, killed by
   `stop()`), when Qt cannot speak here but the program is installed.
With COPROD_READ_ALOUD_WAV=<folder> the espeak-ng engine writes each sentence to a numbered
.wav and .txt in that folder instead of playing it, so a test can check speech was really made.
COPROD_READ_ALOUD=off turns read aloud off (the test suite's default: no speech daemon).

Qt's module is loaded lazily: `from PySide6.QtTextToSpeech import ...` fails with ImportError
when libpulse is missing. When nothing can speak, every speaker button is hidden (not greyed
out: a button that does nothing would confuse) and `status_text()` says what to install. The
answer is kept until `reset()`: the View menu calls it each time it opens, and so does the
participant screen's Narrator when voting starts, so installing a voice needs no restart; the
speaker buttons already on screen show or hide with the new answer. Qt's test engine ("mock")
is never used: it is silent.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from coprod_app.ui.accessibility import named
from coprod_app.ui.common.ballot_button import BallotButton
from coprod_app.ui.common.speech_engines import EspeakEngine, qt_engine
from coprod_app.ui.theme import DEFAULT, Palette

logger = logging.getLogger(__name__)
WAV_FOLDER_VARIABLE = "COPROD_READ_ALOUD_WAV"

_UNKNOWN = object()
_state: object = _UNKNOWN  # (engine or None, reason) once probed
_language = "en"
_voice = ""  # the voice found, for the View menu ("" when none)


class _Availability(QObject):
    """Tells the speaker buttons on screen when a new check finds read aloud now works, or no longer."""

    changed = Signal(bool)


_availability = _Availability()


def _t(text: str) -> str:
    return QCoreApplication.translate("ReadAloud", text)


def set_language(language: str) -> None:
    """Read in `language` ("en", "cy"); a change is checked again on the next use."""
    global _language
    language = (language or "en").split("_")[0].split("-")[0].lower()
    if language != _language:
        _language = language
        reset()


def language() -> str:
    return _language


def voice_name() -> str:
    """The voice read aloud uses here ("" when it cannot speak)."""
    _ensure()
    return _voice


def install_advice() -> str:
    """What to install for read aloud on this kind of computer, in one sentence."""
    if sys.platform == "win32":
        return _t(
            "Read aloud is built into Windows: add a voice in Settings > Time & language > Speech, "
            "then open this menu again."
        )
    if sys.platform == "darwin":
        return _t(
            "Read aloud is built into macOS: add a voice in System Settings > Accessibility > Spoken Content."
        )
    return _t(
        "To hear it, install speech-dispatcher with speech-dispatcher-espeak-ng "
        "(sudo apt install speech-dispatcher speech-dispatcher-espeak-ng), then open this menu again."
    )


def find_engine() -> tuple[object | None, str]:
    """(an engine with say() and stop(), "") or (None, one sentence saying why read aloud cannot work here).

    Asked once, on first use; `reset()` asks again. Tests replace this function with one that
    returns a fake engine (or none), so no speech daemon is started and what is said can be read.
    """
    global _voice
    _voice = ""
    if os.environ.get("COPROD_READ_ALOUD", "").lower() == "off":  # e.g. test runs: no speech daemon spawned
        return None, _t("Read aloud is off on this computer (COPROD_READ_ALOUD=off).")
    wav_folder = os.environ.get(WAV_FOLDER_VARIABLE, "")
    if wav_folder:  # tests: espeak-ng writes every sentence to a file, nothing is played
        engine = EspeakEngine.find(_language, Path(wav_folder))
        if engine is None:
            return None, _t("Read aloud is off: {variable} is set but espeak-ng is not installed.").format(
                variable=WAV_FOLDER_VARIABLE
            )
        _voice = engine.voice
        return engine, ""
    speech, why, voice = qt_engine(_language)
    if speech is not None:
        _voice = voice
        return speech, ""
    engine = EspeakEngine.find(_language)
    if engine is not None:
        logger.info("Qt cannot read aloud here (%s); using espeak-ng directly", why)
        _voice = engine.voice
        return engine, ""
    return None, why + " " + install_advice()


def _ensure() -> tuple[object | None, str]:
    global _state
    if _state is _UNKNOWN:
        _state = find_engine()
        _availability.changed.emit(_state[0] is not None)
    return _state  # type: ignore[return-value]


def reset() -> None:
    """Forget what was found: the next use checks again (the View menu, voting starting, tests)."""
    global _state
    if _state is not _UNKNOWN and _state[0] is not None:
        _quiet_stop(_state[0])
    _state = _UNKNOWN


def recheck(language: str | None = None) -> bool:
    """Check again now (in `language` if given), so the speaker buttons on screen follow; True when it can speak."""
    if language is not None:
        set_language(language)
    reset()
    return is_available()


def is_available() -> bool:
    return _ensure()[0] is not None


def unavailable_reason() -> str:
    """Why read aloud is off here, in one sentence; "" when it works."""
    return _ensure()[1]


def status_text() -> str:
    """One line for the View menu."""
    if not is_available():
        return unavailable_reason()
    if _voice:
        return _t("Read aloud: on, with the voice {voice} (a speaker button on each card).").format(
            voice=_voice
        )
    return _t("Read aloud: on (a speaker button on each card).")


def say(text: str) -> bool:
    """Read `text` aloud (stopping anything still being read); False when it cannot."""
    speech = _ensure()[0]
    if speech is None or not text.strip():
        return False
    try:
        speech.stop()
        speech.say(text)
    except Exception:
        logger.info("could not read aloud", exc_info=True)
        return False
    return True


def stop() -> None:
    if _state is not _UNKNOWN and _state[0] is not None:
        _quiet_stop(_state[0])


def speaking() -> bool:
    """True while words are still being read (switch scanning waits for them before moving on)."""
    if _state is _UNKNOWN or _state[0] is None:
        return False
    engine = _state[0]
    if isinstance(engine, EspeakEngine):
        return engine.speaking()
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech

        return isinstance(engine, QTextToSpeech) and engine.state() == QTextToSpeech.State.Speaking
    except (ImportError, RuntimeError):  # no Qt speech here, or the engine has gone away
        return False


def _quiet_stop(speech) -> None:
    """Stop reading; an engine that has gone away (or fails to stop) must not stop the screen."""
    try:
        speech.stop()
    except (RuntimeError, AttributeError, OSError):
        logger.info("could not stop reading aloud", exc_info=True)


class Narrator:
    """What the participant screen says by itself, when this laptop's "read pages aloud" is on.

    Each page as it opens, each card as it takes focus, and the feedback on choosing, taking back
    and being refused. Off (the default), it says nothing: the speaker buttons still read on demand.
    Made when voting starts, it checks the engine again (in `language` when given), so a voice
    installed since the app started is used.
    """

    def __init__(
        self, enabled: bool, speak: Callable[[str], object] | None = None, *, language: str | None = None
    ) -> None:
        self.enabled = enabled
        self._speak = speak
        self._feedback_now = ""  # feedback said by the press being handled now (cleared as it ends)
        if speak is None:
            recheck(language)

    def _say(self, text: str) -> None:
        if self.enabled:
            (self._speak or say)(text)

    def page(self, text: str) -> None:
        self._say(text)

    def focus(self, text: str) -> None:
        # A press that chooses and moves focus (to Done, to the next card) says both in one reading:
        # said on its own, the focus's words would stop "You chose: ..." before a word of it was heard.
        if self._feedback_now:
            text, self._feedback_now = f"{self._feedback_now} {text}", ""
        self._say(text)

    def feedback(self, text: str) -> None:
        self._say(text)
        self._feedback_now = text
        QTimer.singleShot(0, self._press_handled)

    def _press_handled(self) -> None:
        self._feedback_now = ""


class SpeakerButton(BallotButton):
    """A square button with a drawn speaker; it reads `words()` aloud. Hidden when there is no engine."""

    enter_repeats = False  # one press, one reading

    def __init__(
        self,
        words: Callable[[], str] | str,
        object_name: str,
        scale: float = 1.0,
        palette: Palette = DEFAULT,
        parent: QWidget | None = None,
        *,
        speak: Callable[[str], object] | None = None,
    ) -> None:
        """`speak` replaces the shared engine (a screen given its own, or none: pass `lambda _t: False`)."""
        super().__init__(parent)
        self._words = words if callable(words) else (lambda: words)
        self._speak = speak
        self.palette_ = palette
        self.scale = scale
        named(
            self,
            object_name,
            QCoreApplication.translate("ReadAloud", "Read aloud"),
            QCoreApplication.translate("ReadAloud", "Reads the words on this card out loud."),
        )
        self.setToolTip(QCoreApplication.translate("ReadAloud", "Read aloud"))
        side = round(56 * scale)
        # The size goes in the style sheet too: a screen's style sheet sets button minimums when it polishes.
        self.setStyleSheet(
            f"QPushButton {{ padding: 0px; min-width: {side}px; max-width: {side}px;"
            f" min-height: {side}px; max-height: {side}px; }}"
        )
        self.setFixedSize(side, side)
        self.setAutoDefault(False)
        self.clicked.connect(self.read)
        if speak is None:
            if not is_available():
                self.hide()  # hidden, not disabled: the View menu says why
            _availability.changed.connect(self._engine_checked)

    def _engine_checked(self, available: bool) -> None:
        """A new check (View menu, voting starting) found a voice, or lost one: show or hide."""
        self.setVisible(available)

    def words(self) -> str:
        return self._words()

    def read(self) -> bool:
        if self._speak is not None:
            return bool(self._speak(self.words()))
        return say(self.words())

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        paint_speaker(painter, QRectF(self.rect()).adjusted(12, 12, -12, -12), QColor(self.palette_.text))
        painter.end()


def paint_speaker(painter: QPainter, r: QRectF, colour: QColor) -> None:
    """A loudspeaker with two sound waves."""
    s = min(r.width(), r.height())
    x, y = r.center().x() - s / 2, r.center().y() - s / 2
    painter.setPen(Qt.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(x + s * 0.05, y + s * 0.36),
                QPointF(x + s * 0.25, y + s * 0.36),
                QPointF(x + s * 0.50, y + s * 0.12),
                QPointF(x + s * 0.50, y + s * 0.88),
                QPointF(x + s * 0.25, y + s * 0.64),
                QPointF(x + s * 0.05, y + s * 0.64),
            ]
        )
    )
    painter.setPen(QPen(colour, max(2.0, s * 0.08), Qt.SolidLine, Qt.RoundCap))
    painter.setBrush(Qt.NoBrush)
    cx, cy = x + s * 0.52, y + s * 0.5
    for radius in (s * 0.2, s * 0.4):
        painter.drawArc(QRectF(cx - radius, cy - radius, 2 * radius, 2 * radius), -45 * 16, 90 * 16)
