"""Excel import of many requests, and a zip bomb refused: time and peak memory (figures only).

    .venv/bin/python benchmarks/bench_xlsx_import.py [--rows 10000 100000] [--bomb-mb 1100]

Each size runs in a fresh process so that its peak resident memory is its own.
The import reads and checks the file outside the write transaction, then
inserts every row in bulk (one MAX over the table, not one per row).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402

from mediation_desk.io import xlsx_import  # noqa: E402
from mediation_desk.io.xlsx_columns import COLUMNS, SHEET_TITLES, Kind  # noqa: E402
from mediation_desk.io.xlsx_import import ImportRefused  # noqa: E402
from mediation_desk.services import finance  # noqa: E402
from mediation_desk.storage import repository  # noqa: E402
from mediation_desk.storage.db import Database  # noqa: E402
from tests.scheduling.tiny_service import service  # noqa: E402

NOW = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)
# as Excel stores what a coordinator types in the template's date and time columns: date and time cells
ROW = {"Ente": "A1", "Progetto": "P1", "Lingua": "ar", "Modalità": "telefonica", "Durata (min)": 60,
       "Dalle": dt.time(9, 0), "Alle": dt.time(12, 0), "Note": "citofono 3"}


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def template(rows: int) -> bytes:
    """A filled requests template of ``rows`` rows (written in streaming mode: only the data sheet)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET_TITLES[Kind.REQUESTS])
    headers = [c.header for c in COLUMNS[Kind.REQUESTS]]
    sheet.append(headers)
    start = dt.date(2026, 3, 2)
    for i in range(rows):
        day = start + dt.timedelta(days=i % 280)
        values = ROW | {"Data": day}
        sheet.append([values.get(h) for h in headers])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def one_size(rows: int) -> dict[str, float]:
    """Run in a child process: build, parse, import; the figures as JSON on stdout."""
    raw = template(rows)
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(str(Path(folder) / "bench.db"))
        try:
            with db.write() as s:
                repository.replace_service(s, service(requests=[]))
            rss_before = peak_rss_mb()
            started = time.perf_counter()
            result = finance.import_xlsx(db, Kind.REQUESTS, raw, actor="bench", now=NOW)
            took = time.perf_counter() - started
            with db.read() as s:
                stored = len(repository.list_requests(s))
        finally:
            db.dispose()
    return {"rows": rows, "file_mb": len(raw) / 1e6, "seconds": took, "imported": len(result.ids),
            "stored": stored, "peak_rss_mb": peak_rss_mb(), "rss_before_mb": rss_before}


def bomb(unpacked_mb: int, folder: Path) -> dict[str, float]:
    """A template whose sheet is padded with ``unpacked_mb`` MB of spaces; the refusal's time and memory."""
    path = folder / "bomb.xlsx"
    with zipfile.ZipFile(io.BytesIO(template(1))) as src, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                with out.open(item.filename, "w", force_zip64=True) as part:
                    head, _, tail = data.partition(b"<sheetData>")
                    part.write(head + b"<sheetData>")
                    for _ in range(unpacked_mb):
                        part.write(b" " * (1024 * 1024))
                    part.write(tail)
            else:
                out.writestr(item, data)
    rss_before = peak_rss_mb()
    started = time.perf_counter()
    try:
        xlsx_import.read_import(Kind.REQUESTS, path, xlsx_import.ImportContext(tz=dt.UTC))
        verdict = "ACCEPTED"
    except ImportRefused as exc:
        verdict = str(exc.problems[0])
    return {"file_mb": path.stat().st_size / 1e6, "unpacked_mb": unpacked_mb,
            "seconds": time.perf_counter() - started, "peak_rss_growth_mb": peak_rss_mb() - rss_before,
            "verdict": verdict}  # type: ignore[dict-item]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--bomb-mb", type=int, default=1100)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_size(args.child)))
        return
    print(f"machine    load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(figures scale with it)")
    for rows in args.rows:
        done = subprocess.run([sys.executable, __file__, "--child", str(rows)], capture_output=True,
                              text=True, check=True)
        f = json.loads(done.stdout)
        print(f"import     {f['rows']:>7} rows ({f['file_mb']:.1f} MB): {f['seconds']:.2f} s, "
              f"{f['rows'] / f['seconds']:,.0f} rows/s, peak RSS {f['peak_rss_mb']:.0f} MB "
              f"(process at start {f['rss_before_mb']:.0f} MB), stored {f['stored']}")
    if args.bomb_mb:
        with tempfile.TemporaryDirectory() as folder:
            b = bomb(args.bomb_mb, Path(folder))
        print(f"zip bomb   {b['file_mb']:.1f} MB file declaring {b['unpacked_mb']} MB: refused in "
              f"{b['seconds'] * 1000:.0f} ms, peak RSS growth {b['peak_rss_growth_mb']:.0f} MB: "
              f"{b['verdict']}")


if __name__ == "__main__":
    main()
