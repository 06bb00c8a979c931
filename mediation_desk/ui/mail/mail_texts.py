"""The keyring notice shared by the mail panels and the settings: shown only when no keyring is usable."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from mediation_desk.services import credentials
from mediation_desk.texts.i18n import translate
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
