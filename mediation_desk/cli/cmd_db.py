"""`db-password`: save the password of a shared PostgreSQL database in the system keyring."""

from __future__ import annotations

import argparse
import getpass
import sys

from keyring.errors import KeyringError

from mediation_desk.cli.common import EXIT_FAILED, EXIT_INVALID, EXIT_OK
from mediation_desk.storage.secrets import (
    KeyringUnavailableError,
    PasswordTargetError,
    keyring_username,
    password_target,
    store_postgres_password,
)

TARGET_ERRORS = {
    "not_postgres": "error: only PostgreSQL databases have a password; SQLite files need none",
    "password_in_url": "error: leave the password out of the URL; it is asked for and kept in the keyring",
    "no_user": "error: the URL names no user (postgresql+psycopg://USER@HOST/DB)",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "db-password",
        help="save the PostgreSQL password of --db in the system keyring (never in a file)",
    )
    parser.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.db:
        print("error: give the database with --db postgresql+psycopg://USER@HOST/DB", file=sys.stderr)
        return EXIT_INVALID
    try:
        url = password_target(args.db)
    except PasswordTargetError as exc:
        print(TARGET_ERRORS[exc.code], file=sys.stderr)
        return EXIT_INVALID
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"Password for {keyring_username(url)}: ")
    if not password:
        print("error: empty password, nothing saved", file=sys.stderr)
        return EXIT_INVALID
    try:
        store_postgres_password(url, password)
    except KeyringUnavailableError as exc:
        print(
            f"error: {exc}: nothing saved. Install and unlock the system keyring (GNOME Keyring or KWallet "
            "on Linux) and run db-password again",
            file=sys.stderr,
        )
        return EXIT_FAILED
    except KeyringError as exc:
        print(f"error: the system keyring cannot store passwords here: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"saved the password of {keyring_username(url)} in the system keyring")
    return EXIT_OK
