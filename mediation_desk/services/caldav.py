"""CalDAV over plain HTTP (urllib): publish each mediator's calendar, read busy collections."""

from __future__ import annotations

import base64
import datetime as dt
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass
from typing import Any

from mediation_desk.io import ical
from mediation_desk.services import changes, credentials, feeds, settings_store
from mediation_desk.services.changes import ChangeSet
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database

SETTINGS_KEY = "caldav"
TIMEOUT = 30.0
NS = {"d": "DAV:", "c": "urn:ietf:params:xml:ns:caldav"}
MKCALENDAR_BODY = """<?xml version="1.0" encoding="utf-8"?>
<c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop>
<d:displayname>{name}</d:displayname>
<c:supported-calendar-component-set><c:comp name="VEVENT"/></c:supported-calendar-component-set>
</d:prop></d:set></c:mkcalendar>"""
PROPFIND_BODY = """<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>"""
REPORT_BODY = """<?xml version="1.0" encoding="utf-8"?>
<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
<d:prop><c:calendar-data/></d:prop>
<c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
<c:time-range start="{start}" end="{end}"/></c:comp-filter></c:comp-filter></c:filter></c:calendar-query>"""


class CalDAVError(RuntimeError):
    """The CalDAV server refused a request or could not be reached."""


@dataclass(frozen=True)
class CalDAVSettings:
    url: str = (
        ""  # the account's home collection, e.g. https://cloud.example.org/remote.php/dav/calendars/coord/
    )
    user: str = ""

    @property
    def keyring_username(self) -> str:
        return f"{self.user}@{self.url}"

    def collection_of(self, mediator_id: str) -> str:
        return self.url.rstrip("/") + "/" + urllib.parse.quote(f"mediazioni-{mediator_id}".lower()) + "/"


@dataclass(frozen=True)
class PublishReport:
    calendars: int
    put: int
    deleted: int

    @property
    def changes(self) -> ChangeSet:
        return changes.NOTHING  # the calendars live on the CalDAV server; nothing shown here moved


