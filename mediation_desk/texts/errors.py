"""Sentences for the services' error codes: bookings, requests, the catalogue, mail settings.

The services raise codes with parameters; the UI and the command line both
make their sentences here, through Qt's translation (English source, Italian
catalogue), so a refusal reads the same wherever it appears.
"""

from __future__ import annotations

import datetime as dt

from mediation_desk.scheduling.timeutil import WallTimeProblem
from mediation_desk.services.booking import BookingError
from mediation_desk.services.catalog import CatalogError
from mediation_desk.services.mail_sending import MailFailure
from mediation_desk.services.mail_settings import MailProblem, MailSettingsError
from mediation_desk.services.monitoring import MonitoringError
from mediation_desk.services.requests import RequestError
from mediation_desk.services.sheets import SheetError
from mediation_desk.services.signed_sheets import SignedSheetError
from mediation_desk.storage.errors import (
    BookingOverlapError,
    DatabaseBusyError,
    DatabaseUnavailableError,
    DiskFullError,
    InUseError,
    MigrationError,
    NotAllowedError,
    ReadOnlyDatabaseError,
    RefusedChangeError,
    StaleEditError,
    StorageError,
)
from mediation_desk.storage.users import UserError
from mediation_desk.texts.i18n import to_local, translate
from mediation_desk.texts.monitoring import monitoring_error_text
from mediation_desk.texts.signed_sheet_errors import signed_sheet_error_text


def error_text(exc: Exception) -> str:
    """The sentence for any refusal the services raise; other errors say what they are."""
    if isinstance(exc, BookingError):
        return booking_error_text(exc)
    if isinstance(exc, RequestError):
        return request_error_text(exc)
    if isinstance(exc, CatalogError):
        return catalog_error_text(exc)
    if isinstance(exc, SheetError):
        return sheet_error_text(exc)
    if isinstance(exc, SignedSheetError):
        return signed_sheet_error_text(exc)
    if isinstance(exc, MonitoringError):
        return monitoring_error_text(exc)
    if isinstance(exc, MailSettingsError):
        return "\n".join(mail_problem_text(p) for p in exc.problems)
    if isinstance(exc, UserError):
        return user_error_text(exc)
    if isinstance(exc, StorageError):
        return storage_error_text(exc)
    return str(exc)


def user_error_text(exc: UserError) -> str:
    texts = {
        "bad_login": translate("Operations", "A login is lower-case letters, digits, '_', '.' or '-', "
                                             "starting with a letter."),
        "login_exists": translate("Operations", "That login exists already."),
        "unknown_login": translate("Operations", "No such user."),
        "empty_password": translate("Operations", "Give an initial password."),
        "sqlite_single_user": translate("Operations", "A file on this PC has one user: nothing to manage."),
    }
    return texts.get(exc.code, exc.code)


def stale_text(exc: StaleEditError) -> str:
    """Who changed the record since it was read, and when: "Richiesta modificata da ana … alle 10:42"."""
    who = exc.changed_by or translate("Operations", "another user")
    when = to_local(exc.changed_at) if exc.changed_at else None  # the service's wall clock
    time = when.strftime("%H:%M") if when else "?"
    day = when.strftime("%d/%m/%Y") if when else "?"
    sentences = {
        "request": translate("Operations", "Request changed by {who} on {day} at {time}."),
        "booking": translate("Operations", "Booking changed by {who} on {day} at {time}."),
        "mediator": translate("Operations", "Mediator changed by {who} on {day} at {time}."),
        "agency": translate("Operations", "Agency changed by {who} on {day} at {time}."),
        "project": translate("Operations", "Project changed by {who} on {day} at {time}."),
        "setting": translate("Operations", "Setting changed by {who} on {day} at {time}."),
    }
    first = sentences.get(exc.entity, sentences["request"]).format(who=who, day=day, time=time)
    if exc.entity == "booking":
        return first + " " + translate("Operations", "Nothing was done: look at it again before deciding.")
    return first + " " + translate(
        "Operations", "Your values are still in the form: check them and save again to apply them."
    )


