"""Projects view: funding projects, their form, the hour burn-down and hours by language and agency kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel

from mediation_desk.scheduling.model import Project
from mediation_desk.ui import budget_info, operations
from mediation_desk.ui.catalog import Catalog
from mediation_desk.ui.charts import BarChart, BurnDownChart
from mediation_desk.ui.context import AppContext
from mediation_desk.ui.entity_list_view import EntityListView
from mediation_desk.ui.models.project_table_model import ProjectTableModel
from mediation_desk.ui.project_form import ProjectForm


class ProjectsView(EntityListView):
    def __init__(self, context: AppContext) -> None:
        self.project_model = ProjectTableModel()
        super().__init__(context, self.project_model)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.burn_down = BurnDownChart()
        self.by_language = BarChart(self.tr("Hours by language"))
        self.by_kind = BarChart(self.tr("Hours by agency kind"))
        bars = QHBoxLayout()
        bars.addWidget(self.by_language)
        bars.addWidget(self.by_kind)
        self.right_layout.addWidget(self.summary)
        self.right_layout.addWidget(self.burn_down, 1)
        self.right_layout.addLayout(bars)

    def load_rows(self) -> list[Any]:
        projects = list(self.catalog.projects.values())
        self.project_model.used_hours = budget_info.used_hours(budget_info.report(self.context))
        return projects

    def make_form(self, catalog: Catalog) -> ProjectForm:
        return ProjectForm(catalog)

    def fill_form(self, row: Any | None) -> None:
        self.form.set_project(row)
        figures = (
            budget_info.project_figures(self.context, row.code, self.catalog) if row is not None else None
        )
        if figures is None:
            self.summary.clear()
            self.burn_down.set_data(None)
            self.by_language.set_bars([])
            self.by_kind.set_bars([])
            return
        self.summary.setText(figures.summary)
        self.burn_down.set_data(figures.burn_down)
        self.by_language.set_bars(figures.by_language)
        self.by_kind.set_bars(figures.by_kind)

    def key_of(self, row: Any) -> str:
        return str(row.code)

    def save_row(self) -> Project | None:
        project: Project = self.form.project()
        return operations.save_project(self, self.context, project, new=self.form.current is None)
