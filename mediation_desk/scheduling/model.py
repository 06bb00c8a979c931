"""Domain entities of an on-call mediation service: plain dataclasses, no Qt, no SQL.

Instants are timezone-aware ``datetime`` objects (any offset; storage keeps
them in UTC). Wall-clock questions (availability, quarter hours, ISO weeks,
project dates) are answered in the service time zone, Europe/Rome by default
(see ``timeutil``). Every entity carries ``extra``: fields of an imported
document that the domain does not know, kept so that an export gives them back.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any, NewType

AreaCode = NewType("AreaCode", str)
LanguageCode = NewType("LanguageCode", str)  # BCP 47, compared case-insensitively
ProjectCode = NewType("ProjectCode", str)
AgencyId = NewType("AgencyId", str)
MediatorId = NewType("MediatorId", str)
RequestId = NewType("RequestId", str)
BookingId = NewType("BookingId", str)
SeriesId = NewType("SeriesId", str)

Extra = dict[str, Any]


class AgencyKind(enum.StrEnum):
    MUNICIPALITY = "municipality"
    SCHOOL = "school"
    HEALTH = "health"
    SOCIAL_SERVICES = "social_services"
    COURT = "court"
    OTHER = "other"


class LanguageLevel(enum.StrEnum):
    NATIVE = "native"
    FLUENT = "fluent"
    WORKING = "working"


class Mode(enum.StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class Priority(enum.StrEnum):
    URGENT = "urgent"
    HIGH = "high"
    NORMAL = "normal"

    @property
    def weight(self) -> int:
        return PRIORITY_WEIGHT[self]


PRIORITY_WEIGHT = {Priority.URGENT: 4, Priority.HIGH: 2, Priority.NORMAL: 1}


class RequestStatus(enum.StrEnum):
    PENDING = "pending"
    BOOKED = "booked"
    CANCELLED = "cancelled"


class BookingStatus(enum.StrEnum):
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


class Outcome(enum.StrEnum):
    """How a booking ended, for billing: set when it is closed or cancelled."""

    DELIVERED = "delivered"
    NO_SHOW = "no_show"  # the mediator went, the person assisted did not come
    LATE_CANCELLATION = "late_cancellation"  # cancelled inside the notice period: billable
    CANCELLED = "cancelled"  # cancelled in time, or by the mediator or the service: not billable
    MEDIATOR_NO_SHOW = "mediator_no_show"  # the mediator did not go: not billable, the request is unfilled


class CancelParty(enum.StrEnum):
    """Who called an intervention off; billing and what becomes of the request follow from it."""

    AGENCY = "agency"  # the ente: a late cancellation is billed
    FAMILY = "family"  # the person assisted (or their family): a late cancellation is billed
    MEDIATOR = "mediator"  # the mediator dropped out: never billed, the request goes back to the unfilled
    SERVICE = "service"  # no mediator available: never billed

    @property
    def bills_late(self) -> bool:
        return self in (CancelParty.AGENCY, CancelParty.FAMILY)

    @property
    def closes_request(self) -> bool:
        """What becomes of the request unless the coordinator says otherwise: closed, or unfilled again."""
        return self is not CancelParty.MEDIATOR


class ReplyStatus(enum.StrEnum):
    """The mediator's answer to the calendar invitation (iTIP PARTSTAT)."""

    NEEDS_ACTION = "needs_action"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    TENTATIVE = "tentative"


WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass
class Area:
    code: AreaCode
    name: str
    lat: float
    lon: float
    extra: Extra = field(default_factory=dict)


@dataclass
class Language:
    code: LanguageCode
    name: str
    extra: Extra = field(default_factory=dict)


@dataclass
class Project:
    """A funding project (FAMI, Piano di Zona...) with its hour budget (monte ore)."""

    code: ProjectCode
    name: str
    funder: str
    start: dt.date
    end: dt.date  # inclusive
    hour_budget: float
    areas: list[AreaCode] = field(default_factory=list)  # empty: every area
    hourly_rate: float | None = None  # euro per billable hour, None: the mediator's rate
    agency_kinds: list[AgencyKind] = field(default_factory=list)  # agency kinds it funds; empty: every kind
    languages: list[LanguageCode] = field(default_factory=list)  # languages it funds; empty: every language
    extra: Extra = field(default_factory=dict)
    version: int = field(default=0, compare=False)  # storage row version this copy was read at; 0: unknown


@dataclass
class ContactPerson:
    """A referente at an agency."""

    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    extra: Extra = field(default_factory=dict)


@dataclass
class Agency:
    """An ente richiedente: comune, school, hospital, consultorio, court..."""

    id: AgencyId
    name: str
    kind: AgencyKind
    area: AreaCode
    address: str
    lat: float
    lon: float
    contacts: list[ContactPerson] = field(default_factory=list)
    preferred_mediators: list[MediatorId] = field(default_factory=list)  # ranked first when free
    avoided_mediators: list[MediatorId] = field(default_factory=list)  # the agency asks not to send them
    extra: Extra = field(default_factory=dict)
    notify_by_mail: bool = True  # its contacts are mailed when its bookings are made, moved or cancelled
    version: int = field(default=0, compare=False)  # storage row version this copy was read at; 0: unknown


