"""The agency is told: its mails through a real SMTP server on loopback, re-read (MIME, Italian, vobject)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage

import pytest
import recurring_ical_events
import vobject
from calendar_support import ACTOR, NOW, SmtpServer, calendar_uid, configure_mail
from factories import ROME, rome, small_service, weekdays
from icalendar import Calendar

from mediation_desk.scheduling.model import (
    AgencyId,
    BookingId,
    CancelParty,
    ContactPerson,
    MediatorId,
    RequestId,
)
from mediation_desk.scheduling.series import SeriesScope
from mediation_desk.services import (
    agency_mail,
    agency_mail_preview,
    agency_templates,
    catalog,
    mail_outbox,
    mail_sending,
)
from mediation_desk.services import booking as lifecycle
from mediation_desk.services import booking_outcomes as outcomes
from mediation_desk.services import series as series_service
from mediation_desk.services.agency_templates import AgencyMailSettings, Template, TemplateError
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database

REFERENTE, ON_SITE = "verdi@scuola.example.org", "neri@scuola.example.org"
SECRETS = ("Eritrea", "motivo riservato", "nota interna", "yonas@example.org", "+39 333", "sara@example.org")
R2, M2, M3 = RequestId("R00002"), MediatorId("M002"), MediatorId("M003")


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    text: str
    method: str
    event: vobject.base.Component
    ics: bytes
    raw: bytes


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def school(db: Database, smtp: SmtpServer) -> Database:
    """The small service; the school A002 has its referente and a caretaker with addresses, R00002 names
    both and carries what must never reach the agency's mail; Sara works weekdays (a hand-over target)."""
    data = small_service()
    school = next(a for a in data.agencies if a.id == "A002")
    school.contacts = [ContactPerson("prof. Verdi", "referente intercultura", "0373 1", REFERENTE),
                       ContactPerson("sig.ra Neri", "collaboratrice scolastica", "", ON_SITE)]
    request = next(r for r in data.requests if r.id == R2)
    request.agency_contact, request.contact_on_site = "prof. Verdi", "sig.ra Neri"
    request.reason, request.nationality, request.notes = "motivo riservato", "Eritrea", "nota interna"
    request.case = "SC-12"
    sara = next(m for m in data.mediators if m.id == M3)
    sara.active, sara.availability = True, weekdays(8 * 60, 20 * 60)
    with db.write() as s:
        repository.replace_service(s, data)
    configure_mail(db, smtp.port)
    return db


def _agency_mails(db: Database, smtp: SmtpServer) -> list[Mail]:
    """Send the outbox; the mails the agency's people received since the last call, in order."""
    report = mail_sending.send_outbox(db, now=NOW)
    assert report.failed == 0 and report.retry == 0
    found = []
    for _sender, recipients, raw in smtp.mailbox.messages:
        if recipients[0] not in (REFERENTE, ON_SITE):
            continue
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        assert _tree(msg) == ("multipart/mixed", [("multipart/alternative", ["text/plain", "text/calendar"]),
                                                  "application/ics"])
        part = next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
        ics = part.get_payload(decode=True)
        attachment = next(p for p in msg.walk() if p.get_content_type() == "application/ics")
        assert isinstance(ics, bytes) and attachment.get_payload(decode=True) == ics
        assert attachment.get_filename() == "appuntamento.ics"
        cal = vobject.readOne(ics.decode())
        assert cal.method.value == part.get_param("method")
        assert hasattr(cal, "vtimezone")
        body = msg.get_body(("plain",))
        assert body is not None
        text = body.get_content().replace("\r\n", "\n")
        for secret in SECRETS:
            assert secret not in raw.decode(errors="replace") and secret not in text
        master = next(e for e in cal.vevent_list if not hasattr(e, "recurrence_id"))
        found.append(Mail(recipients[0], str(msg["Subject"]), text, cal.method.value, master, ics, raw))
    smtp.mailbox.messages.clear()
    return found


