#!/usr/bin/env python3
"""numpy.busday_offset against tthc's deadline calculator, on the same inputs and holidays.

What each computes, for 1,000,000 inputs (a receipt date in 2025-2030 and N = 1..30 working days,
drawn by the same 64-bit LCG as Benchmarks/CatalogBenchmarks/DeadlineBenchmarks.swift):

- numpy: busday_offset(date, N - 1, roll="forward", busdaycal=...) -- the day of the N-th business
  day, counting the (rolled) receipt day as the first. Whole days only; the calendar is a weekmask
  plus a holiday list, so it cannot hold a Saturday worked in exchange (lam bu).
- tthc (the Swift benchmark "deadline: N working days from an opening"): DeadlineCalculator.dueDate
  from the office's opening that day, N working days of 8 h at minute precision, with the cut-off,
  office hours and worked Saturdays; the due instant falls at 17:00 of that same N-th working day.

The holidays are read from `tthc holidays YEAR --format json` (every non-working weekday, 2025-2031),
so both sides use the catalog's calendar. --check N compares the first N answers with
`tthc deadline --batch` (they differ only where a worked Saturday lies in the period).
--write-csv PATH writes the same inputs as a `tthc deadline --batch` file.

    python3 Benchmarks/Scripts/numpy_busday.py --tthc .build/release/tthc --check 2000
    python3 Benchmarks/Scripts/numpy_busday.py --write-csv /tmp/rows.csv --rows 1000000
"""
import argparse
import json
import subprocess
import sys
import time

import numpy as np

MASK = (1 << 64) - 1


def inputs(count):
    """The Swift benchmark's inputs: days since 2025-01-01 (mod 2000) and N in 1..30."""
    state = 42
    days = np.empty(count, dtype=np.int64)
    n = np.empty(count, dtype=np.int64)
    for i in range(count):
        state = (state * 6364136223846793005 + 1442695040888963407) & MASK
        days[i] = (state >> 33) % 2000
        state = (state * 6364136223846793005 + 1442695040888963407) & MASK
        n[i] = 1 + (state >> 33) % 30
    return np.datetime64("2025-01-01") + days.astype("timedelta64[D]"), n


def holidays(tthc, catalog):
    days = []
    for year in range(2025, 2032):
        out = subprocess.run([tthc, "holidays", str(year), "--format", "json", "--catalog", catalog],
                             capture_output=True, text=True, check=True)
        for day in json.loads(out.stdout)["days"]:
            if day["kind"] != "worked_saturday" and day["weekday"] not in ("Sat", "Sun"):
                days.append(day["date"])
    return np.array(sorted(set(days)), dtype="datetime64[D]")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tthc", default=".build/release/tthc")
    parser.add_argument("--catalog", default="Catalog")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--check", type=int, default=0)
    parser.add_argument("--write-csv")
    args = parser.parse_args()

    dates, n = inputs(args.rows)
    if args.write_csv:
        with open(args.write_csv, "w") as f:
            f.write("received,add\n")
            for d, k in zip(dates.astype(str), n):
                f.write(f"{d},{k} working day{'s' if k > 1 else ''}\n")
        print(f"wrote {args.rows} rows to {args.write_csv}")
        return

    calendar = np.busdaycalendar(weekmask="1111100", holidays=holidays(args.tthc, args.catalog))
    offsets = n - 1
    best = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        due = np.busday_offset(dates, offsets, roll="forward", busdaycal=calendar)
        best = min(best, time.perf_counter() - t0)
    print(f"numpy {np.__version__} busday_offset: {args.rows} deadlines in {best * 1e3:.1f} ms "
          f"(best of {args.repeat}): {best / args.rows * 1e9:.1f} ns each, {args.rows / best / 1e6:.1f} million/s")

    if args.check:
        k = min(args.check, args.rows)
        rows = "received,add\n" + "".join(f"{d},{c} working days\n" for d, c in zip(dates[:k].astype(str), n[:k]))
        out = subprocess.run([args.tthc, "deadline", "--batch", "-", "--catalog", args.catalog],
                             input=rows, capture_output=True, text=True)
        lines = out.stdout.splitlines()[1:]
        differ = [(r, d) for r, d in zip(lines, due[:k].astype(str)) if r.split(",")[2][:10] != d]
        print(f"check: {k - len(differ)} of {k} due days equal tthc deadline --batch; {len(differ)} differ "
              f"(a worked Saturday in the period, which numpy cannot hold)")
        for row, day in differ[:5]:
            print(f"  tthc {row}  numpy {day}")


if __name__ == "__main__":
    sys.exit(main())
