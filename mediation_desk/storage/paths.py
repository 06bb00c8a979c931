"""Where the default SQLite database lives: the user's data folder, per platform."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "MediationDesk"
XDG_DIR_NAME = "mediation-desk"
DB_FILE_NAME = "mediation-desk.db"
DB_ENV_VAR = "MEDIATION_DESK_DB"


def data_dir() -> Path:
    """The per-user data folder of the app (not created here)."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    xdg = os.environ.get("XDG_DATA_HOME")
    base_path = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base_path / XDG_DIR_NAME


def default_target() -> str:
    """The database to use when none is given: $MEDIATION_DESK_DB, else the file in data_dir()."""
    override = os.environ.get(DB_ENV_VAR, "").strip()
    if override:
        return override
    return str(data_dir() / DB_FILE_NAME)
