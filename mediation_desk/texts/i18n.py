"""Translations and the Italian locale: loads the .qm files and formats dates, times and numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from mediation_desk.scheduling import timeutil

_service_zone: dt.tzinfo = timeutil.SERVICE_TZ  # until the service's own zone is known (use_service_zone)
CATALOG = "mediation_desk"


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """QCoreApplication.translate under a short name that lupdate still recognises."""
    return QCoreApplication.translate(context, text, disambiguation)


def translation_dir() -> Path:
    """Where the compiled .qm catalogues live: inside the package (the wheel and the bundle carry them)."""
    return Path(__file__).resolve().parents[1] / "resources" / "i18n"


def qm_path(language: str) -> Path | None:
    candidate = translation_dir() / f"{CATALOG}_{language}.qm"
    return candidate if candidate.is_file() else None


_installed: list[QTranslator] = []


def install_language(language: str) -> bool:
    """Install the catalogue of ``language`` ("it" or "en") and its locale; True when a catalogue loaded."""
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    path = qm_path(language)
    if path is None or app is None:
        return False
    translator = QTranslator(app)
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    _install_qt_catalog(app, language)
    return True


def _install_qt_catalog(app: QCoreApplication, language: str) -> None:
    """Qt's own catalogue, so standard buttons (Cancel, Yes, No) speak the interface language too.

    The copy in the package first (the one the tests check), else the one of the Qt installation.
    """
    qt_translator = QTranslator(app)
    folders = (str(translation_dir()), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if any(qt_translator.load(f"qtbase_{language}", folder) for folder in folders):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    extra = QTranslator(app)  # what Qt's catalogue lacks ("Look in:" of the file dialog), ours
    if extra.load(f"qtbase_extra_{language}", str(translation_dir())):
        app.installTranslator(extra)
        _installed.append(extra)


def locale_for(language: str) -> QLocale:
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Italian, QLocale.Country.Italy)


@contextmanager
def speaking_english() -> Iterator[None]:
    """English texts (the source language) and the English locale inside the block, as the command line
    speaks; the catalogue and locale installed before come back after it."""
    app = QCoreApplication.instance()
    locale = QLocale()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    QLocale.setDefault(locale_for("en"))
    try:
        yield
    finally:
        QLocale.setDefault(locale)
        if app is not None:
            for translator in _installed:
                app.installTranslator(translator)


def use_service_zone(zone: dt.tzinfo) -> None:
    """Show times on the wall clock of the service's stored time zone (set when a database is opened)."""
    global _service_zone
    _service_zone = zone


def service_zone() -> dt.tzinfo:
    """The service's time zone: the one dates are entered and shown in."""
    return _service_zone


def to_local(instant: dt.datetime) -> dt.datetime:
    return instant.astimezone(_service_zone)


# Every date on screen, in files and on the command line has four-digit years: the locales' short
# formats (Italian "03/12/26") are never used. Qt pattern here; DAY_FORMAT_PY is the strftime twin.
DATE_FORMAT = "dd/MM/yyyy"
DATETIME_FORMAT = "dd/MM/yyyy HH:mm"
DAY_FORMAT_PY = "%d/%m/%Y"


def fmt_date(day: dt.date, long: bool = False) -> str:
    """03/12/2026 (long: "giovedì 3 dicembre 2026")."""
    if long:
        return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
    return QLocale().toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


def fmt_weekday_date(day: dt.date) -> str:
    """E.g. "lun 07/12/2026" in Italian."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd " + DATE_FORMAT)


def fmt_day_heading(day: dt.date) -> str:
    """A column heading inside a period whose title carries the year: "lun 7 dic"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def fmt_time(instant: dt.datetime) -> str:
    local = to_local(instant)
    return QLocale().toString(QTime(local.hour, local.minute), "HH:mm")


def fmt_datetime(instant: dt.datetime | None) -> str:
    if instant is None:
        return ""
    local = to_local(instant)
    return f"{fmt_date(local.date())} {fmt_time(local)}"


def fmt_range(start: dt.datetime, end: dt.datetime) -> str:
    local_start, local_end = to_local(start), to_local(end)
    if local_start.date() == local_end.date():
        return f"{fmt_weekday_date(local_start.date())} {fmt_time(start)}–{fmt_time(end)}"
    return (
        f"{fmt_weekday_date(local_start.date())} {fmt_time(start)} – "
        f"{fmt_weekday_date(local_end.date())} {fmt_time(end)}"
    )


def fmt_number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)
