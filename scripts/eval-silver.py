#!/usr/bin/env python3
"""Silver evaluation of the two guesses a news tagger makes most: which week a
bare weekday is in, and which year a year-less date is in.

Real news often says both, "on Tuesday, April 20" or "on April 20, 2010". Such
a phrase is its own answer key: this script deletes the part that settles the
question (", April 20" or ", 2010"), runs `dateline tag` on the article as
changed, and checks that the weekday or the month-day still resolves to the
date the writer gave. No annotation is needed, so it runs on thousands of real
articles (the TLS collections under ../shared/data/tls: Timeline17 and
ENTITIES, 2009-2013, BBC, Guardian, Reuters, AP, CNN and others) that the
rules were never written against.

    scripts/eval-silver.py [--errors] [--kind weekday|monthday|month] [--limit N]

Cases kept:
  * weekday: "WEEKDAY, MONTH DAY", "WEEKDAY DAY MONTH", "WEEKDAY (MONTH DAY)",
    with or without a year, where the date is 0 to 6 days from the
    publication date (a bare weekday would be written there) and the weekday
    agrees with the date;
  * monthday: "MONTH DAY, YEAR" and "DAY MONTH YEAR" within 183 days of the
    publication date (where a year-less date is natural);
  * month: "MONTH YEAR" (no day) within six months of the publication
    month; the value's year and month must match.
One case per changed article: the lines from about 1,500 characters before
the case to 500 after it, the rest left as it is.

SHARED (default ../shared) must hold data/tls. Outputs go to target/silver/.
Exit status 0 after printing the table; 2 when the data is missing.
"""
import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan.": 1, "feb.": 2, "aug.": 8, "sept.": 9, "sep.": 9,
    "oct.": 10, "nov.": 11, "dec.": 12,
}
WD = "|".join(w.capitalize() for w in WEEKDAYS)
MO = "|".join(re.escape(m.capitalize()) for m in sorted(MONTHS, key=len, reverse=True))
ORD = r"(?:st|nd|rd|th)?"
# "Tuesday, April 20", "Tuesday April 20th", "Tuesday 20 April", "Tuesday (April 20)"
# with an optional year; group "cut" is what the case deletes.
WEEKDAY_RE = re.compile(
    rf"\b(?P<wd>{WD})(?P<cut>,? (?:(?P<m1>{MO}) (?P<d1>\d{{1,2}}){ORD}|(?P<d2>\d{{1,2}}){ORD} (?P<m2>{MO}))"
    rf"(?:,? (?P<y>(?:19|20)\d\d))?|,? \((?P<m3>{MO}) (?P<d3>\d{{1,2}}){ORD}\))(?![\w-])"
)
# "in April 2010", "last April 2010" is rare; the cut is the year. Not after a
# day ("20 April 2010" is a month-day case) nor before a day or a digit.
MONTH_RE = re.compile(
    rf"(?<![\d,] )(?<!\d)(?<!\dth )(?<!\dst )(?<!\dnd )(?<!\drd )\b(?P<m>{MO})(?P<cut>,? (?P<y>(?:19|20)\d\d))(?![\w-]| \d)"
)
# "April 20, 2010", "20 April 2010"; the cut is the year (and its comma).
MONTHDAY_RE = re.compile(
    rf"\b(?:(?P<m1>{MO}) (?P<d1>\d{{1,2}}){ORD}(?P<cut1>,? (?P<y1>(?:19|20)\d\d))"
    rf"|(?P<d2>\d{{1,2}}){ORD} (?P<m2>{MO})(?P<cut2> (?P<y2>(?:19|20)\d\d)))(?![\w-])"
)

