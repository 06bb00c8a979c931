"""The keyring notice shared by the mail panels and the settings: shown only when no keyring is usable."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from mediation_desk.services import credentials
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.status_line import ERROR_STYLE


def keyring_notice() -> str:
    """What the coordinator must know when no system keyring is usable, and what to do; "" when one is."""
    problem = credentials.keyring_problem()
    if problem is None:
        return ""
    return translate(
        "MailSettings",
        "No usable system keyring ({problem}): passwords can be neither saved nor read, so mail that "
        "needs a login cannot be sent. To fix it, install and unlock the system keyring (GNOME Keyring "
        "or KWallet on Linux; Windows and macOS have their own) and start Mediation Desk again, or use "
        "a mail server that needs no password. You can still save each booking's .ics file from the "
        "outbox and send it yourself.",
    ).format(problem=refusal_text(problem))


def refusal_text(refusal: credentials.KeyringRefusal) -> str:
    """Why the keyring found cannot hold passwords, in the interface language."""
    if refusal.kind == "unsafe":
        text = translate("MailSettings", "{backend} would keep the passwords unencrypted in a file")
    elif refusal.kind == "failed":
        text = translate("MailSettings", "the keyring did not answer: {backend}")
    else:
        text = translate("MailSettings", "no keyring found: {backend}")
    return text.format(backend=refusal.backend)


def keyring_label() -> QLabel:
    """A red notice shown only when the keyring is unusable."""
    label = QLabel()
    label.setObjectName("keyring_notice")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    update_keyring_label(label)
    return label


def update_keyring_label(label: QLabel) -> None:
    text = keyring_notice()
    label.setText(text)
    label.setVisible(bool(text))
