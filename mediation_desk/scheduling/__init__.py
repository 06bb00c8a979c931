"""The domain: entities, booking rules, matching, planning, budgets, billing. No Qt, no SQL."""
