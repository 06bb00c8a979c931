"""The signed proof of an intervention: the scheda that came back signed, and the scan kept of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mediation_desk.scheduling.model import BookingId


@dataclass(frozen=True)
class ScanInfo:
    """A scan of the signed sheet as stored: what it is, never its bytes (read those on purpose)."""

    name: str  # the file name it came with, for saving it again
    media_type: str  # application/pdf, image/png, image/jpeg: from its content, never its name
    size: int  # bytes
    sha256: str  # hex digest of the bytes, checked again whenever they are read


@dataclass(frozen=True)
class SignedSheet:
    """The scheda intervento of ``booking`` came back signed by ``signed_by`` for the agency."""

    booking: BookingId
    signed_by: str
    received_on: dt.date
    recorded_by: str
    recorded_at: dt.datetime
    scan: ScanInfo | None = None
    version: int = field(default=0, compare=False)
