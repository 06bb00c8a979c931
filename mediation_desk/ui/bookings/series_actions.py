"""Recurring bookings in the UI: create a weekly series; move or cancel one, the following or all."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from mediation_desk.scheduling.model import Booking, CancelParty, MediatorId, Outcome, Request, SeriesId
from mediation_desk.scheduling.series import SeriesError, SeriesScope
from mediation_desk.services import series
from mediation_desk.services.booking import OVERRIDABLE, BookingError
from mediation_desk.services.series import OccurrenceProblem, SeriesChange, SeriesRefused
from mediation_desk.storage.errors import StorageError
from mediation_desk.texts import i18n, violations
from mediation_desk.texts.errors import error_text
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.bookings.series_dialog import SeriesDialog, rule_problem
from mediation_desk.ui.common import runner
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.name_lookup import Catalog
from mediation_desk.ui.common.operations import ask_override_reason


def problem_lines(problems: list[OccurrenceProblem], catalog: Catalog) -> list[str]:
    """One line per occurrence: its date and time, then why it cannot be booked."""
    lines = []
    for problem in problems:
        when = f"{i18n.fmt_weekday_date(i18n.to_local(problem.start).date())} {i18n.fmt_time(problem.start)}"
        reasons = "; ".join(violations.describe_all(problem.violations, catalog))
        lines.append(f"• {when}: {reasons}")
    return lines


def _error(exc: Exception) -> str:
    if isinstance(exc, SeriesError):
        return rule_problem(exc)
    return error_text(exc)


def _warn(parent: QWidget, title: str, lines: list[str]) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, "\n".join(lines), parent=parent)
    box.setObjectName("series_refusal")
    box.exec()


def _call(parent: QWidget, context: AppContext, title: str, intro: str, call: object) -> SeriesChange | None:
    """Run a series service call; refusals are listed occurrence by occurrence, never lost."""
    try:
        change: SeriesChange = call()  # type: ignore[operator]
    except SeriesRefused as refused:
        _warn(parent, title, [intro, *problem_lines(refused.problems, context.catalog())])
        return None
    except (BookingError, SeriesError, StorageError) as exc:
        _warn(parent, title, [_error(exc)])
        return None
    runner.apply(parent, context, change)
    return change


def repeat_weekly(
    parent: QWidget, context: AppContext, request: Request, mediator_id: str = "",
    start: dt.datetime | None = None,
) -> SeriesChange | None:
    """Ask the weekly rule, book the series, and say which occurrences could not be booked and why.

    Occurrences kept out by the project budget alone can be booked with a reason, as a single booking can.
    """
    catalog = context.catalog()
    first = start or (request.windows[0].start if request.windows else context.now())
    dialog = SeriesDialog(parent, request, catalog, mediator_id, first)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    title = translate("SeriesActions", "Series not booked")

    def create(override_reason: str | None) -> SeriesChange:
        return series.create_series(
            context.db, request.id, MediatorId(dialog.mediator_id()), dialog.rule(), dialog.first_start(),
            actor=context.actor, now=context.now(), override_reason=override_reason)

    try:
        change: SeriesChange | None = create(None)
    except SeriesRefused as refused:
        change = None
        if _budget_only(refused.problems):
            reason = ask_override_reason(parent, problem_lines(refused.problems, catalog))
            if reason:
                intro = translate("SeriesActions", "No occurrence can be booked:")
                change = _call(parent, context, title, intro, lambda: create(reason))
        else:
            _warn(parent, title, [translate("SeriesActions", "No occurrence can be booked:"),
                                  *problem_lines(refused.problems, catalog)])
    except (BookingError, SeriesError, StorageError) as exc:
        _warn(parent, title, [_error(exc)])
        return None
    else:
        runner.apply(parent, context, change)
    if change is None:
        return None
    refused_list = change.refused
    over = [p for p in refused_list if _budget_only([p])]
    if over:
        reason = ask_override_reason(parent, problem_lines(over, catalog))
        if reason:
            series_id, starts = change.series_id, [p.start for p in over]
            intro = translate("SeriesActions", "These occurrences cannot be booked:")
            more = _call(parent, context, title, intro, lambda: series.book_left_over(
                context.db, SeriesId(series_id), starts, override_reason=reason, actor=context.actor,
                now=context.now()))
            if more is not None:
                booked = {b.start for b in more.bookings}
                refused_list = [p for p in refused_list if p.start not in booked]
                change = replace(change, bookings=[*change.bookings, *more.bookings], refused=refused_list)
    text = translate("SeriesActions", "Booked {booked} of {total} occurrences.").format(
        booked=len(change.bookings), total=len(change.bookings) + len(change.refused)
    )
    skipped = skipped_lines(change)
    if change.refused:
        lines = [text, translate("SeriesActions", "Not booked (the requests stay to plan):")]
        lines += problem_lines(change.refused, catalog)
        _warn(parent, translate("SeriesActions", "Series booked"), lines + skipped)
    else:
        QMessageBox.information(parent, translate("SeriesActions", "Series booked"),
                                "\n".join([text, *skipped]))
    return change


def skipped_lines(change: SeriesChange) -> list[str]:
    """The dates left out because the agency is closed, each with the reason."""
    if not change.skipped:
        return []
    return [translate("SeriesActions", "Skipped because the agency is closed:"),
            *(f"• {i18n.fmt_date(c.day)}: {violations.closure_text(str(c.kind), c.name)}"
              for c in change.skipped)]


def _budget_only(problems: list[OccurrenceProblem]) -> bool:
    """Every occurrence is kept out by the project budget and nothing else."""
    return bool(problems) and all(
        p.violations and all(v.code in OVERRIDABLE for v in p.violations) for p in problems)


def ask_scope(parent: QWidget, booking: Booking, action: str) -> SeriesScope | None:
    """Which occurrences ``action`` applies to; None when the coordinator steps back."""
    box = QMessageBox(QMessageBox.Icon.Question, action, "", parent=parent)
    box.setObjectName("series_scope")
    text = translate("SeriesActions", "Booking {id} is part of a recurring series. Apply to:")
    box.setText(text.format(id=booking.id))
    role = QMessageBox.ButtonRole.AcceptRole
    buttons = {
        box.addButton(translate("SeriesActions", "Only this one"), role): SeriesScope.ONE,
        box.addButton(translate("SeriesActions", "This and the following ones"), role): SeriesScope.FOLLOWING,
        box.addButton(translate("SeriesActions", "All"), role): SeriesScope.ALL,
    }
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))  # Enter does nothing rash
    box.exec()
    return buttons.get(box.clickedButton())  # type: ignore[call-overload]


def move(
    parent: QWidget, context: AppContext, booking: Booking, scope: SeriesScope, start: dt.datetime,
    mediator_id: str,
) -> SeriesChange | None:
    """Move the following or all occurrences to the wall-clock time of ``start`` (same days, mediator)."""
    title = translate("SeriesActions", "Move refused")
    if mediator_id != booking.mediator:
        _warn(parent, title, [translate(
            "SeriesActions", "Change the mediator of one occurrence at a time (choose \"Only this one\")."
        )])
        return None
    return _call(
        parent, context, title, translate("SeriesActions", "These occurrences cannot move:"),
        lambda: series.move_occurrences(
            context.db, booking.id, scope, start, actor=context.actor, now=context.now(),
            read_version=booking.version,
        ),
    )


def cancel(
    parent: QWidget, context: AppContext, booking: Booking, scope: SeriesScope, reason: str,
    by: CancelParty = CancelParty.AGENCY, close_request: bool | None = None,
) -> SeriesChange | None:
    change = _call(
        parent, context, translate("SeriesActions", "Cancellation refused"), "",
        lambda: series.cancel_occurrences(
            context.db, booking.id, scope, reason, actor=context.actor, now=context.now(), by=by,
            close_request=close_request, read_version=booking.version,
        ),
    )
    if change is not None:
        late = sum(1 for b in change.bookings if b.outcome is Outcome.LATE_CANCELLATION)
        text = translate("SeriesActions", "{n} occurrences cancelled.").format(n=len(change.bookings))
        if late:
            text += "\n" + translate("SeriesActions", "{late} of them late: billed to the project.").format(
                late=late
            )
        QMessageBox.information(parent, translate("SeriesActions", "Series cancelled"), text)
    return change
