"""Read aloud: a speaker button on every participant card, using the computer's own speech engine.

Qt's text-to-speech is loaded lazily: `from PySide6.QtTextToSpeech import ...`
fails with ImportError when libpulse is missing, and finds no engine on Linux
without speech-dispatcher. When it cannot speak, every speaker button is hidden
(not greyed out: a button that does nothing would confuse) and `unavailable_reason()`
says why, for the View menu. Qt's test engine ("mock") is never used: it is silent.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from coprod_app.ui.accessibility import named
from coprod_app.ui.common.ballot_button import BallotButton
from coprod_app.ui.theme import DEFAULT, Palette

logger = logging.getLogger(__name__)
SILENT_ENGINES = {"mock"}

_UNKNOWN = object()
_state: object = _UNKNOWN  # (speech or None, reason) once probed


def find_engine() -> tuple[object | None, str]:
    """(a ready QTextToSpeech, "") or (None, one sentence saying why read aloud cannot work here).

    Asked once, on first use; `reset()` asks again. Tests replace this function with one that
    returns a fake engine (or none), so no speech daemon is started and what is said can be read.
    """
    if os.environ.get("COPROD_READ_ALOUD", "").lower() == "off":  # e.g. test runs: no speech daemon spawned
        return None, QCoreApplication.translate(
            "ReadAloud", "Read aloud is off on this computer (COPROD_READ_ALOUD=off)."
        )
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        logger.info("text to speech cannot be loaded: %s", exc)
        return None, QCoreApplication.translate(
            "ReadAloud",
            "Read aloud is off: Qt's speech library could not be loaded on this computer "
            "(on Linux, install libpulse0 and speech-dispatcher).",
        )
    try:
        engines = [e for e in QTextToSpeech.availableEngines() if e not in SILENT_ENGINES]
        if not engines:
            return None, QCoreApplication.translate(
                "ReadAloud",
                "Read aloud is off: this computer has no speech engine "
                "(on Linux, install speech-dispatcher).",
            )
        speech = QTextToSpeech(engines[0])
        if speech.state() == QTextToSpeech.State.Error:
            return None, QCoreApplication.translate(
                "ReadAloud", "Read aloud is off: the speech engine did not start ({reason})."
            ).format(reason=speech.errorString() or engines[0])
        return speech, ""
    except Exception as exc:  # an engine that fails to start must never stop a screen
        logger.info("text to speech unavailable", exc_info=True)
        return None, QCoreApplication.translate(
            "ReadAloud", "Read aloud is off: the speech engine did not start ({reason})."
        ).format(reason=exc)


def _ensure() -> tuple[object | None, str]:
    global _state
    if _state is _UNKNOWN:
        _state = find_engine()
    return _state  # type: ignore[return-value]


def reset() -> None:
    """Forget what was found (tests, or after installing an engine)."""
    global _state
    if _state is not _UNKNOWN and _state[0] is not None:
        _quiet_stop(_state[0])
    _state = _UNKNOWN


def is_available() -> bool:
    return _ensure()[0] is not None


def unavailable_reason() -> str:
    """Why read aloud is off here, in one sentence; "" when it works."""
    return _ensure()[1]


def status_text() -> str:
    """One line for the View menu."""
    return (
        QCoreApplication.translate("ReadAloud", "Read aloud: on (a speaker button on each card).")
        if is_available()
        else unavailable_reason()
    )


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


def _quiet_stop(speech) -> None:
    """Stop reading; an engine that has gone away (or fails to stop) must not stop the screen."""
    try:
        speech.stop()
    except (RuntimeError, AttributeError):
        logger.info("could not stop reading aloud", exc_info=True)


class Narrator:
    """What the participant screen says by itself, when this laptop's "read pages aloud" is on.

    Each page as it opens, each card as it takes focus, and the feedback on choosing, taking back
    and being refused. Off (the default), it says nothing: the speaker buttons still read on demand.
    """

    def __init__(self, enabled: bool, speak: Callable[[str], object] | None = None) -> None:
        self.enabled = enabled
        self._speak = speak or say

    def page(self, text: str) -> None:
        if self.enabled:
            self._speak(text)

    def focus(self, text: str) -> None:
        if self.enabled:
            self._speak(text)

    def feedback(self, text: str) -> None:
        if self.enabled:
            self._speak(text)


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
        if speak is None and not is_available():
            self.hide()  # hidden, not disabled: the View menu says why

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
