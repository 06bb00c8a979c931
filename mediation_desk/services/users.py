"""Who may use a shared database and as what: add, list and disable logins; each change audited.

On SQLite there is one user, the operating-system account, and nothing to manage.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from mediation_desk.services.changes import SETTINGS, Changed, ChangeSet
from mediation_desk.storage import repository, users
from mediation_desk.storage.db import Database
from mediation_desk.storage.users import Role, User, UserError, role_of

__all__ = ["Permission", "Role", "User", "UserError", "add_user", "allows", "current_role", "disable_user",
           "list_users"]


class Permission(StrEnum):
    """What the window offers, by role; the database enforces the same (migration 0004c)."""

    BOOK = "book"  # book, move, cancel, close; plan
    EDIT_REQUESTS = "edit_requests"
    EDIT_CATALOGUE = "edit_catalogue"  # mediators, agencies, projects' names, dates and areas
    EDIT_MONEY = "edit_money"  # budgets, rates, billing rules
    EDIT_SETTINGS = "edit_settings"  # mail, replies mailbox, service name, late-cancellation notice
    MANAGE_USERS = "manage_users"
    REPLACE_SERVICE = "replace_service"  # import a whole scenario, load the demo


ALLOWED: dict[Role, frozenset[Permission]] = {
    Role.COORDINATOR: frozenset({Permission.BOOK, Permission.EDIT_REQUESTS, Permission.EDIT_CATALOGUE}),
    Role.FINANCE: frozenset({Permission.EDIT_MONEY}),
    Role.ADMIN: frozenset(Permission),
}


def allows(role: Role | None, permission: Permission) -> bool:
    """May ``role`` do it? None (SQLite's one user, the database's owner) may do everything."""
    return role is None or permission in ALLOWED[role]


def list_users(db: Database) -> list[User]:
    return users.list_users(db)


def current_role(db: Database) -> Role | None:
    """This session's role; None when it may do everything (SQLite, the database's owner)."""
    return role_of(db)


def add_user(
    db: Database, login: str, role: Role, password: str, *, actor: str, now: dt.datetime
) -> Changed[User]:
    """Create the login (refused with NotAllowedError for a login that may not manage users)."""
    user = users.add_user(db, login, role, password)
    with db.write() as s:
        repository.add_audit(s, at=now, actor=actor, action="add_user", entity="user", entity_id=login,
                             details={"role": str(role)})
    return Changed(user, SETTINGS)


def disable_user(db: Database, login: str, *, actor: str, now: dt.datetime) -> ChangeSet:
    users.disable_user(db, login)
    with db.write() as s:
        repository.add_audit(s, at=now, actor=actor, action="disable_user", entity="user", entity_id=login,
                             details={})
    return SETTINGS
