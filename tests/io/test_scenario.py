"""Scenario codec: generated documents round-trip exactly; extra and own fields survive."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mediation_desk.io.scenario import FORMAT, decode_scenario, dump_scenario, encode_scenario
from mediation_desk.scheduling.model import BookingStatus, Outcome, ReplyStatus
from tests.scenarios import DST, MONTH_END

Bench = Callable[..., Path]


def load(path: Path) -> Any:
    return json.loads(path.read_bytes())


@pytest.fixture
def small(demo_scenario: Bench) -> dict[str, Any]:
    return load(demo_scenario())  # type: ignore[no-any-return]


def round_trip(doc: dict[str, Any]) -> dict[str, Any]:
    return encode_scenario(decode_scenario(copy.deepcopy(doc)))


@pytest.mark.parametrize("around", [None, DST, MONTH_END], ids=["december", "dst", "month-end"])
def test_generated_documents_round_trip_exactly(demo_scenario: Bench, around: dt.datetime | None) -> None:
    path = demo_scenario(around) if around else demo_scenario()
    data = decode_scenario(path.read_bytes())
    assert json.loads(dump_scenario(data)) == load(path)
    assert len(data.bookings) > 50 and all(b.start.tzinfo is not None for b in data.bookings)


def test_dst_document_keeps_both_offsets(demo_scenario: Bench) -> None:
    doc = load(demo_scenario(DST))
    out = json.dumps(round_trip(doc))
    assert "+02:00" in out and "+01:00" in out


def test_decoded_instants_are_aware_and_in_the_document_zone(small: dict[str, Any]) -> None:
    data = decode_scenario(small)
    booking = data.bookings[0]
    assert booking.start.utcoffset() is not None
    assert booking.start.isoformat(timespec="seconds") == small["bookings"][0]["start"]
    assert data.mediators[0].phone == small["mediators"][0]["phone"]


def test_unknown_fields_are_kept_at_every_level(small: dict[str, Any]) -> None:
    doc = copy.deepcopy(small)
    doc["comment"] = {"by": "test", "tags": [1, 2]}
    doc["areas"][0]["istat"] = "0980"
    doc["languages"][0]["script"] = "Arab"
    doc["projects"][0]["cup"] = "J11B21000000006"
    doc["agencies"][0]["pec"] = "comune@pec.example.it"
    mediator = doc["mediators"][0]
    mediator["iban"] = None
    mediator["languages"][0]["certified"] = True
    mediator["availability"][0]["note"] = "solo scuole"
    mediator["absences"] = [{"start": "2026-12-24T00:00:00+01:00", "end": "2027-01-02T00:00:00+01:00",
                             "kind": "ferie"}]
    doc["requests"][0]["windows"][0]["room"] = "Aula 3"
    doc["requests"][0]["protocol"] = 1234
    doc["bookings"][0]["invoice"] = {"number": "7/2026"}
    assert round_trip(doc) == doc


def test_own_fields_map_to_the_model_and_back(small: dict[str, Any]) -> None:
    doc = copy.deepcopy(small)
    doc["requests"][0].update({"agency_contact": "Dott.ssa Bianchi", "notes": "portare moduli",
                               "received_at": "2026-11-02T09:12:00+01:00"})
    doc["bookings"][0].update({"outcome": "no_show", "reply": "accepted", "sequence": 2,
                               "actual_start": doc["bookings"][0]["start"]})
    doc["mediators"][0]["active"] = False
    doc["agencies"][0]["contacts"] = [{"name": "Laura Ferrari", "role": "assistente sociale", "ext": "12"}]
    data = decode_scenario(copy.deepcopy(doc))
    request, booking = data.requests[0], data.bookings[0]
    assert (request.agency_contact, request.notes) == ("Dott.ssa Bianchi", "portare moduli")
    assert request.received_at == dt.datetime(2026, 11, 2, 8, 12, tzinfo=dt.UTC)
    assert (booking.outcome, booking.reply, booking.sequence) == (Outcome.NO_SHOW, ReplyStatus.ACCEPTED, 2)
    assert booking.actual_start == booking.start and booking.status is BookingStatus.DONE
    assert data.mediators[0].active is False
    assert data.agencies[0].contacts[0].role == "assistente sociale"
    assert data.agencies[0].contacts[0].extra == {"ext": "12"}
    assert encode_scenario(data) == doc


def test_own_fields_at_default_or_malformed_stay_as_they_were(small: dict[str, Any]) -> None:
    doc = copy.deepcopy(small)
    doc["mediators"][0]["phone"] = ""
    doc["requests"][0]["notes"] = 42
    doc["bookings"][0]["outcome"] = "forse"
    doc["agencies"][0]["contacts"] = "vedi sito"
    data = decode_scenario(copy.deepcopy(doc))
    assert data.requests[0].notes == "" and data.requests[0].extra["notes"] == 42
    assert data.bookings[0].outcome is None
    assert encode_scenario(data) == doc


def test_own_fields_are_written_only_when_set(small: dict[str, Any]) -> None:
    doc = copy.deepcopy(small)
    for entry in doc["requests"][:3] + doc["bookings"][:3]:  # the format's fields only
        for field in ("reason", "outcome", "cancel_reason"):
            entry.pop(field, None)
    data = decode_scenario(doc)
    data.requests[1].reason = "colloquio con la famiglia"
    data.bookings[1].cancel_reason = "malattia"
    out = encode_scenario(data)
    assert out["requests"][1]["reason"] == "colloquio con la famiglia"
    assert out["bookings"][1]["cancel_reason"] == "malattia"
    assert "reason" not in out["requests"][2] and "outcome" not in out["bookings"][2]


def test_instants_are_written_with_the_document_offset(small: dict[str, Any]) -> None:
    doc = copy.deepcopy(small)
    original = doc["bookings"][0]["start"]
    utc = dt.datetime.fromisoformat(original).astimezone(dt.UTC)
    doc["bookings"][0]["start"] = utc.isoformat().replace("+00:00", "Z")
    assert round_trip(doc)["bookings"][0]["start"] == original


def test_text_input_and_byte_order_mark_are_accepted(small: dict[str, Any]) -> None:
    raw = json.dumps(small, ensure_ascii=False).encode("utf-8")
    assert encode_scenario(decode_scenario(b"\xef\xbb\xbf" + raw)) == small
    assert encode_scenario(decode_scenario(raw.decode("utf-8")))["format"] == FORMAT
