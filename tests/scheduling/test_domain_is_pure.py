"""The domain package imports neither Qt nor SQLAlchemy (house style: layers)."""

import ast
from pathlib import Path

import mediation_desk.scheduling as scheduling

FORBIDDEN = ("PySide6", "sqlalchemy", "alembic", "shiboken6")


def _imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_scheduling_package_imports_no_framework() -> None:
    root = Path(scheduling.__file__).parent
    files = sorted(root.rglob("*.py"))
    assert files, "the scheduling package has no modules"
    offenders = [
        f"{path.relative_to(root)}: {name}"
        for path in files
        for name in _imported_modules(path)
        if name.split(".")[0] in FORBIDDEN
    ]
    assert offenders == []


def test_the_check_catches_a_framework_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n", encoding="utf-8")
    assert [n.split(".")[0] for n in _imported_modules(bad)] == ["PySide6", "sqlalchemy"]
