"""Every mail of a series' life, re-read by vobject and recurring-ical-events.

Create, move one, move this and the following (a split: the original series ends,
the following occurrences become a new series with its own UID and invitation),
cancel one, cancel all. For every mail: SEQUENCE strictly rises per UID, the
occurrences the invitation expands to are exactly the database's active bookings
of that calendar object, and the Italian text names what changed.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from dataclasses import dataclass
from email.message import EmailMessage

import pytest
import recurring_ical_events
import sqlalchemy as sa
import vobject
from calendar_support import configure_mail
from icalendar import Calendar

from mediation_desk.scheduling.series import SeriesScope
from mediation_desk.services import calendar_objects
from mediation_desk.services import series as series_service
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import BookingRow, OutboxRow
from tests.scheduling.tiny_service import ROME, at, mediator, request, service

ACTOR = "coordinatore"
NOW = dt.datetime(2026, 10, 1, 8, tzinfo=dt.UTC)
RULE = "FREQ=WEEKLY;BYDAY=MO;COUNT=6"  # 12, 19, 26 October (after the change), 2, 9, 16 November


@dataclass(frozen=True)
class Sent:
    method: str
    uid: str
    sequence: int
    starts: list[dt.datetime]  # what the invitation expands to, UTC
    subject: str
    text: str


def _read(raw: bytes) -> Sent:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    part = next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
    body = part.get_payload(decode=True)
    assert isinstance(body, bytes)
    parsed = vobject.readOne(body.decode())  # an independent parser must read it too
    master = next(e for e in parsed.vevent_list if not hasattr(e, "recurrence_id"))
    if hasattr(master, "rrule"):
        assert master.getrruleset() is not None
    occurrences = recurring_ical_events.of(Calendar.from_ical(body)).between(
        dt.datetime(2026, 1, 1, tzinfo=dt.UTC), dt.datetime(2027, 12, 31, tzinfo=dt.UTC))
    starts = sorted(o.decoded("DTSTART").astimezone(dt.UTC) for o in occurrences
                    if str(o.get("STATUS", "")) != "CANCELLED")
    text_part = msg.get_body(("plain",))
    assert text_part is not None
    return Sent(str(parsed.method.value), str(master.uid.value), int(master.sequence.value), starts,
                str(msg["Subject"]), text_part.get_content())


class Life:
    """The series' mails as the mediator receives them, step by step."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.sequences: dict[str, int] = {}
        self.all: list[Sent] = []

    def new_mails(self) -> list[Sent]:
        """The mails queued since the last step, then marked sent (as if the coordinator sent them)."""
        with self.db.write() as s:
            queued = sa.select(OutboxRow).where(OutboxRow.status == "queued").order_by(OutboxRow.id)
            rows = list(s.scalars(queued))
            mails = [_read(row.raw) for row in rows]
            for row in rows:
                row.status, row.attempts, row.sent_at = "sent", 1, NOW
        for sent in mails:
            before = self.sequences.get(sent.uid)
            assert before is None or sent.sequence > before, (sent.uid, before, sent.sequence)
            self.sequences[sent.uid] = sent.sequence
            self.check_against_database(sent)
        self.all.extend(mails)
        return mails

    def check_against_database(self, sent: Sent) -> None:
        with self.db.read() as s:
            ref = calendar_objects.resolve(s, sent.uid, "example.org")
            assert ref is not None and ref.kind == "series"
            ids = s.scalars(sa.select(BookingRow.id).where(BookingRow.series_id == ref.entity_id))
            active = sorted(b.start for b in (repository.get_booking(s, i) for i in ids) if b and b.active)
        if sent.method == "CANCEL":
            assert active == []
        else:
            assert sent.starts == active, sent.subject


@pytest.fixture
def life(sqlite_db: Database) -> Life:
    with sqlite_db.write() as s:
        repository.replace_service(s, service([mediator("M1")], [request("R1")]))
    configure_mail(sqlite_db, 25)
    return Life(sqlite_db)


def _local(day: str, hhmm: str) -> dt.datetime:
    return at(day, hhmm).astimezone(dt.UTC)


