"""Subcommand `users add LOGIN --role R | list | disable LOGIN`: the logins of a shared PostgreSQL database.

The new login's initial password is read from standard input when it is not
a terminal (one line), else asked twice without echo. Exit status: 0 done,
1 refused by the database or unreachable, 2 bad input.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from mediation_desk.cli.common import EXIT_FAILED, EXIT_INVALID, EXIT_OK, actor, database_command, fail, now
from mediation_desk.services import users
from mediation_desk.services.users import Role, UserError
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import NotAllowedError

USER_ERRORS = {
    "bad_login": "a login is lower-case letters, digits, '_', '.' or '-', starting with a letter",
    "login_exists": "that login exists already",
    "unknown_login": "no such user of Mediation Desk",
    "empty_password": "empty password: nothing done",
    "sqlite_single_user": "a SQLite file has one user, the operating-system account: nothing to manage",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("users", help="logins of a shared PostgreSQL database and their roles")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = verbs.add_parser("add", help="add a login (initial password from stdin, or asked)")
    add.add_argument("login")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.set_defaults(func=run)
    verbs.add_parser("list", help="every login with its role").set_defaults(func=run)
    disable = verbs.add_parser("disable", help="the login can no longer connect")
    disable.add_argument("login")
    disable.set_defaults(func=run)


@database_command("users")
def run(args: argparse.Namespace, db: Database) -> int:
    try:
        if args.verb == "list":
            for user in users.list_users(db):
                state = "" if user.can_login else "  (disabled)"
                print(f"{user.login:<24} {user.role or '-'}{state}")
            return EXIT_OK
        if args.verb == "disable":
            users.disable_user(db, args.login, actor=actor(), now=now())
            print(f"{args.login} can no longer log in")
            return EXIT_OK
        password = read_password(args.login)
        users.add_user(db, args.login, Role(args.role), password, actor=actor(), now=now())
        print(f"added {args.login} as {args.role}")
        return EXIT_OK
    except UserError as exc:
        status = EXIT_FAILED if exc.code in ("login_exists", "unknown_login") else EXIT_INVALID
        return fail(f"users: {USER_ERRORS.get(exc.code, exc.code)}", status)
    except NotAllowedError:
        return fail("users: this login may not manage users (only an admin or the database's owner may)")


def read_password(login: str) -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(f"Initial password for {login}: ")
    if getpass.getpass("Again: ") != first:
        raise UserError("empty_password", login)
    return first
