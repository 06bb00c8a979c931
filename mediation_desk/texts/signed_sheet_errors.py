"""Sentences for the refusals about signed sheets and their scans (SignedSheetError codes)."""

from __future__ import annotations

import datetime as dt

from mediation_desk.services.signed_sheets import SignedSheetError
from mediation_desk.texts.i18n import translate


def _day(iso: object) -> str:
    try:
        return dt.date.fromisoformat(str(iso)).strftime("%d/%m/%Y")
    except ValueError:
        return str(iso)


def _megabytes(size: object) -> str:
    return f"{int(size) / (1024 * 1024):.1f}".replace(".", ",") if isinstance(size, int) else "?"


def signed_sheet_error_text(exc: SignedSheetError) -> str:
    """The sentence for ``exc`` in the interface language; nothing was written when it was raised."""
    p = exc.params
    name, booking = str(p.get("name", "")), str(p.get("booking", ""))
    texts = {
        "unknown_booking": lambda: translate("SignedSheets", "There is no booking {booking}.").format(
            booking=booking),
        "not_closed": lambda: translate(
            "SignedSheets", "Booking {booking} is not closed: close it with its actual times first.").format(
            booking=booking),
        "signer_required": lambda: translate(
            "SignedSheets", "Say who signed the sheet for the agency."),
        "bad_signer": lambda: translate(
            "SignedSheets", "Who signed must be a name on one line, at most 200 characters."),
        "received_in_future": lambda: translate(
            "SignedSheets", "The sheet cannot have come back on {day}: that day is still to come.").format(
            day=_day(p.get("received"))),
        "received_before": lambda: translate(
            "SignedSheets", "The sheet cannot have come back on {day}, before the intervention of {held}."
        ).format(day=_day(p.get("received")), held=_day(p.get("held"))),
        "no_signed_sheet": lambda: translate(
            "SignedSheets", "No signed sheet is recorded for booking {booking}: record who signed first."
        ).format(booking=booking),
        "no_scan": lambda: translate("SignedSheets", "Booking {booking} has no scan attached.").format(
            booking=booking),
        "checksum_mismatch": lambda: translate(
            "SignedSheets", "The scan {name} of booking {booking} no longer matches the checksum recorded "
            "when it was attached: it was altered or damaged in the database. Attach the original again."
        ).format(name=name, booking=booking),
        "unreadable": lambda: translate("SignedSheets", "The file {name} could not be read: {reason}").format(
            name=name, reason=str(p.get("reason", ""))),
        "empty": lambda: translate("SignedSheets", "The file {name} is empty.").format(name=name),
        "too_big": lambda: translate(
            "SignedSheets", "The file {name} is {size} MB: a scan may be at most {limit} MB. Scan it again "
            "at a lower resolution or in black and white.").format(
            name=name, size=_megabytes(p.get("size")), limit=_megabytes(p.get("limit"))),
        "unknown_type": lambda: translate(
            "SignedSheets", "The file {name} is not a PDF, PNG or JPEG (its content says otherwise, "
            "whatever its name).").format(name=name),
        "corrupt_pdf": lambda: translate(
            "SignedSheets", "The PDF {name} is damaged or incomplete: it cannot be kept.").format(name=name),
        "encrypted_pdf": lambda: translate(
            "SignedSheets", "The PDF {name} is protected by a password: save it without one.").format(
            name=name),
        "corrupt_png": lambda: translate(
            "SignedSheets", "The PNG image {name} is damaged or incomplete: it cannot be kept.").format(
            name=name),
        "corrupt_jpeg": lambda: translate(
            "SignedSheets", "The JPEG image {name} is damaged or incomplete: it cannot be kept.").format(
            name=name),
        "too_many_pixels": lambda: translate(
            "SignedSheets", "The image {name} is {width} × {height} pixels: too large for a scanned "
            "sheet.").format(name=name, width=p.get("width", "?"), height=p.get("height", "?")),
    }
    text = texts.get(exc.code)
    return text() if text else exc.code
