"""Shapes of ids and one-line text: what every entry point (forms, JSON, Excel, command line) accepts.

An id travels into file names, calendar UIDs and CalDAV URLs, so it is made of
safe characters only; names, e-mail addresses and codes end up in mail headers
and one-line calendar properties, so they hold no line break.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
_LINE_BREAK = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]")  # plus lone surrogates

# fields of each entity that must be one line (the others, notes and reasons, may have several)
ONE_LINE_FIELDS: dict[str, tuple[str, ...]] = {
    "Area": ("code", "name"),
    "Language": ("code", "name"),
    "Project": ("code", "name", "funder"),
    "Agency": ("id", "name", "address"),
    "ContactPerson": ("name", "role", "phone", "email"),
    "Mediator": ("id", "name", "email", "phone"),
    "Request": ("id", "agency", "project", "language", "case", "agency_contact", "contact_on_site", "address",
                "skill", "nationality"),
    "Booking": ("id", "request", "mediator"),
}
ID_FIELDS: dict[str, tuple[str, ...]] = {
    "Agency": ("id",), "Mediator": ("id",), "Request": ("id",), "Project": ("code",), "Area": ("code",),
    "Booking": ("id",),
}


def is_safe_id(text: str) -> bool:
    return SAFE_ID.fullmatch(text) is not None


def line_break(text: str) -> bool:
    return _LINE_BREAK.search(text) is not None


def control_character(text: str) -> bool:
    """A control character other than tab and line breaks, or half of a surrogate pair."""
    return _CONTROL.search(text) is not None


def text_problems(entity: Any) -> Iterator[tuple[str, str]]:
    """(field, code) for each field of ``entity`` breaking the rules: bad_id, line_break, control_character.

    Nested contact persons are checked too, as ``contacts.N.field``.
    """
    kind = type(entity).__name__
    for name in ONE_LINE_FIELDS.get(kind, ()):
        value = getattr(entity, name, None)
        if not isinstance(value, str) or not value:
            continue
        if name in ID_FIELDS.get(kind, ()) and not is_safe_id(value):
            yield name, "bad_id"
        elif line_break(value):
            yield name, "line_break"
        elif control_character(value):
            yield name, "control_character"
    for index, contact in enumerate(getattr(entity, "contacts", None) or ()):
        for name, code in text_problems(contact):
            yield f"contacts.{index}.{name}", code
    for name in ("notes", "reason"):
        value = getattr(entity, name, None)
        if isinstance(value, str) and control_character(value):
            yield name, "control_character"