@dataclass
class CasePreferences:
    """What the agency states for one case (presa in carico); it wins over the agency's own statement."""

    case: str
    preferred_mediators: list[MediatorId] = field(default_factory=list)
    avoided_mediators: list[MediatorId] = field(default_factory=list)
    extra: Extra = field(default_factory=dict)
    version: int = field(default=0, compare=False)  # storage row version this copy was read at; 0: unknown

    @property
    def empty(self) -> bool:
        return not self.preferred_mediators and not self.avoided_mediators


@dataclass
class LanguageSkill:
    code: LanguageCode
    level: LanguageLevel
    extra: Extra = field(default_factory=dict)


@dataclass
class WeeklyWindow:
    """Weekly availability, local wall clock; ``end`` 1440 means midnight."""

    day: int  # 0 = Monday ... 6 = Sunday
    start_min: int
    end_min: int
    extra: Extra = field(default_factory=dict)


@dataclass
class Interval:
    """A dated interval [start, end) of aware datetimes (absences, request windows)."""

    start: dt.datetime
    end: dt.datetime
    reason: str = ""
    extra: Extra = field(default_factory=dict)


@dataclass
class Mediator:
    id: MediatorId
    name: str
    email: str
    gender: str | None  # "F", "M" or None
    languages: list[LanguageSkill]
    areas: list[AreaCode]
    lat: float
    lon: float
    max_minutes_per_week: int
    skills: list[str] = field(default_factory=list)
    availability: list[WeeklyWindow] = field(default_factory=list)
    absences: list[Interval] = field(default_factory=list)
    phone: str = ""
    hourly_rate: float | None = None
    active: bool = True
    extra: Extra = field(default_factory=dict)
    version: int = field(default=0, compare=False)  # storage row version this copy was read at; 0: unknown

    def speaks(self, code: str) -> bool:
        code = code.lower()
        return any(skill.code.lower() == code for skill in self.languages)

    def level_of(self, code: str) -> LanguageLevel | None:
        code = code.lower()
        return next((s.level for s in self.languages if s.code.lower() == code), None)


@dataclass
class Request:
    """A richiesta di intervento, with the fields of the Italian request form."""

    id: RequestId
    agency: AgencyId
    project: ProjectCode | None
    language: LanguageCode
    mode: Mode
    duration_min: int
    windows: list[Interval]
    required_gender: str | None = None
    skill: str | None = None
    case: str | None = None
    min_level: LanguageLevel | None = None  # the lowest level of the language the agency accepts
    level_required: bool = False  # min_level is a hard requirement (otherwise a lower level only ranks lower)
    skill_required: bool = False  # skill is a hard requirement (otherwise it only ranks higher)
    priority: Priority = Priority.NORMAL
    status: RequestStatus = RequestStatus.PENDING
    agency_contact: str = ""  # referente who asked
    contact_on_site: str = ""  # who meets the mediator there
    reason: str = ""  # motivo dell'intervento
    nationality: str = ""  # of the person assisted
    address: str = ""  # where, when not the agency's address
    notes: str = ""
    received_at: dt.datetime | None = None
    waiting_funds: bool = False  # pending, no project: no eligible project had hours ("In attesa di fondi")
    extra: Extra = field(default_factory=dict)
    version: int = field(default=0, compare=False)  # storage row version this copy was read at; 0: unknown


@dataclass
class Booking:
    """An intervento: one mediator for one request at one time."""

    id: BookingId
    request: RequestId
    mediator: MediatorId
    start: dt.datetime
    end: dt.datetime
    status: BookingStatus = BookingStatus.CONFIRMED
    outcome: Outcome | None = None
    actual_start: dt.datetime | None = None
    actual_end: dt.datetime | None = None
    cancelled_at: dt.datetime | None = None
    cancel_reason: str = ""
    cancelled_by: CancelParty | None = None  # who called it off (or did not come, with MEDIATOR_NO_SHOW)
    reply: ReplyStatus = ReplyStatus.NEEDS_ACTION
    sequence: int = 0  # iCalendar SEQUENCE, raised on every change the mediator must see
    series: SeriesId | None = None
    budget_override: str = ""  # the coordinator's reason for booking past the budget
    created_at: dt.datetime | None = None
    extra: Extra = field(default_factory=dict)
    version: int = field(default=0, compare=False)  # storage row version this copy was read at; 0: unknown

    @property
    def active(self) -> bool:
        """Non-cancelled bookings occupy the mediator and the budget."""
        return self.status is not BookingStatus.CANCELLED

    @property
    def duration_min(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


@dataclass
class ServiceData:
    """Everything of one service, as a scenario document holds it."""

    timezone: str = "Europe/Rome"
    areas: list[Area] = field(default_factory=list)
    languages: list[Language] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    agencies: list[Agency] = field(default_factory=list)
    mediators: list[Mediator] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)
    bookings: list[Booking] = field(default_factory=list)
    cases: list[CasePreferences] = field(default_factory=list)  # the agencies' preferences per case
    extra: Extra = field(default_factory=dict)  # top-level fields of a document
