"""The service calls behind the UI's actions, run through the runner: refusals shown, changes emitted once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QInputDialog, QWidget

from mediation_desk.scheduling.model import (
    Agency,
    Booking,
    BookingStatus,
    CancelParty,
    Mediator,
    MediatorId,
    Project,
    Request,
)
from mediation_desk.scheduling.monitoring import PeopleAssisted
from mediation_desk.services import booking, catalog, monitoring, requests
from mediation_desk.services import booking_outcomes as outcomes
from mediation_desk.services.booking import BookingRefused
from mediation_desk.services.changes import Changed
from mediation_desk.services.signed_sheets import SignedSheetInput
from mediation_desk.texts import violations
from mediation_desk.texts.errors import error_text
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import runner
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.runner import OnStale

T = TypeVar("T")

def _booking_call(
    parent: QWidget, context: AppContext, title: str, call: Any, settle: Callable[[Any], None] | None = None
) -> Any:
    """Run one lifecycle service call, ``call(override_reason)``; refusals are shown, never lost.

    When the project budget is the only rule broken, the coordinator may book
    anyway by giving a reason, which the service records with the booking.
    ``settle(result)`` updates the session's own state (undo) before the views
    hear of the change.
    """
    try:
        result = call(None)
    except BookingRefused as refused:
        texts = violations.describe_all(refused.violations, context.catalog())
        if all(v.code in booking.OVERRIDABLE for v in refused.violations):
            reason = ask_override_reason(parent, texts)
            if reason:
                return _booking_call(parent, context, title, lambda _none: call(reason), settle)
            return None
        runner.refuse(parent, title, texts)
        return None
    except runner.REFUSALS as exc:
        runner.refuse(parent, title, [error_text(exc)])
        return None
    if settle is not None:
        settle(result)
    runner.apply(parent, context, result)
    return result


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
            MediatorId(mediator_id),
            start,
            actor=context.actor,
            now=context.now(),
            override_reason=override_reason,
        )

    return _booking_call(
        parent, context, translate("Operations", "Booking refused"), call, lambda c: _remember(context, c)
    )


def reschedule(
    parent: QWidget,
    context: AppContext,
    current: Booking,
    start: dt.datetime,
    end: dt.datetime,
    mediator_id: str,
    agreed_with: str | None = None,
) -> Any:
    new_mediator = mediator_id if mediator_id != current.mediator else None

    def call(override_reason: str | None) -> Any:
        return booking.reschedule(
            context.db,
            current.id,
            start,
            actor=context.actor,
            now=context.now(),
            new_mediator=MediatorId(new_mediator) if new_mediator else None,
            override_reason=override_reason,
            agreed_with=agreed_with,
            read_version=current.version,
        )

    return _booking_call(
        parent, context, translate("Operations", "Move refused"), call, lambda c: _remember(context, c)
    )


def is_late_cancellation(context: AppContext, current: Booking) -> bool:
    return outcomes.is_late_cancellation(context.db, current, context.now())


def cancel(
    parent: QWidget, context: AppContext, current: Booking, reason: str, *,
    by: CancelParty = CancelParty.AGENCY, close_request: bool | None = None,
) -> Booking | None:
    def call(_override: str | None) -> Any:
        return outcomes.cancel(context.db, current.id, reason, actor=context.actor, now=context.now(),
                              by=by, close_request=close_request, read_version=current.version)

    change = _booking_call(parent, context, translate("Operations", "Cancellation refused"), call)
    return change.booking if change is not None else None


def no_show(
    parent: QWidget, context: AppContext, current: Booking, by: CancelParty = CancelParty.FAMILY
) -> Any:
    return _booking_call(
        parent,
        context,
        translate("Operations", "No-show refused"),
        lambda _override: outcomes.mark_no_show(
            context.db, current.id, actor=context.actor, now=context.now(), by=by,
            read_version=current.version,
        ),
    )


def reopen_request(parent: QWidget, context: AppContext, current: Request) -> Request | None:
    """Put a request closed by mistake back among those to fill."""
    reopened = runner.run(
        parent, context, translate("Operations", "Request not reopened"),
        lambda: outcomes.reopen_request(context.db, current.id, actor=context.actor, now=context.now()),
    )
    return reopened.value if reopened is not None else None


def close(
    parent: QWidget, context: AppContext, current: Booking, start: dt.datetime, end: dt.datetime,
    signed: SignedSheetInput | None = None,
    assisted: PeopleAssisted | None | monitoring.Unchanged = monitoring.KEEP,
) -> Any:
    return _booking_call(
        parent,
        context,
        translate("Operations", "Closing refused"),
        lambda _override: outcomes.close(
            context.db, current.id, start, end, actor=context.actor, now=context.now(),
            read_version=current.version, signed=signed, assisted=assisted,
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
            read_version=current.version,
        )

    return _booking_call(
        parent, context, translate("Operations", "Undo refused"), call,
        lambda _done: context.last_moves.pop(current.id, None),
    )


def save_request(
    parent: QWidget, context: AppContext, typed: Request, on_stale: OnStale | None = None
) -> Request | None:
    """Create the request (no id yet) or save the changes; None when refused (the reasons are shown).

    Saved over by someone else meanwhile: the form keeps the user's values and
    ``on_stale`` gets the newest version, so that saving again applies them over it.
    """

    def call() -> Changed[Request]:
        if typed.id:
            return requests.update_request(context.db, typed, actor=context.actor, now=context.now())
        return requests.create_request(context.db, typed, actor=context.actor, now=context.now())

    saved = runner.run(parent, context, translate("Operations", "Request not saved"), call, on_stale)
    return saved.value if saved is not None else None


def cancel_request(parent: QWidget, context: AppContext, current: Request) -> Request | None:
    cancelled = runner.run(
        parent,
        context,
        translate("Operations", "Request not cancelled"),
        lambda: requests.cancel_request(
            context.db, current.id, actor=context.actor, now=context.now(), read_version=current.version
        ),
    )
    return cancelled.value if cancelled is not None else None


def _save_entity(parent: QWidget, context: AppContext, call: Callable[[], Changed[T]],
                 on_stale: OnStale | None) -> T | None:
    saved = runner.run(parent, context, translate("Operations", "Not saved"), call, on_stale)
    return saved.value if saved is not None else None


def save_mediator(
    parent: QWidget, context: AppContext, mediator: Mediator, *, new: bool, on_stale: OnStale | None = None
) -> Mediator | None:
    return _save_entity(
        parent,
        context,
        lambda: catalog.save_mediator(context.db, mediator, new=new, actor=context.actor, now=context.now()),
        on_stale,
    )


def save_agency(
    parent: QWidget, context: AppContext, agency: Agency, *, new: bool, on_stale: OnStale | None = None
) -> Agency | None:
    return _save_entity(
        parent,
        context,
        lambda: catalog.save_agency(context.db, agency, new=new, actor=context.actor, now=context.now()),
        on_stale,
    )


def save_project(
    parent: QWidget, context: AppContext, project: Project, *, new: bool, on_stale: OnStale | None = None
) -> Project | None:
    return _save_entity(
        parent,
        context,
        lambda: catalog.save_project(context.db, project, new=new, actor=context.actor, now=context.now()),
        on_stale,
    )
