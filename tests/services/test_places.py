"""The list of comuni shipped as package data: found by name, accents, province; credited."""

from __future__ import annotations

from importlib import resources

import pytest

from mediation_desk.services import places


def test_the_list_loads_from_the_package_data_with_every_comune() -> None:
    data = resources.files("mediation_desk").joinpath("resources/places/comuni.csv.gz")
    assert data.is_file()
    notice = resources.files("mediation_desk").joinpath("resources/places/NOTICE").read_text("utf-8")
    assert "openpolis/geojson-italy" in notice and "CC BY 4.0" in notice and "ISTAT" in notice
    every = places.comuni()
    assert 7800 < len(every) < 8000  # ISTAT counted 7,901 comuni in 2023
    assert len({c.istat for c in every}) == len(every)
    assert all(35.4 < c.lat < 47.1 and 6.6 < c.lon < 18.6 for c in every)  # inside Italy


def test_a_comune_is_found_by_its_name_whatever_the_case_and_with_its_point() -> None:
    cremona = places.resolve("cremona")
    assert (cremona.istat, cremona.province, cremona.label) == ("019036", "CR", "Cremona (CR)")
    assert abs(cremona.lat - 45.14) < 0.03 and abs(cremona.lon - 10.03) < 0.03
    assert places.by_code("019036") == cremona
    assert places.resolve("Cremona (CR)") == cremona


def test_accents_apostrophes_and_bilingual_names_need_not_be_typed_exactly() -> None:
    assert places.resolve("forli").name == "Forlì"
    assert places.resolve("FORLÌ").istat == places.resolve("Forli").istat
    assert places.resolve("Sant Agata de Goti").name == "Sant'Agata de' Goti"
    assert places.resolve("Innichen").name == "San Candido/Innichen"


def test_a_name_in_two_provinces_asks_for_the_province_and_the_province_decides() -> None:
    with pytest.raises(places.AmbiguousComune) as raised:
        places.resolve("Castro")
    assert raised.value.provinces == ["BG", "LE"]
    assert places.resolve("Castro", province="le").lat < 41 < places.resolve("Castro", province="BG").lat
    assert places.resolve("Castro (BG)").province == "BG"
    with pytest.raises(places.UnknownComune):
        places.resolve("Castro", province="MI")
    with pytest.raises(places.UnknownComune):
        places.resolve("Atlantide")


def test_searching_part_of_a_name_lists_exact_then_beginning_then_inside() -> None:
    labels = [c.label for c in places.search("crem", limit=50)]
    assert "Cremona (CR)" in labels and "Crema (CR)" in labels
    assert labels.index("Cremona (CR)") < labels.index("Acquanegra Cremonese (CR)")
    assert places.search("Castro")[:2] == [places.resolve("Castro (BG)"), places.resolve("Castro (LE)")]
    assert [c.label for c in places.search("Samone (TN)")] == ["Samone (TN)"]
    assert places.search("   ") == []


def test_coordinates_typed_before_the_list_existed_are_shown_with_their_comune() -> None:
    cremona = places.resolve("Cremona")
    assert places.placed_in({}, 45.1333, 10.0227) == cremona  # the town centre, near the point
    assert places.placed_in({places.COMUNE_KEY: "075096"}, 0.0, 0.0) == places.resolve("Castro (LE)")
    assert places.placed_in({}, 43.0, 5.0) is None  # at sea off France: no comune
