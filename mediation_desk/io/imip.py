"""iMIP mail (RFC 6047): a calendar invitation wrapped in a MIME message."""

from __future__ import annotations

import datetime as dt
from email import errors
from email import policy as email_policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from mediation_desk.io.ical import Method

ATTACHMENT_NAME = "invite.ics"
# Headers are written up to the RFC 5322 limit instead of folded at 78: Python folds a long display
# name right after "From:", which some clients read as an empty header. Bodies are encoded when set
# (quoted-printable, base64: 76 columns) and keep their lines.
WIRE_POLICY = email_policy.default.clone(linesep="\r\n", max_line_length=998)


def _address(name: str, addr_spec: str) -> Address | str:
    """The header value of a (display name, address) pair; without a usable address (mail not set
    up yet, an .ics saved for a mediator without e-mail) the name alone, so nothing fails."""
    try:
        return Address(display_name=name, addr_spec=addr_spec)
    except (ValueError, IndexError, errors.HeaderParseError):
        return name.replace("\r", " ").replace("\n", " ")


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
    attachment_name: str = ATTACHMENT_NAME,
) -> EmailMessage:
    """multipart/mixed -> (multipart/alternative -> text/plain, text/calendar) + invite.ics.

    ``sender`` and ``to`` are (display name, address) pairs, written as ``headerregistry.Address``
    so names with parentheses, commas or accents are quoted or encoded as they must be. The
    text/calendar part carries ``method`` as its parameter, equal to the body's METHOD.
    """
    msg = EmailMessage(policy=email_policy.default)
    msg["From"] = _address(*sender)
    msg["To"] = _address(*to)
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
    msg.add_attachment(calendar, maintype="application", subtype="ics", filename=attachment_name)
    return msg


def message_bytes(msg: EmailMessage) -> bytes:
    """The message as sent over SMTP (CRLF line ends)."""
    return msg.as_bytes(policy=WIRE_POLICY)
