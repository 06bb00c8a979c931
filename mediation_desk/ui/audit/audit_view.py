"""Audit view: the trail filtered by person, record and days; newest first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.services.audit import AuditFilter, audit_actors, audit_entries
from mediation_desk.ui.audit.audit_table_model import COL_AT, AuditTableModel
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.common.app_context import AppContext

DAYS_SHOWN = 30  # the default range: the last month


def _date(editor: QDateEdit) -> dt.date:
    value = editor.date()
    return dt.date(value.year(), value.month(), value.day())


class AuditView(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.model = AuditTableModel()
        self.person = QComboBox()
        self.record = QLineEdit()
        self.record.setPlaceholderText(self.tr("Record: R00012, B00040, M003…"))
        self.record.setClearButtonEnabled(True)
        today = context.now().date()
        start = today - dt.timedelta(days=DAYS_SHOWN)
        self.first_day = fw.date_edit(start)
        self.last_day = fw.date_edit(today)
        self.search_button = QPushButton(self.tr("Show"))
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Person")))
        filters.addWidget(self.person)
        filters.addWidget(self.record, 1)
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.first_day)
        filters.addWidget(QLabel(self.tr("To")))
        filters.addWidget(self.last_day)
        filters.addWidget(self.search_button)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.search_button.clicked.connect(self.show_lines)
        self.record.returnPressed.connect(self.show_lines)

    def refresh(self) -> None:
        chosen = str(self.person.currentData() or "")
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), "")
        for name in audit_actors(self.context.db):
            self.person.addItem(name, name)
        self.person.setCurrentIndex(max(0, self.person.findData(chosen)))
        self.person.blockSignals(False)
        self.show_lines()

    def show_item(self, item_id: str) -> None:
        """The lines about one record."""
        self.record.setText(item_id)
        self.show_lines()

    def show_lines(self) -> None:
        wanted = AuditFilter(first_day=_date(self.first_day), last_day=_date(self.last_day),
                             actor=str(self.person.currentData() or ""), record=self.record.text())
        lines = audit_entries(self.context.db, wanted)
        self.model.set_rows(lines)
        self.table.sortByColumn(COL_AT, Qt.SortOrder.DescendingOrder)
        self.count.setText(self.tr("{n} lines").format(n=len(lines)))
