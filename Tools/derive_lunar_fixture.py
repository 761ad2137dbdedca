#!/usr/bin/env python3
"""Derive the independent lunar fixture for the WorkCalendar tests.

The Swift module computes the Vietnamese lunisolar calendar astronomically.
To test it against something that is NOT our own code, this script reads the
dates that the MIT-licensed `holidays` package (PyPI) ships for 1901-2100:
its Chinese tables plus the Vietnamese-specific overrides
(VIETNAMESE_CALENDAR_LUNAR_NEW_YEAR_DATES, VIETNAMESE_CALENDAR_HUNG_KINGS_DATES).

Output: one row per year with the Gregorian date of
  Tết (lunar 1/1) and Hùng Kings day (lunar 10/3), Vietnamese calendar (UTC+7),
  and the same two dates in the package's Chinese calendar (UTC+8),
so the tests can also check the UTC+8 mode of the Swift code.

Usage:
    pip install holidays
    python3 Tools/derive_lunar_fixture.py > Tests/WorkCalendarTests/Fixtures/lunar-reference.tsv
"""

import datetime
import sys

try:
    from importlib.metadata import metadata, version
except ImportError:  # pragma: no cover - Python < 3.8
    sys.exit("Python 3.8 or later is required")

try:
    from holidays.calendars.chinese import (
        CHINESE_CALENDAR,
        VIETNAMESE_CALENDAR,
        _ChineseLunisolar,
    )
except ImportError:
    sys.exit("The `holidays` package is not installed: pip install holidays")

FIRST_YEAR, LAST_YEAR = 1901, 2100


def iso(pair):
    """`_get_holiday` returns (date or None, is_estimated); keep the date."""
    day, _estimated = pair
    if day is None:
        raise SystemExit("holidays returned no date; is the year range supported?")
    return day.isoformat()


def main():
    pkg_version = version("holidays")
    pkg_license = metadata("holidays").get("License-Expression") or "MIT"
    lunar = _ChineseLunisolar(VIETNAMESE_CALENDAR)
    out = sys.stdout
    out.write("# Independent reference for Vietnamese lunar dates (WorkCalendar tests).\n")
    out.write(f"# Source: PyPI package `holidays` {pkg_version} (license {pkg_license}),\n")
    out.write("#   holidays.calendars.chinese._ChineseLunisolar: Chinese tables plus the\n")
    out.write("#   VIETNAMESE_CALENDAR_* overrides (lunar_new_year_date, hung_kings_date).\n")
    out.write(f"# Generated: {datetime.date.today().isoformat()}\n")
    out.write("# Command: python3 Tools/derive_lunar_fixture.py"
              " > Tests/WorkCalendarTests/Fixtures/lunar-reference.tsv\n")
    out.write("# Columns: year, Tết (lunar 1/1) and Hùng Kings (lunar 10/3) in the Vietnamese\n")
    out.write("#   calendar, then the same two dates in the package's Chinese calendar (UTC+8).\n")
    out.write("year\ttet_vn\thung_kings_vn\ttet_cn\thung_kings_cn\n")
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        row = [
            str(year),
            iso(lunar.lunar_new_year_date(year, VIETNAMESE_CALENDAR)),
            iso(lunar.hung_kings_date(year, VIETNAMESE_CALENDAR)),
            iso(lunar.lunar_new_year_date(year, CHINESE_CALENDAR)),
            iso(lunar.hung_kings_date(year, CHINESE_CALENDAR)),
        ]
        out.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
