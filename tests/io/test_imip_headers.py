"""iMIP mail headers: names quoted or encoded by headerregistry.Address, re-read by the standard parser."""

from __future__ import annotations

import datetime as dt
import email
import email.policy

from mediation_desk.io import imip
from mediation_desk.io.ical import Method

LONG_SENDER = "Coordinamento Mediazione Interculturale dell'Ambito Territoriale Sociale di Lodi (Ufficio è)"
SUBJECT = ("Aggiornato: Mediazione Tigrino - Comune di Lodi – Servizi Sociali, lun 23/03/2026 09:00 "
           "e altre 2 modifiche (serie)")


def _raw(to_name: str) -> bytes:
    msg = imip.build_imip_message(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n", Method.REQUEST,
        sender=(LONG_SENDER, "coordinamento@example.org"), to=(to_name, "amina@example.org"),
        subject=SUBJECT, text="Buongiorno", message_id="<1@example.org>",
        date=dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC),
    )
    return imip.message_bytes(msg)


def test_a_name_in_parentheses_comes_back_whole() -> None:
    names = ("Amina Benali (arabo, francese)", "Benali, Amina", 'Amina "Mina" Benali', "Amìna Bénali (FR)")
    for name in names:
        parsed = email.message_from_bytes(_raw(name), policy=email.policy.default)
        [address] = parsed["To"].addresses
        assert (address.display_name, address.addr_spec) == (name, "amina@example.org")
        assert email.utils.getaddresses([str(parsed["To"])]) == [(name, "amina@example.org")]


def test_subject_and_from_are_not_folded_after_the_colon() -> None:
    raw = _raw("Amina Benali")
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
    for field in (b"From:", b"Subject:", b"To:"):
        [line] = [x for x in head if x.startswith(field)]
        assert line[len(field):].strip(), f"{field!r} folded right after the colon"
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert str(parsed["Subject"]) == SUBJECT
    assert parsed["From"].addresses[0].display_name == LONG_SENDER
