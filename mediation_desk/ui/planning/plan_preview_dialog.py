"""The proposed plan before anything is booked: lines to keep or drop, budgets, why the rest is left."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.scheduling.model import RequestId
from mediation_desk.services.plan_outcome import PlanProposal
from mediation_desk.texts import i18n
from mediation_desk.texts.i18n import translate
from mediation_desk.texts.plan import plan_quality_text, unbooked_text
from mediation_desk.ui.common.name_lookup import Catalog
from mediation_desk.ui.planning.plan_line_model import PlanLineTableModel


class PlanPreviewDialog(QDialog):
    """Untick a line to leave its request out; "Book the ticked lines" books the rest, re-checked."""

    def __init__(self, parent: QWidget, proposal: PlanProposal, catalog: Catalog) -> None:
        super().__init__(parent)
        self.proposal = proposal
        self.setWindowTitle(translate("PlanPreview", "Proposed plan {first} – {last}").format(
            first=i18n.fmt_date(proposal.date_from), last=i18n.fmt_date(proposal.date_to)))
        self.summary = QLabel(translate(
            "PlanPreview", "{planned} of {requests} requests can be booked; nothing is booked yet.").format(
                planned=len(proposal.lines), requests=proposal.requests))
        self.quality = QLabel(plan_quality_text(
            proven=proposal.proven, coverage_gap=proposal.coverage_gap, travel_gap=proposal.travel_gap,
            all_past=proposal.all_past))
        self.quality.setObjectName("plan_quality")
        self.quality.setWordWrap(True)
        self.model = PlanLineTableModel(self)
        self.model.set_rows(proposal.lines, catalog)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        effect = translate("PlanPreview", "{project}: {before} of {budget} h used, {after} h with this plan")
        self.budgets = QLabel("\n".join(
            effect.format(
                project=b.name, before=i18n.fmt_number(b.used_before_min / 60),
                budget=i18n.fmt_number(b.budget_min / 60),
                after=i18n.fmt_number((b.used_before_min + b.adding_min) / 60))
            for b in proposal.budgets))
        self.budgets.setWordWrap(True)
        self.unbooked = QListWidget()
        self.unbooked.setWordWrap(True)
        for item in proposal.unbooked:
            self.unbooked.addItem(f"{item.request.id} · {catalog.language_name(item.request.language)} · "
                                  f"{catalog.agency_name(item.request.agency)}: {unbooked_text(item)}")
        buttons = QDialogButtonBox()
        self.book_button = buttons.addButton(translate("PlanPreview", "Book the ticked lines"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.back_button = buttons.addButton(translate("PlanPreview", "Close without booking"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.book_button.setEnabled(bool(proposal.lines))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.model.dataChanged.connect(lambda *_: self.book_button.setEnabled(bool(self.model.kept())))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.quality)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.budgets)
        layout.addWidget(QLabel(translate("PlanPreview", "Left unbooked, and why ({n}):").format(
            n=len(proposal.unbooked))))
        layout.addWidget(self.unbooked, 2)
        layout.addWidget(buttons)
        self.resize(1100, 620)

    def kept(self) -> set[RequestId]:
        return self.model.kept()
