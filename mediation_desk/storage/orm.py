"""SQLAlchemy 2 typed tables of the service; times in UTC, nested lists as JSON columns.

Migrations (``storage/migrations``) create these tables; keep both in step
(a test compares them). Rows a person edits carry ``version`` (SQLAlchemy's
version counter: every ORM UPDATE says ``WHERE version = <the one read>``
and raises StaleDataError when another session got there first). Every
entity table has ``pos``: the import order, so that an export gives the rows
back in the order they came in.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

UTC = dt.UTC


class UTCDateTime(sa.types.TypeDecorator[dt.datetime]):
    """An aware instant stored in UTC; SQLite keeps naive UTC text, read back as aware UTC."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()} cannot be stored: give a time zone")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


JSONValue = dict[str, Any]
JSONList = list[Any]


class Base(DeclarativeBase):
    type_annotation_map = {
        dt.datetime: UTCDateTime(),
        dt.date: sa.Date(),
        JSONValue: sa.JSON(),
        JSONList: sa.JSON(),
        str: sa.String(),
        float: sa.Float(),
    }


class AreaRow(Base):
    __tablename__ = "areas"
    code: Mapped[str] = mapped_column(primary_key=True)
    name: Mapped[str]
    lat: Mapped[float]
    lon: Mapped[float]
    extra: Mapped[JSONValue]
    pos: Mapped[int] = mapped_column(index=True)


class LanguageRow(Base):
    __tablename__ = "languages"
    code: Mapped[str] = mapped_column(primary_key=True)
    name: Mapped[str]
    extra: Mapped[JSONValue]
    pos: Mapped[int] = mapped_column(index=True)


class ProjectRow(Base):
    __tablename__ = "projects"
    code: Mapped[str] = mapped_column(primary_key=True)
    name: Mapped[str]
    funder: Mapped[str]
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date]
    hour_budget: Mapped[float]
    areas: Mapped[JSONList]
    hourly_rate: Mapped[float | None]
    agency_kinds: Mapped[JSONList] = mapped_column(server_default="[]")  # eligibility (0009_funds)
    languages: Mapped[JSONList] = mapped_column(server_default="[]")
    extra: Mapped[JSONValue]
    pos: Mapped[int] = mapped_column(index=True)
    version: Mapped[int] = mapped_column(server_default="1")
    __mapper_args__ = {"version_id_col": version}


class AgencyRow(Base):
    __tablename__ = "agencies"
    id: Mapped[str] = mapped_column(primary_key=True)
    name: Mapped[str]
    kind: Mapped[str]
    area_code: Mapped[str] = mapped_column(sa.ForeignKey("areas.code"), index=True)
    address: Mapped[str]
    lat: Mapped[float]
    lon: Mapped[float]
    contacts: Mapped[JSONList]
    preferred_mediators: Mapped[JSONList] = mapped_column(server_default=sa.text("'[]'"))
    avoided_mediators: Mapped[JSONList] = mapped_column(server_default=sa.text("'[]'"))
    extra: Mapped[JSONValue]
    pos: Mapped[int] = mapped_column(index=True)
    # whether the agency's contacts are mailed about its bookings (migration 0006_agency_mail)
    notify_by_mail: Mapped[bool] = mapped_column(server_default=sa.true())
    version: Mapped[int] = mapped_column(server_default="1")
    __mapper_args__ = {"version_id_col": version}


class CasePreferencesRow(Base):
    """What the agency states for one case reference (requests' ``case_ref``)."""

    __tablename__ = "case_preferences"
    case_ref: Mapped[str] = mapped_column(primary_key=True)
    preferred_mediators: Mapped[JSONList]
    avoided_mediators: Mapped[JSONList]
    extra: Mapped[JSONValue]
    pos: Mapped[int] = mapped_column(index=True)
    version: Mapped[int] = mapped_column(server_default="1")
    __mapper_args__ = {"version_id_col": version}


class MediatorRow(Base):
    __tablename__ = "mediators"
    id: Mapped[str] = mapped_column(primary_key=True)
    name: Mapped[str]
    email: Mapped[str]
    gender: Mapped[str | None]
    languages: Mapped[JSONList]
    areas: Mapped[JSONList]
    lat: Mapped[float]
    lon: Mapped[float]
    max_minutes_per_week: Mapped[int]
    skills: Mapped[JSONList]
    availability: Mapped[JSONList]
    absences: Mapped[JSONList]
    phone: Mapped[str]
    hourly_rate: Mapped[float | None]
    active: Mapped[bool]
    extra: Mapped[JSONValue]
    pos: Mapped[int] = mapped_column(index=True)
    version: Mapped[int] = mapped_column(server_default="1")
    __mapper_args__ = {"version_id_col": version}


