"""Mediators view: the list, and the form with languages, areas, availability, absences and caps."""

from __future__ import annotations

from typing import Any

from mediation_desk.scheduling.model import Mediator
from mediation_desk.services.users import Permission
from mediation_desk.ui.catalogue.entity_list_view import EntityListView
from mediation_desk.ui.catalogue.mediator_form import MediatorForm
from mediation_desk.ui.catalogue.mediator_table_model import MediatorTableModel
from mediation_desk.ui.common import operations
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.name_lookup import Catalog
from mediation_desk.ui.common.role_gate import lock_editors, offer_buttons


class MediatorsView(EntityListView):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context, MediatorTableModel(), hooks=self)

    def load_rows(self) -> list[Any]:
        return list(self.catalog.mediators.values())

    def make_form(self, catalog: Catalog) -> MediatorForm:
        form = MediatorForm(catalog)
        catalogue = self.context.can(Permission.EDIT_CATALOGUE)
        money = self.context.can(Permission.EDIT_MONEY)
        offer_buttons((self.new_button, catalogue), (self.save_button, catalogue or money))
        if not catalogue:  # finance: the rate only
            lock_editors(form, keep=[form.rate] if money else [])
        elif not money:
            form.rate.setEnabled(False)
        return form

    def fill_form(self, row: Any | None) -> None:
        self.form.set_mediator(row)

    def key_of(self, row: Any) -> str:
        return str(row.id)

    def save_row(self) -> Mediator | None:
        mediator: Mediator = self.form.mediator()
        return operations.save_mediator(self, self.context, mediator, new=self.form.current is None,
                                        on_stale=self.form.adopt_version)
