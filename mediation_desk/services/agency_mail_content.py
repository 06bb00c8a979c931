"""What an agency's mail says: its kind (prenotato, spostato, annullato) and the placeholders' values.

Pure functions of what the agency was last told (``previous``) and what is
true now (``state``), both as stored with the calendar object: a list of the
appointments (start, end, mediator's name) and the mode and place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mediation_desk.services import agency_mail_defaults as defaults
from mediation_desk.services.invite_text import WEEKDAY_IT

MAX_LISTED = 60  # a year of weekly appointments; more are counted, not listed


@dataclass(frozen=True)
class Entry:
    """One appointment as the agency sees it."""

    start: dt.datetime
    end: dt.datetime
    mediator: str

    def as_json(self) -> dict[str, str]:
        return {"start": self.start.astimezone(dt.UTC).isoformat(),
                "end": self.end.astimezone(dt.UTC).isoformat(), "mediator": self.mediator}

    @staticmethod
    def of(value: dict[str, Any]) -> Entry:
        return Entry(dt.datetime.fromisoformat(value["start"]), dt.datetime.fromisoformat(value["end"]),
                     str(value.get("mediator", "")))


@dataclass(frozen=True)
class Facts:
    """What the mail says besides the appointments: from the request, the agency and the settings."""

    agency: str
    language: str
    mode: str  # Mode value: in_person, phone, video
    place: str
    case: str
    reference: str
    service: str
    service_contacts: str
    cancelled_by: str = ""  # CancelParty value of the cancellation, "" when none or not said
    replacement_sought: bool = False  # the mediator dropped out and the request waits for another


def entries_of(state: dict[str, Any] | None) -> list[Entry]:
    return [Entry.of(e) for e in (state or {}).get("entries", [])]


def kind_of(previous: dict[str, Any] | None, state: dict[str, Any]) -> str | None:
    """Which mail the change calls for; None when the agency was told all this already (or never told
    of something that is now cancelled)."""
    told = bool(previous) and not previous.get("cancelled", False)  # type: ignore[union-attr]
    if state.get("cancelled"):
        return defaults.CANCELLED if told else None
    if not told:
        return defaults.BOOKED
    return None if previous == state else defaults.MOVED


def _day(local: dt.datetime) -> str:
    return f"{WEEKDAY_IT[local.weekday()]} {local:%d/%m/%Y}"


def line(entry: Entry, tz: dt.tzinfo, *, with_mediator: bool) -> str:
    start, end = entry.start.astimezone(tz), entry.end.astimezone(tz)
    text = f"- {_day(start)}, {start:%H:%M}-{end:%H:%M}"
    if with_mediator and entry.mediator:
        text += f" (mediatore/mediatrice: {entry.mediator})"
    return text


def lines(entries: Sequence[Entry], tz: dt.tzinfo, *, with_mediator: bool) -> str:
    if not entries:
        return "- nessuno"
    shown = [line(e, tz, with_mediator=with_mediator) for e in sorted(entries, key=lambda e: e.start)]
    if len(shown) > MAX_LISTED:
        shown = shown[:MAX_LISTED] + [f"- e altri {len(shown) - MAX_LISTED} appuntamenti"]
    return "\n".join(shown)


def _names(entries: Sequence[Entry]) -> str:
    return ", ".join(dict.fromkeys(e.mediator for e in sorted(entries, key=lambda e: e.start) if e.mediator))


def to_prepare(mode: str, case: str) -> str:
    text = defaults.TO_PREPARE.get(mode, "")
    if case:
        text += defaults.TO_PREPARE_CASE.format(case=case)
    return text + "." if text else ""


def reason(facts: Facts) -> str:
    if facts.cancelled_by == "mediator" and not facts.replacement_sought:
        return "Il mediatore non può più essere presente."
    return defaults.CANCELLED_BY.get(facts.cancelled_by, "")


def values(
    kind: str, previous: dict[str, Any] | None, state: dict[str, Any], facts: Facts, *, recipient: str,
    tz: dt.tzinfo,
) -> dict[str, str]:
    """The placeholders' values of one mail to ``recipient`` (the name the greeting uses)."""
    now_there, before = entries_of(state), entries_of(previous)
    shown = now_there or before  # a cancellation speaks of what was booked
    first = min(shown, key=lambda e: e.start) if shown else None
    several = len({e.mediator for e in shown}) > 1
    gone = [e for e in before if e not in now_there]
    new = [e for e in now_there if e not in before]
    start = first.start.astimezone(tz) if first else None
    end = first.end.astimezone(tz) if first else None
    return {
        "ente": facts.agency,
        "referente": recipient or "referente",
        "mediatore": _names(shown),
        "lingua": facts.language,
        "data": f"{start:%d/%m/%Y}" if start else "",
        "ora_inizio": f"{start:%H:%M}" if start else "",
        "ora_fine": f"{end:%H:%M}" if end else "",
        "appuntamenti": lines(now_there, tz, with_mediator=several),
        "modalita": defaults.MODE_WORDS.get(facts.mode, facts.mode),
        "luogo": facts.place,
        "da_preparare": to_prepare(facts.mode, facts.case),
        "prima": lines(gone if kind != defaults.CANCELLED else before, tz, with_mediator=True),
        "dopo": lines(new, tz, with_mediator=True),
        "motivo": reason(facts) if kind == defaults.CANCELLED else "",
        "codice_caso": facts.case,
        "riferimento": facts.reference,
        "servizio": facts.service,
        "contatti_servizio": facts.service_contacts,
    }
