"""Table model of agencies (enti richiedenti)."""

from __future__ import annotations

from mediation_desk.scheduling.model import Agency
from mediation_desk.texts import labels
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.table_model import DomainTableModel

COL_ID, COL_NAME, COL_KIND, COL_AREA, COL_ADDRESS, COL_CONTACTS = range(6)


class AgencyTableModel(DomainTableModel[Agency]):
    def headers(self) -> list[str]:
        return [
            translate("AgencyTableModel", "Code"),
            translate("AgencyTableModel", "Name"),
            translate("AgencyTableModel", "Kind"),
            translate("AgencyTableModel", "Area"),
            translate("AgencyTableModel", "Address"),
            translate("AgencyTableModel", "Contacts"),
        ]

    def display(self, row: Agency, column: int) -> str:
        if column == COL_ID:
            return row.id
        if column == COL_NAME:
            return row.name
        if column == COL_KIND:
            return labels.agency_kind(row.kind)
        if column == COL_AREA:
            return self.catalog.area_name(row.area)
        if column == COL_ADDRESS:
            return row.address
        if column == COL_CONTACTS:
            return ", ".join(c.name for c in row.contacts)
        return ""
