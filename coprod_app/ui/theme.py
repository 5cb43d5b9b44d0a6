"""Colours, sizes and the style sheet: the one place they are set."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Palette:
    name: str
    background: str
    surface: str
    text: str
    muted_text: str
    accent: str
    accent_text: str
    focus: str
    saved: str
    error: str
    border: str


DEFAULT = Palette(
    name="default",
    background="#FFFFFF",
    surface="#F3F5F8",
    text="#1A1A1A",
    muted_text="#4A4F57",
    accent="#1F4E8C",
    accent_text="#FFFFFF",
    focus="#C2410C",
    saved="#1B6E34",
    error="#A4161A",
    border="#8A8F98",
)

FACILITATOR_TARGET_PX = 32
PARTICIPANT_TARGET_PX = 44


def style_sheet(p: Palette = DEFAULT, scale: float = 1.0) -> str:
    """The facilitator windows' style: a thick focus ring that is always visible."""
    target = round(FACILITATOR_TARGET_PX * scale)
    return f"""
    QWidget {{ color: {p.text}; }}
    QMainWindow, QDialog {{ background: {p.background}; }}
    QPushButton {{
        min-height: {target}px; padding: 2px 12px; border: 1px solid {p.border};
        border-radius: 4px; background: {p.surface};
    }}
    QPushButton:default, QPushButton#save_view {{ background: {p.accent}; color: {p.accent_text}; }}
    QPushButton:disabled {{ color: {p.muted_text}; }}
    QPushButton:default:disabled, QPushButton#save_view:disabled {{ background: {p.surface}; color: {p.muted_text}; }}
    QComboBox, QLineEdit, QDateEdit {{ min-height: {target}px; }}
    QPushButton:focus, QComboBox:focus, QLineEdit:focus, QDateEdit:focus, QPlainTextEdit:focus,
    QListView:focus, QTableView:focus, QListWidget:focus, QCheckBox:focus, QRadioButton:focus {{
        border: 3px solid {p.focus};
    }}
    QCheckBox:focus, QRadioButton:focus {{ border-radius: 3px; }}
    QLabel#save_status[state="saved"] {{ color: {p.saved}; font-weight: bold; }}
    QLabel#save_status[state="error"] {{ color: {p.error}; font-weight: bold; }}
    QLabel#session_heading {{ font-size: {round(16 * scale)}pt; font-weight: bold; }}
    """
