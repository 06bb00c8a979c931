"""Settings saved by a colleague meanwhile: the panel refuses with who and when, the typed values stay."""

from __future__ import annotations

import dataclasses
from typing import Any

from mediation_desk.scheduling.model import ProjectCode
from mediation_desk.services import finance, mail_settings
from mediation_desk.ui.main_window import MainWindow
from mediation_desk.ui.settings.settings_view import SettingsView
from tests.factories import rome

ANA_SAVED = "Impostazione modificata da ana il 03/12/2026 alle 10:42."
MAIL = mail_settings.MailSettings(
    host="smtp.example.org", user="coordinamento", sender="coordinamento@example.org",
    organizer_name="Coordinamento", organizer_email="coordinamento@example.org")


def settings_view(window: MainWindow) -> SettingsView:
    window.go_to("settings")
    view = window.views["settings"]
    assert isinstance(view, SettingsView)
    return view


def test_stale_mail_settings_are_refused_and_the_typed_values_stay(window: MainWindow, qtbot: Any) -> None:
    db = window.context.db
    mail_settings.save_settings(db, MAIL, password=None, now=window.context.now(), actor="ana")
    panel = settings_view(window).shared_settings.mail
    panel.refresh()  # the form as this coordinator opened it
    assert panel.host.text() == "smtp.example.org"
    mail_settings.save_settings(db, dataclasses.replace(MAIL, port=465, security="ssl"), password=None,
                       now=rome(2026, 12, 3, 10, 42), actor="ana")  # a colleague, meanwhile
    panel.organizer_name.setText("Sportello mediazione")
    assert not panel.save()
    assert panel.status.text().startswith(ANA_SAVED)
    assert panel.organizer_name.text() == "Sportello mediazione"  # nothing the user typed is lost
    assert (mail_settings.stored_settings(db).port == 465
            and mail_settings.stored_settings(db).organizer_name == "Coordinamento")
    assert panel.save()  # saved again, knowingly, over ana's version
    assert mail_settings.stored_settings(db).organizer_name == "Sportello mediazione"
    assert panel.status.text() == "Impostazioni di posta salvate."


def test_a_stale_billing_rule_is_refused_and_the_typed_rule_stays(window: MainWindow, qtbot: Any) -> None:
    db = window.context.db
    panel = settings_view(window).shared_settings.business
    panel.refresh()
    code = str(panel.project.currentData())
    theirs = finance.read_billing_rules(db)[code]
    finance.set_billing_rule(db, ProjectCode(code), dataclasses.replace(theirs, min_charge_min=90),
                             actor="ana", now=rome(2026, 12, 3, 10, 42))  # a colleague, meanwhile
    step = 30 if panel.round_step.value() != 30 else 15
    panel.round_step.setValue(step)
    assert not panel.save_rule()
    assert panel.status.text().startswith(ANA_SAVED)
    assert panel.round_step.value() == step
    assert finance.read_billing_rules(db)[code].min_charge_min == 90
    assert panel.save_rule()
    assert finance.read_billing_rules(db)[code].round_step_min == step
