#!/usr/bin/env python3
"""Writes Tests/StegDiffTests/DateRenderings/renderings.json: date and date-time renderings made by
ICU (through PyICU, which must build against the same ICU as stegdiff: libicu-dev 72.1) and by the
fixed formats of programs (ISO 8601, RFC 1123/2822, JavaScript, Python, Go, C, Unix date).

Each row renders three instants in one form:
  t0 at UTC            2025-09-29T16:55:10Z   ("same": against a baseline in another form)
  t1 at UTC            2025-10-06T16:55:10Z   ("drift": another day, same form)
  t0 at Asia/Shanghai  2025-09-30T00:55:10+08 ("zone": another offset, same instant; forms with a zone)
Usage: pip install PyICU && python3 Scripts/make-date-renderings.py
"""
import datetime as dt
import json
import os
import sys

import icu

T0 = dt.datetime(2025, 9, 29, 16, 55, 10, tzinfo=dt.timezone.utc)
T1 = T0 + dt.timedelta(days=7)
CHINA = dt.timezone(dt.timedelta(hours=8))
MILLIS0 = T0.timestamp() * 1000
MILLIS1 = T1.timestamp() * 1000


def icu_render(pattern_or_styles, locale, millis, zone):
    loc = icu.Locale(locale)
    if isinstance(pattern_or_styles, tuple):
        date_style, time_style = pattern_or_styles
        if time_style is None:
            fmt = icu.DateFormat.createDateInstance(date_style, loc)
        else:
            fmt = icu.DateFormat.createDateTimeInstance(date_style, time_style, loc)
    else:
        fmt = icu.SimpleDateFormat(pattern_or_styles, loc)
    fmt.setTimeZone(icu.TimeZone.createTimeZone(zone))
    cal = icu.GregorianCalendar(icu.TimeZone.createTimeZone(zone), loc)
    fmt.setCalendar(cal)
    return fmt.format(millis / 1000.0), fmt.toPattern()


rows = []


def add(form, same, drift, zone=None, has_time=False):
    rows.append({"form": form, "same": same, "drift": drift, "zone": zone, "hasTime": has_time})


STYLES = {0: "full", 1: "long", 2: "medium", 3: "short"}
DATE_LOCALES = ["en", "en_GB", "en_AU", "en_CA", "en_IN", "de", "fr", "es", "it", "pt", "pt_PT", "nl", "ru", "pl",
                "ja", "zh", "zh_Hant", "ko", "sv", "da", "nb", "fi", "cs", "uk", "tr", "vi", "id"]
seen = set()
for locale in DATE_LOCALES:
    for style in (0, 1, 2, 3):
        same, pattern = icu_render((style, None), locale, MILLIS0, "UTC")
        if (same, pattern) in seen:
            continue
        seen.add((same, pattern))
        drift, _ = icu_render((style, None), locale, MILLIS1, "UTC")
        add(f"{locale} {STYLES[style]} date ({pattern})", same, drift)
    gen = icu.DateTimePatternGenerator.createInstance(icu.Locale(locale))
    for skeleton in ("yMMMEd", "yMMMMEEEEd", "yMMMd", "yMd"):
        pattern = gen.getBestPattern(skeleton)
        same, _ = icu_render(pattern, locale, MILLIS0, "UTC")
        if (same, pattern) in seen:
            continue
        seen.add((same, pattern))
        drift, _ = icu_render(pattern, locale, MILLIS1, "UTC")
        add(f"{locale} skeleton {skeleton} ({pattern})", same, drift)

# Locale date-times: date style with time style, UTC then Asia/Shanghai.
for locale in ["en", "en_GB", "de", "fr", "es", "it", "nl", "pt", "ru", "ja", "sv", "pl", "zh", "zh_Hant", "ko"]:
    for date_style, time_style in ((2, 2), (3, 3), (1, 1), (0, 0), (2, 3)):
        same, pattern = icu_render((date_style, time_style), locale, MILLIS0, "UTC")
        if (same, pattern) in seen:
            continue
        seen.add((same, pattern))
        drift, _ = icu_render((date_style, time_style), locale, MILLIS1, "UTC")
        zone, _ = icu_render((date_style, time_style), locale, MILLIS0, "Asia/Shanghai")
        has_zone = any(c in pattern.replace("'", "") for c in "zZvVOxX")
        add(f"{locale} {STYLES[date_style]} date {STYLES[time_style]} time ({pattern})", same, drift,
            zone if has_zone else None, True)

# Explicit patterns: a time with Japanese units, a zone or AM/PM before the time.
for locale, pattern in (("ja", "y年M月d日 H時mm分ss秒"), ("ja", "y年M月d日 H時mm分"), ("zh", "y年M月d日ah:mm:ss"),
                        ("zh_Hant", "y/M/d ah:mm:ss"), ("ko", "y년 M월 d일 a h시 m분"), ("ko", "y. M. d. a h:mm:ss")):
    same, _ = icu_render(pattern, locale, MILLIS0, "UTC")
    if (same, pattern) in seen:
        continue
    seen.add((same, pattern))
    drift, _ = icu_render(pattern, locale, MILLIS1, "UTC")
    add(f"{locale} pattern ({pattern})", same, drift, None, True)

# Fixed formats of programs, written with Python's own formatting (no ICU).
def wd(t): return t.strftime("%a")
def mon(t): return t.strftime("%b")
def off(t, colon):
    o = t.utcoffset().total_seconds() // 60
    s = "+" if o >= 0 else "-"
    o = abs(int(o))
    return f"{s}{o // 60:02d}{':' if colon else ''}{o % 60:02d}"

