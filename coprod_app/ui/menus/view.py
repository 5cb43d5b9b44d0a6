"""The View menu: theme, text size and language for this laptop, and whether read aloud works here.

The choices are kept in the database's meta table (per device, not per session):
the facilitator windows change at once; the voting screen, "Last time you
said…" and the privacy notice use them each time they open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from coprod_app.domain.errors import CoprodError
from coprod_app.ui.common import plain_text
from coprod_app.ui.common.i18n import LANGUAGE_NAMES, available_languages, install_translator
from coprod_app.ui.menus._actions import MenuWindow, add_action
from coprod_app.ui.theme import PALETTES, TEXT_SCALES, style_sheet
from coprod_app.ui.view_settings import (
    load_view_settings,
    palette_of,
    save_language,
    save_text_scale,
    save_theme,
)


def install(window: MenuWindow) -> None:
    view = ViewMenu(window)
    window.view_menu = view
    bar = window.menuBar()
    actions = bar.actions()
    # After File and Edit, where people look for it; the other area menus follow.
    if len(actions) >= 3:
        bar.insertMenu(actions[2], view.menu)
    else:
        bar.addMenu(view.menu)


class ViewMenu:
    def __init__(self, window: MenuWindow) -> None:
        self.window = window
        settings = load_view_settings(window.db)
        self.menu = QMenu(QCoreApplication.translate("ViewMenu", "&View"), window)
        self.menu.setObjectName("menu_view")

        theme_menu = self.menu.addMenu(QCoreApplication.translate("ViewMenu", "&Theme"))
        theme_menu.setObjectName("menu_view_theme")
        names = {
            "default": QCoreApplication.translate("ViewMenu", "&Default"),
            "high-contrast": QCoreApplication.translate("ViewMenu", "&High contrast"),
            "calm": QCoreApplication.translate("ViewMenu", "&Calm (off-white, low glare)"),
        }
        self.theme_actions = self._group(
            theme_menu,
            [(names.get(name, name), f"action_theme_{name}", name) for name in PALETTES],
            settings.theme,
            self.set_theme,
        )

        size_menu = self.menu.addMenu(QCoreApplication.translate("ViewMenu", "Text &size"))
        size_menu.setObjectName("menu_view_text_size")
        self.size_actions = self._group(
            size_menu,
            [(f"{round(s * 100)} %", f"action_text_size_{round(s * 100)}", s) for s in TEXT_SCALES],
            min(TEXT_SCALES, key=lambda s: abs(s - settings.text_scale)),
            self.set_text_scale,
        )

        language_menu = self.menu.addMenu(QCoreApplication.translate("ViewMenu", "&Language"))
        language_menu.setObjectName("menu_view_language")
        self.language_actions = self._group(
            language_menu,
            [
                (LANGUAGE_NAMES.get(code, code), f"action_language_{code}", code)
                for code in available_languages()
            ],
            settings.language,
            self.set_language,
        )

        self.menu.addSeparator()
        # Filled in when the menu opens: finding out starts the speech engine, which a window need not wait for.
        self.read_aloud_status = add_action(
            self.menu,
            QCoreApplication.translate("ViewMenu", "Read aloud"),
            "action_read_aloud_status",
            None,
            parent=window,
        )
        self.read_aloud_status.setEnabled(False)  # a line of information, not a command
        self.menu.aboutToShow.connect(self._refresh_status)

    def _group(self, menu, items, current, slot) -> dict:
        group = QActionGroup(self.window)
        group.setExclusive(True)
        actions = {}
        for text, name, value in items:
            action = add_action(menu, text, name, lambda v=value: slot(v), parent=self.window, checkable=True)
            action.setChecked(value == current)
            group.addAction(action)
            actions[value] = action
        return actions

    def _refresh_status(self) -> None:
        from coprod_app.ui.common import read_aloud

        self.read_aloud_status.setText(read_aloud.status_text())

    def _save(self, save, value) -> bool:
        try:
            save(self.window.db, value)
        except CoprodError as exc:
            plain_text.warning(
                self.window, QCoreApplication.translate("ViewMenu", "Setting not saved"), str(exc)
            )
            return False
        return True

    def _apply_style(self) -> None:
        settings = load_view_settings(self.window.db)
        QApplication.instance().setStyleSheet(
            style_sheet(palette=palette_of(settings), scale=settings.text_scale)
        )

    def set_theme(self, name: str) -> None:
        if self._save(save_theme, name):
            self._apply_style()
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "ViewMenu", "Theme changed. The voting screen uses it the next time it opens."
                ),
                8000,
            )

    def set_text_scale(self, scale: float) -> None:
        if self._save(save_text_scale, scale):
            self._apply_style()
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "ViewMenu", "Text size {percent} %. The voting screen uses it the next time it opens."
                ).format(percent=round(scale * 100)),
                8000,
            )

    def set_language(self, language: str) -> None:
        if self._save(save_language, language):
            install_translator(QApplication.instance(), language)
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "ViewMenu",
                    "Language changed. Screens opened from now on use it; restart the app for the menus.",
                ),
                8000,
            )
