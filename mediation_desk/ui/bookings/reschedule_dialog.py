"""The move dialog: a new time, another mediator who speaks the language, or a time agreed anew."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from mediation_desk.scheduling.model import Booking, LanguageCode, Request
from mediation_desk.texts import i18n
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.common.name_lookup import Catalog


def _within_windows(request: Request | None, start: dt.datetime, end: dt.datetime) -> bool:
    return request is None or any(w.start <= start and end <= w.end for w in request.windows)


class RescheduleDialog(QDialog):
    """A new time, another mediator who speaks the language, or a time agreed anew with the agency."""

    def __init__(self, parent: QWidget, booking: Booking, catalog: Catalog, request: Request | None = None
                 ) -> None:
        super().__init__(parent)
        self.booking, self.request = booking, request
        self.setWindowTitle(translate("RescheduleDialog", "Move booking {id}").format(id=booking.id))
        self.start = fw.datetime_edit()
        fw.set_instant(self.start, booking.start)
        self.mediator = fw.searchable(QComboBox())
        language = request.language.lower() if request is not None else None
        left_out = 0
        for mediator in sorted(catalog.mediators.values(), key=lambda m: m.name):
            speaks = language is None or mediator.speaks(language)
            if mediator.id == booking.mediator or (mediator.active and speaks):
                self.mediator.addItem(mediator.name, mediator.id)
            elif mediator.active:
                left_out += 1
        self.mediator.setCurrentIndex(max(0, self.mediator.findData(booking.mediator)))
        self.speakers_note = QLabel(self._speakers_note(catalog, language, left_out))
        self.speakers_note.setObjectName("speakers_note")
        self.speakers_note.setWordWrap(True)
        self.agreed = QCheckBox(translate("RescheduleDialog", "New time agreed with the agency"))
        self.agreed_with = QLineEdit()
        self.agreed_with.setPlaceholderText(
            translate("RescheduleDialog", "who agreed, e.g. Ms Rossi, social worker"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(fw.PROBLEM_STYLE)
        form = QFormLayout(self)
        form.addRow(translate("RescheduleDialog", "Now"), QLabel(i18n.fmt_range(booking.start, booking.end)))
        if request is not None:
            windows = "; ".join(i18n.fmt_range(w.start, w.end) for w in request.windows)
            form.addRow(translate("RescheduleDialog", "Times the agency proposed"), QLabel(windows))
        form.addRow(translate("RescheduleDialog", "New start"), self.start)
        form.addRow(translate("RescheduleDialog", "Mediator"), self.mediator)
        form.addRow("", self.speakers_note)
        form.addRow(self.agreed)
        form.addRow(translate("RescheduleDialog", "Agreed with"), self.agreed_with)
        form.addRow(self.hint)
        self.buttons = QDialogButtonBox()
        self.move_button = self.buttons.addButton(translate("RescheduleDialog", "Move"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(translate("RescheduleDialog", "Back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.start.dateTimeChanged.connect(self._check)
        self.agreed.toggled.connect(self._check)
        self.agreed_with.textChanged.connect(self._check)
        self._check()

    @staticmethod
    def _speakers_note(catalog: Catalog, language: str | None, left_out: int) -> str:
        """Why the list is shorter than the team: only who speaks the request's language is offered."""
        if language is None:
            return ""
        known = catalog.languages.get(LanguageCode(language)) or next(
            (lang for code, lang in catalog.languages.items() if code.lower() == language), None)
        name = known.name if known is not None else language
        if not left_out:
            return translate("RescheduleDialog", "Everyone who speaks {language} is listed.").format(
                language=name)
        if left_out == 1:
            text = translate("RescheduleDialog", "Only the mediators who speak {language} are listed: "
                                                 "one other does not speak it.")
        else:
            text = translate("RescheduleDialog", "Only the mediators who speak {language} are listed: "
                                                 "{count} others do not speak it.")
        return text.format(language=name, count=left_out)

    def chosen_start(self) -> dt.datetime:
        return fw.instant_of(self.start)

    def agreed_by(self) -> str | None:
        return self.agreed_with.text().strip() if self.agreed.isChecked() else None

    def _check(self) -> None:
        start = self.chosen_start()
        inside = _within_windows(self.request, start, start + (self.booking.end - self.booking.start))
        self.agreed_with.setEnabled(self.agreed.isChecked())
        if self.agreed.isChecked():
            ok = bool(self.agreed_with.text().strip())
            self.hint.setText("" if ok else translate("RescheduleDialog", "Say who at the agency agreed."))
        elif not inside:
            ok = False
            self.hint.setText(translate(
                "RescheduleDialog", "Outside the times the agency proposed: tick \"New time agreed with the "
                "agency\" and say who agreed, or choose a proposed time."))
        else:
            ok = True
            self.hint.setText("")
        self.move_button.setEnabled(ok)
