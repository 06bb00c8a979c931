"""Scans of signed sheets: what a file is, told from its bytes (never its name), and whether it is whole.

A scan is a PDF, a PNG or a JPEG. Each is checked the way a reader would
trip over it, without decoding the picture: a PDF must open in PDFium (no
password) with at least one page; a PNG's chunks must be whole with right
CRCs and its image data must inflate to exactly the size its header
declares; a JPEG's segments must be whole up to the scan and the file must
end with its end marker. Sizes are bounded before anything is inflated.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field

MAX_SCAN_BYTES = 15 * 1024 * 1024  # a few A4 pages at 300 dpi; phones' photos fit too
MAX_PIXELS = 150_000_000  # an A3 page at 1200 dpi is 70 MP: more is not a scan, maybe a bomb
PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
EXTENSIONS = {PDF: ".pdf", PNG: ".png", JPEG: ".jpg"}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
PNG_DEPTHS = {0: {1, 2, 4, 8, 16}, 2: {8, 16}, 3: {1, 2, 4, 8}, 4: {8, 16}, 6: {8, 16}}
ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))
JPEG_FRAMES = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})


class ScanProblem(Exception):
    """Why bytes are not a scan we keep: ``code`` (empty, too_big, unknown_type, corrupt_pdf,
    encrypted_pdf, corrupt_png, corrupt_jpeg, too_many_pixels) and ``params``."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code}: {params}")
        self.code = code
        self.params = params


@dataclass(frozen=True)
class CheckedScan:
    """Bytes found to be a whole scan of ``media_type``; ``pages`` for a PDF, 1 for a picture."""

    media_type: str
    pages: int = 1
    size: tuple[int, int] = field(default=(0, 0))  # pixels of a picture; (0, 0) for a PDF


def media_type_of(data: bytes) -> str | None:
    """The type the bytes say they are, from their first bytes (magic numbers)."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(PNG_SIGNATURE):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    return None


def check_scan(data: bytes) -> CheckedScan:
    """The checked type of ``data``; raises ScanProblem when it is not a whole PDF, PNG or JPEG."""
    if not data:
        raise ScanProblem("empty")
    if len(data) > MAX_SCAN_BYTES:
        raise ScanProblem("too_big", size=len(data), limit=MAX_SCAN_BYTES)
    kind = media_type_of(data)
    if kind == PDF:
        return _check_pdf(data)
    if kind == PNG:
        return _check_png(data)
    if kind == JPEG:
        return _check_jpeg(data)
    raise ScanProblem("unknown_type")


def _check_pdf(data: bytes) -> CheckedScan:
    import pypdfium2  # only here: it loads the PDFium library

    if b"%%EOF" not in data[-2048:]:
        raise ScanProblem("corrupt_pdf")  # cut short: PDFium would rebuild it, we keep only whole files
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise ScanProblem("encrypted_pdf" if "password" in str(exc).lower() else "corrupt_pdf") from None
    try:
        pages = len(document)
        if pages < 1:
            raise ScanProblem("corrupt_pdf")
        document[0].close()  # the first page's objects parse
    except pypdfium2.PdfiumError:
        raise ScanProblem("corrupt_pdf") from None
    finally:
        document.close()
    return CheckedScan(PDF, pages)


def _png_raw_size(width: int, height: int, bits_per_pixel: int, interlaced: bool) -> int:
    """Bytes the PNG's image data inflates to: each row a filter byte and its packed pixels."""
    def rows(w: int, h: int) -> int:
        return h * (1 + (w * bits_per_pixel + 7) // 8) if w and h else 0

    if not interlaced:
        return rows(width, height)
    return sum(rows((width - x0 + dx - 1) // dx if width > x0 else 0,
                    (height - y0 + dy - 1) // dy if height > y0 else 0) for x0, y0, dx, dy in ADAM7)


def _check_png(data: bytes) -> CheckedScan:
    at, header, inflater = len(PNG_SIGNATURE), None, zlib.decompressobj()
    inflated, expected, ended = 0, 0, False
    while not ended:
        if at + 12 > len(data):
            raise ScanProblem("corrupt_png")
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if len(body) != length or at + 12 + length > len(data):
            raise ScanProblem("corrupt_png")
        (crc,) = struct.unpack(">I", data[at + 8 + length:at + 12 + length])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            raise ScanProblem("corrupt_png")
        at += 12 + length
        if header is None:
            if kind != b"IHDR" or length != 13:
                raise ScanProblem("corrupt_png")
            width, height, depth, color, _comp, _filter, interlace = struct.unpack(">IIBBBBB", body)
            if not width or not height or depth not in PNG_DEPTHS.get(color, set()) or interlace > 1:
                raise ScanProblem("corrupt_png")
            if width * height > MAX_PIXELS:
                raise ScanProblem("too_many_pixels", width=width, height=height)
            header = (width, height)
            expected = _png_raw_size(width, height, depth * PNG_CHANNELS[color], interlace == 1)
        elif kind == b"IDAT":
            # inflate in bounded steps, counting only: a bomb stops at the declared size, no memory spent
            chunk = body
            while chunk and not inflater.eof:
                inflated += len(inflater.decompress(chunk, 1 << 20))
                chunk = inflater.unconsumed_tail
                if inflated > expected:
                    raise ScanProblem("corrupt_png")
        elif kind == b"IEND":
            ended = True
    if header is None or not inflater.eof or inflated != expected:
        raise ScanProblem("corrupt_png")
    return CheckedScan(PNG, 1, header)


def _check_jpeg(data: bytes) -> CheckedScan:
    at, size = 2, None
    while True:
        while at < len(data) and data[at] == 0xFF and at + 1 < len(data) and data[at + 1] == 0xFF:
            at += 1  # fill bytes
        if at + 2 > len(data) or data[at] != 0xFF:
            raise ScanProblem("corrupt_jpeg")
        marker = data[at + 1]
        at += 2
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            continue
        if marker == 0xD9 or at + 2 > len(data):
            raise ScanProblem("corrupt_jpeg")  # the end before any picture data
        (length,) = struct.unpack(">H", data[at:at + 2])
        if length < 2 or at + length > len(data):
            raise ScanProblem("corrupt_jpeg")
        if marker in JPEG_FRAMES:
            if length < 8:
                raise ScanProblem("corrupt_jpeg")
            _precision, height, width = struct.unpack(">BHH", data[at + 2:at + 7])
            if not width or not height:
                raise ScanProblem("corrupt_jpeg")
            if width * height > MAX_PIXELS:
                raise ScanProblem("too_many_pixels", width=width, height=height)
            size = (width, height)
        at += length
        if marker == 0xDA:
            break
    if size is None or not data.rstrip(b"\x00").endswith(b"\xff\xd9"):
        raise ScanProblem("corrupt_jpeg")  # no frame header, or cut short
    return CheckedScan(JPEG, 1, size)
