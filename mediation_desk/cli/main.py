"""Entry point of `mediation-desk`: the desktop app with no arguments, else a subcommand.

Each subcommand lives in its own module of this package and exposes
``register(subparsers) -> None``; the parser it adds sets ``func`` to a
callable ``func(args) -> int`` (the exit status). Errors are printed one line
per problem on stderr by the command itself, which then returns non-zero.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from mediation_desk import __version__
from mediation_desk.cli.common import EXIT_FAILED, EXIT_OK, PROGRAM
from mediation_desk.storage.errors import StorageError

# Subcommand modules, in the order `--help` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "mediation_desk.cli.cmd_data",
    "mediation_desk.cli.cmd_calendar",
    "mediation_desk.cli.cmd_candidates",
    "mediation_desk.cli.cmd_booking",
    "mediation_desk.cli.cmd_budget",
    "mediation_desk.cli.cmd_plan",
    "mediation_desk.cli.cmd_finance",
    "mediation_desk.cli.cmd_sheets",
    "mediation_desk.cli.cmd_signed",
    "mediation_desk.cli.cmd_db",
    "mediation_desk.cli.cmd_audit",
    "mediation_desk.cli.cmd_users",
    "mediation_desk.cli.cmd_privacy",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mediation-desk",
        description="Scheduling, invitations and hour budgets for on-call mediation services.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=None,
        help="SQLite file or PostgreSQL URL (default: a SQLite file in the user's data folder)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file this program writes (database, backups, exports) is its owner's only
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from mediation_desk.ui.app import run_app

        return run_app(args.db)
    try:
        status: int = args.func(args)
    except StorageError as exc:
        # a database that cannot be opened or used: one line, whatever the command
        print(f"{PROGRAM}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # the reader of our output went away (`... | head`): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    return status


if __name__ == "__main__":
    sys.exit(main())
