"""Holidays and closures in the domain: Easter Monday computed, who is closed on which day, the setting."""

from __future__ import annotations

import datetime as dt

from mediation_desk.scheduling.closures import (
    ClosureKind,
    Closures,
    SchoolClosure,
    closure_on,
    national_holidays,
)
from mediation_desk.scheduling.model import AgencyKind

SETTINGS = Closures((1, 19), "San Bassiano",
                    (SchoolClosure(dt.date(2026, 12, 23), dt.date(2027, 1, 6), "vacanze di Natale"),))


def test_easter_monday_is_computed_for_each_year() -> None:
    assert national_holidays(2026)[dt.date(2026, 4, 6)] == "Lunedì dell'Angelo"  # Easter: 5 April
    assert national_holidays(2027)[dt.date(2027, 3, 29)] == "Lunedì dell'Angelo"  # Easter: 28 March
    assert national_holidays(2025)[dt.date(2025, 4, 21)] == "Lunedì dell'Angelo"  # Easter: 20 April
    assert dt.date(2026, 4, 13) not in national_holidays(2026)


def test_the_fixed_national_holidays_are_all_there() -> None:
    days = {d.strftime("%m-%d") for d in national_holidays(2026)}
    assert {"01-01", "01-06", "04-25", "05-01", "06-02", "08-15", "10-04", "11-01", "12-08", "12-25",
            "12-26"} <= days
    assert dt.date(2025, 10, 4) not in national_holidays(2025)  # San Francesco: a holiday again from 2026


def test_national_holidays_and_the_patron_close_every_agency_school_closures_only_schools() -> None:
    for kind in AgencyKind:
        holiday = closure_on(dt.date(2026, 12, 8), kind, SETTINGS)
        assert holiday is not None and holiday.kind is ClosureKind.NATIONAL_HOLIDAY
        patron = closure_on(dt.date(2027, 1, 19), kind, SETTINGS)
        assert patron is not None and (patron.kind, patron.name) == (ClosureKind.PATRON_SAINT, "San Bassiano")
    school = closure_on(dt.date(2026, 12, 29), AgencyKind.SCHOOL, SETTINGS)
    assert school is not None
    assert (school.kind, school.name) == (ClosureKind.SCHOOL_CLOSURE, "vacanze di Natale")
    assert closure_on(dt.date(2026, 12, 29), AgencyKind.MUNICIPALITY, SETTINGS) is None
    assert closure_on(dt.date(2027, 1, 7), AgencyKind.SCHOOL, SETTINGS) is None  # the day after the period
    assert closure_on(dt.date(2026, 12, 9), AgencyKind.SCHOOL, Closures()) is None


def test_the_setting_reads_back_and_a_malformed_part_is_left_out() -> None:
    assert Closures.from_setting(SETTINGS.to_setting()) == SETTINGS
    broken = {"patron": {"month": 2, "day": 30}, "school": [{"first": "2027-01-10", "last": "2027-01-01"},
                                                            {"first": "x"}]}
    assert Closures.from_setting(broken) == Closures()
    assert Closures.from_setting(None) == Closures()
