"""Scans are told by their bytes: whole PDFs, PNGs and JPEGs pass; cut, forged, bombed or disguised
ones do not."""

from __future__ import annotations

import struct
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediation_desk.io.scan_files import JPEG, MAX_SCAN_BYTES, PDF, PNG, ScanProblem, check_scan
from tests.scan_samples import image_scan, pdf_scan


def _code(data: bytes) -> str:
    with pytest.raises(ScanProblem) as caught:
        check_scan(data)
    return caught.value.code


def _chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(kind + body) & 0xFFFFFFFF
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


def test_whole_scans_of_each_kind_are_told_by_their_content() -> None:
    assert check_scan(pdf_scan(2)).media_type == PDF and check_scan(pdf_scan(2)).pages == 2
    png = check_scan(image_scan("PNG"))
    assert (png.media_type, png.size) == (PNG, (240, 340))
    jpeg = check_scan(image_scan("JPEG"))
    assert (jpeg.media_type, jpeg.size) == (JPEG, (240, 340))


def test_a_file_that_is_none_of_them_is_refused_whatever_its_name_would_say() -> None:
    assert _code(b"") == "empty"
    assert _code(b"MZ\x90\x00" + b"\x00" * 200) == "unknown_type"  # a Windows program
    assert _code(b"<svg xmlns='http://www.w3.org/2000/svg'/>") == "unknown_type"
    assert _code(b"PK\x03\x04" + b"\x00" * 100) == "unknown_type"  # a zip, a .docx


def test_scans_cut_short_are_refused() -> None:
    pdf, png, jpeg = pdf_scan(), image_scan("PNG"), image_scan("JPEG")
    assert _code(pdf[: len(pdf) // 2]) == "corrupt_pdf"
    assert _code(png[:-20]) == "corrupt_png"
    assert _code(jpeg[: len(jpeg) // 2]) == "corrupt_jpeg"


def test_a_pdf_header_on_garbage_and_a_flipped_png_byte_are_refused() -> None:
    assert _code(b"%PDF-1.7\n" + b"garbage " * 100 + b"\n%%EOF\n") == "corrupt_pdf"
    png = bytearray(image_scan("PNG"))
    png[40] ^= 0xFF  # inside a chunk: its CRC no longer matches
    assert _code(bytes(png)) == "corrupt_png"


def test_a_png_bomb_is_refused_from_its_header_without_inflating_it() -> None:
    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)  # 10 gigapixels declared
    bomb = (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(b"\x00" * 1_000_000)) + _chunk(b"IEND", b""))
    assert _code(bomb) == "too_many_pixels"


def test_png_data_longer_than_its_header_says_is_refused() -> None:
    header = struct.pack(">IIBBBBB", 10, 10, 8, 0, 0, 0, 0)  # 10 rows of 11 bytes
    liar = (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(b"\x00" * 50_000)) + _chunk(b"IEND", b""))
    assert _code(liar) == "corrupt_png"
    honest = (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
              + _chunk(b"IDAT", zlib.compress(b"\x00" * 110)) + _chunk(b"IEND", b""))
    assert check_scan(honest).size == (10, 10)


def test_a_scan_over_the_size_limit_is_refused() -> None:
    assert _code(b"%PDF-1.4\n" + b"0" * MAX_SCAN_BYTES) == "too_big"


def test_a_password_protected_pdf_is_refused_as_such() -> None:
    import io

    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, encrypt=pdfencrypt.StandardEncryption("segreto", canPrint=0))
    c.drawString(72, 720, "riservato")
    c.save()
    assert _code(out.getvalue()) == "encrypted_pdf"


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2048), st.sampled_from([b"%PDF-1.4\n", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"]))
def test_random_bytes_behind_a_magic_number_never_crash_the_check(tail: bytes, magic: bytes) -> None:
    try:
        check_scan(magic + tail)
    except ScanProblem as problem:
        assert problem.code in {"corrupt_pdf", "encrypted_pdf", "corrupt_png", "corrupt_jpeg",
                                "too_many_pixels"}
