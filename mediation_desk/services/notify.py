"""Booking notifications: the mediator's invitation and the agency's mail, queued when a booking changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from mediation_desk.scheduling.model import Booking
from mediation_desk.services import agency_mail, invites, mail_outbox, mail_settings
from mediation_desk.storage import repository, request_queries

CHANGES = frozenset({"created", "updated", "cancelled"})


def booking_changed(s: Session, booking: Booking, change: str, *, now: dt.datetime, actor: str) -> bool:
    """Enqueue the invitation (REQUEST) or cancellation (CANCEL) of ``booking`` in the outbox.

    Called by the booking lifecycle services inside their write transaction, so
    the message is queued if and only if the change commits. Does nothing when
    mail is not configured (no SMTP host or no organizer address in settings).
    Returns whether mail is configured, so the caller can say when nothing was sent.
    """
    return bookings_changed(s, [booking], change, now=now, actor=actor)


def bookings_changed(
    s: Session, bookings: Sequence[Booking], change: str, *, now: dt.datetime, actor: str
) -> bool:
    """Enqueue the invitations of ``bookings``: the messages ``booking_changed`` would queue one by one.

    The settings and the entities the messages describe are read once, and the
    outbox rows and their audit lines are written together. A series is
    announced once, by its last booking listed: its invitation carries every
    occurrence, and queued ones it makes obsolete are dropped first.
    """
    if change not in CHANGES:
        raise ValueError(f"unknown booking change: {change!r}")
    settings = mail_settings.get_settings(s)
    if mail_settings.validate(settings):
        return False
    if not bookings:
        return True
    entities = invites.entities_for(s, bookings)
    last_of_series = {b.series: b for b in bookings if b.series}
    series_mail: dict[str, mail_outbox.OutgoingMail | None] = {}
    queued: list[mail_outbox.OutgoingMail] = []
    alerts: list[tuple[str, str, str, dict[str, Any]]] = []
    for booking in bookings:
        if booking.series and booking.series not in series_mail:
            last = last_of_series[booking.series]
            series_mail[booking.series] = invites.invitation_for(
                s, last, now=now, settings=settings, entities=entities
            )
            siblings = [b.id for b in request_queries.bookings_of_series(s, booking.series)]
            mail_outbox.drop_queued(
                s, siblings, now=now, actor=actor, reason=f"superseded: series {booking.series}"
            )
        if booking.series:
            outgoing = series_mail[booking.series]
        else:
            outgoing = invites.invitation_for(s, booking, now=now, settings=settings, entities=entities)
        if outgoing is None:
            # The mediator has no e-mail address: the coordinator must tell them another way.
            details = {"mediator": booking.mediator, "change": change}
            alerts.append(("alert.no_email", "booking", booking.id, details))
        elif not booking.series or last_of_series[booking.series] is booking:
            queued.append(outgoing)
    repository.add_audits(s, at=now, actor=actor, entries=alerts)
    mail_outbox.enqueue_many(s, queued, now=now, actor=actor)
    agency_mail.bookings_changed(s, bookings, now=now, actor=actor, settings=settings)
    return True
