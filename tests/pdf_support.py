"""Re-reading PDFs with an independent tool: poppler's ``pdftotext`` (Debian package poppler-utils)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def pdftotext(path: Path) -> str:
    """The text of every page of ``path``, in reading order with the layout kept (rows stay rows)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("CI") == "true":
            pytest.fail("pdftotext is missing on CI: .ci/run installs poppler-utils")
        pytest.skip("pdftotext (poppler-utils) is not installed: apt-get install poppler-utils")
    done = subprocess.run([tool, "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def pages(path: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    return [page for page in pdftotext(path).split("\f") if page.strip()]
