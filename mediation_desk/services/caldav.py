"""CalDAV over plain HTTP (urllib): publish each mediator's calendar, read busy collections."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import asdict, dataclass
from email.message import Message
from typing import Any

import sqlalchemy as sa

from mediation_desk.io import ical
from mediation_desk.services import changes, credentials, feeds, settings_store
from mediation_desk.services.changes import ChangeSet
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import CalDAVResourceRow

SETTINGS_KEY = "caldav"
STAMP_FOR_DIGEST = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)  # DTSTAMP left out of what counts as a change
TIMEOUT = 30.0
MAX_RESPONSE_BYTES = 24 * 1024 * 1024  # a calendar-query answer: the busy-calendar bound plus its XML
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
        # quoted whole: an id with "/" or "../" stays one path segment of the account's home
        segment = urllib.parse.quote(f"mediazioni-{mediator_id}".lower(), safe="")
        return self.url.rstrip("/") + "/" + segment + "/"


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
        status, data, _headers = self.exchange(method, url, body, headers)
        return status, data

    def exchange(
        self, method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None
    ) -> tuple[int, bytes, Message]:
        """One request: the status, the body (bounded) and the response headers."""
        req = urllib.request.Request(url, data=body, method=method, headers=dict(headers or {}))
        if self.auth:
            req.add_header("Authorization", self.auth)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as response:
                data = response.read(MAX_RESPONSE_BYTES + 1)
                if len(data) > MAX_RESPONSE_BYTES:
                    raise CalDAVError(f"{method} {url}: answer larger than {MAX_RESPONSE_BYTES} bytes")
                return int(response.status), data, response.headers
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read(MAX_RESPONSE_BYTES), exc.headers
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

    def put(self, url: str, data: bytes) -> str:
        """Store ``data`` at ``url``; the ETag the server gives the new content ("" when it gives none)."""
        status, _, headers = self.exchange("PUT", url, data, {"Content-Type": "text/calendar; charset=utf-8"})
        self._check("PUT", url, status, (200, 201, 204))
        return headers.get("ETag", "") or ""

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


def settings_and_version(db: Database) -> tuple[CalDAVSettings, int]:
    """The stored settings and their version (0: never saved), read together for an editor."""
    with db.read() as s:
        stored: dict[str, Any] = repository.get_setting(s, SETTINGS_KEY, {}) or {}
        version = repository.setting_version(s, SETTINGS_KEY)
    known = {k: v for k, v in stored.items() if k in CalDAVSettings.__dataclass_fields__}
    return CalDAVSettings(**known), version


def save_settings(
    db: Database, settings: CalDAVSettings, *, password: str | None, now: dt.datetime, actor: str,
    read_version: int | None = None,
) -> ChangeSet:
    """Store the account; ``read_version`` (from settings_and_version; None: not checked) refuses
    with StaleEditError settings saved by someone else since they were read."""
    if not settings.url.startswith(("http://", "https://")):
        raise ValueError("the CalDAV address must start with http:// or https://")
    return settings_store.save_settings(
        db, {SETTINGS_KEY: asdict(settings)}, action="caldav_settings_saved",
        audit_details={"url": settings.url, "user": settings.user}, now=now, actor=actor,
        password=password,
        keyring=settings_store.KeyringEntry(credentials.CALDAV_SERVICE, settings.keyring_username),
        read_versions=None if read_version is None else {SETTINGS_KEY: read_version},
    )


def client_for(settings: CalDAVSettings) -> CalDAVClient:
    password = None
    if settings.user:
        password = credentials.get_password(credentials.CALDAV_SERVICE, settings.keyring_username)
    return CalDAVClient(settings.user, password)


def _resource_name(uid: str) -> str:
    """The file name of an object in its collection: the UID, quoted so nothing in it is a path."""
    return urllib.parse.quote(f"{uid}.ics", safe="@")


def _name_of(href: str) -> str:
    return urllib.parse.quote(urllib.parse.unquote(href.rstrip("/").rsplit("/", 1)[-1]), safe="@")


@dataclass(frozen=True)
class _Wanted:
    name: str
    spec: ical.EventSpec
    digest: str


def _wanted(specs: list[ical.EventSpec], tz_name: str) -> list[_Wanted]:
    """What each resource should hold, with a digest of its content that ignores DTSTAMP."""
    found = []
    for spec in specs:
        stable = ical.build_calendar([spec], None, now=STAMP_FOR_DIGEST, tz_name=tz_name)
        digest = hashlib.sha256(ical.calendar_bytes(stable)).hexdigest()
        found.append(_Wanted(_resource_name(spec.uid), spec, digest))
    return found


def _published(db: Database, collection: str) -> dict[str, tuple[str, str]]:
    with db.read() as s:
        rows = s.scalars(sa.select(CalDAVResourceRow).where(CalDAVResourceRow.collection == collection))
        return {r.href: (r.content_hash, r.etag) for r in rows}


def _remember(db: Database, collection: str, written: dict[str, tuple[str, str]], gone: set[str]) -> None:
    if not written and not gone:
        return
    with db.write() as s:
        for name in set(written) | gone:
            row = s.get(CalDAVResourceRow, (collection, name))
            if row is not None:
                s.delete(row)
        s.flush()
        s.add_all(CalDAVResourceRow(collection=collection, href=name, content_hash=digest, etag=etag)
                  for name, (digest, etag) in written.items())


def _sync_collection(
    db: Database, client: CalDAVClient, collection: str, specs: list[ical.EventSpec], now: dt.datetime,
    tz_name: str,
) -> tuple[int, int]:
    """Write the objects whose content changed or whose ETag the server changed; delete the withdrawn."""
    on_server = {_name_of(href): etag for href, etag in client.list_resources(collection).items()}
    known = _published(db, collection)
    written: dict[str, tuple[str, str]] = {}
    wanted = _wanted(specs, tz_name)
    for item in wanted:
        last = known.get(item.name)
        if last is not None and last == (item.digest, on_server.get(item.name)):
            continue  # the server holds what we last wrote, and it has not changed: nothing to send
        cal = ical.build_calendar([item.spec], None, now=now, tz_name=tz_name)
        written[item.name] = (item.digest, client.put(collection + item.name, ical.calendar_bytes(cal)))
    keep = {item.name for item in wanted}
    gone = {name for name in on_server if name not in keep}
    for name in sorted(gone):
        client.delete(collection + name)
    if any(not etag for _digest, etag in written.values()):  # the server gave no ETag on PUT: ask for them
        listed = {_name_of(href): etag for href, etag in client.list_resources(collection).items()}
        written = {name: (digest, listed.get(name, "")) for name, (digest, _etag) in written.items()}
    _remember(db, collection, written, gone | (set(known) - keep))
    return len(written), len(gone)


def publish_calendars(
    db: Database, *, now: dt.datetime, mediator_ids: list[str] | None = None
) -> PublishReport:
    """Bring each mediator's CalDAV calendar in line with the upcoming bookings, sending only what changed.

    One resource per booking or series (``<uid>.ics``). A resource is written when its
    content differs from what we last wrote or the server's ETag moved (someone edited
    it); resources of bookings gone or cancelled are deleted. Nothing changed: nothing is
    written. The database is read first, then the network is used.
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
        written, removed = _sync_collection(db, client, collection, specs, now, tz_name)
        put += written
        deleted += removed
    return PublishReport(len(wanted), put, deleted)
