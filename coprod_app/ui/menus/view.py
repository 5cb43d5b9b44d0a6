"""The View menu: how this laptop's screens look, speak and move on, and whether read aloud works here.

The choices are kept in the database's meta table (per device, not per session; see
storage/device_settings.py, which `coprod-app settings` writes too): the facilitator
windows change at once; the voting screen, "Last time you said…" and the privacy notice
use them each time they open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from coprod_app.domain.errors import CoprodError
from coprod_app.ui.common import plain_text
from coprod_app.ui.common.i18n import LANGUAGE_NAMES, available_languages, install_translator, translate
from coprod_app.ui.menus._actions import MenuWindow, add_action
from coprod_app.ui.theme import PALETTES, TEXT_SCALES
from coprod_app.ui.view_settings import (
    apply_look,
    load_view_settings,
    save_language,
    save_settings,
    save_text_scale,
    save_theme,
)

SCAN_SPEEDS = (1.0, 1.5, 2.0, 3.0, 5.0)  # seconds each target stays highlighted (one switch)
THANKS_TIMES = (4, 6, 10, 15)  # seconds the thank-you page stays


def _seconds(value: float) -> str:
    return translate("ViewMenu", "{seconds} s").format(seconds=f"{value:g}")


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
        self.menu = QMenu(translate("ViewMenu", "&View"), window)
        self.menu.setObjectName("menu_view")

        names = {
            "default": translate("ViewMenu", "&Default"),
            "high-contrast": translate("ViewMenu", "&High contrast"),
            "calm": translate("ViewMenu", "&Calm (off-white, low glare)"),
        }
        self.theme_actions = self._group(
            self._submenu(translate("ViewMenu", "&Theme"), "menu_view_theme"),
            [(names.get(name, name), f"action_theme_{name}", name) for name in PALETTES],
            settings.theme,
            self.set_theme,
        )
        self.size_actions = self._group(
            self._submenu(translate("ViewMenu", "Text &size"), "menu_view_text_size"),
            [(f"{round(s * 100)} %", f"action_text_size_{round(s * 100)}", s) for s in TEXT_SCALES],
            min(TEXT_SCALES, key=lambda s: abs(s - settings.text_scale)),
            self.set_text_scale,
        )
        self.language_actions = self._group(
            self._submenu(translate("ViewMenu", "&Language"), "menu_view_language"),
            [
                (LANGUAGE_NAMES.get(code, code), f"action_language_{code}", code)
                for code in available_languages()
            ],
            settings.language,
            self.set_language,
        )

        # The voting screen: what it says, what each card shows, how switches and rating rounds work.
        self.menu.addSeparator()
        self.toggles: dict[str, QAction] = {}
        for field, text, name in (
            ("read_pages_aloud", translate("ViewMenu", "&Read pages aloud"), "action_read_pages_aloud"),
            (
                "hide_priority_badge",
                translate("ViewMenu", "Hide the &priority on cards"),
                "action_hide_priority_badge",
            ),
            ("hide_i_statement", translate("ViewMenu", "Hide the '&I' statement"), "action_hide_i_statement"),
        ):
            action = add_action(
                self.menu, text, name, lambda f=field: self._toggle(f), parent=window, checkable=True
            )
            action.setChecked(getattr(settings, field))
            self.toggles[field] = action

        switch_menu = self._submenu(translate("ViewMenu", "S&witch access"), "menu_view_switch_access")
        self.scanning_actions = self._group(
            switch_menu,
            [
                (translate("ViewMenu", "&Off"), "action_scanning_off", "off"),
                (
                    translate("ViewMenu", "&One switch (the highlight moves by itself)"),
                    "action_scanning_one-switch",
                    "one-switch",
                ),
                (
                    translate("ViewMenu", "&Two switches (Space moves, Enter chooses)"),
                    "action_scanning_two-switch",
                    "two-switch",
                ),
            ],
            settings.scanning,
            lambda v: self._set("scanning", v),
        )
        switch_menu.addSeparator()
        self.scan_speed_menu = switch_menu.addMenu(translate("ViewMenu", "&Scan speed (one switch)"))
        self.scan_speed_menu.setObjectName("menu_view_scan_speed")
        self.scan_speed_actions = self._group(
            self.scan_speed_menu,
            [
                (
                    translate("ViewMenu", "Highlight moves every {time}").format(time=_seconds(s)),
                    f"action_scan_seconds_{s:g}",
                    s,
                )
                for s in _with(SCAN_SPEEDS, settings.scan_seconds)
            ],
            settings.scan_seconds,
            lambda v: self._set("scan_seconds", v),
        )
        self.thanks_actions = self._group(
            self._submenu(translate("ViewMenu", "Thank-you page &time"), "menu_view_thanks_time"),
            [
                (_seconds(s), f"action_thanks_seconds_{s}", s)
                for s in _with(THANKS_TIMES, settings.thanks_seconds)
            ],
            settings.thanks_seconds,
            lambda v: self._set("thanks_seconds", v),
        )
        self.rating_actions = self._group(
            self._submenu(translate("ViewMenu", "Rating &rounds"), "menu_view_rating_layout"),
            [
                (
                    translate("ViewMenu", "&One card at a time"),
                    "action_rating_one-at-a-time",
                    "one-at-a-time",
                ),
                (translate("ViewMenu", "&List of cards"), "action_rating_list", "list"),
            ],
            settings.rating_layout,
            lambda v: self._set("rating_layout", v),
        )

        self.menu.addSeparator()
        # Filled in each time the menu opens: finding out starts the speech engine, which a window need
        # not wait for, and an engine installed (or a speech daemon started) since is found then.
        self.read_aloud_status = add_action(
            self.menu, translate("ViewMenu", "Read aloud"), "action_read_aloud_status", None, parent=window
        )
        self.read_aloud_status.setEnabled(False)  # a line of information, not a command
        self.menu.aboutToShow.connect(self._refresh_status)

    def _submenu(self, title: str, name: str) -> QMenu:
        menu = self.menu.addMenu(title)
        menu.setObjectName(name)
        return menu

    def _group(self, menu: QMenu, items, current, slot: Callable[[object], object]) -> dict:
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

        read_aloud.reset()  # asked again each time: the first answer is not kept for the app's life
        self.read_aloud_status.setText(read_aloud.status_text())

    def _save(self, save: Callable[[], object]) -> bool:
        try:
            save()
        except CoprodError as exc:
            plain_text.warning(self.window, translate("ViewMenu", "Setting not saved"), str(exc))
            self._show_stored()  # the ticks go back to what is stored
            return False
        return True

    def _show_stored(self) -> None:
        """Every tick as the database has it (after a refused save, or a change from elsewhere)."""
        settings = load_view_settings(self.window.db)
        for field, action in self.toggles.items():
            action.setChecked(getattr(settings, field))
        for actions, value in (
            (self.theme_actions, settings.theme),
            (self.size_actions, min(TEXT_SCALES, key=lambda s: abs(s - settings.text_scale))),
            (self.language_actions, settings.language),
            (self.scanning_actions, settings.scanning),
            (self.scan_speed_actions, settings.scan_seconds),
            (self.thanks_actions, settings.thanks_seconds),
            (self.rating_actions, settings.rating_layout),
        ):
            for choice, action in actions.items():
                action.setChecked(choice == value)

    def _said(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)

    def _apply_style(self) -> None:
        apply_look(QApplication.instance(), load_view_settings(self.window.db))

    def _toggle(self, field: str) -> None:
        self._set(field, self.toggles[field].isChecked())

    def _set(self, field: str, value: object) -> None:
        """A voting-screen setting: saved at once, used the next time the voting screen opens."""
        if self._save(lambda: save_settings(self.window.db, **{field: value})):
            self._said(translate("ViewMenu", "Saved. The voting screen uses it the next time it opens."))

    def set_theme(self, name: str) -> None:
        if self._save(lambda: save_theme(self.window.db, name)):
            self._apply_style()
            self._said(
                translate("ViewMenu", "Theme changed. The voting screen uses it the next time it opens.")
            )

    def set_text_scale(self, scale: float) -> None:
        if self._save(lambda: save_text_scale(self.window.db, scale)):
            self._apply_style()
            self._said(
                translate(
                    "ViewMenu", "Text size {percent} %. The voting screen uses it the next time it opens."
                ).format(percent=round(scale * 100))
            )

    def set_language(self, language: str) -> None:
        if self._save(lambda: save_language(self.window.db, language)):
            install_translator(QApplication.instance(), language)
            self._said(
                translate(
                    "ViewMenu",
                    "Language changed. Screens opened from now on use it; restart the app for the menus.",
                )
            )


def _with(choices: tuple, current) -> list:
    """The menu's choices, and the stored value too when it is another (`coprod-app settings` can set any)."""
    return sorted({*choices, current})
