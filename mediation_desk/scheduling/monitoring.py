"""FAMI monitoring of one intervention: how many people were assisted, by gender and age band; never names.

Deliberately minimal (data protection by design): counts only, the gender
and the age-band breakdowns are kept separately (no "girls under 18" cross
count), and one nationality per intervention, the main one of the people
assisted (prefilled from the request). A breakdown may be left partly
unknown: what the counts do not cover is "non indicato". An intervention
without a record is "not recorded", which is not the same as zero people.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MAX_PEOPLE = 500  # more people at one intervention is a typing mistake, not a meeting
MAX_NATIONALITY_CHARS = 60
COUNT_FIELDS = ("people", "women", "men", "minors", "adults")


@dataclass(frozen=True)
class PeopleAssisted:
    """The people an intervention reached: a total and two breakdowns that may leave some unknown."""

    people: int
    women: int = 0
    men: int = 0
    minors: int = 0
    adults: int = 0
    nationality: str = ""  # main nationality of the people assisted; "" not stated

    @property
    def gender_unknown(self) -> int:
        return self.people - self.women - self.men

    @property
    def age_unknown(self) -> int:
        return self.people - self.minors - self.adults


Problem = tuple[str, dict[str, Any]]  # an error code and its parameters, worded in texts/


def problems(value: PeopleAssisted) -> list[Problem]:
    """Everything wrong with ``value``, in field order; empty when it can be stored."""
    found: list[Problem] = []
    for name in COUNT_FIELDS:
        count = getattr(value, name)
        if isinstance(count, bool) or not isinstance(count, int):
            found.append(("not_whole", {"field": name, "value": str(count)}))
        elif count < 0:
            found.append(("negative", {"field": name, "value": count}))
    if found:
        return found
    if value.people == 0:
        found.append(("no_people", {}))
    elif value.people > MAX_PEOPLE:
        found.append(("too_many", {"value": value.people, "most": MAX_PEOPLE}))
    if value.women + value.men > value.people:
        found.append(("gender_over_total", {"women": value.women, "men": value.men, "people": value.people}))
    if value.minors + value.adults > value.people:
        found.append(("age_over_total", {"minors": value.minors, "adults": value.adults,
                                         "people": value.people}))
    if not isinstance(value.nationality, str):
        found.append(("bad_nationality", {"value": str(value.nationality)}))
    elif len(value.nationality.strip()) > MAX_NATIONALITY_CHARS:
        found.append(("nationality_too_long", {"most": MAX_NATIONALITY_CHARS}))
    return found


def normalised(value: PeopleAssisted) -> PeopleAssisted:
    """``value`` with its nationality trimmed and spaces collapsed (what is stored)."""
    return PeopleAssisted(value.people, value.women, value.men, value.minors, value.adults,
                          " ".join(value.nationality.split()))


def to_json(value: PeopleAssisted) -> dict[str, Any]:
    """The scenario document's ``assisted`` object of a booking."""
    out: dict[str, Any] = {name: getattr(value, name) for name in COUNT_FIELDS}
    if value.nationality:
        out["nationality"] = value.nationality
    return out


def from_json(raw: Any) -> PeopleAssisted | list[Problem]:
    """A booking's ``assisted`` object read back, or what is wrong with it."""
    if not isinstance(raw, dict):
        return [("not_an_object", {})]
    unknown = sorted(set(raw) - {*COUNT_FIELDS, "nationality"})
    if unknown:
        return [("unknown_field", {"field": unknown[0]})]
    if "people" not in raw:
        return [("no_people", {})]
    value = PeopleAssisted(**{name: raw.get(name, 0) for name in COUNT_FIELDS},
                           nationality=raw.get("nationality", ""))
    return problems(value) or normalised(value)
