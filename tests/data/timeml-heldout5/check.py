#!/usr/bin/env python3
"""Sanity checks and counts for the timeml-heldout5 files.

Adapted from heldout4's check.py. For each h5-*.tml file: parses as XML, exactly one DCT (tid t0, CREATION_TIME),
unique tids, no nested TIMEX3, every TIMEX3 has tid/type/value, values are
well-formed, full dates exist, weekday and holiday names agree with their
values (Christmas, New Year's Day/Eve, Memorial Day, Labor Day, Easter,
Thanksgiving, the Fourth of July), the article is 220-300 words (dateline
included) with 15-25 TIMEX3, and prints counts per file, per type and per
attribute.
Run: python3 check.py [-v]   (-v lists every tag with its value)
"""
import datetime as dt
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ("DATE", "TIME", "DURATION", "SET")
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MODS = {"APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS",
        "START", "MID", "END", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"}
VALUE_RE = re.compile(
    r"^(PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|\d{3,4}"                                     # decade or year
    r"|\d{4}-(Q[1-4]|H[12]|SP|SU|FA|WI)"            # quarter, half, season
    r"|\d{4}-\d{2}(-\d{2})?"                        # month, day
    r"|\d{4}-W\d{2}(-WE)?"                          # ISO week, weekend
    r"|\d{4}-\d{2}-\d{2}T(\d{2}:\d{2}|MO|AF|EV|NI)"  # clock time or part of day
    r"|XXXX-(\d{2}|SP|SU|FA|WI|WXX-[1-7](T(MO|AF|EV|NI))?|WXX-WE)"  # set anchors
    r"|P(\d+|X)(Y|M|W|D|DE)"                         # durations
    r"|PT(\d+H)?(\d+M)?(\d+S)?|PTXH)$"
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


def check_file(path, problems, verbose):
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
        hol = {"christmas": (12, 25), "new year's day": (1, 1), "new year's eve": (12, 31),
               "fourth of july": (7, 4)}
        for h, (mm, dd) in hol.items():
            if h in low and (day is None or (day.month, day.day) != (mm, dd)):
                problems.append(f"{name}: {tid} holiday mismatch {val}")
        if "memorial day" in low and (day is None or day != memorial_day(day.year)):
            problems.append(f"{name}: {tid} Memorial Day mismatch {val}")
        for h, fn in (("labor day", labor_day), ("easter", easter)):
            if h in low and (day is None or day != fn(day.year)):
                problems.append(f"{name}: {tid} {h} mismatch {val}")
        if "thanksgiving" in low:
            off = 1 if "day after" in low else 0
            if day is None or day != thanksgiving(day.year) + dt.timedelta(days=off):
                problems.append(f"{name}: {tid} Thanksgiving mismatch {val}")
        if verbose:
            extra_s = " ".join(f'{k}={t.get(k)}' for k in ("mod", "quant", "freq") if t.get(k))
            wdn = f" ({day.strftime('%a')})" if day else ""
            print(f"   {tid:>4} {typ:<8} {val:<18}{wdn:6} {extra_s:<14} | {s}")
    if not 220 <= words <= 300:
        problems.append(f"{name}: {words} words, outside 220-300")
    if not 15 <= len(tags) <= 25:
        problems.append(f"{name}: {len(tags)} TIMEX3, outside 15-25")
    first = (text.text or "").strip().split("\n")[0]
    if " -- " not in first:
        problems.append(f"{name}: first line of TEXT is not a dateline")
    return dict(name=name, dct=dct, n=len(tags), c=c, attrs=attrs, words=words)


def main():
    verbose = "-v" in sys.argv
    problems = []
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "h5-*.tml"))):
        if verbose:
            print(os.path.basename(path))
        r = check_file(path, problems, verbose)
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
    main()