def booking_error_text(exc: BookingError) -> str:
    """A sentence for a BookingError code (the service names why, never in prose)."""
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
        "naive_time": translate("Operations", "The start has a time without its time zone."),
        "bad_party": translate(
            "Operations", "A no-show is of the person assisted or of the mediator, not of someone else."
        ),
        "agreed_with_required": translate(
            "Operations", "Say who at the agency agreed to the new time."
        ),
        "request_not_pending": translate("SeriesActions", "Only a request still to plan can be repeated."),
        "series_move_changes_date": translate(
            "SeriesActions", "Several occurrences move to a new time of the same days: keep the date."
        ),
        "not_in_series": translate("SeriesActions", "The booking is not part of a series."),
        "series_all_closed": translate(
            "SeriesActions", "Every date of the series falls on a holiday or a closure of the agency."
        ),
    }
    return texts.get(exc.code, exc.code)


def request_error_text(exc: RequestError) -> str:
    """A sentence for a RequestError code; an invalid request gives one line per problem."""
    if exc.code == "invalid":
        parts = [RequestError(code, **params) for code, params in exc.params["problems"]]
        return "\n".join(request_error_text(part) for part in parts)
    texts = {
        "unknown_agency": translate("Operations", "The agency does not exist."),
        "unknown_language": translate("Operations", "The language is not in the catalogue."),
        "unknown_project": translate("Operations", "The project does not exist."),
        "bad_duration": translate("Operations", "The duration must be a positive multiple of 15 minutes."),
        "no_window": translate("Operations", "Propose at least one time window."),
        "window_too_short": translate("Operations", "A window is shorter than the duration."),
        "no_address": translate("Operations", "Give the address of the meeting."),
        "naive_time": translate("Operations", "A window has a time without its time zone."),
        "bad_gender": translate("Operations", "The required gender of the mediator is not valid."),
        "required_level_missing": translate(
            "Operations", "Choose the minimum language level before making it required."
        ),
        "required_skill_missing": translate("Operations", "Give the skill before making it required."),
        "bad_id": translate("Operations", "A code may hold only letters, digits, '.', '_' and '-'."),
        "line_break": translate("Operations", "A name, code, address or e-mail must be on one line."),
        "control_character": translate("Operations", "A text holds a control character: type it again."),
        "request_not_found": translate("Operations", "The request no longer exists."),
        "wrong_status": translate("Operations", "Only a request still to plan can be cancelled."),
        "booked_request_locked": translate(
            "Operations",
            "The request is booked: move or cancel booking {booking} before changing times, "
            "language, place or duration.",
        ).format(booking=exc.params.get("booking", "")),
    }
    return texts.get(exc.code, exc.code)


def catalog_error_text(exc: CatalogError) -> str:
    """A sentence for a CatalogError code (mediators, agencies, projects)."""
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
        "unknown_project_language": translate(
            "Operations", "Unknown language among the project's: {languages}."
        ).format(languages=", ".join(exc.params.get("languages", []))),
        "bad_availability": translate("Operations", "Each availability window must end after it starts."),
        "bad_absence": translate("Operations", "Each absence must end after it starts."),
        "bad_id": translate("Operations", "A code may hold only letters, digits, '.', '_' and '-'."),
        "line_break": translate("Operations", "A name, code, address or e-mail must be on one line."),
        "control_character": translate("Operations", "A text holds a control character: type it again."),
        "bad_dates_or_budget": translate(
            "Operations", "The project needs a positive budget and an end on or after its start."
        ),
        "unknown_mediator": translate("Operations", "Unknown mediator: {mediators}.").format(
            mediators=", ".join(exc.params.get("mediators", []))
        ),
        "preferred_and_avoided": translate(
            "Operations", "A mediator cannot be both preferred and not to send: {mediators}."
        ).format(mediators=", ".join(exc.params.get("mediators", []))),
        "missing_case": translate("Operations", "Give the case reference first."),
    }
    return texts.get(exc.code, exc.code)


def sheet_error_text(exc: SheetError) -> str:
    """A sentence for a SheetError code (the scheda intervento and the foglio firme)."""
    texts = {
        "unknown_booking": translate("Operations", "There is no booking {booking}.").format(
            booking=exc.params.get("booking", "")
        ),
        "cancelled_booking": translate(
            "Operations", "Booking {booking} was cancelled: there is no intervention to sign for."
        ).format(booking=exc.params.get("booking", "")),
        "unknown_agency": translate("Operations", "There is no agency {agency}.").format(
            agency=exc.params.get("agency", "")
        ),
        "unknown_mediator": translate("Operations", "There is no mediator {mediator}.").format(
            mediator=exc.params.get("mediator", "")
        ),
        "agency_and_mediator": translate(
            "Operations", "A signature sheet is of one agency or of one mediator, not of both."
        ),
    }
    return texts.get(exc.code, exc.code)