def test_every_mail_of_a_series_life(life: Life) -> None:
    db = life.db
    created = series_service.create_series(db, "R1", "M1", RULE, at("2026-10-12", "09:00"), actor=ACTOR,
                                           now=NOW)
    [invite] = life.new_mails()
    assert (invite.method, invite.sequence) == ("REQUEST", 0) and invite.subject.startswith("Invito:")
    assert len(invite.starts) == 6
    assert invite.starts[2] == dt.datetime(2026, 10, 26, 8, tzinfo=dt.UTC)  # 09:00 CET after the change
    original_uid = invite.uid

    # Move one: 19 October 09:00 -> Tuesday 20 October 10:00.
    second = created.bookings[1]
    series_service.move_occurrences(db, second.id, SeriesScope.ONE, at("2026-10-20", "10:00"), actor=ACTOR,
                                    now=NOW)
    [moved] = life.new_mails()
    assert moved.uid == original_uid and moved.subject.startswith("Spostato:")
    assert "19/10/2026" in moved.subject
    assert "lun 19/10/2026 09:00-10:30" in moved.text and "mar 20/10/2026 10:00-11:30" in moved.text

    # Move this and the following: from 2 November, at 11:00 -> a split.
    fourth = created.bookings[3]
    split = series_service.move_occurrences(db, fourth.id, SeriesScope.FOLLOWING, at("2026-11-02", "11:00"),
                                            actor=ACTOR, now=NOW)
    assert split.new_series_id is not None
    mails = life.new_mails()
    assert [m.method for m in mails] == ["REQUEST", "REQUEST"]
    old, new = (mails[0], mails[1]) if mails[0].uid == original_uid else (mails[1], mails[0])
    assert old.uid == original_uid and new.uid != original_uid
    assert len(old.starts) == 3 and "UNTIL=" in _rrule_of(db, created.series_id)
    assert "lun 02/11/2026 09:00-10:30 passa a una nuova serie" in old.text
    assert "lun 02/11/2026 11:00" in old.text
    assert new.sequence == 0 and new.subject.startswith("Invito:") and len(new.starts) == 3
    assert all(s.astimezone(ROME).hour == 11 for s in new.starts)

    # Cancel one occurrence of the new series: 9 November.
    ninth = next(b for b in split.bookings if b.start == _local("2026-11-09", "11:00"))
    series_service.cancel_occurrences(db, ninth.id, SeriesScope.ONE, "scuola chiusa", actor=ACTOR, now=NOW)
    [one_off] = life.new_mails()
    assert one_off.uid == new.uid and one_off.method == "REQUEST"
    assert one_off.subject.startswith("Annullato:") and "09/11/2026 11:00" in one_off.subject
    assert "Annullato l'intervento di lun 09/11/2026 11:00-12:30" in one_off.text
    assert _local("2026-11-09", "11:00") not in one_off.starts and len(one_off.starts) == 2

    # Cancel all: the new series, then the original one.
    last = next(b for b in split.bookings if b.start == _local("2026-11-16", "11:00"))
    series_service.cancel_occurrences(db, last.id, SeriesScope.ALL, "fine progetto", actor=ACTOR, now=NOW)
    [gone] = life.new_mails()
    assert (gone.uid, gone.method) == (new.uid, "CANCEL")
    assert "la serie seguente è stata annullata" in gone.text
    first = created.bookings[0]
    series_service.cancel_occurrences(db, first.id, SeriesScope.ALL, "fine progetto", actor=ACTOR, now=NOW)
    [gone_too] = life.new_mails()
    assert (gone_too.uid, gone_too.method) == (original_uid, "CANCEL")
    assert [m.sequence for m in life.all if m.uid == original_uid] == [0, 1, 2, 3]
    assert [m.sequence for m in life.all if m.uid == new.uid] == [0, 1, 2]


def _rrule_of(db: Database, series_id: str) -> str:
    from mediation_desk.storage.orm import SeriesRow

    with db.read() as s:
        row = s.get(SeriesRow, series_id)
        assert row is not None
        return row.rrule
