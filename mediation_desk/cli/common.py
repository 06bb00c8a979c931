"""What every subcommand shares: exit codes, who is acting, the current instant, opening the database.

A command that needs the database is ``handler(args, db) -> int`` wrapped by
:func:`database_command`: the database is opened once and always closed, a
refusal the handler raises as :class:`CommandError` (or that its ``refuse``
function recognises) becomes its lines on stderr and its exit code, and a
storage failure while working is one line. A database that cannot be opened
at all reaches ``main`` as a ``StorageError`` and is one line for every command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from collections.abc import Callable, Iterable

from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import StorageError

EXIT_OK = 0
EXIT_FAILED = 1  # something stopped the command: an unreachable database, a file, a refusal
EXIT_INVALID = 2  # bad input: arguments, or a document with problems; nothing was touched
EXIT_SOME_FAILED = 2  # the command ran but some items failed (mail not delivered)

PROGRAM = "mediation-desk"

Handler = Callable[[argparse.Namespace, Database], int]
Refuse = Callable[[Exception], "CommandError | None"]


class CommandError(Exception):
    """A refusal to report on stderr, one line per problem, with the exit status it gives."""

    def __init__(self, lines: str | Iterable[str], status: int = EXIT_FAILED) -> None:
        self.lines = [lines] if isinstance(lines, str) else list(lines)
        self.status = status
        super().__init__("; ".join(self.lines))


def actor() -> str:
    """The coordinator running the command, for the audit trail."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "command line"


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def fail(lines: str | Iterable[str], status: int = EXIT_FAILED) -> int:
    """Print ``lines`` on stderr and give ``status`` back, for ``return fail(...)``."""
    return report(CommandError(lines, status))


def report(error: CommandError) -> int:
    for line in error.lines:
        print(line, file=sys.stderr)
    return error.status


def with_database(
    args: argparse.Namespace,
    action: Callable[[Database], int],
    *,
    label: str = PROGRAM,
    refuse: Refuse | None = None,
) -> int:
    """Open ``args.db``, run ``action(db)``, close the database; known failures become exit codes."""
    db = Database.open(args.db)  # a StorageError here is reported by main, the same for every command
    try:
        return action(db)
    except CommandError as exc:
        return report(exc)
    except StorageError as exc:
        return fail(f"{label}: {exc}")
    except Exception as exc:
        refusal = refuse(exc) if refuse is not None else None
        if refusal is None:
            raise
        return report(refusal)
    finally:
        db.dispose()


Command = Callable[[argparse.Namespace], int]


def database_command(label: str = PROGRAM, refuse: Refuse | None = None) -> Callable[[Handler], Command]:
    """:func:`with_database` around ``handler(args, db) -> int``: a command for ``set_defaults(func=...)``."""

    def wrap(handler: Handler) -> Command:
        def run(args: argparse.Namespace) -> int:
            return with_database(args, lambda db: handler(args, db), label=label, refuse=refuse)

        run.__name__ = handler.__name__
        run.__doc__ = handler.__doc__
        return run

    return wrap
