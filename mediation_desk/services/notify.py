"""Booking notifications: queue the mediator's iMIP invitation when a booking changes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from mediation_desk.scheduling.model import Booking

CHANGES = frozenset({"created", "updated", "cancelled"})


def booking_changed(s: Session, booking: Booking, change: str, *, now: dt.datetime, actor: str) -> None:
    """Enqueue the invitation (REQUEST) or cancellation (CANCEL) of ``booking`` in the outbox.

    Called by the booking lifecycle services inside their write transaction, so
    the message is queued if and only if the change commits. Does nothing when
    mail is not configured (no SMTP host or no organizer address in settings).
    """
    if change not in CHANGES:
        raise ValueError(f"unknown booking change: {change!r}")
    # Imported here: mail and invites import storage, which imports the lifecycle helpers.
    from mediation_desk.services import invites, mail
    from mediation_desk.storage import repository

    if not mail.mail_configured(s):
        return
    outgoing = invites.invitation_for(s, booking, now=now)
    if outgoing is None:
        # The mediator has no e-mail address: the coordinator must tell them another way.
        repository.add_audit(
            s,
            at=now,
            actor=actor,
            action="alert.no_email",
            entity="booking",
            entity_id=booking.id,
            details={"mediator": booking.mediator, "change": change},
        )
        return
    if booking.series:
        # The series invitation carries every occurrence: older unsent ones are obsolete.
        siblings = [b.id for b in invites.series_bookings(s, booking.series)]
        mail.drop_queued(s, siblings, now=now, actor=actor, reason=f"superseded: series {booking.series}")
    mail.enqueue(s, outgoing, now=now, actor=actor)
