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
        elif p.get("stated"):
            text = translate("Plan", "None of the {count} {language} speakers meets what the agency asks "
                                     "(level, skill, mediators not to send).")
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
    if p.get("code") == "waiting_funds":
        return translate("Plan", "Waiting for funds: no eligible project has hours left.")
    return translate("Plan", "The request cannot be booked as it is ({code}).").format(code=p.get("code", ""))


def plan_quality_text(*, proven: bool, coverage_gap: int, travel_gap: int | None, all_past: bool) -> str:
    """How good a plan is, from the solver's bound: e.g. "Proven optimum." / "Ottimo dimostrato."."""
    if all_past:
        return translate("Plan", "Nothing to plan: the windows of every pending request of the period "
                                 "have already passed.")
    if proven:
        return translate("Plan", "Proven optimum.")
    if coverage_gap == 1:
        return translate("Plan", "At most 1 coverage point from the best possible.")
    if coverage_gap > 1:
        text = translate("Plan", "At most {gap} coverage points from the best possible.")
        return text.format(gap=coverage_gap)
    if travel_gap is not None:
        text = translate("Plan", "Best coverage proven; travel at most {minutes} min above the least.")
        return text.format(minutes=travel_gap)
    return translate("Plan", "Best coverage proven.")
