"""iMIP mail (RFC 6047): a calendar invitation wrapped in a MIME message."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from mediation_desk.io.ical import Method

ATTACHMENT_NAME = "invite.ics"


def new_message_id(domain: str) -> str:
    return make_msgid(domain=domain)


def build_imip_message(
    calendar: bytes,
    method: Method,
    *,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    text: str,
    message_id: str,
    date: dt.datetime,
) -> EmailMessage:
    """multipart/mixed -> (multipart/alternative -> text/plain, text/calendar) + invite.ics.

    ``sender`` and ``to`` are (display name, address) pairs. The text/calendar
    part carries ``method`` as its parameter, equal to the body's METHOD.
    """
    msg = EmailMessage()
    msg["From"] = formataddr(sender)
    msg["To"] = formataddr(to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date.astimezone(dt.UTC))
    msg["Message-ID"] = message_id
    msg["MIME-Version"] = "1.0"
    # quoted-printable: 7-bit safe for any relay, still readable in the raw message.
    msg.set_content(text, charset="utf-8", cte="quoted-printable")
    msg.add_alternative(
        calendar.decode("utf-8"),
        subtype="calendar",
        charset="utf-8",
        cte="quoted-printable",
        params={"method": method.value},
    )
    msg.make_mixed()
    msg.add_attachment(calendar, maintype="application", subtype="ics", filename=ATTACHMENT_NAME)
    return msg


def message_bytes(msg: EmailMessage) -> bytes:
    """The message as sent over SMTP (CRLF line ends)."""
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
