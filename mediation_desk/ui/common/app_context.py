"""What every view is given: the database, the coordinator's preferences, the clock and change signals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from mediation_desk.services import lookups, users
from mediation_desk.services.candidates import CandidateFinder
from mediation_desk.services.changes import Aspect, ChangeSet
from mediation_desk.storage.db import Database
from mediation_desk.texts import i18n
from mediation_desk.ui.common.name_lookup import Catalog
from mediation_desk.ui.common.preferences import UiSettings


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class AppContext(QObject):
    """Shared by the main window and its views; ``changed`` carries what a service call changed."""

    changed = Signal(object)  # a ChangeSet, emitted once per operation by apply(); views refresh for theirs
    navigate = Signal(str, str)  # view name, item id to show ("" for none)
    language_changed = Signal(str)  # "it" or "en", after the catalogue is installed
    mail_tried = Signal()  # a background send ran: what the views say about invitations may have changed

    def __init__(
        self, db: Database, settings: UiSettings, clock: Callable[[], dt.datetime] = system_clock
    ) -> None:
        super().__init__()
        self.db = db
        i18n.use_service_zone(lookups.service_zone(db))  # dates shown and typed in the service's zone
        self.settings = settings
        self._clock = clock
        self._catalog: Catalog | None = None
        self.candidate_finder = CandidateFinder(db)  # keeps the entities between look-ups
        self.last_moves: dict[str, Any] = {}  # booking id -> the BookingChange of its last move, for undo
        self._role: users.Role | None = None
        self._role_read = False

    def now(self) -> dt.datetime:
        """Aware UTC now; tests give a fixed clock so the demo's dates stay put."""
        return self._clock().astimezone(dt.UTC)

    def catalog(self) -> Catalog:
        """Areas, languages, projects, agencies and mediators, read once until something changes them."""
        if self._catalog is None:
            rows = lookups.reference_data(self.db)
            self._catalog = Catalog.of(
                rows.areas, rows.languages, rows.projects, rows.agencies, rows.mediators
            )
        return self._catalog

    def forget_cached(self) -> None:
        """Another session changed the catalogue: read it again when next needed."""
        self._catalog = None
        self.candidate_finder.invalidate()

    def apply(self, changes: ChangeSet) -> None:
        """Tell the views what changed, once; the cached catalogue is dropped first when it is stale."""
        if not changes.aspects:
            return
        if changes.touches({Aspect.CATALOGUE}):
            self._catalog = None
            self.candidate_finder.invalidate()
        self.changed.emit(changes)

    @property
    def actor(self) -> str:
        """Who acts: the PostgreSQL login (the database records it anyway), or the OS account on SQLite."""
        return self.db.login

    @property
    def role(self) -> users.Role | None:
        """This login's role, read once; None may do everything (SQLite, the database's owner)."""
        if not self._role_read:
            self._role = users.current_role(self.db)
            self._role_read = True
        return self._role

    def can(self, permission: users.Permission) -> bool:
        """Does the window offer this? The database refuses it anyway when the role may not."""
        return users.allows(self.role, permission)
