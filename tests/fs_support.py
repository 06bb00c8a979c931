"""Small real file systems for failure tests: a tmpfs that fills up, or one mounted read-only.

Mounting needs root (or CAP_SYS_ADMIN); elsewhere the tests that need it skip
with the reason. Each mount is undone when its test ends.
"""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def small_filesystem(parent: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of ``size_kb`` KiB mounted at a new folder under ``parent``."""
    where = parent / f"fs-{uuid.uuid4().hex[:8]}"
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(where)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {done.stderr.strip() or done.returncode}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def make_read_only(where: Path) -> None:
    """Remount a small file system read-only: even root cannot write there then."""
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True, capture_output=True)


def make_writable(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,rw", str(where)], check=True, capture_output=True)
