"""Shared sanity checks and counts for the project's TimeML sets.

The checker the held-out 6 annotator and the QA 17 and QA 18 analysts
adapted from held-out 5's `check.py` (held-out 4 and 5 keep their own
copies, as their READMEs describe). Held-out 6 has a short `check.py`
that calls `run()` with its file pattern and its bounds; the QA sets
(220-320 words, 15-30 TIMEX3 per article) are checked from the command
line:

    python3 tests/data/timeml_check.py tests/data/timeml-qa19 [-v]

For every file: parses as XML, exactly one DCT (tid t0, CREATION_TIME),
DOCID matches the file name, unique and sequential tids, no nested TIMEX3,
every TIMEX3 has tid/type/value, values are well-formed (years, decades,
two-digit centuries, quarters, halves, seasons, ISO weeks and weekends,
clock times and parts of day, set anchors including XXXX-WXX-WD,
durations including DE and CE and vague PTX units), full dates and ISO
weeks exist, weekday and holiday names agree with their values
(Christmas, Christmas Eve, Boxing Day, New Year's Day/Eve, Hogmanay, the
Fourth of July, Independence Day, Memorial Day, the spring bank holiday,
Labor Day, Easter, Easter Monday, Good Friday, Thanksgiving, "the day
after" a fixed holiday or Thanksgiving, "the <weekday> after
Thanksgiving"), purely DCT-relative phrases agree with the DCT (today,
tonight, this morning..., tomorrow, yesterday, this/next/last week,
weekend, month, year and season, next/last <weekday>, N days/weeks/years
ago, a fortnight ago, "<weekday> week", "the weekend just gone"), word and
TIMEX3 counts fall within the set's bounds, the first line of TEXT is a
dateline that carries no date; then prints counts per file, per type and
per attribute.
"""
import datetime as dt
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter

