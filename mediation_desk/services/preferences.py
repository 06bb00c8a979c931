"""What an agency states for one case (presa in carico): preferred mediators and mediators not to send.

The agency's own lists travel with the agency (``catalog.save_agency``); a case's lists are kept
by case reference, read and saved here, checked like the agency's, audited. They win over the
agency's for the requests of that case (``scheduling.preferences``).
"""

from __future__ import annotations

import datetime as dt

from mediation_desk.scheduling.model import CasePreferences, MediatorId
from mediation_desk.scheduling.preferences import clean_ids
from mediation_desk.services import changes
from mediation_desk.services.catalog import CatalogError, check_stated_mediators
from mediation_desk.services.changes import Changed
from mediation_desk.storage import repository, request_queries
from mediation_desk.storage.db import Database

AUDIT_ENTITY = "case_preferences"


def case_preferences(db: Database, case: str) -> CasePreferences:
    """What is stated for ``case`` (empty lists, version 0, when nothing is)."""
    case = case.strip()
    if not case:
        return CasePreferences("")
    with db.read() as s:
        found = repository.get_case_preferences(s, case)
    return found if found is not None else CasePreferences(case)


def save_case_preferences(
    db: Database, case: str, preferred: list[MediatorId], avoided: list[MediatorId], *,
    actor: str, now: dt.datetime, read_version: int = 0,
) -> Changed[CasePreferences]:
    """Store the case's lists (both empty: nothing stated any more); the case's requests change.

    ``read_version`` is the version the lists were read at: a save over someone else's newer
    one is refused with StaleEditError. CatalogError for an unknown mediator, or one in both lists.
    """
    case = case.strip()
    if not case:
        raise CatalogError("missing_case")
    preferred, avoided = clean_ids(preferred), clean_ids(avoided)
    with db.write() as s:
        check_stated_mediators(s, preferred, avoided)
        before = repository.get_case_preferences(s, case)
        extra = dict(before.extra) if before is not None else {}
        saved = CasePreferences(case, preferred, avoided, extra, version=read_version)
        stated = [preferred, avoided]
        if before is not None and [before.preferred_mediators, before.avoided_mediators] == stated:
            return Changed(before, changes.NOTHING)
        repository.save_case_preferences(s, saved)
        repository.add_audit(s, at=now, actor=actor, action="update" if before is not None else "create",
                             entity=AUDIT_ENTITY, entity_id=case,
                             details={"preferred": list(preferred), "avoided": list(avoided)})
        requests = request_queries.request_ids_of_case(s, case)
    return Changed(saved, changes.of_requests(requests))
