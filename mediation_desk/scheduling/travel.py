"""Travel time between two points: great-circle distance x 1.3 road factor at 40 km/h."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0
ROAD_FACTOR = 1.3
SPEED_KMH = 40.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance on a sphere of radius 6371 km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi = p2 - p1
    dlam = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def travel_minutes(lat1: float, lon1: float, lat2: float, lon2: float) -> int:
    """Road minutes, rounded up; a 1e-9 minute tolerance absorbs floating-point noise."""
    minutes = distance_km(lat1, lon1, lat2, lon2) * ROAD_FACTOR / SPEED_KMH * 60.0
    return max(0, math.ceil(minutes - 1e-9))
