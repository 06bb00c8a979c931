"""No lost updates in the accounts and billing rules: two sessions save stale copies, the second is refused.

Like tests/services/test_lost_updates.py for the records: each test opens a
second Database on the same file or server (another coordinator's program),
both read the same settings, the first saves, and the second save, made from
the older copy, is refused naming who saved in between and when; the first
save stays, and saving again at the version now stored applies the second.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from decimal import Decimal

import keyring
import pytest

from mediation_desk.scheduling.billing import BillingRule
from mediation_desk.scheduling.model import ProjectCode
from mediation_desk.services import caldav, credentials, finance, imap_replies, mail_settings
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database
from mediation_desk.storage.errors import StaleEditError
from tests.factories import audit_actor
from tests.keyring_support import KeyringForTests, install_keyring_for_tests
from tests.scheduling.tiny_service import NOW, service

LATER = NOW.replace(hour=10, minute=42)

MAIL = mail_settings.MailSettings(
    host="smtp.example.org", user="coordinamento", sender="coordinamento@example.org",
    organizer_name="Coordinamento", organizer_email="coordinamento@example.org")


@pytest.fixture
def other(db: Database) -> Iterator[Database]:
    """The same database opened by another program, as a second coordinator would."""
    target = str(db.sqlite_path) if db.sqlite_path else db.engine.url.render_as_string(hide_password=False)
    second = Database.open(target)
    yield second
    second.dispose()


@pytest.fixture
def loaded(db: Database) -> Database:
    with db.write() as s:
        repository.replace_service(s, service())
    return db


@pytest.fixture
def test_keyring() -> Iterator[KeyringForTests]:
    previous = keyring.get_keyring()
    yield install_keyring_for_tests()
    keyring.set_keyring(previous)


def assert_named(refused: StaleEditError, db: Database) -> None:
    assert refused.changed_by == audit_actor(db, "ana")
    assert refused.changed_at == LATER if db.is_sqlite else refused.changed_at is not None


def test_mail_settings_saved_over_newer_ones_are_refused(
    loaded: Database, other: Database, test_keyring: KeyringForTests
) -> None:
    mail_settings.save_settings(loaded, MAIL, password=None, now=NOW, actor="ana")
    (ana, ana_read), (bruno, bruno_read) = (mail_settings.stored_settings_and_version(loaded),
                                           mail_settings.stored_settings_and_version(other))
    assert ana_read == bruno_read == 1
    mail_settings.save_settings(loaded, dataclasses.replace(ana, port=465, security="ssl"), password=None,
                       now=LATER, actor="ana", read_version=ana_read)
    bruno_edit = dataclasses.replace(bruno, organizer_name="Sportello")
    with pytest.raises(StaleEditError) as refused:
        mail_settings.save_settings(other, bruno_edit, password="nuova", now=NOW, actor="bruno",
                           read_version=bruno_read)
    assert_named(refused.value, loaded)
    assert (refused.value.entity, refused.value.key) == ("setting", mail_settings.SETTINGS_KEY)
    stored, version = mail_settings.stored_settings_and_version(other)
    assert (stored.port, stored.security, stored.organizer_name, version) == (465, "ssl", "Coordinamento", 2)
    # refused before the keyring: the password of the account stays as it was
    assert keyring.get_password(credentials.SMTP_SERVICE, bruno_edit.keyring_username) is None
    mail_settings.save_settings(
        other, bruno_edit, password="nuova", now=NOW, actor="bruno", read_version=version
    )
    assert mail_settings.stored_settings(loaded).organizer_name == "Sportello"
    assert keyring.get_password(credentials.SMTP_SERVICE, bruno_edit.keyring_username) == "nuova"


def test_imap_settings_saved_over_newer_ones_are_refused(loaded: Database, other: Database) -> None:
    def save(db: Database, folder: str, actor: str, read: int, port: int = 993) -> object:
        return imap_replies.save_imap_settings(db, host="imap.example.org", port=port, user="coordinamento",
                                          folder=folder, ssl=True, password=None, now=LATER if actor == "ana"
                                          else NOW, actor=actor, read_version=read)

    (_ana, ana_read), (_bruno, bruno_read) = (imap_replies.imap_settings_and_version(loaded),
                                              imap_replies.imap_settings_and_version(other))
    assert ana_read == bruno_read == 0  # nothing stored yet: two first saves conflict too
    save(loaded, "Risposte", "ana", ana_read, port=143)
    with pytest.raises(StaleEditError) as refused:
        save(other, "INBOX", "bruno", bruno_read)
    assert_named(refused.value, loaded)
    stored, version = imap_replies.imap_settings_and_version(other)
    assert (stored["folder"], stored["port"], version) == ("Risposte", 143, 1)
    save(other, "INBOX", "bruno", version)
    assert imap_replies.imap_settings(loaded)["folder"] == "INBOX"


def test_caldav_settings_saved_over_newer_ones_are_refused(loaded: Database, other: Database) -> None:
    caldav.save_settings(loaded, caldav.CalDAVSettings("https://cloud.example.org/dav/", "coord"),
                         password=None, now=NOW, actor="ana")
    (ana, ana_read), (bruno, bruno_read) = (caldav.settings_and_version(loaded),
                                           caldav.settings_and_version(other))
    caldav.save_settings(loaded, dataclasses.replace(ana, user="coordinamento"), password=None, now=LATER,
                         actor="ana", read_version=ana_read)
    bruno_edit = dataclasses.replace(bruno, url="https://dav.example.org/calendars/coord/")
    with pytest.raises(StaleEditError) as refused:
        caldav.save_settings(other, bruno_edit, password=None, now=NOW, actor="bruno",
                             read_version=bruno_read)
    assert_named(refused.value, loaded)
    stored, version = caldav.settings_and_version(other)
    assert (stored.url, stored.user, version) == ("https://cloud.example.org/dav/", "coordinamento", 2)
    caldav.save_settings(other, dataclasses.replace(bruno_edit, user=stored.user), password=None, now=NOW,
                         actor="bruno", read_version=version)
    assert caldav.get_settings(loaded) == caldav.CalDAVSettings("https://dav.example.org/calendars/coord/",
                                                                "coordinamento")


def test_a_billing_rule_saved_over_a_newer_one_is_refused(loaded: Database, other: Database) -> None:
    code = ProjectCode("P1")
    (ana_rules, ana_versions), (bruno_rules, bruno_versions) = (finance.billing_rules_and_versions(loaded),
                                                                finance.billing_rules_and_versions(other))
    assert ana_versions == bruno_versions == {"P1": 0}
    finance.set_billing_rule(loaded, code, dataclasses.replace(ana_rules["P1"], hourly_rate=Decimal("25.00")),
                             actor="ana", now=LATER, read_version=ana_versions["P1"])
    bruno_rule = dataclasses.replace(bruno_rules["P1"], round_step_min=30)
    with pytest.raises(StaleEditError) as refused:
        finance.set_billing_rule(other, code, bruno_rule, actor="bruno", now=NOW,
                                 read_version=bruno_versions["P1"])
    assert_named(refused.value, loaded)
    rules, versions = finance.billing_rules_and_versions(other)
    assert rules["P1"].hourly_rate == Decimal("25.00") and rules["P1"].round_step_min != 30
    assert versions == {"P1": 1}
    both = dataclasses.replace(bruno_rule, hourly_rate=rules["P1"].hourly_rate)
    finance.set_billing_rule(other, code, both, actor="bruno", now=NOW, read_version=versions["P1"])
    assert finance.read_billing_rules(loaded)["P1"] == both


def test_saves_without_a_read_version_are_not_checked(loaded: Database) -> None:
    """The command line and scripts write settings from scratch: saved as before."""
    mail_settings.save_settings(loaded, MAIL, password=None, now=NOW, actor="ana")
    mail_settings.save_settings(
        loaded, dataclasses.replace(MAIL, port=25), password=None, now=NOW, actor="bruno"
    )
    finance.set_billing_rule(loaded, ProjectCode("P1"), BillingRule(round_step_min=15), actor="ana", now=NOW)
    assert mail_settings.stored_settings(loaded).port == 25
    assert finance.billing_rules_and_versions(loaded)[1] == {"P1": 1}
