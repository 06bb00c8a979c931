"""The list views' hooks: a view lacking one is refused at construction, not when first shown."""

from __future__ import annotations

import pytest

from mediation_desk.ui.catalogue.agencies_view import AgenciesView
from mediation_desk.ui.catalogue.agency_table_model import AgencyTableModel
from mediation_desk.ui.catalogue.entity_list_view import EntityHooks, EntityListView
from mediation_desk.ui.common.app_context import AppContext


class Incomplete:
    def load_rows(self) -> list[object]:
        return []


def test_hooks_without_a_form_are_refused(context: AppContext) -> None:
    with pytest.raises(TypeError, match="Incomplete lacks the entity hooks"):
        EntityListView(context, AgencyTableModel(), Incomplete())  # type: ignore[arg-type]


def test_the_agencies_view_brings_its_own_hooks(context: AppContext) -> None:
    view = AgenciesView(context)
    assert isinstance(view.hooks, EntityHooks) and view.hooks is view
    view.refresh()
    assert view.model.rowCount() == len(context.catalog().agencies) > 0
