"""Shared fixtures: a throwaway PostgreSQL server, fresh migrated databases on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import glob
import itertools
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from mediation_desk.storage.db import Database
from mediation_desk.storage.orm import Base
from tests.bench import require_bench
from tests.scenarios import DECEMBER, write_demo

PG_TEMPLATE = "md_template"
PG_PASSWORD_USER = "md_secret"  # a role that must give a password (scram), for the keyring tests
_db_numbers = itertools.count(1)


def _pg_tool(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(f"PostgreSQL not available: {reason}")


def _run(cmd: list[str]) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {done.stderr.strip() or done.stdout.strip()}")


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """URL of the maintenance database of a throwaway PostgreSQL server on 127.0.0.1 (superuser postgres)."""
    initdb, pg_ctl = _pg_tool("initdb"), _pg_tool("pg_ctl")
    if initdb is None or pg_ctl is None:
        _unavailable("initdb/pg_ctl not found")
        return
    base = Path(tempfile.mkdtemp(prefix="md-pg-"))
    data, sockets = base / "data", base / "sock"
    sockets.mkdir()
    run_as: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # PostgreSQL refuses to run as root
        import pwd

        user = pwd.getpwnam("postgres")
        for path in (base, sockets):
            os.chown(path, user.pw_uid, user.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    options = (
        f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off"
    )
    try:
        _run([*run_as, initdb, "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale"])
        (data / "pg_hba.conf").write_text(
            "local all all trust\n"
            f"host all {PG_PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n"
            "host all all 127.0.0.1/32 trust\n"
        )
        _run([*run_as, pg_ctl, "-D", str(data), "-l", str(base / "server.log"), "-w", "-o", options, "start"])
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(base, ignore_errors=True)
        _unavailable(str(exc))
        return
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*run_as, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_admin(pg_url: str) -> Iterator[sa.Engine]:
    """An autocommit engine on the maintenance database, for CREATE/DROP DATABASE."""
    engine = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def _pg_template(pg_url: str, pg_admin: sa.Engine) -> str:
    with pg_admin.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {PG_TEMPLATE}"))
    Database.open(pg_url.rsplit("/", 1)[0] + f"/{PG_TEMPLATE}").dispose()
    return PG_TEMPLATE


@pytest.fixture
def pg_database(pg_url: str, pg_admin: sa.Engine, _pg_template: str) -> Iterator[str]:
    """URL of a new PostgreSQL database already at the newest schema, dropped after the test."""
    name = f"md_test_{os.getpid()}_{next(_db_numbers)}"
    with pg_admin.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name} TEMPLATE {_pg_template}"))
    yield pg_url.rsplit("/", 1)[0] + f"/{name}"
    with pg_admin.connect() as conn:
        conn.execute(sa.text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


@pytest.fixture(scope="session")
def _pg_shared(pg_url: str, pg_admin: sa.Engine, _pg_template: str) -> str:
    """One migrated database that ``db`` empties before each test (faster than CREATE DATABASE)."""
    with pg_admin.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE md_shared TEMPLATE {_pg_template}"))
    return pg_url.rsplit("/", 1)[0] + "/md_shared"


def _empty_postgres(database: Database) -> None:
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables if t.name != "id_counters")
    with database.engine.begin() as conn:
        conn.execute(sa.text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        conn.execute(sa.text("UPDATE id_counters SET last = 0"))


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.db"
    Database.open(str(path)).dispose()
    return path


@pytest.fixture
def sqlite_db(tmp_path: Path, _sqlite_template: Path) -> Iterator[Database]:
    """A fresh, empty, migrated SQLite database file in the test's temp folder."""
    target = tmp_path / "mediation-desk.db"
    shutil.copyfile(_sqlite_template, target)
    db = Database.open(str(target))
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh, empty, migrated Database: once on SQLite, once on PostgreSQL."""
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_db")
        return
    database = Database.open(request.getfixturevalue("_pg_shared"))
    _empty_postgres(database)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_scenario(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """A scenario file made by the project's demo generator: ``demo_scenario(DST)`` (tests/scenarios.py)."""
    folder = tmp_path_factory.mktemp("demo-scenarios")

    def make(around: dt.datetime = DECEMBER, variant: int = 0) -> Path:
        return write_demo(folder, around, variant)

    return make


@pytest.fixture(scope="session")
def bench_scenario(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """A scenario of the planning benchmark, for the tests that compare with it: ``bench_scenario("small")``.

    Made once per session by ../shared/bench/gen.py; skipped (failed under CI=true) without it.
    """
    gen = require_bench() / "gen.py"
    folder = tmp_path_factory.mktemp("bench-scenarios")

    def make(preset: str, *, dst: bool = False, seed: int = 1) -> Path:
        out = folder / f"{preset}{'-dst' if dst else ''}-{seed}.json"
        if not out.exists():
            cmd = [sys.executable, str(gen), "--preset", preset, "--seed", str(seed), "--out", str(out)]
            subprocess.run(cmd + (["--dst"] if dst else []), check=True, capture_output=True, timeout=300)
        return out

    return make
