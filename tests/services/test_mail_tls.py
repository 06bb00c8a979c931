"""SMTP over STARTTLS and implicit TLS with login: the password comes from the keyring only."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from calendar_support import ACTOR, NOW, Mailbox, book, free_port, seed
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from factories import rome
from keyring_support import install_keyring_for_tests

from mediation_desk.scheduling.model import Booking, BookingId, MediatorId, RequestId
from mediation_desk.services import mail_sending, mail_settings
from mediation_desk.storage.db import Database

USER, PASSWORD = "coord", "smtp-pw"


def _certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, also used as the trusted authority."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


def _authenticator(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (USER.encode(), PASSWORD.encode())
    return AuthResult(success=ok)


@pytest.fixture
def keyring_dir(tmp_path: Path) -> Iterator[Path]:
    previous = keyring.get_keyring()
    install_keyring_for_tests()
    yield tmp_path
    keyring.set_keyring(previous)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_login_over_tls_with_keyring_password(sqlite_db: Database, keyring_dir: Path, security: str) -> None:
    cert, key = _certificate(keyring_dir)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    mailbox, port = Mailbox(), free_port()
    options: dict[str, Any] = {"authenticator": _authenticator, "auth_required": True}
    if security == "ssl":
        options.update(ssl_context=context, auth_require_tls=False)  # aiosmtpd cannot tell implicit TLS
    else:
        options.update(tls_context=context, require_starttls=True)
    controller = Controller(mailbox, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        seed(sqlite_db)
        settings = mail_settings.MailSettings(
            host="127.0.0.1",
            port=port,
            security=security,
            user=USER,
            sender="coordinamento@example.org",
            organizer_email="coordinamento@example.org",
            domain="example.org",
            ca_file=str(cert),
        )
        mail_settings.save_settings(sqlite_db, settings, password=PASSWORD, now=NOW, actor=ACTOR)
        start = rome(2026, 12, 14, 9)
        book(
            sqlite_db,
            Booking(
                BookingId("B00080"),
                RequestId("R00001"),
                MediatorId("M001"),
                start,
                start + dt.timedelta(minutes=90),
            ),
        )
        assert mail_sending.send_outbox(sqlite_db, now=NOW).sent == 1
        assert len(mailbox.messages) == 1
        assert mail_sending.check_connection(sqlite_db) is None
        untrusted = mail_settings.MailSettings(**{**settings.__dict__, "ca_file": ""})
        mail_settings.save_settings(sqlite_db, untrusted, password=None, now=NOW, actor=ACTOR)
        failure = mail_sending.check_connection(sqlite_db)
        assert failure is not None and failure.code == "certificate"
    finally:
        controller.stop()
