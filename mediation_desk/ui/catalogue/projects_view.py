"""Projects view: funding projects, their form, the hour burn-down and hours by language and agency kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel

from mediation_desk.scheduling.model import Project, ProjectCode
from mediation_desk.services.changes import Aspect
from mediation_desk.services.users import Permission
from mediation_desk.ui.catalogue.entity_list_view import EntityListView
from mediation_desk.ui.catalogue.project_form import ProjectForm
from mediation_desk.ui.catalogue.project_table_model import COL_USED, ProjectTableModel
from mediation_desk.ui.common import budget_figures, operations
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.background_jobs import JobRunner, start_job
from mediation_desk.ui.common.charts import BarChart, BurnDownChart
from mediation_desk.ui.common.name_lookup import Catalog
from mediation_desk.ui.common.role_gate import lock_editors, offer_buttons


class ProjectsView(EntityListView):
    # what the view shows: projects, their budget and burn-down (moved by bookings)
    SHOWS = frozenset({Aspect.CATALOGUE, Aspect.BUDGETS, Aspect.BOOKINGS})

    def __init__(self, context: AppContext) -> None:
        self.project_model = ProjectTableModel()
        self.used_job: JobRunner | None = None
        self.figures_job: JobRunner | None = None
        self.figures_generation = 0
        super().__init__(context, self.project_model, hooks=self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("budget_summary")
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
        """The projects at once; their hours used arrive from a background job (they read every booking)."""
        context = self.context
        self.used_job = start_job(
            lambda _p: budget_figures.used_hours(budget_figures.report(context)),
            self._show_used_hours,
            lambda _message: None,  # the column stays empty; the selected project says why
        )
        return list(self.catalog.projects.values())

    def _show_used_hours(self, used: dict[ProjectCode, float]) -> None:
        self.project_model.used_hours = used
        rows = self.project_model.rowCount()
        if rows:
            self.project_model.dataChanged.emit(
                self.project_model.index(0, COL_USED), self.project_model.index(rows - 1, COL_USED)
            )

    def make_form(self, catalog: Catalog) -> ProjectForm:
        form = ProjectForm(catalog)
        catalogue = self.context.can(Permission.EDIT_CATALOGUE)
        money = self.context.can(Permission.EDIT_MONEY)
        offer_buttons((self.new_button, money), (self.save_button, catalogue or money))
        if not (catalogue or money):
            lock_editors(form)
        elif not money:  # a coordinator: names, dates and areas, not the budget or the rate
            form.budget.setEnabled(False)
            form.rate.setEnabled(False)
        return form

    def fill_form(self, row: Any | None) -> None:
        self.form.set_project(row)
        self._show_figures(None)
        self.figures_generation += 1
        if row is None:
            return
        self.summary.setText(self.tr("Computing the hours…"))
        generation, context, catalog, code = self.figures_generation, self.context, self.catalog, row.code

        def done(figures: budget_figures.ProjectFigures | None) -> None:
            if generation == self.figures_generation:  # still the project on screen
                self._show_figures(figures)

        def failed(message: str) -> None:
            if generation == self.figures_generation:
                self.summary.setText(self.tr("Hours not available: {error}").format(error=message))

        self.figures_job = start_job(
            lambda _p: budget_figures.project_figures(context, code, catalog), done, failed
        )

    def _show_figures(self, figures: budget_figures.ProjectFigures | None) -> None:
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
        return operations.save_project(self, self.context, project, new=self.form.current is None,
                                       on_stale=self.form.adopt_version)
