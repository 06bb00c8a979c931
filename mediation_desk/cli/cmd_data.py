"""Subcommands `demo`, `import FILE.json` and `export FILE.json`: whole services in and out.

Exit status: 0 done, 2 invalid input (every problem printed as
``FILE: $.path: message``), 1 anything else that stopped the command (a
database that already holds a service, an unreachable database, an
unreadable or unwritable file). A document is read and checked before the
database is even opened, so bad input never touches it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mediation_desk.cli.common import EXIT_INVALID, EXIT_OK, CommandError, actor, fail, now, with_database
from mediation_desk.io.scenario import ScenarioError, decode_scenario
from mediation_desk.services.demo import build_demo
from mediation_desk.services.import_export import (
    ServiceNotEmptyError,
    StoredService,
    export_scenario,
    store_service,
)
from mediation_desk.storage.db import Database


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser("demo", help="fill the database with a realistic demo service (Lombardy)")
    demo.add_argument("--replace", action="store_true", help="replace the service the database already holds")
    demo.add_argument(
        "--if-empty", action="store_true", help="load the demo only into an empty database, else do nothing"
    )
    demo.set_defaults(func=run_demo)
    load = subparsers.add_parser("import", help="import a mediation-desk/1 scenario document (JSON)")
    load.add_argument("file", metavar="FILE.json", type=Path)
    load.add_argument("--replace", action="store_true", help="replace the service the database already holds")
    load.set_defaults(func=run_import)
    save = subparsers.add_parser("export", help="export the whole service as a mediation-desk/1 document")
    save.add_argument("file", metavar="FILE.json", type=Path)
    save.set_defaults(func=run_export)



def store(args: argparse.Namespace, label: str, build: Any, action: str, source: str) -> int:
    """Open the database and put a service in it; ``build`` makes the ServiceData."""
    when = now()

    def put(db: Database) -> int:
        try:
            result = store_service(db, build(when), actor=actor(), now=when, replace=args.replace,
                                   action=action, source=source)
        except ServiceNotEmptyError:
            if getattr(args, "if_empty", False):
                print(f"{label}: the database already holds a service; left as it is")
                return EXIT_OK
            raise CommandError(
                f"{label}: the database already holds a service; use --replace to overwrite it") from None
        print(f"{label}: {summary(result)} into {db.describe()}")
        return EXIT_OK

    return with_database(args, put, label=label)


def summary(result: StoredService) -> str:
    counts = ", ".join(f"{n} {what}" for what, n in result.counts.items())
    return f"{'replaced the service with' if result.replaced else 'stored'} {counts}"


def run_demo(args: argparse.Namespace) -> int:
    return store(args, "demo", build_demo, "demo", "demo")


def run_import(args: argparse.Namespace) -> int:
    label = str(args.file)
    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        return fail(f"{label}: cannot read the file: {exc.strerror or exc}")
    try:
        data = decode_scenario(raw)
    except ScenarioError as exc:
        return fail([*(f"{label}: {problem}" for problem in exc.problems),
                     f"{label}: refused, {len(exc.problems)} problem(s); the database was not touched"],
                    EXIT_INVALID)
    return store(args, label, lambda _now: data, "import", args.file.name)


def run_export(args: argparse.Namespace) -> int:
    label = str(args.file)

    def save(db: Database) -> int:
        try:
            counts = export_scenario(db, args.file)
        except OSError as exc:
            raise CommandError(f"{label}: cannot write the file: {exc.strerror or exc}") from exc
        print(f"{label}: exported " + ", ".join(f"{n} {what}" for what, n in counts.items()))
        return EXIT_OK

    return with_database(args, save, label=label)
