"""Typed wrapper over QSettings for one person's preferences (language, geometry, folders)."""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ORGANIZATION = "mediation-desk"
APPLICATION = "Mediation Desk"
LANGUAGES = ("it", "en")
DEFAULT_LANGUAGE = "it"


class UiSettings:
    """Preferences of the coordinator at this computer; business settings live in the database."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings if settings is not None else QSettings(ORGANIZATION, APPLICATION)

    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._s.setValue("ui/language", value)

    @property
    def actor(self) -> str:
        """The coordinator's name written in the audit log; the login name when unset."""
        value = str(self._s.value("ui/actor", "") or "")
        return value or getpass.getuser()

    @actor.setter
    def actor(self, value: str) -> None:
        self._s.setValue("ui/actor", value.strip())

    @property
    def last_folder(self) -> str:
        """Where file dialogs open: the folder last used, else the user's documents folder (never the
        program's working directory)."""
        folder = str(self._s.value("ui/last_folder", "") or "")
        if folder and Path(folder).is_dir():
            return folder
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return documents if Path(documents).is_dir() else str(Path.home())

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._s.setValue("ui/last_folder", value)

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("ui/window_geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("ui/window_geometry", value)

    @property
    def calendar_group_by(self) -> str:
        value = str(self._s.value("ui/calendar_group_by", "mediator"))
        return value if value in ("mediator", "area") else "mediator"

    @calendar_group_by.setter
    def calendar_group_by(self, value: str) -> None:
        self._s.setValue("ui/calendar_group_by", value)

    def sync(self) -> None:
        self._s.sync()
