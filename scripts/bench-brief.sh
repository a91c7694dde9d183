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
{
  echo "Officials trade blame as talks stall across three capitals"
  echo
  while [ "$(wc -c < "$art.tmp" 2>/dev/null || echo 0)" -lt 5000 ]; do
    for f in fixtures/*.txt; do
      # body paragraphs: everything after the first blank line
      awk 'seen {print} /^$/ {seen=1}' "$f" >> "$art.tmp"
      echo >> "$art.tmp"
    done
  done
  cat "$art.tmp"
} > "$art"
rm -f "$art.tmp"
echo "article: $art ($(wc -c < "$art") bytes)"
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 5 --runs 100 \
    "target/release/dateline brief $art --date 2025-04-17" \
    "target/release/dateline brief $art --date 2025-04-17 --format json"
else
  echo "hyperfine not found; timing 100 runs with bash's time" >&2
  time (for _ in $(seq 100); do target/release/dateline brief "$art" --date 2025-04-17 >/dev/null; done)
fi
