"""Every error code the services raise has a sentence in the translatable layer; none shows as a bare code."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import mediation_desk.services as services
from mediation_desk.services import mail_settings
from mediation_desk.services.booking import BookingError
from mediation_desk.services.catalog import CatalogError
from mediation_desk.services.monitoring import MonitoringError
from mediation_desk.services.requests import RequestError
from mediation_desk.texts import errors, i18n

SERVICES = Path(services.__file__).parent


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    with i18n.speaking_english():
        yield


def raised_codes(error_class: str) -> set[str]:
    """The codes ``ErrorClass("code", ...)`` is built with anywhere in the services."""
    codes: set[str] = set()
    for path in SERVICES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == error_class
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                codes.add(node.args[0].value)
    return codes


CASES: list[tuple[str, Callable[[str], Exception], Callable[[Any], str]]] = [
    ("BookingError", BookingError, errors.booking_error_text),
    ("RequestError", RequestError, errors.request_error_text),
    ("CatalogError", CatalogError, errors.catalog_error_text),
    ("MonitoringError", MonitoringError, errors.error_text),
]


@pytest.mark.parametrize(("name", "error", "text"), CASES, ids=[c[0] for c in CASES])
def test_every_code_raised_by_the_services_has_a_sentence(
    name: str, error: Callable[[str], Exception], text: Callable[[Any], str]
) -> None:
    codes = raised_codes(name) - {"invalid"}  # "invalid" carries its problems, each with its own code
    assert codes, f"no {name} found in the services"
    bare = sorted(code for code in codes if text(error(code)) == code)
    assert bare == []


def test_an_invalid_request_says_each_problem_and_bad_gender_is_a_sentence() -> None:
    exc = RequestError("invalid", problems=[("bad_gender", {"gender": "X"}), ("no_window", {})])
    lines = errors.request_error_text(exc).splitlines()
    assert lines == ["The required gender of the mediator is not valid.", "Propose at least one time window."]


def test_mail_settings_come_back_as_codes_with_their_parameters() -> None:
    bad = mail_settings.MailSettings(host="", port=0, security="tls", sender="nobody", organizer_email="")
    problems = mail_settings.validate(bad)
    assert [p.code for p in problems] == [
        "host_missing", "port_out_of_range", "bad_security", "sender_not_address", "organizer_not_address"]
    assert problems[1].params == {"port": 0}
    texts = [errors.mail_problem_text(p) for p in problems]
    assert texts[1] == "The port 0 is not between 1 and 65535."
    assert texts[2] == "The security tls is not one of: none, starttls, ssl."
    assert all(text != problem.code for text, problem in zip(texts, problems, strict=True))