def _tree(msg: email.message.Message) -> object:
    if msg.is_multipart():
        return (msg.get_content_type(), [_tree(part) for part in msg.iter_parts()])
    return msg.get_content_type()


def _starts(ics: bytes) -> list[dt.datetime]:
    events = recurring_ical_events.of(Calendar.from_ical(ics)).between(
        dt.datetime(2026, 1, 1, tzinfo=dt.UTC), dt.datetime(2027, 12, 31, tzinfo=dt.UTC))
    return sorted(e.decoded("DTSTART").astimezone(ROME) for e in events)


def test_booking_move_and_cancellation_reach_the_referente_and_the_contact_on_site(
    school: Database, smtp: SmtpServer
) -> None:
    booked = lifecycle.book(school, R2, M2, rome(2026, 12, 9, 10), actor=ACTOR, now=NOW)
    first = _agency_mails(school, smtp)
    assert sorted(m.to for m in first) == [ON_SITE, REFERENTE]
    to_referente = next(m for m in first if m.to == REFERENTE)
    assert to_referente.subject == "Mediazione prenotata: 09/12/2026 ore 10:00 - IC Crema Uno"
    assert to_referente.text.startswith("Gentile prof. Verdi,")
    assert next(m for m in first if m.to == ON_SITE).text.startswith("Gentile sig.ra Neri,")
    for needed in ("Mediatore/mediatrice: Yonas Tesfaye", "Lingua: Tigrino", "- mer 09/12/2026, 10:00-11:00",
                   "Modalità: al telefono", "Luogo: colloquio telefonico",
                   "Da preparare: un telefono con vivavoce",
                   "fascicolo del caso SC-12", "richiesta R00002", "coordinamento@example.org"):
        assert needed in to_referente.text, needed
    event = to_referente.event
    uid = event.uid.value
    assert to_referente.method == "PUBLISH" and event.sequence.value == "0"
    assert uid != calendar_uid(school, "booking", booked.booking.id)
    assert uid.startswith("agency-request-R00002-")
    assert event.dtstart.value == rome(2026, 12, 9, 10) and event.dtstart.value.tzinfo is not None
    assert event.organizer.value == "mailto:coordinamento@example.org" and not hasattr(event, "attendee")
    assert event.status.value == "CONFIRMED" and "Yonas Tesfaye" in event.summary.value

    lifecycle.reschedule(school, booked.booking.id, rome(2026, 12, 9, 11), actor=ACTOR, now=NOW)
    moved = next(m for m in _agency_mails(school, smtp) if m.to == REFERENTE)
    assert moved.subject == "Mediazione modificata: 09/12/2026 ore 11:00 - IC Crema Uno"
    assert "Prima:\n- mer 09/12/2026, 10:00-11:00 (mediatore/mediatrice: Yonas Tesfaye)" in moved.text
    assert "Ora:\n- mer 09/12/2026, 11:00-12:00 (mediatore/mediatrice: Yonas Tesfaye)" in moved.text
    assert (moved.method, moved.event.uid.value, moved.event.sequence.value) == ("PUBLISH", uid, "1")
    assert moved.event.dtstart.value == rome(2026, 12, 9, 11)

    outcomes.cancel(school, booked.booking.id, "la scuola rinvia", actor=ACTOR, now=NOW,
                    by=CancelParty.AGENCY)
    gone = next(m for m in _agency_mails(school, smtp) if m.to == REFERENTE)
    assert gone.subject == "Mediazione annullata: 09/12/2026 ore 11:00 - IC Crema Uno"
    assert "è annullato" in gone.text and "su vostra richiesta" in gone.text
    assert "- mer 09/12/2026, 11:00-12:00" in gone.text
    assert (gone.method, gone.event.uid.value, gone.event.sequence.value) == ("CANCEL", uid, "2")
    assert gone.event.status.value == "CANCELLED"
    with school.read() as s:
        rows = mail_outbox.list_outbox(s)
    assert sum(1 for r in rows if r.to_addr in (REFERENTE, ON_SITE)) == 6
    assert all(r.status == "sent" for r in rows)


