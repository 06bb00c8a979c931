"""Subcommands `book`, `move`, `cancel`, `close`: the booking actions of the window, for scripts and support.

Each goes through the same service as the window (``services.booking``), so
the same rules, audit entries and invitations apply. Times without an offset
are read on the service's wall clock (its stored time zone); one that daylight saving
skips or repeats is refused with the offsets to choose from.

Exit status: 0 done, 1 refused by the rules or the database, 2 invalid input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any

from mediation_desk.cli.common import EXIT_INVALID, EXIT_OK, CommandError, actor, database_command, now
from mediation_desk.scheduling.model import CancelParty
from mediation_desk.scheduling.monitoring import PeopleAssisted
from mediation_desk.scheduling.timeutil import WallTimeError, WallTimeProblem, strict_local
from mediation_desk.services import booking as booking_service
from mediation_desk.services import booking_outcomes, lookups, monitoring
from mediation_desk.services.booking import BookingChange, BookingError, BookingRefused
from mediation_desk.services.monitoring import MonitoringError
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import StorageError
from mediation_desk.texts import errors, i18n, violations
from mediation_desk.texts.notices import notice_text

_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})([+-]\d{2}:?\d{2}|Z)?$")


class InputError(ValueError):
    """A command-line value that cannot be used; the message is the sentence to print."""


def register(subparsers: Any) -> None:
    book = subparsers.add_parser("book", help="book a mediator for a request at a start time")
    book.add_argument("request_id", metavar="REQUEST")
    book.add_argument("mediator_id", metavar="MEDIATOR")
    book.add_argument("start", metavar="START", help="YYYY-MM-DDTHH:MM, local time or with an offset")
    book.add_argument("--override-reason", metavar="TEXT", help="book past the project's budget, saying why")
    book.set_defaults(func=run_book)
    move = subparsers.add_parser("move", help="move a booking to another start (or another mediator)")
    move.add_argument("booking_id", metavar="BOOKING")
    move.add_argument("start", metavar="START", help="YYYY-MM-DDTHH:MM, local time or with an offset")
    move.add_argument("--mediator", metavar="ID", help="hand the booking to this mediator")
    move.add_argument("--override-reason", metavar="TEXT", help="move past the project's budget, saying why")
    move.set_defaults(func=run_move)
    cancel = subparsers.add_parser("cancel", help="cancel a booking (late cancellations are billable)")
    cancel.add_argument("booking_id", metavar="BOOKING")
    cancel.add_argument("--by", required=True, choices=[p.value for p in CancelParty],
                        help="who called it off (agency or family: billed when late)")
    cancel.add_argument("--reason", metavar="TEXT", default="", help="what happened, in a few words")
    cancel.set_defaults(func=run_cancel)
    close = subparsers.add_parser("close", help="record the hours actually delivered")
    close.add_argument("booking_id", metavar="BOOKING")
    close.add_argument("--start", required=True, metavar="HH:MM", help="actual start, on the booking's day")
    close.add_argument("--end", required=True, metavar="HH:MM", help="actual end (the next day if earlier)")
    close.add_argument("--override-reason", metavar="TEXT",
                       help="close past the project's budget, saying why")
    for name, text in (("people", "FAMI monitoring: how many people it reached (no names)"),
                       ("women", "of them women"), ("men", "of them men"), ("minors", "of them minors"),
                       ("adults", "of them adults")):
        close.add_argument(f"--{name}", type=int, metavar="N", help=text)
    close.add_argument("--nationality", metavar="TEXT", help="main nationality of the people assisted")
    close.set_defaults(func=run_close)
    for parser in (book, move, cancel, close):
        parser.add_argument("--json", action="store_true", help="one JSON document instead of text")


REASON_BY = {  # the reason stored when none is given
    CancelParty.AGENCY: "disdetta dell'ente",
    CancelParty.FAMILY: "disdetta della famiglia",
    CancelParty.MEDIATOR: "rinuncia del mediatore",
    CancelParty.SERVICE: "nessun mediatore disponibile",
}


# ---- the commands -------------------------------------------------------------------
def _refuse(args: argparse.Namespace) -> Callable[[Exception], CommandError | None]:
    def refuse(exc: Exception) -> CommandError | None:
        if isinstance(exc, InputError):
            return _error(args, "invalid_input", [str(exc)], EXIT_INVALID)
        if isinstance(exc, BookingRefused):
            with i18n.speaking_english():
                reasons = violations.describe_all(exc.violations, _NAMES)
            return _error(args, "refused", [f"refused: {reason}" for reason in reasons],
                          violations=exc.violations)
        if isinstance(exc, BookingError):
            with i18n.speaking_english():
                return _error(args, exc.code, [errors.booking_error_text(exc)])
        if isinstance(exc, MonitoringError):
            with i18n.speaking_english():
                lines = errors.error_text(exc).splitlines()
            return _error(args, exc.code, lines, EXIT_INVALID if exc.code == "invalid" else 1)
        return None
    return refuse


def _error(args: argparse.Namespace, code: str, lines: list[str], status: int = 1,
           violations: list[Any] | None = None) -> CommandError:
    if args.json:
        doc: dict[str, Any] = {"ok": False, "error": code, "text": lines}
        if violations is not None:
            doc["violations"] = [v.as_json() for v in violations]
        print(json.dumps(doc, ensure_ascii=False, default=str))
    return CommandError([f"{args.command}: {line}" for line in lines], status)


class _CatalogNames:
    """Language and area names for the refusal sentences, read once when first needed."""

    def __init__(self) -> None:
        self.db: Database | None = None
        self._languages: dict[str, str] | None = None
        self._areas: dict[str, str] = {}

    def _load(self) -> None:
        if self._languages is None:
            self._languages = {}
            if self.db is not None:
                try:
                    static = lookups.reference_data(self.db)
                    self._languages = {lg.code.lower(): lg.name for lg in static.languages}
                    self._areas = {str(a.code): a.name for a in static.areas}
                except StorageError:
                    pass

    def language_name(self, code: str) -> str:
        self._load()
        return (self._languages or {}).get(str(code).lower(), str(code))

    def area_name(self, code: str) -> str:
        self._load()
        return self._areas.get(str(code), str(code))


_NAMES = _CatalogNames()  # a violations.Names


Action = Callable[[argparse.Namespace, Database], BookingChange]


def _command(action: Action) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        @database_command(args.command, _refuse(args))
        def handler(args: argparse.Namespace, db: Database) -> int:
            _NAMES.db, _NAMES._languages = db, None
            i18n.use_service_zone(lookups.service_zone(db))  # times typed and shown on the service's clock
            change = action(args, db)
            print(json.dumps(as_json(change), ensure_ascii=False) if args.json else as_text(change))
            return EXIT_OK
        return handler(args)
    return run


@_command
def run_book(args: argparse.Namespace, db: Database) -> BookingChange:
    return booking_service.book(db, args.request_id, args.mediator_id, parse_start(args.start), actor=actor(),
                                now=now(), override_reason=args.override_reason)


@_command
def run_move(args: argparse.Namespace, db: Database) -> BookingChange:
    return booking_service.reschedule(db, args.booking_id, parse_start(args.start), actor=actor(), now=now(),
                                      new_mediator=args.mediator, override_reason=args.override_reason)


@_command
def run_cancel(args: argparse.Namespace, db: Database) -> BookingChange:
    by = CancelParty(args.by)
    reason = args.reason.strip() or REASON_BY[by]
    if "\n" in reason or "\r" in reason:
        raise InputError("the reason must be one line")
    return booking_outcomes.cancel(db, args.booking_id, reason, actor=actor(), now=now(), by=by)


@_command
def run_close(args: argparse.Namespace, db: Database) -> BookingChange:
    booking = booking_service.find_booking(db, args.booking_id)
    day = booking.start.astimezone(i18n.service_zone()).date()
    start = parse_clock(args.start, day)
    end = parse_clock(args.end, day)
    if end <= start:  # an intervention that went on past midnight
        end = parse_clock(args.end, day + dt.timedelta(days=1))
    return booking_outcomes.close(db, args.booking_id, start, end, actor=actor(), now=now(),
                                 override_reason=args.override_reason, assisted=_assisted(args))


def _assisted(args: argparse.Namespace) -> PeopleAssisted | monitoring.Unchanged:
    """The people assisted given with ``close``; without ``--people`` what was recorded stays."""
    given = {n: getattr(args, n) for n in ("women", "men", "minors", "adults")
             if getattr(args, n) is not None}
    if args.people is None:
        if given or args.nationality is not None:
            raise InputError("give --people too: how many people the intervention reached")
        return monitoring.KEEP
    return PeopleAssisted(args.people, **given, nationality=args.nationality or "")


# ---- parsing times ------------------------------------------------------------------
def parse_start(text: str) -> dt.datetime:
    """An instant from ISO text; without an offset, the one instant of that local time (else InputError)."""
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"not a date and time: {text!r} (expected YYYY-MM-DDTHH:MM)") from None
    if value.tzinfo is not None:
        return value
    return _strict(value.date(), value.time())


def parse_clock(text: str, day: dt.date) -> dt.datetime:
    """``HH:MM`` (optionally with an offset such as ``+01:00``) on ``day``, local time."""
    match = _CLOCK.match(text.strip())
    if match is None:
        raise InputError(f"not a time: {text!r} (expected HH:MM)")
    hour, minute, offset = int(match[1]), int(match[2]), match[3]
    if hour > 23 or minute > 59:
        raise InputError(f"not a time: {text!r} (expected HH:MM)")
    if offset:
        return dt.datetime.fromisoformat(f"{day.isoformat()}T{hour:02d}:{minute:02d}{offset}")
    return _strict(day, dt.time(hour, minute))


def _strict(day: dt.date, time: dt.time) -> dt.datetime:
    try:
        return strict_local(day, time, i18n.service_zone())
    except WallTimeError as exc:
        shown, zone = f"{day.isoformat()} {time:%H:%M}", i18n.service_zone()
        if exc.problem is WallTimeProblem.NONEXISTENT:
            raise InputError(f"{shown} does not exist in {zone}: the clocks go forward that night; "
                             "choose a time after 03:00 or before 02:00") from None
        first, second = (dt.datetime.combine(day, time.replace(fold=f), tzinfo=zone) for f in (0, 1))
        raise InputError(f"{shown} happens twice in {zone} (the clocks go back that night): add the "
                         f"offset, {first.isoformat(timespec='minutes')} for the first or "
                         f"{second.isoformat(timespec='minutes')} for the second") from None


# ---- printing ------------------------------------------------------------------------
def as_json(change: BookingChange) -> dict[str, Any]:
    b = change.booking
    return {
        "ok": True, "change": change.change, "booking": b.id, "request": b.request, "mediator": b.mediator,
        "start": b.start.astimezone(dt.UTC).isoformat(), "end": b.end.astimezone(dt.UTC).isoformat(),
        "local_start": b.start.astimezone(i18n.service_zone()).isoformat(),
        "local_end": b.end.astimezone(i18n.service_zone()).isoformat(),
        "status": str(b.status), "outcome": str(b.outcome) if b.outcome else None,
        "actual_start": b.actual_start.astimezone(dt.UTC).isoformat() if b.actual_start else None,
        "actual_end": b.actual_end.astimezone(dt.UTC).isoformat() if b.actual_end else None,
        "replaced": change.replaced.id if change.replaced else None,
        "overridden": [v.as_json() for v in change.overridden],
        "budget_level": str(change.budget_level) if change.budget_level is not None else None,
    }


def as_text(change: BookingChange) -> str:
    b = change.booking
    start, end = b.start.astimezone(i18n.service_zone()), b.end.astimezone(i18n.service_zone())
    when = f"{start:%d/%m/%Y %H:%M}-{end:%H:%M} ({start:%z})"
    lines = {
        "created": f"booked {b.id}: {b.mediator} for request {b.request}, {when}",
        "moved": f"moved {b.id} to {when}",
        "reassigned": f"booking {change.replaced.id if change.replaced else ''} handed to {b.mediator} "
                      f"as {b.id}, {when}",
        "cancelled": f"cancelled {b.id} in time: request {b.request} is pending again",
        "late_cancelled": f"cancelled {b.id} late: billable, request {b.request} closed",
        "closed": f"closed {b.id}: delivered "
                  f"{i18n.to_local(b.actual_start):%d/%m/%Y %H:%M}-"
                  f"{i18n.to_local(b.actual_end):%H:%M}" if b.actual_start and b.actual_end else "",
    }
    text = lines.get(change.change, f"{change.change} {b.id}")
    with i18n.speaking_english():  # the notices the window shows in its status bar, worded once
        notes = [f"note: {notice_text(n)}" for n in change.changes.notices]
    return "\n".join([text, *notes])
