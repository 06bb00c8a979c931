"""The service calls behind the UI's actions; refusals and errors become messages to the coordinator."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from mediation_desk.scheduling.model import Agency, Booking, BookingStatus, Mediator, Project, Request
from mediation_desk.services import booking, catalog, requests
from mediation_desk.services.booking import BookingError, BookingRefused
from mediation_desk.services.catalog import CatalogError
from mediation_desk.services.requests import RequestError
from mediation_desk.storage.errors import StorageError
from mediation_desk.ui.common import violation_texts
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.i18n import translate


def _refused(parent: QWidget, title: str, reasons: list[str]) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, "\n".join(f"• {r}" for r in reasons), parent=parent)
    box.setObjectName("refusal")
    box.exec()


def error_text(exc: Exception) -> str:
    """A sentence for a BookingError code (the service names why, never in prose)."""
    if not isinstance(exc, BookingError):
        return str(exc)
    texts = {
        "reason_required": translate("Operations", "Give the reason of the cancellation."),
        "not_started": translate("Operations", "The intervention has not started yet."),
        "bad_actual_times": translate("Operations", "The actual end must follow the actual start."),
        "in_the_future": translate("Operations", "The actual end is in the future."),
        "too_long": translate("Operations", "An intervention cannot last more than a day."),
        "wrong_status": translate("Operations", "The booking is no longer in a state that allows this."),
        "booking_not_found": translate("Operations", "The booking no longer exists."),
        "request_not_found": translate("Operations", "The request no longer exists."),
        "mediator_not_found": translate("Operations", "The mediator no longer exists."),
    }
    return texts.get(exc.code, exc.code)


def _booking_call(parent: QWidget, context: AppContext, title: str, call: Any) -> Any:
    """Run one lifecycle service call, ``call(override_reason)``; refusals are shown, never lost.

    When the project budget is the only rule broken, the coordinator may book
    anyway by giving a reason, which the service records with the booking.
    """
    try:
        return call(None)
    except BookingRefused as refused:
        texts = violation_texts.describe_all(refused.violations, context.catalog())
        if all(v.code in booking.OVERRIDABLE for v in refused.violations):
            reason = ask_override_reason(parent, texts)
            if reason:
                return _booking_call(parent, context, title, lambda _none: call(reason))
            return None
        _refused(parent, title, texts)
    except (BookingError, StorageError) as exc:
        _refused(parent, title, [error_text(exc)])
    return None


def ask_override_reason(parent: QWidget, texts: list[str]) -> str:
    """The coordinator's reason to book past the budget; empty when they step back."""
    reason, ok = QInputDialog.getText(
        parent,
        translate("Operations", "Book past the budget?"),
        "\n".join(texts) + "\n\n" + translate("Operations", "Reason for booking anyway (recorded):"),
    )
    return reason.strip() if ok else ""


def book(parent: QWidget, context: AppContext, request: Request, mediator_id: str, start: dt.datetime) -> Any:
    def call(override_reason: str | None) -> Any:
        return booking.book(
            context.db,
            request.id,
            mediator_id,
            start,
            actor=context.actor,
            now=context.now(),
            override_reason=override_reason,
        )

    change = _booking_call(parent, context, translate("Operations", "Booking refused"), call)
    _remember(context, change)
    return change


def reschedule(
    parent: QWidget,
    context: AppContext,
    current: Booking,
    start: dt.datetime,
    end: dt.datetime,
    mediator_id: str,
) -> Any:
    new_mediator = mediator_id if mediator_id != current.mediator else None

    def call(override_reason: str | None) -> Any:
        return booking.reschedule(
            context.db,
            current.id,
            start,
            actor=context.actor,
            now=context.now(),
            new_mediator=new_mediator,
            override_reason=override_reason,
        )

    change = _booking_call(parent, context, translate("Operations", "Move refused"), call)
    _remember(context, change)
    return change


def is_late_cancellation(context: AppContext, current: Booking) -> bool:
    return booking.is_late_cancellation(context.db, current, context.now())


def cancel(parent: QWidget, context: AppContext, current: Booking, reason: str) -> Booking | None:
    def call(_override: str | None) -> Any:
        return booking.cancel(context.db, current.id, reason, actor=context.actor, now=context.now())

    change = _booking_call(parent, context, translate("Operations", "Cancellation refused"), call)
    return change.booking if change is not None else None


def no_show(parent: QWidget, context: AppContext, current: Booking) -> Any:
    return _booking_call(
        parent,
        context,
        translate("Operations", "No-show refused"),
        lambda _override: booking.mark_no_show(
            context.db, current.id, actor=context.actor, now=context.now()
        ),
    )


def close(
    parent: QWidget, context: AppContext, current: Booking, start: dt.datetime, end: dt.datetime
) -> Any:
    return _booking_call(
        parent,
        context,
        translate("Operations", "Closing refused"),
        lambda _override: booking.close(
            context.db, current.id, start, end, actor=context.actor, now=context.now()
        ),
    )


# Undo: a move can be moved back (by the same rules); other actions are final or billable.


