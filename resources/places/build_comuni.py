"""Rebuild mediation_desk/resources/places/comuni.csv.gz from openpolis/geojson-italy.

Usage: python resources/places/build_comuni.py PATH_TO_A_CHECKOUT_OF_openpolis/geojson-italy

It reads the per-province files geojson/limits_P_<code>_municipalities.geojson (the
ISTAT administrative limits, not simplified, WGS84), takes for each comune the
area-weighted centroid of its largest polygon (an exclave never pulls the point
into the sea), and writes one line per comune: ISTAT code, name, province
acronym, latitude and longitude with 5 decimals (about one metre), sorted by code.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "mediation_desk" / "resources" / "places" / "comuni.csv.gz"
HEADER = ("istat", "name", "province", "lat", "lon")

Ring = list[list[float]]


def ring_area_centroid(ring: Ring) -> tuple[float, float, float]:
    """Signed area and centroid (x, y) of one closed ring, by the shoelace formula."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if area == 0:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return area, cx / (6 * area), cy / (6 * area)


def polygon_centroid(rings: list[Ring]) -> tuple[float, float, float]:
    """Area and centroid of a polygon with holes (the outer ring minus the inner ones)."""
    total = sx = sy = 0.0
    for index, ring in enumerate(rings):
        area, x, y = ring_area_centroid(ring)
        area = abs(area) if index == 0 else -abs(area)
        total += area
        sx += area * x
        sy += area * y
    if total == 0:
        return ring_area_centroid(rings[0])
    return total, sx / total, sy / total


def place_of(geometry: dict) -> tuple[float, float]:
    """(lat, lon) of the comune: the centroid of its largest polygon."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    area, lon, lat = max((polygon_centroid(p) for p in polygons), key=lambda found: abs(found[0]))
    return lat, lon


def rows(checkout: Path) -> list[tuple[str, str, str, str, str]]:
    found = {}
    for path in sorted((checkout / "geojson").glob("limits_P_*_municipalities.geojson")):
        # a few files of abolished Sardinian provinces hold bare geometries without names: skipped,
        # their comuni are in the files of the provinces that replaced them
        for feature in json.loads(path.read_text(encoding="utf-8")).get("features", []):
            props = feature["properties"]
            lat, lon = place_of(feature["geometry"])
            code = props["com_istat_code"]
            found[code] = (code, props["name"].strip(), props["prov_acr"], f"{lat:.5f}", f"{lon:.5f}")
    return [found[code] for code in sorted(found)]


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not (Path(argv[1]) / "geojson").is_dir():
        print(__doc__)
        return 2
    table = rows(Path(argv[1]))
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(table)
    # mtime=0: the same source gives the same bytes, so a rebuild shows no change in git
    OUT.write_bytes(gzip.compress(text.getvalue().encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(table)} comuni written to {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
