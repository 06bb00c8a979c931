"""Run by installer/smoke.sh with the python of a fresh venv holding only the built wheel.

Checks that the installed package (not the source tree) starts the window in Italian: our catalogue
(the menus), Qt's own (the standard buttons) and the icon, all from inside the wheel. Exit 0 when so.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"


def main() -> int:
    import mediation_desk

    where = Path(mediation_desk.__file__).resolve().parent
    if "site-packages" not in where.parts:
        print(f"not the installed package: {where}", file=sys.stderr)
        return 1
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QDialogButtonBox

    from mediation_desk.services import places
    from mediation_desk.storage.db import Database
    from mediation_desk.texts import i18n
    from mediation_desk.ui.app import make_application
    from mediation_desk.ui.common.app_context import AppContext
    from mediation_desk.ui.common.preferences import UiSettings
    from mediation_desk.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        app = make_application()
        settings = UiSettings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        if not i18n.install_language(settings.language):  # the default a new user gets
            print("the Italian catalogue did not load from the package", file=sys.stderr)
            return 1
        db = Database.open(str(Path(folder) / "new.db"))
        window = MainWindow(AppContext(db, settings))
        window.show()
        app.processEvents()
        menus = [action.text() for action in window.menuBar().actions()]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
        checks = {
            "menus in Italian (our catalogue)": "&Aiuto" in menus and "&Richieste" in menus,
            "standard buttons in Italian (Qt's qtbase catalogue)": cancel.replace("&", "") == "Annulla",
            "catalogue read from the package": str(i18n.translation_dir()).startswith(str(where)),
            "application icon": not app.windowIcon().isNull(),
            "version": QCoreApplication.applicationVersion() == mediation_desk.__version__,
            "the list of comuni (package data)": places.resolve("Cremona").province == "CR",
        }
        window.close()
        db.dispose()
    for name, passed in checks.items():
        print(f"{'ok  ' if passed else 'FAIL'} {name}")
    print(f"menus: {', '.join(menus)}; Cancel button: {cancel}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
