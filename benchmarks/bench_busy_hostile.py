"""Hostile calendars and replies: how long each takes to be refused, and its peak memory.

    .venv/bin/python benchmarks/bench_busy_hostile.py

Each case runs in a child process (so its peak resident memory is its own):
the hand-written hostile busy calendars of tests/io/hostile_busy.py, a real-looking
export of 3,000 events over five years, and an .eml reply carrying a 50 MB
attachment. Figures only: the tests hold the same files to generous bounds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "io"))

from hostile_busy import CASES, HEAD, TAIL  # noqa: E402

PEAK = """
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0
"""
BUSY_CHILD = PEAK + """
import datetime as dt, sys
from mediation_desk.io.busy_ics import BusyLimitError, busy_events
data = open(sys.argv[1], "rb").read()
start = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
try:
    print(f"{len(busy_events(data, start=start, end=start + dt.timedelta(days=180)))} blocks")
except BusyLimitError as exc:
    print(f"refused: {exc.code}")
print(peak())
"""
REPLY_CHILD = PEAK + """
import sys
from mediation_desk.io.itip_reply import ReplyParseError, parse_message
try:
    parse_message(open(sys.argv[1], "rb").read())
    print("read")
except ReplyParseError as exc:
    print(f"refused: {exc}")
print(peak())
"""


def _realistic_export() -> bytes:
    """3,000 single events and 40 weekly ones over five years, the Google way (UTC + X-WR-TIMEZONE)."""
    events = []
    for n in range(3000):
        day = 1 + n % 28
        month = 1 + (n // 28) % 12
        year = 2022 + n // 700
        events.append(f"BEGIN:VEVENT\r\nUID:e{n}@google.com\r\nDTSTAMP:20260101T000000Z\r\n"
                      f"DTSTART:{year}{month:02d}{day:02d}T{8 + n % 9:02d}0000Z\r\n"
                      f"DTEND:{year}{month:02d}{day:02d}T{9 + n % 9:02d}0000Z\r\nSUMMARY:Impegno {n}\r\n"
                      "END:VEVENT\r\n")
    for n in range(40):
        events.append(f"BEGIN:VEVENT\r\nUID:w{n}@google.com\r\nDTSTAMP:20260101T000000Z\r\n"
                      f"DTSTART:2022{1 + n % 12:02d}0{1 + n % 9}T0{7 + n % 3}0000Z\r\nDURATION:PT1H\r\n"
                      "RRULE:FREQ=WEEKLY\r\nSUMMARY:Corso\r\nEND:VEVENT\r\n")
    header = HEAD.replace(b"VERSION:2.0\r\n", b"VERSION:2.0\r\nX-WR-TIMEZONE:Europe/Rome\r\n")
    return header + "".join(events).encode() + TAIL


def _big_eml() -> bytes:
    attachment = os.urandom(50 * 1024 * 1024)
    import base64

    body = base64.encodebytes(attachment)
    return (b"From: amina@example.org\r\nTo: coordinamento@example.org\r\nSubject: Re: invito\r\n"
            b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
            b"Content-Type: text/calendar; method=REPLY\r\n\r\n"
            b"BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nEND:VCALENDAR\r\n"
            b"--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + body + b"\r\n--b--\r\n")


def _run(script: str, data: bytes, suffix: str) -> tuple[str, float, float]:
    with tempfile.NamedTemporaryFile(suffix=suffix, delete=False) as handle:
        handle.write(data)
        path = handle.name
    try:
        started = time.perf_counter()
        command = [sys.executable, "-c", script, path]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        elapsed = time.perf_counter() - started
        output, peak = done.stdout.strip().rsplit("\n", 1)
        return output, elapsed, float(peak)
    finally:
        os.unlink(path)


def main() -> None:
    baseline = _run(PEAK + "import mediation_desk.io.busy_ics, mediation_desk.io.itip_reply\nprint('-')\n"
                    "print(peak())", b"", ".txt")
    print(f"{'case':<28} {'size':>10} {'result':<28} {'time':>8} {'peak RSS':>10}")
    print(f"{'(python + imports only)':<28} {'':>10} {'':<28} {baseline[1]:>7.2f}s {baseline[2]:>8.0f}MB")
    cases = [(name, make(), BUSY_CHILD, ".ics") for name, make in sorted(CASES.items())]
    cases.append(("realistic_5y_export", _realistic_export(), BUSY_CHILD, ".ics"))
    cases.append(("eml_50MB_attachment", _big_eml(), REPLY_CHILD, ".eml"))
    for name, data, script, suffix in cases:
        output, elapsed, peak = _run(script, data, suffix)
        print(f"{name:<28} {len(data):>10,} {output[:28]:<28} {elapsed:>7.2f}s {peak:>8.0f}MB")


if __name__ == "__main__":
    main()
