"""Agencies view: the list of enti richiedenti and the form with their contact people."""

from __future__ import annotations

from typing import Any

from mediation_desk.scheduling.model import Agency
from mediation_desk.services.users import Permission
from mediation_desk.ui.catalogue.agency_form import AgencyForm
from mediation_desk.ui.catalogue.agency_table_model import AgencyTableModel
from mediation_desk.ui.catalogue.entity_list_view import EntityListView
from mediation_desk.ui.common import operations
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.name_lookup import Catalog
from mediation_desk.ui.common.role_gate import lock_editors, offer_buttons


class AgenciesView(EntityListView):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context, AgencyTableModel(), hooks=self)

    def load_rows(self) -> list[Any]:
        return list(self.catalog.agencies.values())

    def make_form(self, catalog: Catalog) -> AgencyForm:
        form = AgencyForm(catalog)
        catalogue = self.context.can(Permission.EDIT_CATALOGUE)
        offer_buttons((self.new_button, catalogue), (self.save_button, catalogue))
        if not catalogue:
            lock_editors(form)
        return form

    def fill_form(self, row: Any | None) -> None:
        self.form.set_agency(row)

    def key_of(self, row: Any) -> str:
        return str(row.id)

    def save_row(self) -> Agency | None:
        agency: Agency = self.form.agency()
        return operations.save_agency(self, self.context, agency, new=self.form.current is None,
                                      on_stale=self.form.adopt_version)
