"""Requests as the coordinator takes them on the phone: create, edit, cancel; checked and audited."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, replace
from typing import Any

from sqlalchemy.orm import Session

from mediation_desk.scheduling.identifiers import text_problems
from mediation_desk.scheduling.model import Mode, Request, RequestId, RequestStatus
from mediation_desk.services import changes
from mediation_desk.services.changes import Changed
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database

# What a booking was made for: these cannot change under an active booking (move or cancel it first).
BOOKED_FIELDS = ("agency", "project", "language", "mode", "duration_min", "windows", "required_gender")


class RequestError(Exception):
    """A request that cannot be saved; ``code`` names why, ``params`` what is involved."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


def problems(s: Session, request: Request) -> list[RequestError]:
    """Everything wrong with ``request`` against the stored catalogue (empty when it can be saved)."""
    found: list[RequestError] = []
    if repository.get_agency(s, request.agency) is None:
        found.append(RequestError("unknown_agency", agency=request.agency))
    known = {lang.code.lower() for lang in repository.list_languages(s)}
    if request.language.lower() not in known:
        found.append(RequestError("unknown_language", language=request.language))
    if request.project is not None and repository.get_project(s, request.project) is None:
        found.append(RequestError("unknown_project", project=request.project))
    if request.duration_min <= 0 or request.duration_min % 15:
        found.append(RequestError("bad_duration", minutes=request.duration_min))
    if not request.windows:
        found.append(RequestError("no_window"))
    for window in request.windows:
        if window.start.tzinfo is None or window.end.tzinfo is None:
            found.append(RequestError("naive_time", start=window.start.isoformat()))
        elif window.end.timestamp() - window.start.timestamp() < request.duration_min * 60:  # real time
            found.append(RequestError("window_too_short", start=window.start.isoformat(),
                                      end=window.end.isoformat(), minutes=request.duration_min))
    # the id is the service's own (next_id), not typed: its shape is not the coordinator's concern here
    found += [RequestError(code, field=name) for name, code in text_problems(request) if name != "id"]
    if request.required_gender not in (None, "F", "M"):
        found.append(RequestError("bad_gender", gender=request.required_gender))
    if request.level_required and request.min_level is None:
        found.append(RequestError("required_level_missing"))
    if request.skill_required and not (request.skill or "").strip():
        found.append(RequestError("required_skill_missing"))
    if request.mode is Mode.IN_PERSON and not request.address:
        agency = repository.get_agency(s, request.agency)
        if agency is not None and not agency.address:
            found.append(RequestError("no_address", agency=request.agency))
    return found


def _refuse_problems(s: Session, request: Request) -> None:
    found = problems(s, request)
    if found:
        if len(found) == 1:
            raise found[0]
        raise RequestError("invalid", problems=[(p.code, p.params) for p in found])


def create_request(db: Database, request: Request, *, actor: str, now: dt.datetime) -> Changed[Request]:
    """Store a new pending request under a fresh id (the id given is ignored); returns it."""
    with db.write() as s:
        _refuse_problems(s, request)
        saved = replace(request, id=RequestId(repository.next_id(s, "request")), status=RequestStatus.PENDING,
                        received_at=request.received_at or now,
                        waiting_funds=request.waiting_funds and request.project is None)
        repository.save_request(s, saved)
        repository.add_audit(s, at=now, actor=actor, action="create", entity="request", entity_id=saved.id,
                             details={"agency": saved.agency, "language": saved.language,
                                      "priority": str(saved.priority)})
        return Changed(saved, changes.of_requests([saved.id]))


def update_request(
    db: Database, request: Request, *, actor: str, now: dt.datetime
) -> Changed[Request]:
    """Save the coordinator's changes to a stored request; its status stays as it is.

    ``request.version`` is the version the form was filled from: a request
    changed since then by someone else is refused with StaleEditError.
    """
    with db.write() as s:
        before = repository.get_request(s, request.id)
        if before is None:
            raise RequestError("request_not_found", request=request.id)
        _refuse_problems(s, request)
        saved = replace(request, status=before.status, received_at=before.received_at,
                        waiting_funds=(request.waiting_funds and request.project is None
                                       and before.status is RequestStatus.PENDING))
        changed = [name for name in asdict(saved)
                   if name != "version" and getattr(saved, name) != getattr(before, name)]
        booked = [b for b in repository.bookings_for_request(s, request.id) if b.active]
        locked = [name for name in changed if name in BOOKED_FIELDS]
        if booked and locked:
            raise RequestError("booked_request_locked", request=request.id, fields=locked,
                               booking=booked[0].id)
        repository.save_request(s, saved)
        repository.add_audit(s, at=now, actor=actor, action="update", entity="request", entity_id=saved.id,
                             details={"changed": changed})
        return Changed(saved, changes.of_requests([saved.id]))


def cancel_request(
    db: Database, request_id: RequestId, *, actor: str, now: dt.datetime, read_version: int = 0
) -> Changed[Request]:
    """Close a pending request the agency no longer needs (a booked one: cancel its booking instead).

    ``read_version``: the version the coordinator decided on; a request changed
    since then is refused with StaleEditError.
    """
    with db.write() as s:
        before = repository.get_request(s, request_id)
        if before is None:
            raise RequestError("request_not_found", request=request_id)
        repository.check_version(s, "request", request_id, read_version, before.version)
        if before.status is not RequestStatus.PENDING:
            raise RequestError("wrong_status", request=request_id, status=str(before.status))
        saved = replace(before, status=RequestStatus.CANCELLED)
        repository.save_request(s, saved)
        repository.add_audit(s, at=now, actor=actor, action="cancel", entity="request", entity_id=request_id,
                             details={})
        return Changed(saved, changes.of_requests([saved.id]))
