"""Sentences for a plan's leftovers: why each request was not booked, in a coordinator's words."""

from __future__ import annotations

from mediation_desk.scheduling.unbooked import Unbooked, UnbookedReason
from mediation_desk.texts.i18n import translate


def unbooked_text(item: Unbooked) -> str:
    """E.g. "Nobody speaks Tigrino" / "Nessuno parla Tigrino"."""
    p = item.params
    language, count = str(p.get("language_name", "")), int(p.get("count", 0) or 0)
    reason = item.reason
    if reason is UnbookedReason.NO_SPEAKER:
        return translate("Plan", "Nobody speaks {language}.").format(language=language)
    if reason is UnbookedReason.NONE_SUITABLE:
        if p.get("gender"):
            text = translate("Plan", "None of the {count} {language} speakers is of the required gender.")
        else:
            text = translate("Plan", "None of the {count} {language} speakers works in that area.")
        return text.format(count=count, language=language)
    if reason is UnbookedReason.BUDGET:
        return translate("Plan", "The hours of project {project} are used up "
                                 "(bookable only with a budget override).").format(
            project=p.get("project_name") or p.get("project"))
    if reason is UnbookedReason.PAST:
        return translate("Plan", "Its time has already gone by.")
    if reason is UnbookedReason.ALL_BUSY:
        if count > 1:
            text = translate("Plan", "All {count} {language} speakers are busy, away or unavailable then.")
        else:
            text = translate("Plan", "The only {language} speaker is busy, away or unavailable then.")
        return text.format(count=count, language=language)
    if reason is UnbookedReason.WINDOW:
        return translate("Plan", "No time in its window fits the duration and the project dates.")
    if reason is UnbookedReason.STILL_BOOKABLE:
        return translate("Plan", "{count} mediators are still free: the planner did not include it, "
                                 "book it by hand.").format(count=count)
    if reason is UnbookedReason.DROPPED:
        return translate("Plan", "Taken out of the plan.")
    return translate("Plan", "The request cannot be booked as it is ({code}).").format(code=p.get("code", ""))
