"""Draw the application icon (mediation-desk.svg) into the package: the .svg, PNGs, a .ico and a .icns.

Run from the repository root after changing the .svg: .venv/bin/python resources/icons/render.py
tests/test_packaging.py checks that the package's copy is this .svg.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SOURCE = Path(__file__).resolve().parent / "mediation-desk.svg"
TARGET = Path(__file__).resolve().parents[2] / "mediation_desk" / "resources" / "icons"
PNG_SIZES = (48, 256)  # the menu entry's size and the hicolor theme's largest usual one
ICO_SIZE = 256  # Windows and macOS scale a 256 px entry down for the smaller views


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    TARGET.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, TARGET / SOURCE.name)
    for size in PNG_SIZES:
        if not render(size).save(str(TARGET / f"mediation-desk-{size}.png"), "PNG"):
            print(f"cannot write the {size} px PNG", file=sys.stderr)
            return 1
    for kind in ("ico", "icns"):
        if not render(ICO_SIZE).save(str(TARGET / f"mediation-desk.{kind}"), kind.upper()):
            print(f"cannot write the .{kind} (Qt's {kind} image plugin is missing)", file=sys.stderr)
            return 1
    print(f"icons written to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
