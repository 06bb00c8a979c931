"""The layers import only downwards: the UI, the CLI and the texts read and write through services.

Above the service layer no SQLAlchemy, no ORM rows and no storage queries: a
view that wants data asks a service (``services.lookups`` and friends), which
opens the session. From storage they may use the database handle, its errors
and the keyring helpers. The domain (``scheduling``) knows neither Qt nor
storage; ``texts`` knows no widgets; nothing below the UI imports the UI.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import mediation_desk

ROOT = Path(mediation_desk.__file__).resolve().parent

STORAGE_INTERNALS = tuple(
    f"mediation_desk.storage.{name}"
    for name in ("orm", "repository", "entities", "service_data", "queries", "request_queries",
                 "budget_queries", "convert", "bulk", "records", "migrate", "migrations", "signed_sheets",
                 "monitoring_store")
)
NO_SQL = ("sqlalchemy", "alembic", *STORAGE_INTERNALS)

# package (folder under mediation_desk) -> the imports its modules must not make (prefixes)
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "ui": NO_SQL,
    "cli": (*NO_SQL, "PySide6.QtWidgets", "PySide6.QtGui", "mediation_desk.ui"),
    "texts": (*NO_SQL, "PySide6.QtWidgets", "PySide6.QtGui", "mediation_desk.ui", "mediation_desk.cli"),
    "services": ("PySide6", "mediation_desk.ui", "mediation_desk.cli", "mediation_desk.texts"),
    "storage": ("PySide6", "mediation_desk.ui", "mediation_desk.cli", "mediation_desk.texts",
                "mediation_desk.services"),
    "io": ("PySide6", "sqlalchemy", "mediation_desk.ui", "mediation_desk.cli", "mediation_desk.texts",
           "mediation_desk.services", "mediation_desk.storage"),
    "scheduling": ("PySide6", "shiboken6", "sqlalchemy", "alembic", "mediation_desk.ui", "mediation_desk.cli",
                   "mediation_desk.texts", "mediation_desk.services", "mediation_desk.storage",
                   "mediation_desk.io"),
}

# the entry point starts the desktop app when no subcommand is given
ALLOWED = {"cli/main.py": ("mediation_desk.ui.app",)}


def imported_names(path: Path) -> list[str]:
    """Every module ``path`` imports, anywhere in its body; ``from a import b`` counts as a and a.b."""
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
    return names


def breaks(name: str, forbidden: tuple[str, ...]) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in forbidden)


def offenders(package: str) -> list[str]:
    folder = ROOT / package
    return sorted(
        f"{path.relative_to(ROOT)}: {name}"
        for path in folder.rglob("*.py")
        for name in dict.fromkeys(imported_names(path))
        if breaks(name, FORBIDDEN[package])
        and not breaks(name, ALLOWED.get(str(path.relative_to(ROOT)), ()))
    )


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_the_package_imports_nothing_from_the_layers_above_or_below_its_reach(package: str) -> None:
    assert (ROOT / package).is_dir()
    assert offenders(package) == []


def test_the_check_sees_function_level_and_from_imports(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from mediation_desk.storage import repository\n"
        "def f():\n    import sqlalchemy as sa\n    return sa\n",
        encoding="utf-8",
    )
    names = imported_names(bad)
    assert [n for n in names if breaks(n, NO_SQL)] == ["mediation_desk.storage.repository", "sqlalchemy"]
    assert not breaks("mediation_desk.storage.db", NO_SQL)