class RequestRow(Base):
    __tablename__ = "requests"
    id: Mapped[str] = mapped_column(primary_key=True)
    agency_id: Mapped[str] = mapped_column(sa.ForeignKey("agencies.id"), index=True)
    project_code: Mapped[str | None] = mapped_column(sa.ForeignKey("projects.code"), index=True)
    language: Mapped[str]
    mode: Mapped[str]
    duration_min: Mapped[int]
    windows: Mapped[JSONList]
    required_gender: Mapped[str | None]
    skill: Mapped[str | None]
    case_ref: Mapped[str | None] = mapped_column(index=True)
    min_level: Mapped[str | None]
    level_required: Mapped[bool] = mapped_column(server_default=sa.false())
    skill_required: Mapped[bool] = mapped_column(server_default=sa.false())
    priority: Mapped[str]
    status: Mapped[str] = mapped_column(index=True)
    agency_contact: Mapped[str]
    contact_on_site: Mapped[str]
    reason: Mapped[str]
    nationality: Mapped[str]
    address: Mapped[str]
    notes: Mapped[str]
    received_at: Mapped[dt.datetime | None]
    waiting_funds: Mapped[bool] = mapped_column(server_default=sa.false())  # 0009_funds
    extra: Mapped[JSONValue]
    pos: Mapped[int] = mapped_column(index=True)
    version: Mapped[int] = mapped_column(server_default="1")
    __mapper_args__ = {"version_id_col": version}


class BookingRow(Base):
    __tablename__ = "bookings"
    __table_args__ = (
        sa.CheckConstraint("end_at > start_at", name="bookings_positive_duration"),
        sa.Index("ix_bookings_mediator_start", "mediator_id", "start_at"),
    )
    id: Mapped[str] = mapped_column(primary_key=True)
    request_id: Mapped[str] = mapped_column(sa.ForeignKey("requests.id"), index=True)
    mediator_id: Mapped[str] = mapped_column(sa.ForeignKey("mediators.id"))
    start_at: Mapped[dt.datetime] = mapped_column(index=True)
    end_at: Mapped[dt.datetime]
    status: Mapped[str]
    outcome: Mapped[str | None]
    actual_start: Mapped[dt.datetime | None]
    actual_end: Mapped[dt.datetime | None]
    cancelled_at: Mapped[dt.datetime | None]
    cancel_reason: Mapped[str]
    cancelled_by: Mapped[str | None]
    reply: Mapped[str]
    sequence: Mapped[int]
    series_id: Mapped[str | None] = mapped_column(index=True)
    budget_override: Mapped[str]
    created_at: Mapped[dt.datetime | None]
    extra: Mapped[JSONValue]
    pos: Mapped[int] = mapped_column(index=True)
    version: Mapped[int] = mapped_column(server_default="1")
    __mapper_args__ = {"version_id_col": version}


class SignedSheetRow(Base):
    """The signed scheda of a booking came back (who signed, when), with its scan kept in the database.

    The scan's bytes are ``deferred``: listing sheets never loads them. A
    team on PostgreSQL shares them with everything else (no file server).
    """

    __tablename__ = "signed_sheets"
    booking_id: Mapped[str] = mapped_column(sa.ForeignKey("bookings.id", ondelete="CASCADE"),
                                            primary_key=True)
    signed_by: Mapped[str]
    received_on: Mapped[dt.date]
    recorded_by: Mapped[str]
    recorded_at: Mapped[dt.datetime]
    scan_name: Mapped[str | None]
    scan_type: Mapped[str | None]
    scan_size: Mapped[int | None]
    scan_sha256: Mapped[str | None]
    scan: Mapped[bytes | None] = mapped_column(sa.LargeBinary(), deferred=True)
    version: Mapped[int] = mapped_column(server_default="1")
    __mapper_args__ = {"version_id_col": version}


