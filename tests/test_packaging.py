"""What a wheel of the project carries: translations (ours and Qt's), icons, migrations, licence, version."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from mediation_desk import __version__
from mediation_desk.cli.main import main

ROOT = Path(__file__).resolve().parents[1]


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"mediation-desk {__version__}"


def test_the_package_icon_is_the_source_drawing() -> None:
    """resources/icons/render.py copies the .svg and draws the PNGs and the .ico from it."""
    icons = ROOT / "mediation_desk" / "resources" / "icons"
    source = ROOT / "resources" / "icons" / "mediation-desk.svg"
    assert (icons / "mediation-desk.svg").read_bytes() == source.read_bytes()
    assert (icons / "mediation-desk.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"  # an icon resource
    for size in (48, 256):
        assert (icons / f"mediation-desk-{size}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.slow
def test_the_wheel_carries_translations_icons_migrations_and_licence(tmp_path: Path) -> None:
    # verbose, so the build backend's own warnings are shown (setuptools' project.license one was)
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-v", "-w", str(tmp_path), str(ROOT)]
    done = subprocess.run(build, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "SetuptoolsDeprecationWarning" not in done.stdout + done.stderr
    [wheel] = tmp_path.glob("mediation_desk-*.whl")
    assert wheel.name.startswith(f"mediation_desk-{__version__}-py3-none-any")
    names = set(zipfile.ZipFile(wheel).namelist())
    i18n = "mediation_desk/resources/i18n/"
    catalogues = {f"{i18n}{cat}_{lang}.qm" for cat in ("mediation_desk", "qtbase") for lang in ("it", "en")}
    assert catalogues <= names
    icons = "mediation_desk/resources/icons/mediation-desk"
    assert {f"{icons}{end}" for end in (".svg", ".ico", "-48.png", "-256.png")} <= names
    assert "mediation_desk/storage/migrations/env.py" in names
    places = "mediation_desk/resources/places/"
    assert {f"{places}comuni.csv.gz", f"{places}NOTICE"} <= names  # the comuni and their credits
    assert any(n.startswith("mediation_desk/storage/migrations/versions/0001") for n in names)
    assert f"mediation_desk-{__version__}.dist-info/licenses/LICENSE" in names
    assert not any(n.startswith(("tests/", "resources/", "benchmarks/")) for n in names)
    metadata = zipfile.ZipFile(wheel).read(f"mediation_desk-{__version__}.dist-info/METADATA").decode()
    assert "License-Expression: EUPL-1.2" in metadata
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    run_time = [line for line in requires if "extra ==" not in line]
    assert run_time and not any("keyrings" in line or "pytest" in line for line in run_time)
    assert 'Requires-Dist: pyinstaller>=6.6; extra == "build"' in metadata  # an extra, not a dependency
