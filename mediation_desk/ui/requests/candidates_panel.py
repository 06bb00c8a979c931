"""Beside the request form: the ranked candidates with their free times, and why the others are out."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.scheduling.candidates import Candidate, CandidateList
from mediation_desk.texts import i18n, violations
from mediation_desk.ui.common.name_lookup import Catalog
from mediation_desk.ui.requests.candidate_table_model import COL_FREE, COL_WHY, CandidateTableModel

OVERRIDE_ROLE = Qt.ItemDataRole.UserRole + 20  # (mediator id, first start) of a budget-only exclusion


class CandidatesPanel(QWidget):
    """``book_requested`` carries the mediator id and the chosen start."""

    book_requested = Signal(str, object)
    counted = Signal(str)  # a short title with the counts, for the tab that holds the panel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = Catalog()
        self.result: CandidateList | None = None
        self.heading = QLabel(self.tr("Candidates"))
        self.model = CandidateTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        # the reasons of the ranking are a sentence: wrapped in their row, never a sideways scroll
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.moveSection(header.visualIndex(COL_WHY), self.model.columnCount() - 1)  # the sentence last
        header.setSectionResizeMode(COL_WHY, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(COL_FREE, True)  # the free starts are listed in the combo below
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.start_combo = QComboBox()
        self.book_button = QPushButton(self.tr("Book"))
        self.book_button.setEnabled(False)
        self.blocking = QLabel()
        self.blocking.setStyleSheet("color: #b3261e;")
        self.blocking.setWordWrap(True)
        self.excluded = QTreeWidget()
        self.excluded.setHeaderLabels([self.tr("Mediator"), self.tr("Why not")])
        self.excluded.setColumnWidth(0, 150)
        self.excluded.setRootIsDecorated(False)
        # A reason is a sentence: the list shows its start, the pane under it the whole of the chosen one.
        self.excluded_detail = QLabel()
        self.excluded_detail.setWordWrap(True)
        self.excluded_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.excluded_detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.excluded_detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 8)
        self.excluded_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.excluded.currentItemChanged.connect(self._show_exclusion)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Start")))
        row.addWidget(self.start_combo, 1)
        row.addWidget(self.book_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.blocking)
        layout.addWidget(self.table, 3)
        layout.addLayout(row)
        self.excluded_label = QLabel(self.tr("Excluded"))
        layout.addWidget(self.excluded_label)
        layout.addWidget(self.excluded, 2)
        layout.addWidget(self.excluded_detail)
        self.table.selectionModel().selectionChanged.connect(self._candidate_chosen)
        self.table.doubleClicked.connect(lambda _index: self._book())
        self.book_button.clicked.connect(self._book)
        self.excluded.itemDoubleClicked.connect(self._book_past_budget)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()  # the reasons re-wrap at the new width

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # filled while its tab was hidden: wrapped at a guessed width

    def clear(self, message: str = "") -> None:
        self.result = None
        self.model.set_rows([])
        self.excluded.clear()
        self.start_combo.clear()
        self.blocking.setText(message)
        self.heading.setText(self.tr("Candidates"))
        self.excluded_label.setText(self.tr("Excluded"))
        self.excluded_detail.clear()
        self.book_button.setEnabled(False)
        self.counted.emit(self.tr("Mediators"))

    def set_result(self, result: CandidateList, catalog: Catalog) -> None:
        self.result, self.catalog = result, catalog
        self.model.set_rows(result.candidates, catalog)
        self.table.resizeRowsToContents()
        self.heading.setText(
            self.tr("Candidates for {id}: {n}").format(id=result.request.id, n=len(result.candidates))
        )
        self.blocking.setText("\n".join(violations.describe_all(result.blocking, catalog)))
        self.excluded.clear()
        for exclusion in result.excluded:
            reasons = violations.describe_all(exclusion.violations, catalog, exclusion.mediator.gender)
            if exclusion.override_starts:  # said first, in the column, not only in a tooltip
                reasons.insert(0, self.tr("Bookable only with a budget override"))
            item = QTreeWidgetItem([exclusion.mediator.name, "; ".join(reasons)])
            tip = "\n".join(reasons)
            if exclusion.override_starts:  # only the budget is in the way: bookable with a reason
                item.setData(0, OVERRIDE_ROLE, (exclusion.mediator.id, exclusion.override_starts[0]))
                tip += "\n" + self.tr("Double-click to book past the budget, giving a reason.")
            item.setToolTip(0, tip)
            item.setToolTip(1, tip)
            self.excluded.addTopLevelItem(item)
        self.excluded_label.setText(self.tr("Excluded: {n}").format(n=len(result.excluded)))
        first = self.excluded.topLevelItem(0)
        if first is not None:
            self.excluded.setCurrentItem(first)
        self.counted.emit(self.tr("Mediators ({available} available, {excluded} excluded)").format(
            available=len(result.candidates), excluded=len(result.excluded)))
        if result.candidates:
            self.table.selectRow(0)
        else:
            self._candidate_chosen()

    def _show_exclusion(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        self.excluded_detail.setText(f"{item.text(0)}: {item.toolTip(1)}" if item is not None else "")

    def chosen(self) -> Candidate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def choose(self, mediator_id: str) -> bool:
        row = self.model.row_of(lambda c: c.mediator.id == mediator_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _candidate_chosen(self) -> None:
        self.start_combo.clear()
        candidate = self.chosen()
        if candidate is not None:
            for start in candidate.starts:
                self.start_combo.addItem(i18n.fmt_datetime(start), start)
        self.book_button.setEnabled(candidate is not None and bool(candidate.starts))

    def chosen_start(self) -> dt.datetime | None:
        value = self.start_combo.currentData()
        return value if isinstance(value, dt.datetime) else None

    def _book_past_budget(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, OVERRIDE_ROLE)
        if target:
            self.book_requested.emit(target[0], target[1])

    def _book(self) -> None:
        candidate, start = self.chosen(), self.chosen_start()
        if candidate is not None and start is not None:
            self.book_requested.emit(candidate.mediator.id, start)