def mail_problem_text(problem: MailProblem) -> str:
    """Why the SMTP settings cannot be used, in the interface language."""
    p = problem.params
    if problem.code == "host_missing":
        return translate("MailSettings", "The SMTP server is missing.")
    if problem.code == "port_out_of_range":
        text = translate("MailSettings", "The port {port} is not between 1 and 65535.")
        return text.format(port=p.get("port"))
    if problem.code == "bad_security":
        return translate("MailSettings", "The security {security} is not one of: {choices}.").format(
            security=p.get("security", ""), choices=", ".join(p.get("choices", ()))
        )
    if problem.code == "sender_not_address":
        return translate("MailSettings", "The sender is not an e-mail address.")
    if problem.code == "organizer_not_address":
        return translate("MailSettings", "The organizer's e-mail is not an e-mail address.")
    return problem.code


def mail_failure_text(failure: MailFailure) -> str:
    """Why an invitation did not go out, naming the server as a coordinator would ("does not answer")."""
    p = failure.params
    host = str(p.get("host") or translate("MailFailure", "the mail server"))
    texts = {
        "host_unknown": translate("MailFailure", "The mail server {host} cannot be found: check its name in "
                                                 "Settings, or the internet connection."),
        "refused": translate("MailFailure", "The mail server {host} refuses connections on port {port}."),
        "no_answer": translate("MailFailure", "The mail server {host} does not answer."),
        "unreachable": translate("MailFailure", "The mail server {host} cannot be reached."),
        "certificate": translate("MailFailure", "The certificate of the mail server {host} is not trusted."),
        "tls": translate("MailFailure", "The secure connection to the mail server {host} failed."),
        "login_refused": translate("MailFailure", "The mail server {host} refused the user name or the "
                                                  "password."),
        "recipient_refused": translate("MailFailure", "The mail server refused the address {to}."),
        "server_said": translate("MailFailure", "The mail server {host} answered: {detail}"),
        "keyring": translate("MailFailure", "The mail password cannot be read: there is no usable system "
                                            "keyring."),
    }
    text = texts.get(failure.code)
    if text is None:
        return translate("MailFailure", "The invitation did not go out: {detail}").format(
            detail=p.get("detail", ""))
    return text.format(host=host, port=p.get("port", ""), to=p.get("to", ""), detail=p.get("detail", ""))


def wall_time_text(problem: WallTimeProblem, day: dt.date, time: dt.time) -> str:
    """Why a local time typed in a form names no instant, or two (the nights the clocks change)."""
    when = {"day": day.strftime("%d/%m/%Y"), "time": time.strftime("%H:%M")}
    if problem is WallTimeProblem.NONEXISTENT:
        return translate("WallTime", "{time} on {day} does not exist: the clocks go forward from 02:00 to "
                                     "03:00 that night. Choose another time.").format(**when)
    return translate("WallTime", "{time} on {day} happens twice: the clocks go back from 03:00 to 02:00 "
                                 "that night. Choose a time before 02:00 or from 03:00.").format(**when)


def storage_error_text(exc: StorageError) -> str:
    """A database failure in the words of the interface; nothing of the SQL or the data involved."""
    if isinstance(exc, StaleEditError):
        return stale_text(exc)
    if isinstance(exc, NotAllowedError):
        return translate("Operations", "Your role does not allow this change: the database refused it. "
                                       "Ask an administrator if you need it.")
    if isinstance(exc, DiskFullError):
        return translate("Storage", "The disk holding the database is full: nothing was saved. "
                                    "Free some space and try again.")
    if isinstance(exc, ReadOnlyDatabaseError):
        return translate("Storage", "The database cannot be written (the file, its folder or the server "
                                    "is read-only): nothing was saved.")
    if isinstance(exc, DatabaseBusyError):
        return translate("Storage", "The database is busy with another user's change: nothing was saved. "
                                    "Try again in a moment.")
    if isinstance(exc, BookingOverlapError):
        return translate("Storage", "The mediator already has a booking at that time: nothing was saved.")
    if isinstance(exc, RefusedChangeError):
        return translate("Storage", "The database refused the change (a duplicate or a value it cannot "
                                    "store): nothing was saved.")
    if isinstance(exc, DatabaseUnavailableError):
        return translate("Storage", "The database cannot be reached or read (server down, file moved or "
                                    "damaged): nothing was saved. Details: {detail}").format(detail=str(exc))
    if isinstance(exc, InUseError | MigrationError):
        return str(exc)
    return translate("Storage", "The database could not do the change: nothing was saved.")
