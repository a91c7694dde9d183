#!/usr/bin/env bash
# Build the scale corpus for the `dateline daily` benchmark: about 10,000
# articles (about 50 MB) as JSON Lines, from the real news in the shared data
# (TLS Timeline17 and ENTITIES articles, the CNN summarization dev set), which
# carry real publication dates.
#
#   scripts/build-scale-corpus.sh [OUT_DIR]     (default: target/scale-corpus)
#
# SHARED points at the shared data folder (default: ../shared). The corpus is
# written under target/ and never into the repository. Each source article is
# used once as is and, until the target count is reached, again as a
# deterministic rewrite (other outlet name, every third sentence dropped,
# paragraph order rotated) -- the way several outlets carry one wire story.
# The output is the same on every run.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${SHARED:-../shared}"
OUT="${1:-target/scale-corpus}"
TARGET="${TARGET_ARTICLES:-10000}"
DATA="$SHARED/data"
if [ ! -d "$DATA/tls" ]; then
  echo "build-scale-corpus: $DATA/tls not found; set SHARED to the shared data folder" >&2
  exit 1
fi
case "$(realpath -m "$OUT")/" in
  "$(realpath .)/target/"*) ;;
  "$(realpath .)/"*) echo "build-scale-corpus: refusing to write inside the repository outside target/" >&2; exit 1 ;;
esac
mkdir -p "$OUT"
rm -f "$OUT"/part-*.jsonl
python3 - "$DATA" "$OUT" "$TARGET" <<'PY'
import glob, json, os, sys

data, out, target = sys.argv[1], sys.argv[2], int(sys.argv[3])
src = []
for path in sorted(glob.glob(os.path.join(data, "tls", "*", "*", "articles.jsonl"))):
    topic = os.path.basename(os.path.dirname(path))
    with open(path, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if not a.get("text", "").strip():
                continue  # a handful of source rows have no text
            aid = str(a.get("id", ""))
            outlet = aid.split("/")[0] if "/" in aid else "wire"
            src.append({
                "id": f"{topic}/{aid}",
                "title": (a.get("title") or "").strip(),
                "published": a["date"],
                "source": outlet,
                "text": a["text"],
            })
dev = os.path.join(data, "summaries", "dev.jsonl")
if os.path.exists(dev):
    with open(dev, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            src.append({
                "id": f"cnn/{a['id']}",
                "title": (a.get("title") or "").strip(),
                "published": a["date"],
                "source": "CNN",
                "url": a.get("url"),
                "text": a["text"],
            })
if not src:
    sys.exit("build-scale-corpus: no articles found")

def rewrite(a, k):
    lines = [l for l in a["text"].split("\n") if l.strip()]
    if len(lines) > 3:
        kept = [l for i, l in enumerate(lines) if i % 3 != 2]
        r = k % len(kept)
        kept = kept[r:] + kept[:r] if r and len(kept) > 4 else kept
    else:
        kept = lines
    b = dict(a)
    b["id"] = f"{a['id']}#r{k}"
    b["source"] = f"{a['source']}-syndicated-{k}"
    b["text"] = "\n".join(kept)
    return b

arts = []
k = 0
while len(arts) < target:
    for a in src:
        if len(arts) >= target:
            break
        arts.append(a if k == 0 else rewrite(a, k))
    k += 1

parts = 10
size = 0
for p in range(parts):
    chunk = arts[p::parts]
    with open(os.path.join(out, f"part-{p:02}.jsonl"), "w", encoding="utf-8") as f:
        for a in chunk:
            line = json.dumps(a, ensure_ascii=False) + "\n"
            size += len(line.encode("utf-8"))
            f.write(line)
print(f"build-scale-corpus: {len(arts)} articles, {size / 1e6:.1f} MB in {out}/part-*.jsonl", file=sys.stderr)
PY
