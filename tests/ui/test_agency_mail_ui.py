"""Mails to the agencies in the window: the templates edited in Settings with a live preview, the switch."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mediation_desk.services import agency_templates
from mediation_desk.storage import repository
from mediation_desk.ui.catalogue.agencies_view import AgenciesView
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.settings.agency_mail_panel import AgencyMailPanel
from mediation_desk.ui.settings.settings_view import SettingsView


def _panel(window: MainWindow) -> AgencyMailPanel:
    window.go_to("settings")
    view = window.views["settings"]
    assert isinstance(view, SettingsView)
    tabs = view.shared_settings
    tabs.setCurrentWidget(tabs.agency_mail)
    return tabs.agency_mail


def test_an_edited_template_is_previewed_from_the_next_booking_and_saved(
    window: MainWindow, qtbot: Any
) -> None:
    panel = _panel(window)
    assert panel.subject.text() == "Mediazione prenotata: {data} ore {ora_inizio} - {ente}"
    assert "{mediatore}: il nome del mediatore" in panel.placeholders.text()
    panel.subject.clear()
    qtbot.keyClicks(panel.subject, "Arriva {mediatore} il {data} alle {ora_inizio}")
    # the clock says 3 December: the next booking is B00002, Amina at the Comune di Lodi on 7 December
    assert panel.preview_source.text() == "Dall'intervento B00002, il prossimo in calendario."
    preview = panel.preview.toPlainText()
    assert preview.startswith("Oggetto: Arriva Amina El Idrissi il 07/12/2026 alle 09:00\n\n")
    assert "Gentile dott.ssa Rossi," in preview and "- lun 07/12/2026, 09:00-10:30" in preview
    assert "Piazza Broletto 1, Lodi" in preview
    assert "Marocco" not in preview and "ISEE" not in preview  # the nationality, the service's notes

    panel.kind.setCurrentIndex(panel.kind.findData("cancelled"))
    qtbot.keyClicks(panel.body, "Saluti da {nome}")
    assert panel.status.text() == 'Modello "Annullato": il testo usa {nome}, che non è un segnaposto noto.'
    assert not panel.save()
    assert agency_templates.read_settings(window.context.db) == (agency_templates.AgencyMailSettings(), 0)

    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert panel.body.toPlainText() == agency_templates.default_template("cancelled").body
    assert panel.status.text() == ""
    assert "L'annullamento è avvenuto su vostra richiesta." in panel.preview.toPlainText()
    qtbot.keyClicks(panel.contacts, "tel. 0371 123456")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "E-mail agli enti salvate."
    stored, version = agency_templates.read_settings(window.context.db)
    assert version == 1 and stored.service_contacts == "tel. 0371 123456"
    assert stored.template("booked").subject == "Arriva {mediatore} il {data} alle {ora_inizio}"
    assert stored.template("cancelled") == agency_templates.default_template("cancelled")
    panel.kind.setCurrentIndex(panel.kind.findData("booked"))
    assert panel.subject.text() == "Arriva {mediatore} il {data} alle {ora_inizio}"


def test_the_agency_switch_is_saved_from_its_form(window: MainWindow, qtbot: Any) -> None:
    window.go_to("agencies", "A001")
    view = window.views["agencies"]
    assert isinstance(view, AgenciesView)
    form = view.form
    assert form.notify_by_mail.text() == "Avvisa l'ente per e-mail" and form.notify_by_mail.isChecked()
    assert form.mail_note.text().startswith("Nessun referente ha un indirizzo e-mail")  # Rossi has none
    rossi = ["dott.ssa Rossi", "assistente sociale", "0371 409111", "rossi@comune.lodi.it"]
    form.contacts.set_values([rossi])
    assert form.mail_note.text() == "" and form.mail_note.isHidden()
    form.notify_by_mail.setChecked(False)
    assert view.save_button.isEnabled()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with window.context.db.read() as s:
        saved = repository.get_agency(s, "A001")
    assert saved is not None and not saved.notify_by_mail
    assert [(c.name, c.email) for c in saved.contacts] == [("dott.ssa Rossi", "rossi@comune.lodi.it")]
    window.go_to("agencies", "A002")
    window.go_to("agencies", "A001")
    assert not view.form.notify_by_mail.isChecked()
