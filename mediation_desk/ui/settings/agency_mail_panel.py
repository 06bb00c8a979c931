"""Mails to the agencies: the three templates (booked, moved, cancelled), the service's contacts, a preview.

The coordinator picks a template, edits its subject and text with the named
placeholders listed beside it, and sees it rendered from the next real booking
(or a sample when there is none) as they type. A template the mail could not
be made from is refused, in Italian, before anything is stored; "Ripristina"
brings the default text back. The three are saved together, audited, over the
version they were read at.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.services import agency_mail_defaults, agency_mail_preview, agency_templates
from mediation_desk.services.agency_templates import AgencyMailSettings, Template, TemplateError
from mediation_desk.storage.errors import StorageError
from mediation_desk.texts import agency_mail as words
from mediation_desk.texts.errors import error_text
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import runner
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.status_line import StatusLine


class AgencyMailPanel(QWidget):
    """The agencies' mail templates, edited one at a time and saved together."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.templates: dict[str, Template] = {
            kind: agency_templates.default_template(kind) for kind in agency_mail_defaults.KINDS}
        self.version = 0
        self.shown_kind = agency_mail_defaults.BOOKED
        self.refusal = ""  # why the template being edited cannot be used, while it cannot
        self.kind = QComboBox()
        for kind in agency_mail_defaults.KINDS:
            self.kind.addItem(words.kind_label(kind), kind)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setMinimumHeight(220)
        self.contacts = QLineEdit()
        self.contacts.setPlaceholderText(translate("AgencyMail", "e.g. tel. 0371 123456, coordinamento@…"))
        self.placeholders = QLabel("\n".join(
            f"{{{name}}}: {words.placeholder_help(name)}" for name in agency_mail_defaults.PLACEHOLDERS))
        self.placeholders.setWordWrap(True)
        self.preview_source = QLabel()
        self.preview_source.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(220)
        self.reset_button = QPushButton(translate("AgencyMail", "Restore the default text"))
        self.save_button = QPushButton(translate("AgencyMail", "Save the agencies' mails"))
        self.status = StatusLine()
        self._lay_out()
        self.kind.currentIndexChanged.connect(self._switch)
        self.subject.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.contacts.textChanged.connect(self._edited)
        self.reset_button.clicked.connect(self.reset)
        self.save_button.clicked.connect(lambda: self.save())

    def _lay_out(self) -> None:
        group = QGroupBox(translate("AgencyMail", "Mails to the agencies"))
        intro = QLabel(translate("AgencyMail", "When a booking is made, moved or cancelled, the agency's "
                                 "referente and the contact on site (when they have an e-mail address) "
                                 "receive this mail with the appointment for their calendar. Each agency can "
                                 "be left out in its form."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("AgencyMail", "Template"), self.kind)
        form.addRow(translate("AgencyMail", "Subject"), self.subject)
        form.addRow(translate("AgencyMail", "Text"), self.body)
        form.addRow(translate("AgencyMail", "Service's contacts"), self.contacts)
        editor = QWidget()
        editor.setLayout(form)
        side = QVBoxLayout()
        side.addWidget(QLabel(translate("AgencyMail", "Placeholders")))
        side.addWidget(self.placeholders)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(editor, 3)
        top.addLayout(side, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        inner = QVBoxLayout(group)
        inner.addWidget(intro)
        inner.addLayout(top)
        inner.addWidget(QLabel(translate("AgencyMail", "Preview")))
        inner.addWidget(self.preview_source)
        inner.addWidget(self.preview)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(group)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        stored, self.version = agency_templates.read_settings(self.context.db)
        self.templates = {kind: stored.template(kind) for kind in agency_mail_defaults.KINDS}
        with QSignalBlocker(self.contacts):
            self.contacts.setText(stored.service_contacts)
        self._show(self.shown_kind)

    def _show(self, kind: str) -> None:
        self.shown_kind = kind
        template = self.templates[kind]
        with QSignalBlocker(self.subject), QSignalBlocker(self.body):
            self.subject.setText(template.subject)
            self.body.setPlainText(template.body)
        self._edited()

    def _switch(self) -> None:
        self._show(str(self.kind.currentData()))

    def _edited(self) -> None:
        """Keep what is typed and show it rendered; a template that cannot be rendered says why."""
        self.templates[self.shown_kind] = Template(self.subject.text(), self.body.toPlainText())
        try:
            shown = agency_mail_preview.preview(
                self.context.db, self.shown_kind, self.templates[self.shown_kind],
                service_contacts=self.contacts.text(), now=self.context.now())
        except TemplateError as exc:
            self.refusal = words.template_error_text(exc)
            self.status.say(self.refusal, ok=False)
            return
        except StorageError as exc:
            self.status.say(error_text(exc), ok=False)
            return
        if self.refusal:  # the template is right again
            self.refusal = ""
            self.status.say("", ok=True)
        if shown.booking_id is None:
            source = translate("AgencyMail", "No upcoming booking: the preview uses sample data.")
        else:
            source = translate("AgencyMail", "Drawn from booking {id}, the next one.")
            source = source.format(id=shown.booking_id)
        self.preview_source.setText(source)
        self.preview.setPlainText(
            translate("AgencyMail", "Subject: {subject}").format(subject=shown.subject) + "\n\n" + shown.body)

    def reset(self) -> None:
        """The shown template back to the default text (stored only when saved)."""
        self.templates[self.shown_kind] = agency_templates.default_template(self.shown_kind)
        self._show(self.shown_kind)

    def settings(self) -> AgencyMailSettings:
        return AgencyMailSettings(dict(self.templates), service_contacts=self.contacts.text())

    def save(self) -> bool:
        try:
            saved = agency_templates.save_settings(self.context.db, self.settings(), actor=self.context.actor,
                                                   now=self.context.now(), read_version=self.version)
        except TemplateError as exc:
            self.status.say(words.template_error_text(exc), ok=False)
            wrong = str(exc.params.get("kind", ""))
            if wrong in self.templates and wrong != self.shown_kind:
                self.kind.setCurrentIndex(self.kind.findData(wrong))  # show the template that is wrong
                self.status.say(words.template_error_text(exc), ok=False)
            return False
        except StorageError as exc:  # not this role's to change, or saved by someone else meanwhile
            self.status.say(error_text(exc), ok=False)
            # the texts typed stay; saving again goes over the newer ones the message named
            self.version = agency_templates.read_settings(self.context.db)[1]
            return False
        self.version = agency_templates.read_settings(self.context.db)[1]
        self.templates = {kind: saved.value.template(kind) for kind in agency_mail_defaults.KINDS}
        with QSignalBlocker(self.contacts):
            self.contacts.setText(saved.value.service_contacts)
        runner.apply(self, self.context, saved)  # the Settings view reads them again
        self.status.say(translate("AgencyMail", "Mails to the agencies saved."), ok=True)
        return True
