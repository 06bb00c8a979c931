"""Business settings kept in the database: the service's name, the late-cancellation notice, the lead time."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from mediation_desk.services import booking_outcomes, finance, settings_store
from mediation_desk.services.changes import Changed
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database

MAX_NOTICE_HOURS = 24.0 * 30  # a month: anything longer is a typing mistake


class BusinessSettingsError(ValueError):
    """A value the settings cannot take; ``code`` says which (notice_hours, service_name)."""

    def __init__(self, code: str, value: object) -> None:
        super().__init__(f"{code}: {value!r}")
        self.code = code
        self.value = value


REQUEST_LEAD_HOURS_KEY = "request_lead_hours"
DEFAULT_REQUEST_LEAD_HOURS = 48.0


@dataclass(frozen=True)
class BusinessSettings:
    service_name: str
    late_cancellation_hours: float  # a cancellation with less notice is late and billable
    # the stored versions the form was filled from (setting key -> version); empty: not checked
    versions: Mapping[str, int] = field(default_factory=dict, compare=False)
    request_lead_hours: float = DEFAULT_REQUEST_LEAD_HOURS  # notice the service asks of a non-urgent request


KEYS = (finance.SERVICE_NAME_KEY, booking_outcomes.LATE_CANCELLATION_HOURS_KEY, REQUEST_LEAD_HOURS_KEY)


def read_business_settings(db: Database) -> BusinessSettings:
    with db.read() as s:
        versions = {key: repository.setting_version(s, key) for key in KEYS}
        lead = repository.get_setting(s, REQUEST_LEAD_HOURS_KEY, DEFAULT_REQUEST_LEAD_HOURS)
        lead = float(lead) if isinstance(lead, int | float) else DEFAULT_REQUEST_LEAD_HOURS
        late_hours = booking_outcomes.late_cancellation_hours(s)
        return BusinessSettings(finance.service_name(s), late_hours, versions, request_lead_hours=lead)


def save_business_settings(
    db: Database, settings: BusinessSettings, *, actor: str, now: dt.datetime
) -> Changed[BusinessSettings]:
    """Store both settings in one transaction, with an audit line; bad values store nothing."""
    name = settings.service_name.strip()
    hours = float(settings.late_cancellation_hours)
    if not name:
        raise BusinessSettingsError("service_name", settings.service_name)
    if not math.isfinite(hours) or not 0 <= hours <= MAX_NOTICE_HOURS:
        raise BusinessSettingsError("notice_hours", settings.late_cancellation_hours)
    lead = float(settings.request_lead_hours)
    if not math.isfinite(lead) or not 0 <= lead <= MAX_NOTICE_HOURS:
        raise BusinessSettingsError("lead_hours", settings.request_lead_hours)
    values = {finance.SERVICE_NAME_KEY: name, booking_outcomes.LATE_CANCELLATION_HOURS_KEY: hours,
              REQUEST_LEAD_HOURS_KEY: lead}
    changed = settings_store.save_settings(
        db, values, action="business_settings_saved", entity_id="business", now=now, actor=actor,
        audit_details={"service_name": name, "late_cancellation_hours": hours, "request_lead_hours": lead},
        read_versions=settings.versions or None,
    )
    return Changed(BusinessSettings(name, hours, request_lead_hours=lead), changed)
