"""What a mutating service changed, as a value: the views refresh only for what they show.

Every service that writes returns a :class:`ChangeSet` (alone, inside its
result as ``.changes``, or in a :class:`Changed` beside the value it made).
The UI's operation runner emits it once; each view compares it with the
aspects it shows. Notices are what the coordinator must be told at that moment
(a project past 80 % of its hours, invitations not sent because mail is not set
up); their sentences are made in ``texts``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from mediation_desk.scheduling.budget import BudgetLevel

T = TypeVar("T")


class Aspect(enum.StrEnum):
    """What a view may show, and so what a change may touch."""

    REQUESTS = "requests"
    BOOKINGS = "bookings"
    CATALOGUE = "catalogue"  # mediators, agencies, projects, areas, languages, busy times
    SETTINGS = "settings"  # business settings stored in the database
    OUTBOX = "outbox"  # queued, sent and failed invitations, replies and alerts
    BUDGETS = "budgets"  # the hours used of some projects


@dataclass(frozen=True)
class Notice:
    """Something the coordinator must be told now; ``code`` and ``params``, worded in texts/notices."""

    code: str  # budget_level, mail_not_configured
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ChangeSet:
    """The ids or flags of what changed; ``everything`` after a whole service is replaced or reloaded."""

    requests: frozenset[str] = frozenset()
    bookings: frozenset[str] = frozenset()
    budgets: frozenset[str] = frozenset()  # project codes whose used hours moved
    catalogue: bool = False
    settings: bool = False
    outbox: bool = False
    everything: bool = False
    notices: tuple[Notice, ...] = ()

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(
            requests=self.requests | other.requests,
            bookings=self.bookings | other.bookings,
            budgets=self.budgets | other.budgets,
            catalogue=self.catalogue or other.catalogue,
            settings=self.settings or other.settings,
            outbox=self.outbox or other.outbox,
            everything=self.everything or other.everything,
            notices=self.notices + tuple(n for n in other.notices if n not in self.notices),
        )

    @property
    def aspects(self) -> frozenset[Aspect]:
        if self.everything:
            return frozenset(Aspect)
        flags = {
            Aspect.REQUESTS: bool(self.requests),
            Aspect.BOOKINGS: bool(self.bookings),
            Aspect.BUDGETS: bool(self.budgets),
            Aspect.CATALOGUE: self.catalogue,
            Aspect.SETTINGS: self.settings,
            Aspect.OUTBOX: self.outbox,
        }
        return frozenset(aspect for aspect, on in flags.items() if on)

    def touches(self, shown: Iterable[Aspect]) -> bool:
        """Does this change touch anything of ``shown`` (the aspects a view shows)?"""
        return not self.aspects.isdisjoint(shown)

    def __bool__(self) -> bool:
        return bool(self.aspects or self.notices)


NOTHING = ChangeSet()
EVERYTHING = ChangeSet(everything=True)
CATALOGUE = ChangeSet(catalogue=True)
SETTINGS = ChangeSet(settings=True)
OUTBOX = ChangeSet(outbox=True)


@dataclass(frozen=True)
class Changed(Generic[T]):
    """A service's result value beside what producing it changed."""

    value: T
    changes: ChangeSet


WARNED_LEVELS = frozenset({BudgetLevel.WARN80, BudgetLevel.WARN95, BudgetLevel.EXHAUSTED})


def budget_notice(project: str | None, level: BudgetLevel | None) -> tuple[Notice, ...]:
    """The notice of a project's hours after a booking: from 80 % used on."""
    if project is None or level not in WARNED_LEVELS:
        return ()
    return (Notice("budget_level", {"project": project, "level": str(level)}),)


def mail_notice(mail_configured: bool | None) -> tuple[Notice, ...]:
    """Bookings changed but mail is not set up: the mediators hear nothing unless told."""
    return (Notice("mail_not_configured"),) if mail_configured is False else ()


def of_requests(ids: Iterable[str]) -> ChangeSet:
    return ChangeSet(requests=frozenset(str(i) for i in ids))


def of_bookings(
    bookings: Iterable[Any],
    *,
    mail_configured: bool | None = None,
    notices: tuple[Notice, ...] = (),
    projects: Iterable[str | None] = (),
) -> ChangeSet:
    """The change of some bookings (domain ``Booking`` rows) and their requests; the outbox when their
    invitations were queued (``mail_configured`` True), a notice when they could not be (False);
    ``projects`` whose used hours moved."""
    rows = list(bookings)
    return ChangeSet(
        requests=frozenset(str(b.request) for b in rows),
        bookings=frozenset(str(b.id) for b in rows),
        budgets=frozenset(str(p) for p in projects if p),
        outbox=bool(rows) and mail_configured is True,
        notices=notices + mail_notice(mail_configured if rows else None),
    )