TYPES = ("DATE", "TIME", "DURATION", "SET")
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MODS = {"APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS",
        "START", "MID", "END", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"}
VALUE_RE = re.compile(
    r"^(PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|\d{2,4}"                                     # century, decade or year
    r"|\d{4}-(Q[1-4]|H[12]|SP|SU|FA|WI)"            # quarter, half, season
    r"|\d{4}-\d{2}(-\d{2})?"                        # month, day
    r"|\d{4}-W\d{2}(-WE)?"                          # ISO week, weekend
    r"|\d{4}-\d{2}-\d{2}T(\d{2}:\d{2}|MO|AF|EV|NI)"  # clock time or part of day
    r"|XXXX-(\d{2}|SP|SU|FA|WI|WXX-[1-7](T(MO|AF|EV|NI))?|WXX-WE|WXX-WD)"  # set anchors
    r"|P(\d+|X)(Y|M|W|D|DE|CE)"                      # durations
    r"|PT(\d+H)?(\d+M)?(\d+S)?|PTX[HMS])$"
)


def memorial_day(y):
    d = dt.date(y, 5, 31)
    return d - dt.timedelta(days=d.weekday())


def labor_day(y):
    d = dt.date(y, 9, 1)
    return d + dt.timedelta(days=(7 - d.weekday()) % 7)


def thanksgiving(y):
    d = dt.date(y, 11, 1)
    first_thu = d + dt.timedelta(days=(3 - d.weekday()) % 7)
    return first_thu + dt.timedelta(days=21)


def easter(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def iso_week(d):
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def season_of(d):
    """(label year, code) of the season containing d; winters by the year they begin."""
    m = d.month
    if m in (3, 4, 5):
        return (d.year, "SP")
    if m in (6, 7, 8):
        return (d.year, "SU")
    if m in (9, 10, 11):
        return (d.year, "FA")
    return (d.year if m == 12 else d.year - 1, "WI")


SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
ORDER = ["SP", "SU", "FA", "WI"]
NUMS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10}


def season_step(y, code, step):
    i = ORDER.index(code) + step
    return (y + i // 4, ORDER[i % 4])


def relative_value(low, dct):
    """Value a careful reader gives a purely DCT-relative phrase, or None if not one."""
    low = re.sub(r"^(early|late|mid-?)\s*", "", low).strip()
    if low in ("today", "tomorrow", "yesterday"):
        return str(dct + dt.timedelta(days={"today": 0, "tomorrow": 1, "yesterday": -1}[low]))
    pod = {"this morning": "MO", "this afternoon": "AF", "this evening": "EV", "tonight": "NI"}
    if low in pod:
        return f"{dct}T{pod[low]}"
    for k, off in (("this", 0), ("next", 1), ("last", -1)):
        if low == f"{k} week":
            return iso_week(dct + dt.timedelta(weeks=off))
        if low == f"{k} weekend":
            return iso_week(dct + dt.timedelta(weeks=off)) + "-WE"
        if low == f"{k} year":
            return str(dct.year + off)
        if low == f"{k} month":
            m = dct.month - 1 + off
            return f"{dct.year + m // 12}-{m % 12 + 1:02d}"
        if low in (f"{k} {se}" for se in SEASONS):
            code = SEASONS[low.split()[1]]
            cy, cc = season_of(dct)
            if k == "this":
                # the current one if we are in it, else the nearest coming one
                y, c = cy, cc
                while c != code:
                    y, c = season_step(y, c, 1)
                if code == "WI" and cc == "SP" and dct.month in (3, 4, 5):
                    y, c = cy - 1, "WI"  # the winter just ended
                return f"{y}-{c}"
            y, c = season_step(cy, cc, off)
            while c != code:
                y, c = season_step(y, c, off)
            return f"{y}-{c}"
    for k, sign in (("next", 1), ("last", -1)):
        for i, wd in enumerate(DAYS):
            if low == f"{k} {wd}":
                d = dct + dt.timedelta(days=sign)
                while d.weekday() != i:
                    d += dt.timedelta(days=sign)
                return str(d)
    if low == "the weekend just gone":
        # the most recent weekend that has ended (a Mon-Fri DCT: the previous ISO week's)
        d = dct - dt.timedelta(days=dct.weekday() + 1)
        return iso_week(d) + "-WE"
    m = re.match(r"^(" + "|".join(DAYS) + r") week$", low)
    if m:
        # British "Tuesday week": a week after the coming Tuesday
        d = dct + dt.timedelta(days=1)
        while d.weekday() != DAYS.index(m[1]):
            d += dt.timedelta(days=1)
        return str(d + dt.timedelta(days=7))
    m = re.match(r"^(a|one|two|three) fortnights? ago$", low)
    if m:
        return str(dct - dt.timedelta(days=14 * NUMS[m[1]]))
    m = re.match(r"^(\d+|" + "|".join(NUMS) + r") (day|week|year)s? ago$", low)
    if m:
        n = int(m[1]) if m[1].isdigit() else NUMS[m[1]]
        if m[2] == "year":
            return str(dct.year - n)
        return str(dct - dt.timedelta(days=n * (7 if m[2] == "week" else 1)))
    return None


def check_file(path, problems, verbose, words_range, tags_range):
    name = os.path.basename(path)
    tree = ET.parse(path)  # raises on malformed XML / bad entities
    root = tree.getroot()
    dcts = root.findall("DCT")
    dct_t = [t for d in dcts for t in d.findall("TIMEX3")]
    if len(dcts) != 1 or len(dct_t) != 1:
        problems.append(f"{name}: expected exactly one DCT TIMEX3")
        return None
    d0 = dct_t[0]
    if d0.get("tid") != "t0" or d0.get("functionInDocument") != "CREATION_TIME" or d0.get("type") != "DATE":
        problems.append(f"{name}: DCT attributes wrong")
    dct = dt.date.fromisoformat(d0.get("value"))
    docid = root.findtext("DOCID")
    if docid + ".tml" != name:
        problems.append(f"{name}: DOCID {docid} does not match file name")
    text = root.find("TEXT")
    tags = list(text.iter("TIMEX3"))
    for t in tags:
        if t.find("TIMEX3") is not None:
            problems.append(f"{name}: nested TIMEX3 in {t.get('tid')}")
    tids = ["t0"] + [t.get("tid") for t in tags]
    if len(set(tids)) != len(tids):
        problems.append(f"{name}: duplicate tids")
    if [t.get("tid") for t in tags] != [f"t{i}" for i in range(1, len(tags) + 1)]:
        problems.append(f"{name}: tids not sequential t1..tN")
    words = len("".join(text.itertext()).split())
    c = Counter()
    attrs = Counter()
    for t in tags:
        tid, typ, val = t.get("tid"), t.get("type"), t.get("value")
        s = (t.text or "").strip()
        if not (tid and typ and val):
            problems.append(f"{name}: {tid} lacks tid/type/value")
            continue
        if typ not in TYPES:
            problems.append(f"{name}: {tid} bad type {typ}")
        if not VALUE_RE.match(val):
            problems.append(f"{name}: {tid} odd value {val}")
        for k in ("mod", "quant", "freq"):
            if t.get(k):
                attrs[f'{k}="{t.get(k)}"'] += 1
        if t.get("mod") and t.get("mod") not in MODS:
            problems.append(f"{name}: {tid} bad mod")
        if (t.get("quant") or t.get("freq")) and typ != "SET":
            problems.append(f"{name}: {tid} quant/freq on non-SET")
        if typ == "DURATION" and not val.startswith("P"):
            problems.append(f"{name}: {tid} DURATION value not P...")
        if typ == "SET" and not (val.startswith("P") or val.startswith("XXXX")):
            problems.append(f"{name}: {tid} SET value")
        if typ == "TIME" and "T" not in val:
            problems.append(f"{name}: {tid} TIME without T")
        extra = set(t.attrib) - {"tid", "type", "value", "mod", "quant", "freq"}
        if extra:
            problems.append(f"{name}: {tid} unexpected attributes {extra}")
        c[typ] += 1
        # calendar checks
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", val)
        day = None
        if m:
            try:
                day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                problems.append(f"{name}: {tid} impossible date {val}")
        m = re.match(r"^(\d{4})-W(\d{2})", val)
        if m:
            try:
                dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            except ValueError:
                problems.append(f"{name}: {tid} impossible ISO week {val}")
        low = s.lower()
        for i, wd in enumerate(DAYS):
            if re.search(r"\b" + wd + r"s?\b", low):
                if typ == "SET":
                    if f"WXX-{i + 1}" not in val:
                        problems.append(f"{name}: {tid} '{s}' set weekday mismatch {val}")
                elif day is None or day.weekday() != i:
                    problems.append(f"{name}: {tid} '{s}' weekday mismatch {val}")
        hol = {"new year's day": (1, 1), "new year's eve": (12, 31),
               "fourth of july": (7, 4), "christmas eve": (12, 24), "boxing day": (12, 26),
               "hogmanay": (12, 31), "independence day": (7, 4)}
        if "christmas" in low and "christmas eve" not in low:
            hol["christmas"] = (12, 25)
        for h, (mm, dd) in hol.items():
            if h in low and "day after" in low and day is not None:
                # "the day after Christmas"
                day_after = day - dt.timedelta(days=1)
                if (day_after.month, day_after.day) != (mm, dd):
                    problems.append(f"{name}: {tid} day-after-holiday mismatch {val}")
                continue
            if h in low and (day is None or (day.month, day.day) != (mm, dd)):
                problems.append(f"{name}: {tid} holiday mismatch {val}")
        if "memorial day" in low and (day is None or day != memorial_day(day.year)):
            problems.append(f"{name}: {tid} Memorial Day mismatch {val}")
        if "good friday" in low and (day is None or day != easter(day.year) - dt.timedelta(days=2)):
            problems.append(f"{name}: {tid} Good Friday mismatch {val}")
        if "spring bank holiday" in low and (day is None or day != memorial_day(day.year)):
            problems.append(f"{name}: {tid} spring bank holiday mismatch {val}")
        if "easter monday" in low and (day is None or day != easter(day.year) + dt.timedelta(days=1)):
            problems.append(f"{name}: {tid} Easter Monday mismatch {val}")
        for h, fn in (("labor day", labor_day), ("easter", easter)):
            if h == "easter" and "easter monday" in low:
                continue
            if h in low and (day is None or day != fn(day.year)):
                problems.append(f"{name}: {tid} {h} mismatch {val}")
        if "thanksgiving" in low:
            off = 1 if "day after" in low else 0
            mwd = re.search(r"(" + "|".join(DAYS) + r") after thanksgiving", low)
            if mwd:
                off = (DAYS.index(mwd[1]) - 3) % 7 or 7
            if day is None or day != thanksgiving(day.year) + dt.timedelta(days=off):
                problems.append(f"{name}: {tid} Thanksgiving mismatch {val}")
        rel = relative_value(low, dct)
        if rel is not None and rel != val:
            problems.append(f"{name}: {tid} '{s}' is {val}, DCT-relative reading gives {rel}")
        if verbose:
            extra_s = " ".join(f'{k}={t.get(k)}' for k in ("mod", "quant", "freq") if t.get(k))
            wdn = f" ({day.strftime('%a')})" if day else ""
            print(f"   {tid:>4} {typ:<8} {val:<18}{wdn:6} {extra_s:<14} | {s}")
    (w0, w1), (t0, t1) = words_range, tags_range
    if not w0 <= words <= w1:
        problems.append(f"{name}: {words} words, outside {w0}-{w1}")
    if not t0 <= len(tags) <= t1:
        problems.append(f"{name}: {len(tags)} TIMEX3, outside {t0}-{t1}")
    first = (text.text or "").strip().split("\n")[0]
    if " -- " not in first:
        problems.append(f"{name}: first line of TEXT is not a dateline")
    else:
        dl = first.split(" -- ")[0]
        months = r"\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)(\.|\b)|\b(january|february|march|april|june|july|august|september|october|november|december)\b"
        if re.search(r"\d", dl) or re.search(months, dl.lower()) or any(d in dl.lower() for d in DAYS):
            problems.append(f"{name}: dateline '{dl}' looks like it carries a date")
    return dict(name=name, dct=dct, n=len(tags), c=c, attrs=attrs, words=words)


def run(folder, pattern, words_range, tags_range):
    """Check every file of `folder` that matches `pattern` (`-v` on the
    command line lists every tag with its value); exit status 1 when a
    problem is found."""
    verbose = "-v" in sys.argv
    problems = []
    rows = []
    for path in sorted(glob.glob(os.path.join(folder, pattern))):
        if verbose:
            print(os.path.basename(path))
        r = check_file(path, problems, verbose, words_range, tags_range)
        if r:
            rows.append(r)
    total = Counter()
    attrs = Counter()
    print(f"{'file':<36} {'DCT':<22} {'words':>5} {'TIMEX3':>6} {'DATE':>5} {'TIME':>5} {'DUR':>5} {'SET':>5}")
    for r in rows:
        total.update(r["c"])
        attrs.update(r["attrs"])
        dcts = f"{r['dct']} ({r['dct'].strftime('%A')})"
        print(f"{r['name']:<36} {dcts:<22} {r['words']:>5} {r['n']:>6} "
              + " ".join(f"{r['c'][t]:>5}" for t in TYPES))
    print(f"TOTAL {sum(total.values())} TIMEX3 in {len(rows)} files: "
          + ", ".join(f"{t} {total[t]}" for t in TYPES))
    print("attributes: " + ", ".join(f"{k} {v}" for k, v in attrs.most_common()))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK: no problems found")


if __name__ == "__main__":
    # a QA set: every .tml file of the folder, with the QA bounds
    folders = [a for a in sys.argv[1:] if a != "-v"]
    if len(folders) != 1:
        sys.exit("usage: timeml_check.py FOLDER [-v]   (a QA set: 220-320 words, 15-30 TIMEX3 per article)")
    run(folders[0], "*.tml", words_range=(220, 320), tags_range=(15, 30))
