"""Sentences and labels of FAMI monitoring (people assisted): refusals, field names."""

from __future__ import annotations

from mediation_desk.services.monitoring import MonitoringError
from mediation_desk.texts.i18n import translate


def field_label(name: str) -> str:
    labels = {
        "people": translate("Monitoring", "People assisted"),
        "women": translate("Monitoring", "Women"),
        "men": translate("Monitoring", "Men"),
        "minors": translate("Monitoring", "Minors"),
        "adults": translate("Monitoring", "Adults"),
    }
    return labels.get(name, name)


def monitoring_error_text(exc: MonitoringError) -> str:
    """A sentence for a MonitoringError code; invalid data give one line per problem."""
    if exc.code == "invalid":
        return "\n".join(monitoring_error_text(MonitoringError(code, **params))
                         for code, params in exc.params["problems"])
    p = exc.params
    texts = {
        "not_whole": translate("Monitoring", "{field}: write a whole number.").format(
            field=field_label(str(p.get("field", "")))),
        "negative": translate("Monitoring", "{field}: a count cannot be negative.").format(
            field=field_label(str(p.get("field", "")))),
        "no_people": translate("Monitoring", "At least one person must have been assisted: if the number "
                                             "is not known, choose \"not recorded\"."),
        "too_many": translate("Monitoring", "{value} people at one intervention? At most {most}.").format(
            value=p.get("value", ""), most=p.get("most", "")),
        "gender_over_total": translate(
            "Monitoring", "Women ({women}) and men ({men}) are more than the people assisted ({people})."
        ).format(women=p.get("women", ""), men=p.get("men", ""), people=p.get("people", "")),
        "age_over_total": translate(
            "Monitoring",
            "Minors ({minors}) and adults ({adults}) are more than the people assisted ({people})."
        ).format(minors=p.get("minors", ""), adults=p.get("adults", ""), people=p.get("people", "")),
        "bad_nationality": translate("Monitoring", "The nationality must be text."),
        "nationality_too_long": translate("Monitoring", "The nationality is too long (at most {most} "
                                                        "characters).").format(most=p.get("most", "")),
        "unknown_booking": translate("Monitoring", "Booking {booking} no longer exists.").format(
            booking=p.get("booking", "")),
        "not_delivered": translate(
            "Monitoring", "Booking {booking} did not take place: the people assisted are recorded only for "
            "an intervention closed with its actual times.").format(booking=p.get("booking", "")),
    }
    return texts.get(exc.code, exc.code)
