"""Business settings panel: the service's name, the late-cancellation notice, billing rules per project."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.scheduling.billing import BillingRule
from mediation_desk.scheduling.model import ProjectCode
from mediation_desk.services import business_settings as business
from mediation_desk.storage.errors import StorageError
from mediation_desk.texts.errors import error_text
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import runner
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.status_line import StatusLine


class BusinessSettingsPanel(QWidget):
    """Settings shared by everyone using the database; each group is saved on its own."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.service_name = QLineEdit()
        self.notice_hours = QDoubleSpinBox()
        self.notice_hours.setRange(0.0, business.MAX_NOTICE_HOURS)
        self.notice_hours.setDecimals(1)
        self.notice_hours.setSuffix(" h")
        self.lead_hours = QDoubleSpinBox()
        self.lead_hours.setRange(0.0, business.MAX_NOTICE_HOURS)
        self.lead_hours.setDecimals(0)
        self.lead_hours.setSuffix(" h")
        self.save_service_button = QPushButton(translate("BusinessSettings", "Save service settings"))
        service = QGroupBox(translate("BusinessSettings", "Service"))
        service_form = QFormLayout(service)
        service_form.addRow(translate("BusinessSettings", "Service name (reports)"), self.service_name)
        service_form.addRow(
            translate("BusinessSettings", "Late cancellation if notice under"), self.notice_hours
        )
        service_form.addRow(
            translate("BusinessSettings", "Notice asked for a request (urgent ones exempt)"), self.lead_hours
        )
        service_form.addRow(self.save_service_button)
        layout = QVBoxLayout(self)
        layout.addWidget(service)
        layout.addWidget(self._billing_group())
        self.status = StatusLine()
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.save_service_button.clicked.connect(lambda: self.save_service())
        self.project.currentIndexChanged.connect(lambda _i: self._show_rule())
        self.save_rule_button.clicked.connect(lambda: self.save_rule())
        self.own_rate.toggled.connect(self.hourly_rate.setEnabled)
        self.rules: dict[str, BillingRule] = {}
        self.rule_versions: dict[str, int] = {}  # of each rule the form was filled from

    def _billing_group(self) -> QGroupBox:
        self.project = QComboBox()
        self.round_step = QSpinBox()
        self.round_step.setRange(1, 240)
        self.round_step.setSuffix(" min")
        self.min_charge = QSpinBox()
        self.min_charge.setRange(0, 600)
        self.min_charge.setSuffix(" min")
        self.late_bills = QCheckBox(translate("BusinessSettings", "A late cancellation is billed"))
        self.no_show_bills = QCheckBox(translate("BusinessSettings", "A no-show is billed"))
        self.own_rate = QCheckBox(translate("BusinessSettings", "Project rate"))
        self.own_rate.setToolTip(translate("BusinessSettings", "Unticked: each mediator's own rate"))
        self.hourly_rate = QDoubleSpinBox()
        self.hourly_rate.setRange(0.0, 1000.0)
        self.hourly_rate.setDecimals(2)
        self.hourly_rate.setSuffix(" €/h")
        self.save_rule_button = QPushButton(translate("BusinessSettings", "Save billing rule"))
        group = QGroupBox(translate("BusinessSettings", "Billing rule per project"))
        form = QFormLayout(group)
        form.addRow(translate("BusinessSettings", "Project"), self.project)
        form.addRow(translate("BusinessSettings", "Round up to a step of"), self.round_step)
        form.addRow(translate("BusinessSettings", "Minimum charge"), self.min_charge)
        form.addRow(self.late_bills)
        form.addRow(self.no_show_bills)
        rate = QHBoxLayout()
        rate.addWidget(self.own_rate)
        rate.addWidget(self.hourly_rate, 1)
        form.addRow(translate("BusinessSettings", "Hourly rate"), rate)
        form.addRow(self.save_rule_button)
        return group

    def refresh(self) -> None:
        from mediation_desk.services import finance  # loads openpyxl: only when the panel is used

        current = business.read_business_settings(self.context.db)
        self.versions = dict(current.versions)
        self.service_name.setText(current.service_name)
        self.notice_hours.setValue(current.late_cancellation_hours)
        self.lead_hours.setValue(current.request_lead_hours)
        self.rules, self.rule_versions = finance.billing_rules_and_versions(self.context.db)
        chosen = self.project.currentData()
        self.project.blockSignals(True)
        self.project.clear()
        for code in sorted(self.rules):
            self.project.addItem(code, code)
        self.project.setCurrentIndex(max(0, self.project.findData(chosen)))
        self.project.blockSignals(False)
        self._show_rule()

    def _show_rule(self) -> None:
        rule = self.rules.get(str(self.project.currentData() or ""))
        self.save_rule_button.setEnabled(rule is not None)
        rule = rule or BillingRule()
        self.round_step.setValue(rule.round_step_min)
        self.min_charge.setValue(rule.min_charge_min)
        self.late_bills.setChecked(rule.late_cancellation_bills)
        self.no_show_bills.setChecked(rule.no_show_bills)
        self.own_rate.setChecked(rule.hourly_rate is not None)
        self.hourly_rate.setEnabled(rule.hourly_rate is not None)
        self.hourly_rate.setValue(float(rule.hourly_rate or 0))

    def save_service(self) -> bool:
        wanted = business.BusinessSettings(self.service_name.text(), self.notice_hours.value(),
                                           getattr(self, "versions", {}),
                                           request_lead_hours=self.lead_hours.value())
        try:
            saved = business.save_business_settings(
                self.context.db, wanted, actor=self.context.actor, now=self.context.now()
            )
        except business.BusinessSettingsError as exc:
            texts = {
                "service_name": translate("BusinessSettings", "Give the service a name."),
                "notice_hours": translate("BusinessSettings", "The notice is out of range."),
                "lead_hours": translate("BusinessSettings", "The notice is out of range."),
            }
            self.status.say(texts.get(exc.code, str(exc)), ok=False)
            return False
        except StorageError as exc:  # not this role's to change, or changed meanwhile
            self.status.say(error_text(exc), ok=False)
            # the values typed stay; saving again goes over the newer ones the message named
            self.versions = dict(business.read_business_settings(self.context.db).versions)
            return False
        self.versions = dict(business.read_business_settings(self.context.db).versions)
        self.status.say(translate("BusinessSettings", "Service settings saved."), ok=True)
        runner.apply(self, self.context, saved)
        return True

    def rule(self) -> BillingRule:
        rate = Decimal(f"{self.hourly_rate.value():.2f}") if self.own_rate.isChecked() else None
        return BillingRule(
            round_step_min=self.round_step.value(),
            min_charge_min=self.min_charge.value(),
            late_cancellation_bills=self.late_bills.isChecked(),
            no_show_bills=self.no_show_bills.isChecked(),
            hourly_rate=rate,
        )

    def save_rule(self) -> bool:
        from mediation_desk.services import finance

        code = str(self.project.currentData() or "")
        try:
            saved = finance.set_billing_rule(
                self.context.db, ProjectCode(code), self.rule(), actor=self.context.actor,
                now=self.context.now(), read_version=self.rule_versions.get(code),
            )
        except finance.FinanceError:
            self.status.say(
                translate("BusinessSettings", "Project {code} no longer exists.").format(code=code), False
            )
            return False
        except StorageError as exc:  # not this role's to change, or saved by someone else meanwhile
            self.status.say(error_text(exc), ok=False)
            # the rule typed stays on screen; saving again goes over the newer one the message named
            self.rules, self.rule_versions = finance.billing_rules_and_versions(self.context.db)
            return False
        self.rule_versions = finance.billing_rules_and_versions(self.context.db)[1]
        self.rules[code] = saved.value
        saved_text = translate("BusinessSettings", "Billing rule of {code} saved.").format(code=code)
        self.status.say(saved_text, ok=True)
        runner.apply(self, self.context, saved)
        return True