def test_a_hand_over_is_one_change_naming_both_mediators(school: Database, smtp: SmtpServer) -> None:
    booked = lifecycle.book(school, R2, M2, rome(2026, 12, 9, 10), actor=ACTOR, now=NOW)
    _agency_mails(school, smtp)
    lifecycle.reschedule(school, booked.booking.id, rome(2026, 12, 9, 10), new_mediator=M3, actor=ACTOR,
                         now=NOW)
    mails = _agency_mails(school, smtp)
    # one mail each, not a cancellation and a booking
    assert sorted(m.to for m in mails) == [ON_SITE, REFERENTE]
    mail = next(m for m in mails if m.to == REFERENTE)
    assert mail.subject.startswith("Mediazione modificata: 09/12/2026 ore 10:00")
    assert "(mediatore/mediatrice: Yonas Tesfaye)" in mail.text.split("Ora:")[0]
    assert "Mediatore/mediatrice: Sara Haile Ñúñez" in mail.text
    assert mail.method == "PUBLISH" and mail.event.sequence.value == "1"


def test_a_series_is_one_mail_listing_its_dates_then_updated_and_cancelled(
    school: Database, smtp: SmtpServer
) -> None:
    created = series_service.create_series(school, R2, M2, "FREQ=WEEKLY;COUNT=3", rome(2026, 12, 9, 10),
                                           actor=ACTOR, now=NOW)
    [mail] = [m for m in _agency_mails(school, smtp) if m.to == REFERENTE]
    assert mail.subject == "Mediazione prenotata: 09/12/2026 ore 10:00 - IC Crema Uno"
    for day in (9, 16, 23):
        assert f"- mer {day}/12/2026, 10:00-11:00".replace(" 9/", " 09/") in mail.text
    assert _starts(mail.ics) == [rome(2026, 12, d, 10) for d in (9, 16, 23)]
    uid = mail.event.uid.value
    assert uid.startswith(f"agency-series-{created.series_id}-") and mail.method == "PUBLISH"

    second = BookingId(created.bookings[1].id)
    series_service.cancel_occurrences(school, second, SeriesScope.ONE, "gita scolastica", actor=ACTOR,
                                      now=NOW)
    [changed] = [m for m in _agency_mails(school, smtp) if m.to == REFERENTE]
    assert changed.subject.startswith("Mediazione modificata") and changed.event.uid.value == uid
    assert "Prima:\n- mer 16/12/2026, 10:00-11:00" in changed.text
    assert _starts(changed.ics) == [rome(2026, 12, 9, 10), rome(2026, 12, 23, 10)]
    assert changed.event.sequence.value == "1"

    series_service.cancel_occurrences(school, BookingId(created.bookings[0].id), SeriesScope.ALL, "fine anno",
                                      actor=ACTOR, now=NOW)
    [cancelled] = [m for m in _agency_mails(school, smtp) if m.to == REFERENTE]
    assert cancelled.method == "CANCEL" and cancelled.event.status.value == "CANCELLED"
    assert cancelled.event.uid.value == uid and cancelled.event.sequence.value == "2"
    yonas = " (mediatore/mediatrice: Yonas Tesfaye)"
    listed = (f"Appuntamenti annullati:\n- mer 09/12/2026, 10:00-11:00{yonas}\n"
              f"- mer 23/12/2026, 10:00-11:00{yonas}")
    assert listed in cancelled.text


def test_switch_off_sends_the_agency_nothing(school: Database, smtp: SmtpServer) -> None:
    with school.read() as s:
        agency = repository.get_agency(s, AgencyId("A002"))
    assert agency is not None and agency.notify_by_mail
    silent = dataclasses.replace(agency, notify_by_mail=False)
    catalog.save_agency(school, silent, new=False, actor=ACTOR, now=NOW)
    with school.read() as s:
        stored = repository.get_agency(s, AgencyId("A002"))
    assert stored is not None and not stored.notify_by_mail
    lifecycle.book(school, R2, M2, rome(2026, 12, 9, 10), actor=ACTOR, now=NOW)
    assert _agency_mails(school, smtp) == []
    with school.read() as s:
        assert [r.to_addr for r in mail_outbox.list_outbox(s)] == ["yonas@example.org"]