def _remember(context: AppContext, change: Any) -> None:
    if change is not None and change.change in ("moved", "reassigned") and change.before is not None:
        context.last_moves[change.booking.id] = change


def can_undo(context: AppContext, current: Booking) -> bool:
    return current.status is BookingStatus.CONFIRMED and current.id in context.last_moves


def undo(parent: QWidget, context: AppContext, current: Booking) -> Any:
    """Move the booking back where it was before its last move in this session."""
    change = context.last_moves.get(current.id)
    if change is None:
        return None
    before: Booking = change.before

    def call(override_reason: str | None) -> Any:
        mediator = before.mediator if before.mediator != current.mediator else None
        return booking.reschedule(
            context.db,
            current.id,
            before.start,
            actor=context.actor,
            now=context.now(),
            new_mediator=mediator,
            override_reason=override_reason,
        )

    result = _booking_call(parent, context, translate("Operations", "Undo refused"), call)
    if result is not None:
        del context.last_moves[current.id]
    return result


def _requesterror_text(exc: RequestError) -> str:
    if exc.code == "invalid":
        parts = [RequestError(code, **params) for code, params in exc.params["problems"]]
        return "\n".join(_requesterror_text(part) for part in parts)
    texts = {
        "unknown_agency": translate("Operations", "The agency does not exist."),
        "unknown_language": translate("Operations", "The language is not in the catalogue."),
        "unknown_project": translate("Operations", "The project does not exist."),
        "bad_duration": translate("Operations", "The duration must be a positive multiple of 15 minutes."),
        "no_window": translate("Operations", "Propose at least one time window."),
        "window_too_short": translate("Operations", "A window is shorter than the duration."),
        "no_address": translate("Operations", "Give the address of the meeting."),
        "request_not_found": translate("Operations", "The request no longer exists."),
        "wrong_status": translate("Operations", "Only a request still to plan can be cancelled."),
        "booked_request_locked": translate(
            "Operations",
            "The request is booked: move or cancel booking {booking} before changing times, "
            "language, place or duration.",
        ).format(booking=exc.params.get("booking", "")),
    }
    return texts.get(exc.code, exc.code)


def save_request(parent: QWidget, context: AppContext, typed: Request) -> Request | None:
    """Create the request (no id yet) or save the changes; None when refused (the reasons are shown)."""
    try:
        if typed.id:
            return requests.update_request(context.db, typed, actor=context.actor, now=context.now())
        return requests.create_request(context.db, typed, actor=context.actor, now=context.now())
    except RequestError as exc:
        _refused(parent, translate("Operations", "Request not saved"), [_requesterror_text(exc)])
    except StorageError as exc:
        _refused(parent, translate("Operations", "Request not saved"), [str(exc)])
    return None


def cancel_request(parent: QWidget, context: AppContext, current: Request) -> Request | None:
    try:
        return requests.cancel_request(context.db, current.id, actor=context.actor, now=context.now())
    except (RequestError, StorageError) as exc:
        text = _requesterror_text(exc) if isinstance(exc, RequestError) else str(exc)
        _refused(parent, translate("Operations", "Request not cancelled"), [text])
    return None


def _catalogerror_text(exc: CatalogError) -> str:
    texts = {
        "missing_id": translate("Operations", "Give a code."),
        "duplicate_id": translate("Operations", "The code {id} is already in use.").format(
            id=exc.params.get("id", "")
        ),
        "not_found": translate("Operations", "It no longer exists: reload the list."),
        "missing_field": translate("Operations", "A required field is empty."),
        "unknown_language": translate("Operations", "Add at least one known language."),
        "unknown_area": translate("Operations", "Unknown area: {areas}.").format(
            areas=", ".join(exc.params.get("areas", []))
        ),
        "bad_availability": translate("Operations", "Each availability window must end after it starts."),
        "bad_absence": translate("Operations", "Each absence must end after it starts."),
        "bad_dates_or_budget": translate(
            "Operations", "The project needs a positive budget and an end on or after its start."
        ),
    }
    return texts.get(exc.code, exc.code)


def _save_entity(parent: QWidget, call: Any) -> Any:
    try:
        return call()
    except CatalogError as exc:
        _refused(parent, translate("Operations", "Not saved"), [_catalogerror_text(exc)])
    except StorageError as exc:
        _refused(parent, translate("Operations", "Not saved"), [str(exc)])
    return None


def save_mediator(parent: QWidget, context: AppContext, mediator: Mediator, *, new: bool) -> Mediator | None:
    return _save_entity(
        parent,
        lambda: catalog.save_mediator(context.db, mediator, new=new, actor=context.actor, now=context.now()),
    )


def save_agency(parent: QWidget, context: AppContext, agency: Agency, *, new: bool) -> Agency | None:
    return _save_entity(
        parent,
        lambda: catalog.save_agency(context.db, agency, new=new, actor=context.actor, now=context.now()),
    )


def save_project(parent: QWidget, context: AppContext, project: Project, *, new: bool) -> Project | None:
    return _save_entity(
        parent,
        lambda: catalog.save_project(context.db, project, new=new, actor=context.actor, now=context.now()),
    )