# Penn Treebank and spaCy token spacing back to running text.
DETOK = [
    (re.compile(r"-LRB-\s*"), "("), (re.compile(r"\s*-RRB-"), ")"),
    (re.compile(r"-LSB-\s*"), "["), (re.compile(r"\s*-RSB-"), "]"),
    (re.compile(r"``\s*"), '"'), (re.compile(r"\s*''"), '"'),
    (re.compile(r" ([,.;:?!%])"), r"\1"),
    (re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", re.I), r"\1"),
    (re.compile(r"\$ (\d)"), r"$\1"),
    (re.compile(r"\( "), "("), (re.compile(r" \)"), ")"),
]


def detok(text):
    for pat, rep in DETOK:
        text = pat.sub(rep, text)
    return text


def month(name):
    return MONTHS[name.lower()]


def date_or_none(y, m, d):
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# Page furniture written against another date than the publication date the
# collection gives (the print edition's, the day of a correction or an
# update): its dates say nothing about the tagger, so those lines are left out.
FURNITURE = re.compile(
    r"A version appeared|appeared on p\d|was (?:amended|corrected|updated) on|"
    r"correction was printed|Added: |Last updated|updated: ",
    re.I,
)


def furniture(text, s):
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", s)
    return FURNITURE.search(text, a, len(text) if b < 0 else b) is not None


def weekday_cases(text, pub):
    for m in WEEKDAY_RE.finditer(text):
        wd = WEEKDAYS.index(m["wd"].lower())
        mo = m["m1"] or m["m2"] or m["m3"]
        day = int(m["d1"] or m["d2"] or m["d3"])
        years = [int(m["y"])] if m["y"] else [pub.year - 1, pub.year, pub.year + 1]
        dates = [d for y in years if (d := date_or_none(y, month(mo), day)) and d.weekday() == wd]
        if not dates:
            continue
        gold = min(dates, key=lambda d: abs((d - pub).days))
        if abs((gold - pub).days) > 6:
            continue
        yield m.start("wd"), m.end("wd"), m.start("cut"), m.end("cut"), gold


def monthday_cases(text, pub):
    for m in MONTHDAY_RE.finditer(text):
        mo, day, year = (m["m1"], m["d1"], m["y1"]) if m["m1"] else (m["m2"], m["d2"], m["y2"])
        gold = date_or_none(int(year), month(mo), int(day))
        if gold is None or abs((gold - pub).days) > 183:
            continue
        cut = "cut1" if m["m1"] else "cut2"
        # the expression left behind is "April 20" / "20 April"
        yield m.start(), m.start(cut), m.start(cut), m.end(cut), gold


def month_cases(text, pub):
    for m in MONTH_RE.finditer(text):
        gold = dt.date(int(m["y"]), month(m["m"]), 1)
        if abs((gold - pub.replace(day=1)).days) > 183:
            continue
        yield m.start(), m.start("cut"), m.start("cut"), m.end("cut"), gold


def load_articles(shared):
    root = os.path.join(shared, "data", "tls")
    for ds in ("t17", "entities"):
        base = os.path.join(root, ds)
        if not os.path.isdir(base):
            continue
        for topic in sorted(os.listdir(base)):
            path = os.path.join(base, topic, "articles.jsonl")
            if not os.path.isfile(path):
                continue
            with open(path, encoding="utf-8") as f:
                for line in f:
                    a = json.loads(line)
                    yield ds, a["id"], dt.date.fromisoformat(a["date"]), detok(a["text"])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", action="store_true", help="list every wrong case")
    ap.add_argument("--kind", choices=["weekday", "monthday", "month"], help="only this kind")
    ap.add_argument("--limit", type=int, default=0, help="at most N cases per kind")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "dateline"))
    args = ap.parse_args()
    shared = os.environ.get("SHARED", os.path.join(ROOT, "..", "shared"))
    if not os.path.isdir(os.path.join(shared, "data", "tls")):
        print(f"eval-silver: {shared}/data/tls not found; set SHARED=/path/to/shared", file=sys.stderr)
        return 2
    cases = []  # (kind, ds, id, pub, changed text, start, end, gold, context)
    seen = set()
    for ds, aid, pub, text in load_articles(shared):
        for kind, finder in (
            ("weekday", weekday_cases),
            ("monthday", monthday_cases),
            ("month", month_cases),
        ):
            if args.kind and kind != args.kind:
                continue
            for s, e, cs, ce, gold in finder(text, pub):
                if furniture(text, s):
                    continue
                # the sentences around the case (live pages run to 100 KB)
                a = text.rfind("\n", 0, max(0, s - 1500)) + 1
                b = text.find("\n", ce + 500)
                b = len(text) if b < 0 else b
                changed = text[a:cs] + text[ce:b]
                s, e = s - a, e - a
                # the same sentence in a syndicated copy is one case, not many
                key = (kind, pub, changed[max(0, s - 80):s + 80])
                if key in seen:
                    continue
                seen.add(key)
                ctx = changed[max(0, s - 100):e + 60].replace("\n", " ")
                cases.append((kind, ds, aid, pub, changed, s, e, gold, ctx))
    if args.limit:
        kept, per = [], Counter()
        for c in cases:
            if per[c[0]] < args.limit:
                per[c[0]] += 1
                kept.append(c)
        cases = kept
    out = os.path.join(ROOT, "target", "silver")
    os.makedirs(out, exist_ok=True)
    inp = os.path.join(out, "cases.jsonl")
    with open(inp, "w", encoding="utf-8") as f:
        for kind, ds, aid, pub, changed, *_ in cases:
            f.write(json.dumps({"title": "", "date": pub.isoformat(), "text": changed}) + "\n")
    res = subprocess.run([args.bin, "tag", "--format", "json", inp], capture_output=True, text=True)
    if res.returncode != 0:
        print(res.stderr, file=sys.stderr)
        return 1
    outputs = [json.loads(l) for l in res.stdout.splitlines() if l.strip()]
    if len(outputs) != len(cases):
        print(f"eval-silver: {len(cases)} cases but {len(outputs)} outputs", file=sys.stderr)
        return 1
    tally = Counter()
    errors = []
    for (kind, ds, aid, pub, changed, s, e, gold, ctx), o in zip(cases, outputs):
        bs = len(changed[:s].encode())
        be = len(changed[:e].encode())
        hits = [t for t in o["timexes"] if t["start"] < be and bs < t["end"]]
        width = 7 if kind == "month" else 10
        here = pub.replace(day=1) if kind == "month" else pub
        side = "past" if gold < here else "today" if gold == here else "future"
        tally[(kind, side, "n")] += 1
        got = hits[0]["value"] if hits else "untagged"
        if got[:width] == gold.isoformat()[:width] and (width == 7) == (len(got) == 7):
            tally[(kind, side, "ok")] += 1
        else:
            errors.append((kind, ds, aid, pub, gold, got, ctx))
    print(f"silver cases from {shared}/data/tls (value's date part must equal the writer's date)")
    print(f"{'kind':9} {'side':7} {'cases':>6} {'right':>6} {'acc':>7}")
    for kind in ("weekday", "monthday", "month"):
        tn = to = 0
        for side in ("past", "today", "future"):
            n, ok = tally[(kind, side, "n")], tally[(kind, side, "ok")]
            tn += n
            to += ok
            if n:
                print(f"{kind:9} {side:7} {n:6d} {ok:6d} {100 * ok / n:7.2f}")
        if tn:
            print(f"{kind:9} {'all':7} {tn:6d} {to:6d} {100 * to / tn:7.2f}")
    if args.errors:
        for kind, ds, aid, pub, gold, got, ctx in errors:
            print(f"{kind} {ds}/{aid} pub {pub} ({pub.strftime('%a')}) gold {gold} got {got}\n    {ctx}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
