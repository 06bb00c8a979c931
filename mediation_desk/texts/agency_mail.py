"""Words of the agency-mail settings: the templates' names, what each placeholder holds, refusals."""

from __future__ import annotations

from mediation_desk.services.agency_mail_defaults import BOOKED, CANCELLED, MOVED
from mediation_desk.services.agency_templates import MAX_BODY, MAX_CONTACTS, MAX_SUBJECT, TemplateError
from mediation_desk.texts.i18n import translate


def kind_label(kind: str) -> str:
    labels = {
        BOOKED: translate("AgencyMail", "Booked"),
        MOVED: translate("AgencyMail", "Moved"),
        CANCELLED: translate("AgencyMail", "Cancelled"),
    }
    return labels.get(kind, kind)


def placeholder_help(name: str) -> str:
    """What a placeholder is replaced with, for the list beside the editor."""
    texts = {
        "ente": translate("AgencyMail", "the agency's name"),
        "referente": translate("AgencyMail", "the name of the person the mail is for"),
        "mediatore": translate("AgencyMail", "the mediator's name (several, for a series with changes)"),
        "lingua": translate("AgencyMail", "the language"),
        "data": translate("AgencyMail", "the date of the (first) appointment, dd/mm/yyyy"),
        "ora_inizio": translate("AgencyMail", "its start time"),
        "ora_fine": translate("AgencyMail", "its end time"),
        "appuntamenti": translate("AgencyMail", "every appointment in force, one per line"),
        "modalita": translate("AgencyMail", "in person, by phone or by video call"),
        "luogo": translate("AgencyMail", "the address, or phone / video call"),
        "da_preparare": translate("AgencyMail", "what the agency should have ready, by mode"),
        "prima": translate("AgencyMail", "the appointments as they were (moved, cancelled)"),
        "dopo": translate("AgencyMail", "the appointments as they are now (moved)"),
        "motivo": translate("AgencyMail", "who called it off, in plain words (cancelled)"),
        "codice_caso": translate("AgencyMail", "the agency's own case code"),
        "riferimento": translate("AgencyMail", "the request or series number"),
        "servizio": translate("AgencyMail", "the service's name"),
        "contatti_servizio": translate("AgencyMail", "the service's contacts set here"),
    }
    return texts.get(name, name)


def template_error_text(exc: TemplateError) -> str:
    p = exc.params
    where = {
        "subject": translate("AgencyMail", "the subject"),
        "body": translate("AgencyMail", "the text"),
        "contacts": translate("AgencyMail", "the service's contacts"),
    }.get(str(p.get("part", "")), "")
    which = kind_label(str(p.get("kind", "")))
    if exc.code == "unknown_placeholder":
        return translate("AgencyMail", "Template \"{which}\": {where} uses {{{name}}}, which is not a known "
                         "placeholder.").format(which=which, where=where, name=p.get("name", ""))
    if exc.code == "broken_braces":
        text = translate("AgencyMail", "Template \"{which}\": a brace in {where} is not closed or not "
                         "opened; write {{{{ or }}}} for a brace of its own.")
        return text.format(which=which, where=where)
    if exc.code == "positional_placeholder":
        return translate("AgencyMail", "Template \"{which}\": {where} has empty braces {{}}: write a "
                         "placeholder's name inside.").format(which=which, where=where)
    if exc.code == "formatted_placeholder":
        return translate("AgencyMail", "Template \"{which}\": write {{{name}}} in {where} without a format "
                         "or conversion.").format(which=which, where=where, name=p.get("name", ""))
    if exc.code == "empty_subject":
        return translate("AgencyMail", "Template \"{which}\": give the mail a subject.").format(which=which)
    if exc.code == "multiline_subject":
        text = translate("AgencyMail", "Template \"{which}\": the subject must be one line.")
        return text.format(which=which)
    if exc.code == "too_long":
        limits = {"subject": MAX_SUBJECT, "body": MAX_BODY, "contacts": MAX_CONTACTS}
        limit = limits.get(str(p.get("part")), 0)
        text = translate("AgencyMail", "{where} is too long: at most {limit} characters.").format(
            where=where, limit=p.get("limit", limit))
        return text[:1].upper() + text[1:]
    return str(exc)
