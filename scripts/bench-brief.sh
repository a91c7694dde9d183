#!/usr/bin/env bash
# Wall time of `dateline brief` on a ~5 KB article, process start included
# (issue 2's target: under 10 ms, release build).
#
#   scripts/bench-brief.sh            # needs hyperfine (apt-get install hyperfine)
#
# The article is assembled from the bundled plain-text fixtures' paragraphs
# (the same recipe as `five_kb` in benches/pipeline.rs) and written to target/.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
art=target/five-kb.txt
body=target/five-kb.body
: > "$body"
while [ "$(wc -c < "$body")" -lt 5000 ]; do
  for f in fixtures/*.txt; do
    [ "$(wc -c < "$body")" -ge 5000 ] && break
    # body paragraphs: everything after the first blank line
    awk 'seen {print} /^$/ {seen=1}' "$f" >> "$body"
    echo >> "$body"
  done
done
{ echo "Officials trade blame as talks stall across three capitals"; echo; cat "$body"; } > "$art"
rm -f "$body"
echo "article: $art ($(wc -c < "$art") bytes)"
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 5 --runs 100 \
    "target/release/dateline brief $art --date 2025-04-17" \
    "target/release/dateline brief $art --date 2025-04-17 --format json"
else
  echo "hyperfine not found; timing 100 runs with bash's time" >&2
  time (for _ in $(seq 100); do target/release/dateline brief "$art" --date 2025-04-17 >/dev/null; done)
fi