class CalDAVClient:
    """The few WebDAV/CalDAV requests we need, with HTTP Basic authentication."""

    def __init__(self, user: str = "", password: str | None = None, timeout: float = TIMEOUT) -> None:
        self.timeout = timeout
        self.auth = ""
        if user:
            token = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
            self.auth = f"Basic {token}"

    def request(
        self, method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> tuple[int, bytes]:
        req = urllib.request.Request(url, data=body, method=method, headers=dict(headers or {}))
        if self.auth:
            req.add_header("Authorization", self.auth)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as response:
                return int(response.status), response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()
        except (urllib.error.URLError, OSError) as exc:
            raise CalDAVError(f"{method} {url}: {exc}") from exc

    def _check(self, method: str, url: str, status: int, ok: tuple[int, ...]) -> None:
        if status not in ok:
            raise CalDAVError(f"{method} {url}: HTTP {status}")

    def ensure_calendar(self, url: str, name: str) -> bool:
        """Create the calendar collection unless it exists; True when created."""
        status, _ = self.request(
            "PROPFIND", url, PROPFIND_BODY.encode(), {"Depth": "0", "Content-Type": "application/xml"}
        )
        if status == 207:
            return False
        body = MKCALENDAR_BODY.format(name=_xml_escape(name)).encode()
        status, _ = self.request("MKCALENDAR", url, body, {"Content-Type": "application/xml; charset=utf-8"})
        self._check("MKCALENDAR", url, status, (201,))
        return True

    def list_resources(self, url: str) -> dict[str, str]:
        """href -> etag of the calendar objects in the collection at ``url``."""
        status, data = self.request(
            "PROPFIND", url, PROPFIND_BODY.encode(), {"Depth": "1", "Content-Type": "application/xml"}
        )
        self._check("PROPFIND", url, status, (207,))
        found: dict[str, str] = {}
        for response in _multistatus(data):
            href = response.findtext("d:href", default="", namespaces=NS)
            if href.endswith(".ics"):
                found[href] = response.findtext(".//d:getetag", default="", namespaces=NS)
        return found

    def put(self, url: str, data: bytes) -> None:
        status, _ = self.request("PUT", url, data, {"Content-Type": "text/calendar; charset=utf-8"})
        self._check("PUT", url, status, (200, 201, 204))

    def delete(self, url: str) -> None:
        status, _ = self.request("DELETE", url)
        self._check("DELETE", url, status, (200, 204, 404))

    def calendar_data(self, url: str, start: dt.datetime, end: dt.datetime) -> list[bytes]:
        """The calendar objects of the collection with an event in [start, end) (calendar-query)."""
        body = REPORT_BODY.format(start=_utc(start), end=_utc(end)).encode()
        status, data = self.request("REPORT", url, body, {"Depth": "1", "Content-Type": "application/xml"})
        self._check("REPORT", url, status, (207,))
        texts = (r.findtext(".//c:calendar-data", default="", namespaces=NS) for r in _multistatus(data))
        return [text.encode() for text in texts if text.strip()]


def _utc(instant: dt.datetime) -> str:
    return instant.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _multistatus(data: bytes) -> list[ET.Element]:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise CalDAVError(f"unreadable multistatus: {exc}") from exc
    return root.findall("d:response", NS)


def get_settings(db: Database) -> CalDAVSettings:
    with db.read() as s:
        stored: dict[str, Any] = repository.get_setting(s, SETTINGS_KEY, {}) or {}
    return CalDAVSettings(**{k: v for k, v in stored.items() if k in CalDAVSettings.__dataclass_fields__})


def save_settings(
    db: Database, settings: CalDAVSettings, *, password: str | None, now: dt.datetime, actor: str
) -> ChangeSet:
    if not settings.url.startswith(("http://", "https://")):
        raise ValueError("the CalDAV address must start with http:// or https://")
    return settings_store.save_settings(
        db, {SETTINGS_KEY: asdict(settings)}, action="caldav_settings_saved",
        audit_details={"url": settings.url, "user": settings.user}, now=now, actor=actor,
        password=password,
        keyring=settings_store.KeyringEntry(credentials.CALDAV_SERVICE, settings.keyring_username),
    )


def client_for(settings: CalDAVSettings) -> CalDAVClient:
    password = None
    if settings.user:
        password = credentials.get_password(credentials.CALDAV_SERVICE, settings.keyring_username)
    return CalDAVClient(settings.user, password)


def publish_calendars(
    db: Database, *, now: dt.datetime, mediator_ids: list[str] | None = None
) -> PublishReport:
    """Bring each mediator's CalDAV calendar in line with the upcoming bookings.

    One resource per booking or series (``<uid>.ics``); resources whose booking is
    gone or cancelled are deleted. The database is read first, then the network is used.
    """
    settings = get_settings(db)
    if not settings.url:
        raise CalDAVError("no CalDAV server configured")
    client = client_for(settings)
    with db.read() as s:
        mediators = [
            m
            for m in repository.list_mediators(s)
            if m.active and (mediator_ids is None or m.id in mediator_ids)
        ]
        wanted = {m.id: (m.name, feeds.mediator_specs(s, m.id, now=now)) for m in mediators}
        tz_name = repository.service_timezone(s)
    put = deleted = 0
    for mediator_id, (name, specs) in wanted.items():
        collection = settings.collection_of(mediator_id)
        client.ensure_calendar(collection, f"Mediazioni - {name}")
        existing = client.list_resources(collection)
        keep = set()
        for spec in specs:
            href = urllib.parse.quote(f"{spec.uid}.ics")
            cal = ical.build_calendar([spec], None, now=now, tz_name=tz_name)
            client.put(collection + href, ical.calendar_bytes(cal))
            keep.add(spec.uid + ".ics")
            put += 1
        for href in existing:
            if urllib.parse.unquote(href.rsplit("/", 1)[-1]) not in keep:
                client.delete(urllib.parse.urljoin(collection, href))
                deleted += 1
    return PublishReport(len(wanted), put, deleted)
