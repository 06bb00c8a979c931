"""Mail that cannot go out is said in a coordinator's words and shows where bookings are listed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from calendar_support import ACTOR, NOW, book, seed
from factories import rome
from keyring.backends import fail

from mediation_desk.scheduling.model import Booking, BookingId, MediatorId, RequestId
from mediation_desk.services import mail_outbox, mail_sending, mail_settings
from mediation_desk.storage.db import Database
from mediation_desk.texts import i18n
from mediation_desk.texts.errors import mail_failure_text


@pytest.fixture(autouse=True)
def _no_keyring(tmp_path: Path) -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _configure(db: Database, host: str, port: int = 587) -> None:
    settings = mail_settings.MailSettings(host=host, port=port, security="none", sender="desk@example.org",
                                 organizer_email="desk@example.org")
    mail_settings.save_settings(db, settings, password=None, now=NOW, actor=ACTOR)


def test_an_unknown_server_is_named_in_a_sentence_never_as_gaierror(sqlite_db: Database) -> None:
    seed(sqlite_db)
    _configure(sqlite_db, "smtp.example.invalid")
    start = rome(2026, 12, 14, 9)
    book(sqlite_db, Booking(BookingId("B00070"), RequestId("R00001"), MediatorId("M001"), start,
                            start + dt.timedelta(minutes=90)))
    report = mail_sending.send_outbox(sqlite_db, now=NOW)
    assert report.failure == mail_sending.MailFailure("host_unknown", {"host": "smtp.example.invalid"})
    with i18n.speaking_english():
        sentence = mail_failure_text(report.failure)
    assert sentence.startswith("The mail server smtp.example.invalid cannot be found")
    assert "gaierror" not in sentence and "Errno" not in sentence
    with sqlite_db.read() as s:
        status = mail_outbox.mail_status(s)
    assert status.configured and status.waiting == 1 and status.stuck_bookings == {"B00070"}
    assert status.last_failure == report.failure


def test_without_settings_the_status_says_mail_is_not_configured(sqlite_db: Database) -> None:
    seed(sqlite_db)
    with sqlite_db.read() as s:
        status = mail_outbox.mail_status(s)
    assert not status.configured and status.last_failure is None and not status.stuck_bookings


def test_an_older_free_text_error_is_still_shown() -> None:
    failure = mail_sending.MailFailure.decode("SMTP 451: try later")
    assert failure == mail_sending.MailFailure("other", {"detail": "SMTP 451: try later"})
