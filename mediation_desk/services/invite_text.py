"""The Italian words of an invitation mail: subject, body and what changed since the last one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from mediation_desk.io import ical

WEEKDAY_IT = ("lun", "mar", "mer", "gio", "ven", "sab", "dom")
MAX_LINES = 12  # changes listed one by one; the rest counted


@dataclass(frozen=True)
class ChangeContext:
    """What the states alone do not say: where removed occurrences went, who took over or was replaced."""

    elsewhere: dict[str, tuple[dt.datetime, dt.datetime]] = field(default_factory=dict)  # booking id -> times
    successor: str = ""  # the mediator who takes over a cancelled booking
    predecessor: str = ""  # the mediator a new booking replaces


@dataclass(frozen=True)
class Change:
    """One thing that changed, as a line of the mail; ``when`` is the occurrence it is about."""

    when: dt.datetime | None
    line: str
    kind: str  # moved, cancelled, added, split, mediator


def day_time(instant: dt.datetime, tz: dt.tzinfo) -> str:
    local = instant.astimezone(tz)
    return f"{WEEKDAY_IT[local.weekday()]} {local:%d/%m/%Y %H:%M}"


def span(start: dt.datetime, end: dt.datetime, tz: dt.tzinfo) -> str:
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    if local_start.date() == local_end.date():
        return f"{day_time(start, tz)}-{local_end:%H:%M}"
    return f"{day_time(start, tz)} - {day_time(end, tz)}"


def _times(value: list[str]) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.fromisoformat(value[0]), dt.datetime.fromisoformat(value[1])


def describe(
    previous: dict[str, Any] | None, state: dict[str, Any], context: ChangeContext, tz: dt.tzinfo
) -> list[Change]:
    """The differences between what the mediator was told last time and now, by occurrence
    (times on the wall clock of ``tz``, the service's zone)."""
    changes: list[Change] = []
    if context.predecessor:
        line = f"L'intervento ti è affidato al posto di {context.predecessor}."
        changes.append(Change(None, line, "mediator"))
    if context.successor:
        changes.append(Change(None, f"L'intervento è stato affidato a {context.successor}.", "mediator"))
    if not previous:
        return changes
    before: dict[str, list[str]] = previous.get("occurrences", {})
    after: dict[str, list[str]] = state.get("occurrences", {})
    for slot, old in sorted(before.items()):
        old_start, old_end = _times(old)
        new = after.get(slot)
        if new is None:
            moved_to = context.elsewhere.get(old[2])
            if moved_to is not None:
                line = (f"L'intervento di {span(old_start, old_end, tz)} passa a una nuova serie, "
                        f"con un invito a parte: {span(*moved_to, tz)}.")
                changes.append(Change(old_start, line, "split"))
            else:
                changes.append(Change(old_start, f"Annullato l'intervento di {span(old_start, old_end, tz)}.",
                                      "cancelled"))
        elif new[:2] != old[:2]:
            new_start, new_end = _times(new)
            now_at = span(new_start, new_end, tz)
            line = f"Spostato l'intervento di {span(old_start, old_end, tz)}: ora {now_at}."
            changes.append(Change(old_start, line, "moved"))
    for slot, new in sorted(after.items()):
        if slot not in before:
            start, end = _times(new)
            changes.append(Change(start, f"Aggiunto l'intervento di {span(start, end, tz)}.", "added"))
    mediator_before = previous.get("mediator")
    if mediator_before and mediator_before != state.get("mediator") and not context.successor:
        changes.append(Change(None, "L'intervento è stato affidato a un altro mediatore.", "mediator"))
    return changes


def subject(spec: ical.EventSpec, method: ical.Method, changes: list[Change], tz: dt.tzinfo) -> str:
    """``Invito``, ``Aggiornato``, ``Annullato`` with the date the mail is about: the changed occurrence."""
    dated = [c for c in changes if c.when is not None]
    when = day_time(dated[0].when if dated and dated[0].when else spec.start, tz)
    if method is ical.Method.CANCEL or len(dated) == 1 and dated[0].kind == "cancelled":
        prefix = "Annullato"
    elif len(dated) == 1 and dated[0].kind == "moved":
        prefix = "Spostato"
    elif changes or spec.sequence:
        prefix = "Aggiornato"
    else:
        prefix = "Invito"
    series = " (serie)" if spec.rrule else ""
    more = f" e altre {len(dated) - 1} modifiche" if len(dated) > 1 else ""
    return f"{prefix}: {spec.text.summary}, {when}{more}{series}"


def _change_lines(changes: list[Change]) -> str:
    lines = [f"- {c.line}" for c in changes[:MAX_LINES]]
    if len(changes) > MAX_LINES:
        lines.append(f"- ... e altre {len(changes) - MAX_LINES} modifiche (vedi l'invito allegato).")
    return "Cosa cambia:\n" + "\n".join(lines) + "\n\n"


def body(
    spec: ical.EventSpec, method: ical.Method, changes: list[Change], tz: dt.tzinfo, *, signature: str
) -> str:
    local_start, local_end = spec.start.astimezone(tz), spec.end.astimezone(tz)
    if method is ical.Method.CANCEL:
        what = "la serie seguente è stata annullata" if spec.rrule else (
            "l'intervento seguente è stato annullato")
        opening = f"{what}: va tolto dal calendario."
    elif changes or spec.sequence:
        opening = "l'invito seguente è stato modificato: il calendario si aggiorna accettandolo."
    else:
        opening = "ti proponiamo l'intervento seguente: rispondi all'invito con Accetta o Rifiuta."
    recurrence = "\nSi ripete secondo la serie indicata nell'invito." if spec.rrule else ""
    first = "Primo intervento" if spec.rrule else "Quando"
    return (
        f"Buongiorno,\n{opening}\n\n"
        + (_change_lines(changes) if changes else "")
        + f"{first}: {WEEKDAY_IT[local_start.weekday()]} {local_start:%d/%m/%Y}, "
        f"{local_start:%H:%M}-{local_end:%H:%M} (ora italiana){recurrence}\n"
        f"Dove: {spec.text.location}\n\n{spec.text.description}\n\n"
        f"Grazie,\n{signature}\n"
    )
