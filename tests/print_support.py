"""Looking at printed pages with poppler's tools: page count and size (pdfinfo), pixels (pdftoppm)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest


def _tool(name: str) -> str:
    tool = shutil.which(name)
    if tool is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is missing on CI: .ci/run installs poppler-utils")
        pytest.skip(f"{name} (poppler-utils) is not installed: apt-get install poppler-utils")
    return tool


def pdf_pages(path: Path) -> list[tuple[float, float]]:
    """The size in points of each page of ``path``, as pdfinfo reads it."""
    done = subprocess.run([_tool("pdfinfo"), "-f", "1", "-l", "9999", str(path)], capture_output=True,
                          check=True, text=True)
    return [(float(w), float(h)) for w, h in
            re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", done.stdout, flags=re.MULTILINE)]


def gray_pixels(path: Path, page: int, dpi: int = 40) -> tuple[int, int, bytes]:
    """Page ``page`` (1-based) of ``path`` rendered by pdftoppm in 8-bit gray: width, height, pixels."""
    done = subprocess.run([_tool("pdftoppm"), "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page),
                           str(path)], capture_output=True, check=True)
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", done.stdout)
    assert header is not None, "pdftoppm wrote no PGM"
    width, height = int(header.group(1)), int(header.group(2))
    return width, height, done.stdout[header.end():header.end() + width * height]
