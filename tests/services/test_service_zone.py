"""One time-zone source: the zone stored with the service, for invitations, the screens and the CLI."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from mediation_desk.scheduling import timeutil
from mediation_desk.services import booking as lifecycle
from mediation_desk.services import candidates, invites, lookups
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.texts import i18n
from tests.factories import rome, small_service

NOW = rome(2026, 12, 3, 10)
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def london_db(sqlite_db: Database) -> Database:
    with sqlite_db.write() as s:
        repository.replace_service(s, small_service())
        repository.set_setting(s, repository.SERVICE_TIMEZONE_KEY, "Europe/London")
    return sqlite_db


def test_the_stored_zone_is_the_one_every_layer_reads(london_db: Database) -> None:
    assert lookups.service_zone(london_db) == LONDON
    with london_db.read() as s:
        assert repository.service_timezone(s) == "Europe/London"


def test_an_invitation_says_the_time_on_the_service_s_clock(london_db: Database) -> None:
    best = candidates.candidates_for(london_db, "R00003", NOW).candidates[0]
    change = lifecycle.book(london_db, "R00003", best.mediator.id, best.starts[0], actor="t", now=NOW)
    with london_db.read() as s:
        mail = invites.invitation_for(s, change.booking, now=NOW)
    assert mail is not None
    local = change.booking.start.astimezone(LONDON)
    assert f"{local:%d/%m/%Y %H:%M}" in mail.subject
    assert b"TZID=Europe/London" in mail.raw or b"TZID:Europe/London" in mail.raw


def test_the_screens_show_times_in_the_stored_zone(london_db: Database) -> None:
    instant = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
    try:
        i18n.use_service_zone(lookups.service_zone(london_db))
        assert i18n.to_local(instant).utcoffset() == dt.timedelta(0)  # London in winter
        assert i18n.to_local(instant).hour == 9
    finally:
        i18n.use_service_zone(timeutil.SERVICE_TZ)
