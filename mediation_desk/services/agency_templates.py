"""The agencies' mail templates as a business setting: checked, rendered, stored with one audited save.

A template is a subject and a body with named placeholders (``{mediatore}``,
``{data}``…, see ``agency_mail_defaults.PLACEHOLDERS``). A template that names
an unknown placeholder, has a brace left open or asks for a format (``{data:>10}``)
is refused with a code, never stored, so a mail can always be rendered.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from mediation_desk.services import agency_mail_defaults as defaults
from mediation_desk.services import settings_store
from mediation_desk.services.changes import Changed
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database

SETTINGS_KEY = "agency_mail"
MAX_SUBJECT = 200
MAX_BODY = 8000
MAX_CONTACTS = 300


class TemplateError(ValueError):
    """A template that cannot be stored. ``code``: unknown_placeholder (``name``), broken_braces,
    positional_placeholder, formatted_placeholder (``name``), empty_subject, too_long, multiline_subject;
    ``kind`` (booked, moved, cancelled) and ``part`` (subject, body) say where."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Template:
    subject: str
    body: str


def default_template(kind: str) -> Template:
    return Template(defaults.SUBJECTS[kind], defaults.BODIES[kind])


@dataclass(frozen=True)
class AgencyMailSettings:
    """The three templates and the service's contacts the mails give (empty: the sender's address)."""

    templates: Mapping[str, Template] = field(
        default_factory=lambda: {kind: default_template(kind) for kind in defaults.KINDS})
    service_contacts: str = ""

    def template(self, kind: str) -> Template:
        return self.templates.get(kind) or default_template(kind)


def check_text(text: str, *, kind: str, part: str) -> None:
    """Refuse a subject or body that could not be rendered with the known placeholders."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError:
        raise TemplateError("broken_braces", kind=kind, part=part) from None
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if name == "" or name.isdigit():
            raise TemplateError("positional_placeholder", kind=kind, part=part)
        if name not in defaults.PLACEHOLDERS:
            raise TemplateError("unknown_placeholder", kind=kind, part=part, name=name)
        if spec or conversion:
            raise TemplateError("formatted_placeholder", kind=kind, part=part, name=name)


def check_template(kind: str, template: Template) -> None:
    if kind not in defaults.KINDS:
        raise ValueError(f"unknown template kind: {kind!r}")
    if not template.subject.strip():
        raise TemplateError("empty_subject", kind=kind, part="subject")
    if "\n" in template.subject or "\r" in template.subject:
        raise TemplateError("multiline_subject", kind=kind, part="subject")
    if len(template.subject) > MAX_SUBJECT:
        raise TemplateError("too_long", kind=kind, part="subject", limit=MAX_SUBJECT)
    if len(template.body) > MAX_BODY:
        raise TemplateError("too_long", kind=kind, part="body", limit=MAX_BODY)
    check_text(template.subject, kind=kind, part="subject")
    check_text(template.body, kind=kind, part="body")


def render(template: Template, values: Mapping[str, str]) -> tuple[str, str]:
    """The subject (one line) and the body with ``values`` in place of the placeholders."""
    full = {name: values.get(name, "") for name in defaults.PLACEHOLDERS}
    subject = " ".join(template.subject.format_map(full).split())
    return subject, template.body.format_map(full)


def _from_setting(value: Any) -> AgencyMailSettings:
    stored = value if isinstance(value, dict) else {}
    templates: dict[str, Template] = {}
    for kind in defaults.KINDS:
        all_stored = stored.get("templates")
        item = all_stored.get(kind) if isinstance(all_stored, dict) else None
        template = default_template(kind)
        texts = (item.get("subject"), item.get("body")) if isinstance(item, dict) else (None, None)
        if isinstance(item, dict) and all(isinstance(text, str) for text in texts):
            candidate = Template(item["subject"], item["body"])
            try:
                check_template(kind, candidate)
                template = candidate
            except TemplateError:
                pass  # written by hand or by an older version: the default keeps the mails going
        templates[kind] = template
    contacts = stored.get("service_contacts")
    return AgencyMailSettings(templates, contacts if isinstance(contacts, str) else "")


def settings_in(s: Session) -> AgencyMailSettings:
    return _from_setting(repository.get_setting(s, SETTINGS_KEY, None))


def read_settings(db: Database) -> tuple[AgencyMailSettings, int]:
    """The stored templates and their version (0: never saved), read together for the editor."""
    with db.read() as s:
        return settings_in(s), repository.setting_version(s, SETTINGS_KEY)


def save_settings(
    db: Database, settings: AgencyMailSettings, *, actor: str, now: dt.datetime,
    read_version: int | None = None,
) -> Changed[AgencyMailSettings]:
    """Check every template and store them with the service's contacts (one transaction, one audit line).

    ``read_version`` (from ``read_settings``; None: not checked) refuses with StaleEditError templates
    saved by someone else since they were shown."""
    for kind in defaults.KINDS:
        check_template(kind, settings.template(kind))
    contacts = " ".join(settings.service_contacts.split())
    if len(contacts) > MAX_CONTACTS:
        raise TemplateError("too_long", kind="", part="contacts", limit=MAX_CONTACTS)
    value = {
        "templates": {kind: {"subject": settings.template(kind).subject, "body": settings.template(kind).body}
                      for kind in defaults.KINDS},
        "service_contacts": contacts,
    }
    edited = sorted(kind for kind in defaults.KINDS if settings.template(kind) != default_template(kind))
    changed = settings_store.save_settings(
        db, {SETTINGS_KEY: value}, action="agency_mail_settings_saved",
        audit_details={"edited_templates": edited, "service_contacts": contacts}, now=now, actor=actor,
        read_versions=None if read_version is None else {SETTINGS_KEY: read_version})
    return Changed(_from_setting(value), changed)
