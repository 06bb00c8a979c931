"""Table model of audit lines: when, who, what, which record, details."""

from __future__ import annotations

import json
from typing import Any
from zoneinfo import ZoneInfo

from mediation_desk.services.audit import AuditEntry
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.table_model import DomainTableModel

COL_AT, COL_ACTOR, COL_ACTION, COL_RECORD, COL_DETAILS = range(5)
ROME = ZoneInfo("Europe/Rome")


class AuditTableModel(DomainTableModel[AuditEntry]):
    def headers(self) -> list[str]:
        return [
            translate("AuditTableModel", "When"),
            translate("AuditTableModel", "Who"),
            translate("AuditTableModel", "Action"),
            translate("AuditTableModel", "Record"),
            translate("AuditTableModel", "Details"),
        ]

    def display(self, row: AuditEntry, column: int) -> str:
        if column == COL_AT:
            return row.at.astimezone(ROME).strftime("%d/%m/%Y %H:%M:%S")
        if column == COL_ACTOR:
            return row.actor
        if column == COL_ACTION:
            return row.action
        if column == COL_RECORD:
            return f"{row.entity} {row.entity_id}"
        if column == COL_DETAILS:
            return json.dumps(row.details, ensure_ascii=False, sort_keys=True) if row.details else ""
        return ""

    def sort_value(self, row: AuditEntry, column: int) -> Any:
        return row.at if column == COL_AT else self.display(row, column)
