"""Table models must say their columns: an incomplete one is refused when made, not when first painted."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from mediation_desk.ui.catalogue.agency_table_model import AgencyTableModel
from mediation_desk.ui.common.table_model import DomainTableModel, TableColumns


class Headless(DomainTableModel[str]):
    def display(self, row: str, column: int) -> str:
        return row


def test_a_model_without_headers_is_refused(qapp: QApplication) -> None:
    with pytest.raises(TypeError, match="Headless lacks headers"):
        Headless()


def test_a_complete_model_is_its_own_column_source(qapp: QApplication) -> None:
    model = AgencyTableModel()
    assert isinstance(model, TableColumns) and model.columns is model
    assert model.columnCount() == len(model.headers()) > 0