MACHINE = [
    ("ISO 8601 date-time, Z", lambda t: t.strftime("%Y-%m-%dT%H:%M:%S") + ("Z" if t.utcoffset().total_seconds() == 0 else off(t, True)), True),
    ("ISO 8601 with milliseconds (JavaScript toISOString() in UTC)", lambda t: t.strftime("%Y-%m-%dT%H:%M:%S.000") + ("Z" if t.utcoffset().total_seconds() == 0 else off(t, True)), True),
    ("ISO 8601 +hh:mm always (RFC 3339)", lambda t: t.strftime("%Y-%m-%dT%H:%M:%S") + off(t, True), True),
    ("ISO 8601 +hhmm", lambda t: t.strftime("%Y-%m-%dT%H:%M:%S") + off(t, False), True),
    ("ISO 8601 minutes only", lambda t: t.strftime("%Y-%m-%dT%H:%M") + off(t, True), True),
    ("RFC 3339 with a space", lambda t: t.strftime("%Y-%m-%d %H:%M:%S") + off(t, True), True),
    ("Python isoformat()", lambda t: t.isoformat(), True),
    ("Python isoformat() with microseconds", lambda t: t.isoformat(timespec="microseconds"), True),
    ("Python str(datetime) aware", lambda t: str(t), True),
    ("Python str(datetime) naive with microseconds", lambda t: str(t.replace(tzinfo=None, microsecond=367000)), False),
    ("Python ctime()", lambda t: t.ctime(), False),
    ("C asctime", lambda t: t.strftime("%a %b %e %H:%M:%S %Y"), False),
    ("RFC 1123 / HTTP-date / JavaScript toUTCString()", lambda t: t.astimezone(dt.timezone.utc).strftime("%a, %d %b %Y %H:%M:%S GMT"), None),
    ("RFC 2822 (email Date)", lambda t: t.strftime("%a, %d %b %Y %H:%M:%S ") + off(t, False), True),
    ("RFC 2822 without weekday", lambda t: t.strftime("%d %b %Y %H:%M:%S ") + off(t, False), True),
    ("JavaScript Date toString()", lambda t: t.strftime("%a %b %d %Y %H:%M:%S GMT") + off(t, False)
        + (" (Coordinated Universal Time)" if t.utcoffset().total_seconds() == 0 else " (China Standard Time)"), True),
    ("Go time.Time.String()", lambda t: t.strftime("%Y-%m-%d %H:%M:%S.367 ") + off(t, False) + (" UTC" if t.utcoffset().total_seconds() == 0 else " CST"), True),
    ("Unix date (C locale)", lambda t: t.strftime("%a %b %e %H:%M:%S ") + ("UTC" if t.utcoffset().total_seconds() == 0 else "CST") + t.strftime(" %Y"), True),
    ("Unix date (en_US locale, 12-hour)", lambda t: t.strftime("%a %b %e %I:%M:%S %p ") + ("UTC" if t.utcoffset().total_seconds() == 0 else "CST") + t.strftime(" %Y"), True),
    ("24-hour time with GMT+8 style zone", lambda t: t.strftime("%Y/%m/%d %H:%M:%S ") + ("GMT" if t.utcoffset().total_seconds() == 0 else "GMT+8"), True),
    ("IANA zone ID after the time", lambda t: t.strftime("%Y-%m-%d %H:%M:%S ") + ("Etc/UTC" if t.utcoffset().total_seconds() == 0 else "Asia/Shanghai"), True),
    ("RFC 850 (obsolete HTTP-date, cookies)", lambda t: t.astimezone(dt.timezone.utc).strftime("%A, %d-%b-%y %H:%M:%S GMT"), None),
    ("time of day alone, 24-hour with seconds", lambda t: t.strftime("%H:%M:%S"), False),
    ("time of day alone, 12-hour with seconds", lambda t: t.strftime("%I:%M:%S %p"), False),
    ("time of day alone with an offset", lambda t: t.strftime("%H:%M:%S ") + off(t, False), True),
    ("JavaScript toDateString()", lambda t: t.strftime("%a %b %d %Y"), False),
    ("JavaScript toDateString() without weekday", lambda t: t.strftime("%b %d %Y"), False),
    ("RFC 1123 date part", lambda t: t.strftime("%a, %d %b %Y"), False),
]
for form, render, zoned in MACHINE:
    same = render(T0)
    # A time alone drifts by minutes (a week later it reads the same).
    drift = render(T0 + dt.timedelta(seconds=437)) if form.startswith("time of day") else render(T1)
    zone = render(T0.astimezone(CHINA)) if zoned else None
    add(form, same, drift, zone, ":" in same)

out = os.path.join(os.path.dirname(__file__), "..", "Tests", "StegDiffTests", "DateRenderings", "renderings.json")
meta = {"icu": icu.ICU_VERSION, "pyicu": icu.VERSION, "t0": T0.isoformat(), "t1": T1.isoformat(), "zone": "Asia/Shanghai"}
with open(out, "w", encoding="utf-8") as f:
    json.dump({"generatedBy": "Scripts/make-date-renderings.py", "meta": meta, "rows": rows}, f, ensure_ascii=True, indent=1)
    f.write("\n")
print(f"{len(rows)} rows -> {os.path.normpath(out)}", file=sys.stderr)
