"""Menus that areas of the app add to the main window.

MENUS lists them in the order they appear after File and Edit. Each has `install(window)`,
called once when the window is built. The list is written out, not discovered: a frozen
build (PyInstaller) has no package folder to search, and discovery silently left the window
with three menus there.
"""

from __future__ import annotations

from coprod_app.ui.menus import exchange, officer, privacy, view, voting

MENUS = (exchange, officer, privacy, view, voting)


def install_all(window) -> None:
    for module in MENUS:
        module.install(window)
