"""The finance sample with the request form's contacts filled in, for the signed-proof sheets."""

from __future__ import annotations

import dataclasses

from mediation_desk.scheduling.model import ServiceData
from tests.finance_samples import finance_service

REFERENTE = "Dott.ssa Maria Rossi"
ON_SITE = "Sig. Paolo Bianchi, portineria"


def sheet_service() -> ServiceData:
    data = finance_service()
    data.requests = [
        dataclasses.replace(r, agency_contact=REFERENTE, contact_on_site=ON_SITE) if r.id == "R1" else r
        for r in data.requests
    ]
    return data
