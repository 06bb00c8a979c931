"""Printing workbooks the way a funder does: LibreOffice converts them to PDF, poppler reads the pages.

LibreOffice (Debian package libreoffice-calc-nogui) runs headless with a profile of its own per test
run, in the Italian locale when the system has it or it can be built (``localedef``), so numbers and
dates come out as an Italian office prints them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

CONVERT_TIMEOUT = 300  # seconds: the first start of a fresh profile is the slow part


def soffice() -> str:
    """The LibreOffice program; skips the test without it (fails under CI, where .ci/run installs it)."""
    tool = shutil.which("soffice") or shutil.which("libreoffice")
    if tool is None:
        if os.environ.get("CI") == "true":
            pytest.fail("soffice is missing on CI: .ci/run installs libreoffice-calc-nogui")
        pytest.skip("LibreOffice is not installed: apt-get install libreoffice-calc-nogui")
    return tool


def _italian_env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    listed = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False).stdout.lower()
    if "it_it.utf8" not in listed and shutil.which("localedef"):
        locales = work / "locales"
        locales.mkdir(exist_ok=True)
        built = subprocess.run(["localedef", "-i", "it_IT", "-f", "UTF-8", str(locales / "it_IT.UTF-8")],
                               capture_output=True, check=False)
        if built.returncode not in (0, 1):  # 1: built, with warnings
            return env
        env["LOCPATH"] = str(locales)
    env.update(LANG="it_IT.UTF-8", LC_ALL="it_IT.UTF-8")
    return env


def to_pdf(workbooks: list[Path], work: Path) -> list[Path]:
    """Each workbook printed to PDF by LibreOffice (one run for all of them), beside ``work``."""
    tool = soffice()
    profile = work / "lo-profile"
    out = work / "pdf"
    out.mkdir(exist_ok=True)
    command = [tool, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(out), *map(str, workbooks)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=CONVERT_TIMEOUT,
                          env=_italian_env(work), check=False)
    pdfs = [out / f"{book.stem}.pdf" for book in workbooks]
    missing = [p.name for p in pdfs if not p.exists()]
    assert not missing, f"LibreOffice wrote no {missing}: {done.stdout} {done.stderr}"
    return pdfs


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """Width and height in points of every page (poppler's pdfinfo)."""
    tool = shutil.which("pdfinfo")
    if tool is None:
        if os.environ.get("CI") == "true":
            pytest.fail("pdfinfo is missing on CI: .ci/run installs poppler-utils")
        pytest.skip("pdfinfo (poppler-utils) is not installed: apt-get install poppler-utils")
    info = subprocess.run([tool, "-f", "1", "-l", "100000", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]


def reading_text(pdf: Path) -> str:
    """The text in reading order with every run of spaces, line ends and hyphens made one space: a name
    wrapped over two lines of its cell reads whole, a cut one does not."""
    tool = shutil.which("pdftotext")
    assert tool is not None
    text = subprocess.run([tool, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout
    return squeeze(text.decode("utf-8"))


def squeeze(text: str) -> str:
    return re.sub(r"[\s\-–]+", " ", text).strip()