class SettingRow(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[Any] = mapped_column(sa.JSON())
    version: Mapped[int] = mapped_column(server_default="1")
    __mapper_args__ = {"version_id_col": version}


class AuditRow(Base):
    __tablename__ = "audit_log"
    __table_args__ = (sa.Index("ix_audit_log_entity", "entity", "entity_id"),)
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(index=True)
    actor: Mapped[str]
    action: Mapped[str]
    entity: Mapped[str]
    entity_id: Mapped[str]
    details: Mapped[JSONValue]
    txid: Mapped[int | None] = mapped_column(sa.BigInteger(), index=True)  # PostgreSQL's transaction


class SeriesRow(Base):
    """A recurring booking series: occurrences are bookings with ``series_id`` = this id."""

    __tablename__ = "series"
    id: Mapped[str] = mapped_column(primary_key=True)
    request_id: Mapped[str] = mapped_column(sa.ForeignKey("requests.id"), index=True)
    mediator_id: Mapped[str] = mapped_column(sa.ForeignKey("mediators.id"), index=True)
    rrule: Mapped[str]
    dtstart: Mapped[dt.datetime]
    duration_min: Mapped[int]
    exdates: Mapped[JSONList]
    extra: Mapped[JSONValue]


class OutboxRow(Base):
    """A mail waiting to be sent; ``raw`` is the whole MIME message.

    ``kind``: ``invitation`` (the mediator's iMIP mail) or ``agency`` (the agency told of its booking);
    only invitations replace each other while queued."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    booking_id: Mapped[str | None] = mapped_column(
        sa.ForeignKey("bookings.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(server_default="invitation")
    to_addr: Mapped[str]
    subject: Mapped[str]
    raw: Mapped[bytes] = mapped_column(sa.LargeBinary())
    status: Mapped[str] = mapped_column(index=True)  # queued, sent, failed
    attempts: Mapped[int]
    last_error: Mapped[str]
    created_at: Mapped[dt.datetime]
    sent_at: Mapped[dt.datetime | None]
    next_attempt_at: Mapped[dt.datetime | None]


class MonitoringRow(Base):
    """FAMI monitoring of a delivered intervention: counts of the people assisted, never who they were."""

    __tablename__ = "booking_monitoring"
    __table_args__ = (
        sa.CheckConstraint("people > 0 AND women >= 0 AND men >= 0 AND minors >= 0 AND adults >= 0",
                           name="booking_monitoring_counts"),
        sa.CheckConstraint("women + men <= people AND minors + adults <= people",
                           name="booking_monitoring_breakdowns"),
    )
    booking_id: Mapped[str] = mapped_column(sa.ForeignKey("bookings.id", ondelete="CASCADE"),
                                            primary_key=True)
    people: Mapped[int]
    women: Mapped[int]
    men: Mapped[int]
    minors: Mapped[int]
    adults: Mapped[int]
    nationality: Mapped[str]
    recorded_at: Mapped[dt.datetime]
    recorded_by: Mapped[str]


class BusyBlockRow(Base):
    """Time a mediator is busy elsewhere, read from an external calendar."""

    __tablename__ = "busy_blocks"
    __table_args__ = (sa.Index("ix_busy_blocks_mediator_start", "mediator_id", "start_at"),)
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    mediator_id: Mapped[str] = mapped_column(sa.ForeignKey("mediators.id", ondelete="CASCADE"))
    start_at: Mapped[dt.datetime]
    end_at: Mapped[dt.datetime]
    source: Mapped[str]
    uid: Mapped[str]
    summary: Mapped[str]


class IdCounterRow(Base):
    """The last number handed out by ``repository.next_id`` per kind of id."""

    __tablename__ = "id_counters"
    kind: Mapped[str] = mapped_column(primary_key=True)
    last: Mapped[int]


class CalendarObjectRow(Base):
    """A calendar object announced to a mediator (one booking or one series) and its iTIP state.

    ``sequence`` only ever rises; ``state`` is what the last invitation said
    (occurrences, mediator), so the next mail can tell what changed.
    """

    __tablename__ = "calendar_objects"
    __table_args__ = (sa.UniqueConstraint("kind", "entity_id", name="uq_calendar_objects_entity"),)
    uid: Mapped[str] = mapped_column(primary_key=True)
    kind: Mapped[str]  # booking, series
    entity_id: Mapped[str]
    sequence: Mapped[int]
    fingerprint: Mapped[str]
    state: Mapped[JSONValue]
    updated_at: Mapped[dt.datetime]


class CalDAVResourceRow(Base):
    """A calendar object as last written to a CalDAV collection: what we sent and the ETag we got."""

    __tablename__ = "caldav_resources"
    collection: Mapped[str] = mapped_column(primary_key=True)
    href: Mapped[str] = mapped_column(primary_key=True)
    content_hash: Mapped[str]
    etag: Mapped[str]
