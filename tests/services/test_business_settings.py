"""Business settings: the service's name and the late-cancellation notice, stored with an audit line."""

from __future__ import annotations

import datetime as dt

import pytest

from mediation_desk.services import booking_outcomes as outcomes
from mediation_desk.services import finance
from mediation_desk.services.business_settings import (
    BusinessSettings,
    BusinessSettingsError,
    read_business_settings,
    save_business_settings,
)
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database

NOW = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)


def test_defaults_until_saved_then_what_booking_and_finance_read(db: Database) -> None:
    assert read_business_settings(db) == BusinessSettings(finance.DEFAULT_SERVICE_NAME, 24.0)
    save_business_settings(db, BusinessSettings("  Mediazione Lodi ", 48), actor="coord", now=NOW)
    with db.read() as s:
        assert (finance.service_name(s), outcomes.late_cancellation_hours(s)) == ("Mediazione Lodi", 48.0)
        (entry,) = repository.list_audit(s, entity="settings", entity_id="business")
    assert entry.details == {"service_name": "Mediazione Lodi", "late_cancellation_hours": 48.0,
                             "request_lead_hours": 48.0}


@pytest.mark.parametrize(
    ("bad", "code"),
    [
        (BusinessSettings(" ", 24), "service_name"),
        (BusinessSettings("X", -1), "notice_hours"),
        (BusinessSettings("X", float("nan")), "notice_hours"),
        (BusinessSettings("X", 24 * 31), "notice_hours"),
    ],
)
def test_a_bad_value_is_refused_and_stores_nothing(
    sqlite_db: Database, bad: BusinessSettings, code: str
) -> None:
    with pytest.raises(BusinessSettingsError) as info:
        save_business_settings(sqlite_db, bad, actor="coord", now=NOW)
    assert info.value.code == code
    assert read_business_settings(sqlite_db) == BusinessSettings(finance.DEFAULT_SERVICE_NAME, 24.0)
