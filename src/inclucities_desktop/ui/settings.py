"""The window's settings in QSettings: typed keys, a version, and ordered upgrades."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1

# Upgrades from version N to N + 1, applied in order to an older settings file.
_UPGRADES: dict[int, Callable[[QSettings], None]] = {}


def open_settings() -> QSettings:
    settings = QSettings()
    upgrade(settings)
    return settings


def upgrade(settings: QSettings) -> None:
    version = int(str(settings.value("settings_version", 0) or 0))
    if version == 0 and not settings.allKeys():
        settings.setValue("settings_version", SETTINGS_VERSION)
        return
    while version < SETTINGS_VERSION:
        step = _UPGRADES.get(version)
        if step is not None:
            step(settings)
        version += 1
    settings.setValue("settings_version", version)


# How the window picks light or dark colours ("system" follows the desktop).
COLOR_SCHEMES = ("system", "light", "dark")


class Preferences:
    """What the user chooses in the Settings dialog; kept for every workspace."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def language(self) -> str | None:
        """A language code, or None to follow the system."""
        value = self._settings.value("ui/language")
        return str(value) if value else None

    def set_language(self, code: str | None) -> None:
        self._settings.setValue("ui/language", code or "")

    def color_scheme(self) -> str:
        value = str(self._settings.value("ui/color_scheme") or "system")
        return value if value in COLOR_SCHEMES else "system"

    def set_color_scheme(self, scheme: str) -> None:
        self._settings.setValue("ui/color_scheme", scheme if scheme in COLOR_SCHEMES else "system")

    def sync(self) -> None:
        self._settings.sync()


class WindowSettings:
    """What the window remembers between runs, per workspace where it matters."""

    def __init__(self, settings: QSettings, workspace_key: str) -> None:
        self._settings = settings
        self._workspace_key = workspace_key

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    def state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/state", value)

    def splitter(self, name: str) -> QByteArray | None:
        return self._bytes(f"window/splitter/{name}")

    def set_splitter(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"window/splitter/{name}", value)

    def last_plan(self) -> str | None:
        value = self._settings.value(f"workspaces/{self._workspace_key}/last_plan")
        return str(value) if value else None

    def set_last_plan(self, plan_id: str | None) -> None:
        self._settings.setValue(f"workspaces/{self._workspace_key}/last_plan", plan_id or "")

    def preferences(self) -> Preferences:
        return Preferences(self._settings)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
