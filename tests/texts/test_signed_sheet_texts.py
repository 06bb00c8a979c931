"""Every refusal about signed sheets and scans is a sentence, in English and in Italian."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from mediation_desk.io import scan_files
from mediation_desk.services import signed_sheets
from mediation_desk.services.signed_sheets import SignedSheetError
from mediation_desk.texts import i18n
from mediation_desk.texts.errors import error_text


def _codes(path: Path, name: str) -> set[str]:
    return {node.args[0].value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
            and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)}


CODES = sorted(_codes(Path(signed_sheets.__file__), "SignedSheetError")
               | _codes(Path(scan_files.__file__), "ScanProblem"))


def test_the_codes_were_found() -> None:
    assert {"checksum_mismatch", "not_closed", "corrupt_png", "unknown_type", "too_big"} <= set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_each_code_has_a_sentence(code: str) -> None:
    exc = SignedSheetError(code, booking="B7", name="firma.pdf", size=20 * 1024 * 1024,
                           limit=15 * 1024 * 1024, received="2026-12-05", held="2026-11-30")
    with i18n.speaking_english():
        text = error_text(exc)
    assert text != code and "{" not in text


def test_the_italian_sentence_of_a_disguised_file(qapp: object) -> None:
    i18n.install_language("it")
    try:
        text = error_text(SignedSheetError("unknown_type", name="firma.pdf"))
        mb = 1024 * 1024
        big = error_text(SignedSheetError("too_big", name="a.pdf", size=20 * mb, limit=15 * mb))
    finally:
        i18n.install_language("en")
    assert text.startswith("Il file firma.pdf non è un PDF")
    assert "20,0 MB" in big and "15,0 MB" in big
