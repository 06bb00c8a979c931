"""The billing rule in words, next to every figure it changed: "minimo fatturabile 60 min (durata 30 min)"."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from mediation_desk.scheduling.billing import (
    Adjustment,
    BillingLine,
    BillingRule,
    Charge,
    adjustment,
    charged_for_minutes,
)

_DEFAULT_RULE = BillingRule()


def billing_note(line: BillingLine, rules: Mapping[str, BillingRule]) -> str:
    """Why the line bills what it does when that is not simply the time worked; "" when it is."""
    if line.charge is Charge.NONE:
        return ""
    base = charged_for_minutes(line.booking, line.charge)
    return _note(line.charge, base, rules.get(line.project, _DEFAULT_RULE))


@functools.lru_cache(maxsize=4096)  # a year of bookings has few distinct (charge, duration, rule)
def _note(charge: Charge, base: int, rule: BillingRule) -> str:
    parts = []
    if charge is Charge.LATE_CANCELLATION:
        parts.append(f"disdetta tardiva fatturata: durata prenotata {base} min")
    elif charge is Charge.NO_SHOW:
        parts.append(f"mancata presentazione fatturata: durata prenotata {base} min")
    change = adjustment(base, rule)
    if change is Adjustment.MINIMUM:
        parts.append(f"minimo fatturabile {rule.min_charge_min} min")
    elif change is Adjustment.ROUNDED:
        parts.append(f"arrotondato per eccesso a {rule.round_step_min} min")
    if not parts:
        return ""
    if charge is Charge.DELIVERED:
        return f"{parts[0]} (durata {base} min)"
    return "; ".join(parts)
