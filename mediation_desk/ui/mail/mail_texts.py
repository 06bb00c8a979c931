"""Mail notices shared by the mail panels and the settings: the keyring notice, settings problems in words."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from mediation_desk.services import credentials
from mediation_desk.ui.common.i18n import translate
from mediation_desk.ui.common.status_styles import ERROR_STYLE


def keyring_notice() -> str:
    """What the coordinator must know when no system keyring is usable; "" when one is."""
    problem = credentials.keyring_problem()
    if problem is None:
        return ""
    return translate(
        "MailSettings",
        "No usable system keyring ({problem}): passwords can be neither saved nor read, so mail that "
        "needs a login cannot be sent. You can still save each booking's .ics file from the outbox "
        "and send it yourself.",
    ).format(problem=problem)


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


def problem_text(problem: str) -> str:
    """The service's validation messages in the interface language."""
    texts = {
        "SMTP host missing": translate("MailSettings", "The SMTP server is missing."),
        "sender is not an e-mail address": translate("MailSettings", "The sender is not an e-mail address."),
        "organizer_email is not an e-mail address": translate(
            "MailSettings", "The organizer's e-mail is not an e-mail address."
        ),
    }
    return texts.get(problem, problem)