def test_edited_templates_are_used_and_bad_ones_refused_with_nothing_stored(
    school: Database, smtp: SmtpServer
) -> None:
    edited = AgencyMailSettings(
        {**AgencyMailSettings().templates,
         "booked": Template("Arriva {mediatore} il {data}",
                            "Buongiorno {referente}: {appuntamenti}\n{servizio}")},
        service_contacts="tel. 0371 123456")
    agency_templates.save_settings(school, edited, actor=ACTOR, now=NOW)
    for subject, body, code in (("Ciao {nome}", "x", "unknown_placeholder"),
                                ("Ciao {data", "x", "broken_braces"),
                                ("Ciao", "il {} alle", "positional_placeholder"),
                                ("Ciao", "il {data:>12}", "formatted_placeholder"),
                                ("Ciao", "}{", "broken_braces"),
                                ("  ", "x", "empty_subject")):
        bad = AgencyMailSettings({**edited.templates, "moved": Template(subject, body)})
        with pytest.raises(TemplateError) as refused:
            agency_templates.save_settings(school, bad, actor=ACTOR, now=NOW)
        assert refused.value.code == code and refused.value.params["kind"] == "moved"
    stored, version = agency_templates.read_settings(school)
    assert stored == edited and version == 1
    lifecycle.book(school, R2, M2, rome(2026, 12, 9, 10), actor=ACTOR, now=NOW)
    mail = next(m for m in _agency_mails(school, smtp) if m.to == REFERENTE)
    assert mail.subject == "Arriva Yonas Tesfaye il 09/12/2026"
    assert mail.text.startswith("Buongiorno prof. Verdi: - mer 09/12/2026, 10:00-11:00\n")


def test_preview_draws_on_the_next_booking_or_a_sample(school: Database) -> None:
    template = agency_templates.default_template("booked")
    sample = agency_mail_preview.preview(school, "booked", template, service_contacts="", now=dt.datetime(
        2027, 6, 1, tzinfo=dt.UTC))
    assert sample.booking_id is None and agency_mail_preview.SAMPLE_AGENCY in sample.subject
    real = agency_mail_preview.preview(school, "moved", agency_templates.default_template("moved"),
                                       service_contacts="tel. 0371 1", now=NOW)
    assert real.booking_id == "B00002"  # R00001 at Comune di Lodi, 7 December, Amina
    assert real.subject == "Mediazione modificata: 07/12/2026 ore 09:00 - Comune di Lodi"
    assert "Amina El Idrissi" in real.body and "tel. 0371 1" in real.body and "Marocco" not in real.body
    with pytest.raises(TemplateError):
        agency_mail_preview.preview(school, "booked", Template("{mediatore", "x"), service_contacts="",
                                    now=NOW)


def test_recipients_match_contacts_by_name_or_an_address_written_on_site() -> None:
    data = small_service()
    agency = data.agencies[0]
    agency.contacts = [ContactPerson("Dott.ssa  Rossi", email="rossi@comune.example.org"),
                       ContactPerson("Bianchi", email="")]
    request = dataclasses.replace(data.requests[0], agency_contact="dott.ssa Rossi",
                                  contact_on_site="portineria, portineria@comune.example.org")
    assert agency_mail.recipients(request, agency) == [
        agency_mail.Recipient("Dott.ssa  Rossi", "rossi@comune.example.org"),
        agency_mail.Recipient("portineria", "portineria@comune.example.org")]
    nobody = dataclasses.replace(request, agency_contact="sig. Bianchi", contact_on_site="sig. Bianchi")
    assert agency_mail.recipients(nobody, agency) == []
