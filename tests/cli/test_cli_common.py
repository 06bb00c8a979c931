"""One path for every subcommand: the database opened and closed in cli/common, exit codes defined there."""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

import pytest

import mediation_desk.cli as cli
from mediation_desk.cli.common import EXIT_INVALID, CommandError, database_command, with_database
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import StorageError

CLI = Path(cli.__file__).parent


def test_only_the_common_module_opens_the_database_or_defines_exit_codes() -> None:
    offenders = []
    for path in sorted(CLI.glob("*.py")):
        if path.name == "common.py":
            continue
        text = path.read_text(encoding="utf-8")
        if "Database.open(" in text:
            offenders.append(f"{path.name}: opens the database itself")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                offenders += [f"{path.name}: defines {n}" for n in names if re.fullmatch(r"EXIT_\w+", n)]
    assert offenders == []


def _args(tmp_path: Path) -> argparse.Namespace:
    return argparse.Namespace(db=str(tmp_path / "desk.db"))


def test_a_refusal_is_its_lines_on_stderr_and_its_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(exc: Exception) -> CommandError | None:
        return CommandError(["x: first problem", "x: second problem"], EXIT_INVALID) if isinstance(
            exc, KeyError) else None

    @database_command("x", refuse)
    def handler(_args: argparse.Namespace, db: Database) -> int:
        raise KeyError("nope")

    assert handler(_args(tmp_path)) == EXIT_INVALID
    assert capsys.readouterr().err.splitlines() == ["x: first problem", "x: second problem"]


def test_a_storage_failure_while_working_is_one_line_and_the_database_is_closed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    opened: list[Database] = []

    def action(db: Database) -> int:
        opened.append(db)
        with db.read() as s:
            s.connection()  # leaves a pooled connection behind
        raise StorageError("the disk is full")

    assert with_database(_args(tmp_path), action, label="export") == 1
    assert capsys.readouterr().err == "export: the disk is full\n"
    assert opened[0].engine.pool.checkedin() == 0


def test_an_unknown_failure_is_not_swallowed(tmp_path: Path) -> None:
    def action(_db: Database) -> int:
        raise RuntimeError("a bug")

    with pytest.raises(RuntimeError):
        with_database(_args(tmp_path), action)
