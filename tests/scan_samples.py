"""Real scans for the signed-sheet tests: a PDF from ReportLab, a PNG and a JPEG drawn by Qt."""

from __future__ import annotations

import io

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QPainter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def pdf_scan(pages: int = 1) -> bytes:
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for n in range(pages):
        c.drawString(72, 720, f"Scheda firmata, pagina {n + 1}")
        c.showPage()
    c.save()
    return out.getvalue()


def image_scan(fmt: str = "PNG", width: int = 240, height: int = 340) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawLine(10, 300, 200, 300)  # a signature line
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    return bytes(data.data())
