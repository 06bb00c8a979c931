"""Edit form of an agency (ente richiedente) with its contact people."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from mediation_desk.scheduling.model import Agency, AgencyId, AgencyKind, AreaCode, ContactPerson
from mediation_desk.texts import labels
from mediation_desk.ui.catalogue.place_fields import PlaceFields
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.common.form_snapshot import FormSnapshot
from mediation_desk.ui.common.mediator_preferences import MediatorPreferencesEditor
from mediation_desk.ui.common.name_lookup import Catalog
from mediation_desk.ui.common.rows_editor import Column, RowsEditor


def _text_column(title: str) -> Column:
    return Column(
        title, QLineEdit, lambda w: w.text().strip(), lambda w, v: w.setText(v), lambda w: w.textChanged
    )


class AgencyForm(QWidget):
    validity_changed = Signal(bool)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot = FormSnapshot(self, lambda: self.agency())
        self.current: Agency | None = None
        self.code, self.name, self.address = QLineEdit(), QLineEdit(), QLineEdit()
        self.kind = fw.combo([(labels.agency_kind(k), k.value) for k in AgencyKind])
        self.area = fw.combo([(a.name, a.code) for a in catalog.areas.values()])
        self.place = PlaceFields()
        self.address.setPlaceholderText(self.tr("street and number, e.g. Piazza del Comune 8"))
        self.contacts = RowsEditor(
            [
                _text_column(self.tr("Name")),
                _text_column(self.tr("Role")),
                _text_column(self.tr("Phone")),
                _text_column(self.tr("E-mail")),
            ]
        )
        self.notify_by_mail = QCheckBox(self.tr("Tell the agency by e-mail"))
        self.notify_by_mail.setToolTip(self.tr(
            "The referente who asked and the contact on site receive a mail when a booking is made, moved "
            "or cancelled (the texts are in Settings)."))
        self.mail_note = QLabel()  # why the switch, on, would send nothing
        self.mail_note.setWordWrap(True)
        self.preferences = MediatorPreferencesEditor()  # what the agency states about mediators
        self.preferences.set_mediators(list(catalog.mediators.values()))
        self.problems = fw.lay_out_form(
            self,
            [
                (self.tr("Code"), self.code),
                (self.tr("Name"), self.name),
                (self.tr("Kind"), self.kind),
                (self.tr("Area"), self.area),
                (self.tr("Comune"), self.place),
                (self.tr("Address"), self.address),
                (self.tr("Contact people"), self.contacts),
                (self.tr("Booking mails"), self.notify_by_mail),
                ("", self.mail_note),
                (self.tr("Mediators"), self.preferences),
            ],
        )
        for line in (self.code, self.name, self.address):
            line.textChanged.connect(self._changed)
        self.contacts.edited.connect(self._changed)
        self.notify_by_mail.toggled.connect(self._changed)
        self.preferences.edited.connect(self._changed)
        self.place.edited.connect(self._changed)

    def adopt_version(self, version: int) -> None:
        """After a refused stale save: the values typed stay, the next save goes over ``version``."""
        if self.current is not None:
            self.current = dataclasses.replace(self.current, version=version)

    def set_agency(self, agency: Agency | None) -> None:
        self.current = agency
        self.code.setReadOnly(agency is not None)
        a = agency or Agency(AgencyId(""), "", AgencyKind.MUNICIPALITY, AreaCode(""), "", 45.46, 9.19)
        self.code.setText(a.id)
        self.name.setText(a.name)
        fw.set_combo(self.kind, a.kind.value)
        if a.area:
            fw.set_combo(self.area, a.area)
        self.address.setText(a.address)
        self.place.set_place(a.extra, a.lat, a.lon, new=agency is None)
        self.contacts.set_values([[c.name, c.role, c.phone, c.email] for c in a.contacts])
        self.notify_by_mail.setChecked(a.notify_by_mail)
        self.preferences.set_values(a.preferred_mediators, a.avoided_mediators)
        self._changed()
        self.snapshot.take()  # what the user types from now on counts as an edit

    def agency(self) -> Agency:
        base = self.current
        old_contacts = {c.name: c for c in base.contacts} if base else {}
        contacts = []
        for name, role, phone, email in self.contacts.values():
            extra = dict(old_contacts[name].extra) if name in old_contacts else {}
            contacts.append(ContactPerson(name, role, phone, email, extra))
        return Agency(
            id=AgencyId(self.code.text().strip()),
            name=self.name.text().strip(),
            kind=AgencyKind(fw.combo_value(self.kind)),
            area=AreaCode(fw.combo_value(self.area)),
            address=self.address.text().strip(),
            lat=self.place.lat.value(),
            lon=self.place.lon.value(),
            contacts=contacts,
            preferred_mediators=self.preferences.values()[0],
            avoided_mediators=self.preferences.values()[1],
            extra=self.place.into_extra(base.extra if base else {}),
            notify_by_mail=self.notify_by_mail.isChecked(),
            version=base.version if base else 0,
        )

    def problems_found(self) -> list[str]:
        found = []
        if not self.code.text().strip():
            found.append(self.tr("Give the agency a code."))
        if not self.name.text().strip():
            found.append(self.tr("Give the agency's name."))
        if not fw.combo_value(self.area):
            found.append(self.tr("Choose the area."))
        found += self.place.problems_found()
        if any(not name for name, *_rest in self.contacts.values()):
            found.append(self.tr("Each contact person needs a name."))
        return found

    def _changed(self) -> None:
        no_address = not any("@" in email for *_rest, email in self.contacts.values())
        self.mail_note.setText(self.tr(
            "No contact person has an e-mail address: the agency will receive no booking mails. The "
            "referente named in a request is found here by name.")
            if self.notify_by_mail.isChecked() and no_address else "")
        self.mail_note.setVisible(bool(self.mail_note.text()))
        found = self.problems_found()
        self.problems.setText("\n".join(found))
        self.validity_changed.emit(not found)
