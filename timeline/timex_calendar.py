"""Calendar arithmetic for TIMEX3 values: writing them, checking them, and the days they cover.

A TIMEX3 value names a calendar unit at its own precision ("2021-03", "2021-W43", "2021-Q2",
"199" for the 1990s, "20" for the 21st century). `interval` turns one into the precision and the
first and last calendar day it covers, which is what events are dated with.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_MONTH = r"(?:0[1-9]|1[0-2]|XX)"
_DAY = r"(?:0[1-9]|[12][0-9]|3[01]|XX)"
_WEEK = r"(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)"
_DATE_PART = (
    rf"(?:BC)?(?:[0-9]{{4}}|XXXX)(?:-{_MONTH}(?:-{_DAY})?)?"
    r"|(?:BC)?[0-9]{2,3}"
    rf"|(?:[0-9]{{4}}|XXXX)-W{_WEEK}(?:-(?:[1-7]|WE))?"
    r"|(?:BC)?[0-9]{4}-(?:Q[1-4X]|H[12]|SP|SU|FA|WI)"
    r"|XXXX-(?:Q[1-4X]|H[12]|SP|SU|FA|WI)"
)
_TIME_PART = (
    r"T(?:[0-9]{2}(?::[0-9]{2}(?::[0-9]{2})?)?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)?"
    r"|MO|AF|EV|NI|DT|MI|XX)"
)
_AMOUNT = r"(?:[0-9]+(?:\.[0-9]+)?|X)"
_DURATION = (
    rf"P(?:{_AMOUNT}(?:Y|M|W|D|Q|DE|CE|ML))+(?:T(?:{_AMOUNT}[HMS])+)?"
    rf"|PT(?:{_AMOUNT}[HMS])+"
)
TIMEX3_VALUE = re.compile(
    rf"^(?:(?:{_DATE_PART})(?:{_TIME_PART})?|{_DURATION}|PRESENT_REF|PAST_REF|FUTURE_REF)$"
)


def is_timex3_value(value: str) -> bool:
    """True when `value` is a well-formed TIMEX3 value of the kinds this project writes."""
    return bool(TIMEX3_VALUE.match(value))


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) moved by a number of months."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift_date(day: dt.date, amount: int, unit: str) -> dt.date | None:
    """A day moved by an amount of days (D), weeks (W), months (M), quarters (Q) or years (Y)."""
    try:
        if unit == "D":
            return day + dt.timedelta(days=amount)
        if unit == "W":
            return day + dt.timedelta(weeks=amount)
        months = {"M": 1, "Q": 3, "Y": 12}.get(unit)
        if months is None:
            return None
        year, month = shift_month(day.year, day.month, amount * months)
        return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
    except (OverflowError, ValueError):
        return None


def day_value(day: dt.date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def easter(year: int) -> dt.date:
    """Western Easter Sunday of a Gregorian year (the anonymous algorithm of Meeus, Jones and Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The nth given weekday (Monday 0) of a month: Thanksgiving is the fourth Thursday of November."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def quarter_value(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def year_value(year: int) -> str:
    return f"BC{-year + 1:04d}" if year <= 0 else f"{year:04d}"


def unit_value(day: dt.date, unit: str) -> str:
    """The value of the calendar unit (D, W, M, Q, Y) holding a day."""
    if unit == "D":
        return day_value(day)
    if unit == "W":
        return week_value(day)
    if unit == "M":
        return month_value(day.year, day.month)
    if unit == "Q":
        return quarter_value(day.year, (day.month - 1) // 3 + 1)
    return f"{day.year:04d}"


_INTERVAL = re.compile(
    r"^(?P<year>[0-9]{4})(?:-(?:(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}|XX))?|XX-XX"
    r"|W(?P<week>[0-9]{2})(?P<weekend>-WE)?(?:-(?P<weekday>[1-7]))?|Q(?P<quarter>[1-4])|H(?P<half>[12])"
    r"|(?P<season>SP|SU|FA|WI)))?(?:T.*)?$"
    r"|^(?P<decade>[0-9]{3})$|^(?P<century>[0-9]{2})$"
)


def interval(value: str) -> tuple[str, dt.date, dt.date] | None:
    """The precision and first and last day a DATE/TIME value covers; None when it covers no known days."""
    found = _INTERVAL.match(value)
    if not found:
        return None
    group = found.groupdict()
    try:
        if group["decade"]:
            start = int(group["decade"]) * 10
            return "decade", dt.date(max(start, 1), 1, 1), dt.date(start + 9, 12, 31)
        if group["century"]:
            start = int(group["century"]) * 100
            return "century", dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31)
        year = int(group["year"])
        if year < 1:
            return None
        if group["month"]:
            month = int(group["month"])
            if group["day"] and group["day"] != "XX":
                day = dt.date(year, month, int(group["day"]))
                return "day", day, day
            return "month", dt.date(year, month, 1), month_end(year, month)
        if group["week"]:
            monday = dt.date.fromisocalendar(year, int(group["week"]), 1)
            if group["weekday"]:
                day = monday + dt.timedelta(days=int(group["weekday"]) - 1)
                return "day", day, day
            if group["weekend"]:
                return "week", monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return "week", monday, monday + dt.timedelta(days=6)
        if group["quarter"]:
            first_month = (int(group["quarter"]) - 1) * 3 + 1
            return "quarter", dt.date(year, first_month, 1), month_end(year, first_month + 2)
        if group["half"]:
            first_month = 1 if group["half"] == "1" else 7
            return "year", dt.date(year, first_month, 1), month_end(year, first_month + 5)
        if group["season"]:
            first_month, last_month = SEASON_MONTHS[group["season"]]
            last_year = year + 1 if last_month < first_month else year
            return "season", dt.date(year, first_month, 1), month_end(last_year, last_month)
        return "year", dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None
