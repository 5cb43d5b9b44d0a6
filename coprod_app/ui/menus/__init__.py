"""Menus that areas of the app add to the main window.

Each module here has `install(window)`, called once when the window is built,
in module-name order. `window` is the MainWindow: `window.db`, `window.page`
(the open SessionPage; `window.page.session` may be None), `window.menuBar()`,
`window.refresh_sessions()`, `window.open_session(id)`.
"""

from __future__ import annotations

import importlib
import pkgutil


def install_all(window) -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "install"):
            module.install(window)
