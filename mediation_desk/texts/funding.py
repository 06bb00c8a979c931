"""Sentences about funding a request: the project proposed, why a project may not fund it, hours freed."""

from __future__ import annotations

from mediation_desk.scheduling.funding import FundingOffer, FundOption, Ineligible, IneligibleReason
from mediation_desk.scheduling.model import AgencyKind, Project
from mediation_desk.services.funding import FundingError
from mediation_desk.texts import i18n, labels
from mediation_desk.texts.i18n import translate


def hours(minutes: float) -> str:
    return i18n.fmt_number(max(0.0, minutes) / 60.0)


def reason_text(reason: IneligibleReason, names: dict[str, str] | None = None) -> str:
    """E.g. "it does not fund the language Tigrino"; ``names`` gives the names of codes (areas, languages)."""
    p, names = reason.params, names or {}
    if reason.code is Ineligible.AREA:
        area = str(p.get("area") or "")
        return translate("Funding", "it does not fund the area {area}").format(area=names.get(area, area))
    if reason.code is Ineligible.AGENCY_KIND:
        kind = p.get("kind")
        shown = labels.agency_kind(AgencyKind(kind)) if kind in set(AgencyKind) else str(kind or "")
        return translate("Funding", "it does not fund agencies of kind {kind}").format(kind=shown)
    if reason.code is Ineligible.LANGUAGE:
        language = str(p.get("language") or "")
        return translate("Funding", "it does not fund the language {language}").format(
            language=names.get(language.lower(), language))
    return translate("Funding", "the dates asked for are outside the project ({start} – {end})").format(
        start=i18n.fmt_date(p["start"]), end=i18n.fmt_date(p["end"]))


def proposal_text(option: FundOption) -> str:
    return translate("Funding", "Proposed: {project} — {free} h free, ends on {end}.").format(
        project=option.project.code, free=hours(option.free_min), end=i18n.fmt_date(option.project.end))


def waiting_label() -> str:
    """The state of a pending request on the waiting list, in the list's status column and filter."""
    return translate("Funding", "Waiting for funds")


def waiting_text() -> str:
    return translate("Funding", "Waiting for funds: no eligible project has hours free for this request. "
                                "It cannot be booked until a project is assigned.")


def not_eligible_text(option: FundOption, names: dict[str, str] | None = None) -> str:
    reasons = "; ".join(reason_text(r, names) for r in option.reasons)
    return translate("Funding", "Project {project} may not fund this request: {reasons}.").format(
        project=option.project.code, reasons=reasons)


def short_of_hours_text(option: FundOption) -> str:
    return translate("Funding", "Project {project} has {free} h free, this request needs {need} h.").format(
        project=option.project.code, free=hours(option.free_min), need=hours(option.need_min))


def offer_text(offer: FundingOffer) -> str:
    """Hours free on a project and how many waiting requests they fund; in Italian e.g.
    "Si sono liberate 4,0 h sul progetto FAMI-2026: 2 richieste in attesa possono essere finanziate"."""
    count = len(offer.requests)
    if count == 1:
        text = translate("Funding", "{free} h free on project {project}: 1 waiting request can be funded")
    else:
        text = translate("Funding",
                         "{free} h free on project {project}: {count} waiting requests can be funded")
    return text.format(free=hours(offer.free_min), project=offer.project.code, count=count)


def funded_text(project: Project, count: int) -> str:
    if count == 1:
        return translate("Funding", "Project {project} assigned to the waiting request.").format(
            project=project.code)
    text = translate("Funding", "Project {project} assigned to {count} waiting requests.")
    return text.format(project=project.code, count=count)


def error_text(exc: FundingError) -> str:
    p = exc.params
    texts = {
        "unknown_project": translate("Funding", "The project {project} no longer exists."),
        "not_waiting": translate("Funding", "Request {request} is no longer waiting for funds: reload."),
        "not_eligible": translate("Funding", "Project {project} may not fund request {request}."),
        "no_hours": translate("Funding", "Project {project} no longer has the hours for request {request} "
                                         "({free} h free): reload."),
    }
    text = texts.get(exc.code, translate("Funding", "The requests could not be funded ({code})."))
    return text.format(project=p.get("project", ""), request=p.get("request", ""), code=exc.code,
                       free=hours(float(p.get("free_min", 0.0))))
