"""Use cases of FAMI monitoring: record the people a delivered intervention reached, read it, carry it.

What is recorded is minimal and anonymous (``scheduling.monitoring``): counts
by gender and age band and one nationality, never names. It is entered when
the intervention is closed (``booking_outcomes.close`` takes it in the same
transaction) and may be corrected or removed ("not recorded") afterwards.
A scenario document carries it in each booking's ``assisted`` field, an
extension field of ``mediation-desk/1``; anonymisation keeps the counts and
blanks the nationality, like the request's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from mediation_desk.io.scenario_problems import Problem, ScenarioError
from mediation_desk.scheduling import monitoring as rules
from mediation_desk.scheduling.model import Booking, BookingId, BookingStatus, Outcome, ServiceData
from mediation_desk.scheduling.monitoring import PeopleAssisted
from mediation_desk.services import changes
from mediation_desk.services.changes import Changed
from mediation_desk.storage import monitoring_store, repository
from mediation_desk.storage.db import Database

EXTRA_KEY = "assisted"  # the booking's field in a scenario document


class Unchanged(enum.Enum):
    """``close`` without touching what was recorded."""

    KEEP = "keep"


KEEP = Unchanged.KEEP


class MonitoringError(Exception):
    """Monitoring data that cannot be stored; ``code`` says why (``invalid``: ``problems`` lists each)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


@dataclass(frozen=True)
class MonitoringForm:
    """What the window shows: the record (None: not recorded) and the request's nationality to propose."""

    booking: BookingId
    recorded: PeopleAssisted | None
    request_nationality: str
    can_record: bool  # only a delivered intervention reached anybody


def checked(value: PeopleAssisted | None) -> PeopleAssisted | None:
    """``value`` normalised, or MonitoringError("invalid") listing every problem."""
    if value is None:
        return None
    found = rules.problems(value)
    if found:
        raise MonitoringError("invalid", problems=found)
    return rules.normalised(value)


def delivered(booking: Booking) -> bool:
    return booking.status is BookingStatus.DONE and booking.outcome is Outcome.DELIVERED


def form(db: Database, booking_id: BookingId) -> MonitoringForm:
    with db.read() as s:
        booking = repository.get_booking(s, booking_id)
        if booking is None:
            raise MonitoringError("unknown_booking", booking=booking_id)
        request = repository.get_request(s, booking.request)
        return MonitoringForm(booking_id, monitoring_store.get(s, booking_id),
                              request.nationality if request is not None else "", delivered(booking))


def assisted(db: Database, booking_id: BookingId) -> PeopleAssisted | None:
    with db.read() as s:
        return monitoring_store.get(s, booking_id)


def record(
    db: Database, booking_id: BookingId, value: PeopleAssisted | None, *, actor: str, now: dt.datetime
) -> Changed[PeopleAssisted | None]:
    """Record (or correct) the people a delivered intervention reached; None: not recorded."""
    value = checked(value)
    with db.write() as s:
        booking = repository.get_booking(s, booking_id)
        if booking is None:
            raise MonitoringError("unknown_booking", booking=booking_id)
        record_in(s, booking, value, actor=actor, now=now)
        return Changed(value, changes.of_bookings([booking]))


def record_in(s: Session, booking: Booking, value: PeopleAssisted | None, *, actor: str,
              now: dt.datetime) -> None:
    """The write step, inside the caller's transaction; ``value`` already ``checked``."""
    if value is not None and not delivered(booking):
        raise MonitoringError("not_delivered", booking=booking.id,
                              status=str(booking.outcome or booking.status))
    if value is None:
        if not monitoring_store.remove(s, booking.id):
            return
        details: dict[str, Any] = {"recorded": False}
    else:
        monitoring_store.save(s, booking.id, value, at=now, by=actor)
        # the counts are no one's personal data; the nationality stays out of the audit trail
        details = {"recorded": True, "people": value.people, "women": value.women, "men": value.men,
                   "minors": value.minors, "adults": value.adults,
                   "nationality_given": bool(value.nationality)}
    repository.add_audit(s, at=now, actor=actor, action="monitoring", entity="booking", entity_id=booking.id,
                         details=details)


# ---- the scenario document ---------------------------------------------------------------
def with_assisted(s: Session, data: ServiceData) -> ServiceData:
    """``data`` whose bookings carry their monitoring record in ``extra`` (for an export)."""
    records = monitoring_store.every(s) if len(data.bookings) > 1000 else \
        monitoring_store.of_bookings(s, [b.id for b in data.bookings])
    if not records:
        return data
    bookings = [dataclasses.replace(b, extra={**b.extra, EXTRA_KEY: rules.to_json(records[b.id])})
                if b.id in records else b for b in data.bookings]
    return dataclasses.replace(data, bookings=bookings)


def split_assisted(data: ServiceData) -> tuple[ServiceData, dict[BookingId, PeopleAssisted]]:
    """An imported service without the ``assisted`` fields, and those records; ScenarioError if any is bad."""
    records: dict[BookingId, PeopleAssisted] = {}
    problems: list[Problem] = []
    bookings = []
    for i, booking in enumerate(data.bookings):
        if EXTRA_KEY not in booking.extra:
            bookings.append(booking)
            continue
        raw = booking.extra[EXTRA_KEY]
        read = rules.from_json(raw) if raw is not None else None
        path = f"$.bookings[{i}].{EXTRA_KEY}"
        if isinstance(read, list):
            problems.extend(Problem(path, _problem_message(code, params)) for code, params in read)
        elif read is not None and not delivered(booking):
            problems.append(Problem(path, "people assisted are recorded only for a delivered intervention "
                                          "(status done, outcome delivered)"))
        elif read is not None:
            records[booking.id] = read
        bookings.append(dataclasses.replace(
            booking, extra={k: v for k, v in booking.extra.items() if k != EXTRA_KEY}))
    if problems:
        raise ScenarioError(problems)
    return dataclasses.replace(data, bookings=bookings), records


def _problem_message(code: str, params: dict[str, Any]) -> str:
    """English, like the other problems of a document (the import dialog lists them as they are)."""
    texts = {
        "not_an_object": "must be an object with people, women, men, minors, adults, nationality",
        "unknown_field": f"unknown field {params.get('field')!r}",
        "not_whole": f"{params.get('field')} must be a whole number, not {params.get('value')!r}",
        "negative": f"{params.get('field')} must not be negative",
        "no_people": "people must be at least 1 (leave the field out when not recorded)",
        "too_many": f"people must be at most {params.get('most')}",
        "gender_over_total": "women + men exceed people",
        "age_over_total": "minors + adults exceed people",
        "bad_nationality": "nationality must be text",
        "nationality_too_long": f"nationality must be at most {params.get('most')} characters",
    }
    return texts.get(code, code)
