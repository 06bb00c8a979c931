"""Common shape of the Mediators, Agencies and Projects views: a searchable table beside an edit form."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.services.changes import Aspect
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.name_lookup import Catalog
from mediation_desk.ui.common.table_model import ROW_ROLE, SORT_ROLE, DomainTableModel


@runtime_checkable
class EntityHooks(Protocol):
    """What one kind of entity brings to the list view: its rows, its form, and saving through a service.

    A Protocol handed to the constructor rather than abstract methods: Shiboken's
    metaclass ignores ABCMeta, so an abstract QWidget would still be instantiable.
    """

    def load_rows(self) -> list[Any]:
        """The rows to list (the view's catalogue is fresh when this is called)."""

    def make_form(self, catalog: Catalog) -> QWidget:
        """A new edit form; it has a ``validity_changed(bool)`` signal."""

    def fill_form(self, row: Any | None) -> None:
        """Show ``row`` in the form, or an empty form for a new one."""

    def save_row(self) -> Any | None:
        """Save the form through the service; the saved row, or None when refused (already told)."""

    def key_of(self, row: Any) -> str:
        """The id that ``show_item`` finds ``row`` by."""


class EntityListView(QWidget):
    """A searchable table beside an edit form; ``hooks`` (usually the subclass itself) fill both."""

    SHOWS = frozenset({Aspect.CATALOGUE})  # the catalogue's rows

    def __init__(self, context: AppContext, model: DomainTableModel[Any], hooks: EntityHooks) -> None:
        super().__init__()
        if not isinstance(hooks, EntityHooks):
            raise TypeError(f"{type(hooks).__name__} lacks the entity hooks")
        self.hooks = hooks
        self.context = context
        self.catalog = Catalog()
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button = QPushButton(self.tr("New"))
        self.save_button = QPushButton(self.tr("Save"))
        self.new_button.clicked.connect(self.new_item)
        self.save_button.clicked.connect(self.save)
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.status = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table)
        right = QWidget()
        self.right_layout = QVBoxLayout(right)
        self.right_layout.setContentsMargins(0, 0, 0, 0)
        self.right_layout.addWidget(self.form_area, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        self.right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([620, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.form: Any = None

    # --- behaviour
    def is_editing(self) -> bool:
        """Has the user typed into the form since it was filled? Then a refresh must wait."""
        snapshot = getattr(self.form, "snapshot", None)
        return snapshot is not None and bool(snapshot.differs())

    def refresh(self) -> None:
        selected = self.selected()
        self.catalog = self.context.catalog()
        self.model.set_rows(self.hooks.load_rows(), self.catalog)
        self.form = self.hooks.make_form(self.catalog)
        self.form.validity_changed.connect(self.save_button.setEnabled)
        self.form_area.setWidget(self.form)
        if selected is not None:
            self.show_item(self.hooks.key_of(selected))
        else:
            self.hooks.fill_form(None)

    def selected(self) -> Any | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def show_item(self, item_id: str) -> None:
        row = self.model.row_of(lambda r: self.hooks.key_of(r) == item_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.form is not None:
            self.hooks.fill_form(current.data(ROW_ROLE))
            self.status.clear()

    def new_item(self) -> None:
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.hooks.fill_form(None)
        self.status.clear()

    def save(self) -> None:
        saved = self.hooks.save_row()
        if saved is None:
            return
        self.refresh()  # the runner told the other views; this one also selects what was saved
        self.show_item(self.hooks.key_of(saved))
        self.status.setText(self.tr("Saved."))
