#!/usr/bin/env bash
# ROUGE of `dateline summarize` on the CNN development split, against Lead-3
# computed from the same sentence splitter, with rouge_eval.py's paired
# bootstrap (is the gain over Lead-3 significant?).
#
#   scripts/eval-rouge.sh [N]        # N sentences per summary, default 3
#
# Needs `pip install rouge-score` (or SUMM_VENV, see rouge_eval.py) and the
# shared data: ${SHARED:-../shared}/data/summaries/dev.jsonl and
# ${SHARED:-../shared}/tools/rouge_eval.py. Builds the release binary.
# Writes target/summaries/{dateline,lead}-N.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${SHARED:-../shared}"
N="${1:-3}"
DEV="$SHARED/data/summaries/dev.jsonl"
ROUGE="$SHARED/tools/rouge_eval.py"
for f in "$DEV" "$ROUGE"; do
    [ -r "$f" ] || { echo "eval-rouge: cannot read $f (set SHARED to the shared folder)" >&2; exit 2; }
done
cargo build --release --quiet --bin dateline
BIN=target/release/dateline
OUT=target/summaries
mkdir -p "$OUT"
"$BIN" summarize "$DEV" --format json --sentences "$N" -o "$OUT/dateline-$N.jsonl"
"$BIN" summarize "$DEV" --format json --sentences "$N" --method lead -o "$OUT/lead-$N.jsonl"
echo "== Lead-$N (same sentence splitter)"
python3 "$ROUGE" "$OUT/lead-$N.jsonl" "$DEV"
echo
echo "== dateline summarize --sentences $N, paired bootstrap against Lead-$N"
python3 "$ROUGE" "$OUT/dateline-$N.jsonl" "$DEV" --baseline "$OUT/lead-$N.jsonl"
