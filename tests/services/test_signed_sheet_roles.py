"""Signed sheets on a team's PostgreSQL: a coordinator records them and their scans, finance reads them
and the missing list but the server refuses it any write (the grants of migration 0007_signed_sheets)."""

from __future__ import annotations

import datetime as dt

import pytest

from mediation_desk.scheduling.model import BookingId
from mediation_desk.services import booking, booking_outcomes, missing_sheets, signed_sheets
from mediation_desk.services.signed_sheets import SignedSheetInput
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import NotAllowedError
from mediation_desk.storage.users import Role
from tests.scan_samples import pdf_scan
from tests.scheduling.tiny_service import NOW, at
from tests.services.test_roles import Logins, logins, owner  # noqa: F401 - the fixtures

pytestmark = pytest.mark.postgres
LATER = dt.datetime(2026, 12, 9, 9, tzinfo=dt.UTC)


def test_a_coordinator_records_the_signed_sheet_and_finance_only_reads_it(owner: Database,  # noqa: F811
                                                                          logins: Logins) -> None:  # noqa: F811
    booked = booking.book(owner, "R1", "M1", at("2026-12-07", "09:00"), actor="owner", now=NOW).booking
    booking_outcomes.close(owner, booked.id, at("2026-12-07", "09:00"), at("2026-12-07", "10:00"),
                           actor="owner", now=LATER)
    ana, fin = logins.add("ana", Role.COORDINATOR), logins.add("fin", Role.FINANCE)
    scan = signed_sheets.prepare_scan(pdf_scan(), "firmata.pdf")
    with pytest.raises(NotAllowedError):
        signed_sheets.record_signed_sheet(fin, BookingId(booked.id), SignedSheetInput(
            "Rossi", dt.date(2026, 12, 8), scan), actor="fin", now=LATER)
    signed_sheets.record_signed_sheet(ana, BookingId(booked.id), SignedSheetInput(
        "Rossi", dt.date(2026, 12, 8), scan), actor="ignored", now=LATER)
    assert signed_sheets.read_scan(fin, BookingId(booked.id)).data == scan.data  # shared by the team
    assert missing_sheets.missing_signed_sheets(fin, dt.date(2026, 12, 1), dt.date(2026, 12, 31)) == []
    with pytest.raises(NotAllowedError):
        signed_sheets.remove_scan(fin, BookingId(booked.id), actor="fin", now=LATER)
    with owner.read() as s:
        [line] = repository.list_audit(s, "signed_sheet", booked.id)
    assert line.actor == logins.name("ana")  # the server stamps the login, whatever the program says
