"""Edit form of a mediator: languages with levels, areas, weekly availability, absences, caps."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QLineEdit,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from mediation_desk.scheduling.model import (
    AreaCode,
    Interval,
    LanguageCode,
    LanguageLevel,
    LanguageSkill,
    Mediator,
    MediatorId,
    WeeklyWindow,
)
from mediation_desk.texts import labels
from mediation_desk.ui.catalogue.place_fields import PlaceFields
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.common.form_snapshot import FormSnapshot
from mediation_desk.ui.common.name_lookup import Catalog
from mediation_desk.ui.common.rows_editor import Column, RowsEditor


class MediatorForm(QWidget):
    validity_changed = Signal(bool)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot = FormSnapshot(self, lambda: self.mediator())
        self.catalog = catalog
        self.current: Mediator | None = None
        self.code, self.name, self.email, self.phone = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.gender = fw.combo(
            [(labels.gender(None), ""), (labels.gender("F"), "F"), (labels.gender("M"), "M")]
        )
        self.active = QCheckBox(self.tr("Active"))
        self.place = PlaceFields()  # where the mediator sets off from: travel times start there
        self.cap = QSpinBox()
        self.cap.setRange(0, 80)
        self.cap.setSuffix(self.tr(" h/week"))
        self.rate = QDoubleSpinBox()
        self.rate.setRange(0, 500)
        self.rate.setSuffix(" €/h")
        self.rate.setSpecialValueText(self.tr("project rate"))
        self.skills = fw.checked_list(labels.skill_choices())  # the list requests choose from too
        self.areas = fw.checked_list([(a.name, a.code) for a in catalog.areas.values()])
        self.languages = RowsEditor(
            [
                Column(
                    self.tr("Language"),
                    lambda: fw.searchable(fw.combo(
                        [(f"{lang.name} ({lang.code})", lang.code) for lang in catalog.languages.values()]
                    )),
                    fw.combo_value,
                    fw.set_combo,
                    lambda w: w.currentIndexChanged,
                ),
                Column(
                    self.tr("Level"),
                    lambda: fw.combo([(labels.language_level(lv), lv.value) for lv in LanguageLevel]),
                    fw.combo_value,
                    fw.set_combo,
                    lambda w: w.currentIndexChanged,
                ),
            ]
        )
        self.availability = RowsEditor(
            [
                Column(
                    self.tr("Day"),
                    lambda: fw.combo([(labels.weekday(d), str(d)) for d in range(7)]),
                    fw.combo_value,
                    fw.set_combo,
                    lambda w: w.currentIndexChanged,
                ),
                Column(
                    self.tr("From", "time"),
                    fw.time_edit,
                    fw.minutes_of,
                    fw.set_minutes,
                    lambda w: w.timeChanged,
                ),
                Column(
                    self.tr("To", "time"),
                    fw.time_edit,
                    fw.minutes_of,
                    fw.set_minutes,
                    lambda w: w.timeChanged,
                ),
            ]
        )
        self.absences = RowsEditor(
            [
                Column(
                    self.tr("From"),
                    fw.datetime_edit,
                    fw.instant_of,
                    fw.set_instant,
                    lambda w: w.dateTimeChanged,
                ),
                Column(
                    self.tr("To"),
                    fw.datetime_edit,
                    fw.instant_of,
                    fw.set_instant,
                    lambda w: w.dateTimeChanged,
                ),
                Column(
                    self.tr("Reason"),
                    QLineEdit,
                    lambda w: w.text(),
                    lambda w, v: w.setText(v),
                    lambda w: w.textChanged,
                ),
            ]
        )
        self.problems = fw.lay_out_form(
            self,
            [
                (self.tr("Code"), self.code),
                (self.tr("Name"), self.name),
                (self.tr("E-mail"), self.email),
                (self.tr("Phone"), self.phone),
                (self.tr("Gender"), self.gender),
                ("", self.active),
                (self.tr("Languages"), self.languages),
                (self.tr("Areas"), self.areas),
                (self.tr("Home comune"), self.place),
                (self.tr("Weekly limit"), self.cap),
                (self.tr("Hourly rate"), self.rate),
                (self.tr("Skills"), self.skills),
                (self.tr("Weekly availability"), self.availability),
                (self.tr("Absences"), self.absences),
            ],
        )
        for line in (self.code, self.name, self.email):
            line.textChanged.connect(self._changed)
        for editor in (self.languages, self.availability, self.absences):
            editor.edited.connect(self._changed)
        self.place.edited.connect(self._changed)

    def _set_skills(self, values: list[str]) -> None:
        """Tick ``values``; one outside the shared list (typed before it existed) is added as written."""
        known = {str(self.skills.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.skills.count())}
        for value in values:
            if value not in known:
                item = QListWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.skills.addItem(item)
                known.add(value)
        fw.set_checked(self.skills, values)

    def adopt_version(self, version: int) -> None:
        """After a refused stale save: the values typed stay, the next save goes over ``version``."""
        if self.current is not None:
            self.current = dataclasses.replace(self.current, version=version)

    def set_mediator(self, mediator: Mediator | None) -> None:
        self.current = mediator
        self.code.setReadOnly(mediator is not None)
        m = mediator or Mediator(MediatorId(""), "", "", None, [], [], 45.46, 9.19, 20 * 60)
        self.code.setText(m.id)
        self.name.setText(m.name)
        self.email.setText(m.email)
        self.phone.setText(m.phone)
        fw.set_combo(self.gender, m.gender or "")
        self.active.setChecked(m.active)
        self.place.set_place(m.extra, m.lat, m.lon, new=mediator is None)
        self.cap.setValue(m.max_minutes_per_week // 60)
        self.rate.setValue(m.hourly_rate or 0.0)
        self._set_skills(m.skills)
        fw.set_checked(self.areas, list(m.areas))
        self.languages.set_values([[s.code, s.level.value] for s in m.languages])
        self.availability.set_values([[str(w.day), w.start_min, w.end_min] for w in m.availability])
        self.absences.set_values([[a.start, a.end, a.reason] for a in m.absences])
        self._changed()
        self.snapshot.take()  # what the user types from now on counts as an edit

    def mediator(self) -> Mediator:
        base = self.current
        availability = [
            WeeklyWindow(int(day), start, end if end > 0 else 1440)
            for day, start, end in self.availability.values()
        ]
        return Mediator(
            id=MediatorId(self.code.text().strip()),
            name=self.name.text().strip(),
            email=self.email.text().strip(),
            gender=fw.combo_value(self.gender) or None,
            languages=[
                LanguageSkill(LanguageCode(code), LanguageLevel(level))
                for code, level in self.languages.values()
            ],
            areas=[AreaCode(a) for a in fw.checked_values(self.areas)],
            lat=self.place.lat.value(),
            lon=self.place.lon.value(),
            max_minutes_per_week=self.cap.value() * 60,
            skills=fw.checked_values(self.skills),
            availability=availability,
            absences=[Interval(start, end, reason) for start, end, reason in self.absences.values()],
            phone=self.phone.text().strip(),
            hourly_rate=self.rate.value() or None,
            active=self.active.isChecked(),
            extra=self.place.into_extra(base.extra if base else {}),
            version=base.version if base else 0,
        )

    def problems_found(self) -> list[str]:
        found = []
        if not self.code.text().strip():
            found.append(self.tr("Give the mediator a code."))
        if not self.name.text().strip():
            found.append(self.tr("Give the mediator's name."))
        if "@" not in self.email.text():
            found.append(self.tr("Give a valid e-mail address: invitations go there."))
        if not self.languages.values():
            found.append(self.tr("Add at least one language."))
        if any(end != 0 and end <= start for _d, start, end in self.availability.values()):
            found.append(self.tr("Each availability window must end after it starts."))
        found += self.place.problems_found()
        if any(end <= start for start, end, _r in self.absences.values()):
            found.append(self.tr("Each absence must end after it starts."))
        return found

    def _changed(self) -> None:
        found = self.problems_found()
        self.problems.setText("\n".join(found))
        self.validity_changed.emit(not found)
