"""Recurrence rules of series: local wall clock across DST, bounded rules, rule edits."""

from __future__ import annotations

import datetime as dt

import pytest

from mediation_desk.scheduling.series import (
    MAX_OCCURRENCES,
    SeriesError,
    at_wall_time,
    ended_before,
    occurrences,
    with_count,
)
from tests.scheduling.tiny_service import ROME, at


def test_a_weekly_series_keeps_its_local_time_across_the_dst_change() -> None:
    starts = occurrences("FREQ=WEEKLY;BYDAY=MO;COUNT=3", at("2026-10-19", "09:00"), ROME)
    assert [s.astimezone(ROME).strftime("%d %H:%M %z") for s in starts] == [
        "19 09:00 +0200", "26 09:00 +0100", "02 09:00 +0100"]


def test_until_with_or_without_utc_marker() -> None:
    first = at("2026-12-07", "09:00")
    assert len(occurrences("RRULE:FREQ=WEEKLY;UNTIL=20261221T080000Z", first, ROME)) == 3
    assert len(occurrences("FREQ=WEEKLY;UNTIL=20261221T085959", first, ROME)) == 2


@pytest.mark.parametrize(("rule", "code"), [
    ("FREQ=WEEKLY", "unbounded"),
    ("FREQ=SOMETIMES;COUNT=2", "bad_rule"),
    (f"FREQ=DAILY;COUNT={MAX_OCCURRENCES + 1}", "too_many"),
])
def test_unusable_rules_are_refused_with_a_code(rule: str, code: str) -> None:
    with pytest.raises(SeriesError) as refused:
        occurrences(rule, at("2026-12-07", "09:00"), ROME)
    assert refused.value.code == code


def test_rule_edits_for_a_split_series() -> None:
    rule = "FREQ=WEEKLY;BYDAY=MO;COUNT=6"
    first, pivot = at("2026-12-07", "09:00"), at("2026-12-21", "09:00")
    assert occurrences(ended_before(rule, pivot), first, ROME) == occurrences(rule, first, ROME)[:2]
    assert len(occurrences(with_count(rule, 4), pivot, ROME)) == 4
    assert at_wall_time(at("2026-10-25", "09:00"), dt.time(2, 30), ROME) == at("2026-10-25", "02:30")
