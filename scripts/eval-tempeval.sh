#!/usr/bin/env bash
# Tag TempEval-3 TBAQ-cleaned (TimeBank + AQUAINT), and the project's own
# unseen, held-out and QA development sets, with `dateline tag --format
# timeml` and print the scorer's table for each corpus and for both together.
#
#   scripts/eval-tempeval.sh [--errors] [--debug]
#
# SHARED (default ../shared, relative to the repository root) must hold
# data/tempeval3/TBAQ-cleaned and tools/timex_score.py. Outputs go to
# target/te3/. Extra arguments are passed to the scorer (e.g. --errors).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
shared="${SHARED:-../shared}"
data="$shared/data/tempeval3/TBAQ-cleaned"
scorer="$shared/tools/timex_score.py"
if [[ ! -d "$data" || ! -f "$scorer" ]]; then
    echo "eval-tempeval: $data or $scorer not found; set SHARED=/path/to/shared" >&2
    exit 2
fi
profile=release
args=()
for a in "$@"; do
    case "$a" in
        --debug) profile=debug ;;
        *) args+=("$a") ;;
    esac
done
if [[ $profile == release ]]; then
    cargo build --release --quiet
else
    cargo build --quiet
fi
bin="target/$profile/dateline"
out=target/te3
rm -rf "$out"
mkdir -p "$out/gold-all" "$out/all"
for corpus in TimeBank AQUAINT; do
    "$bin" tag --format timeml "$data/$corpus" --out-dir "$out/$corpus"
    for f in "$data/$corpus"/*.tml; do
        ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$out/gold-all/"
    done
    cp "$out/$corpus"/*.tml "$out/all/"
done
for corpus in TimeBank AQUAINT; do
    echo "== $corpus"
    python3 "$scorer" "$data/$corpus" "$out/$corpus" ${args[@]+"${args[@]}"}
done
echo "== TimeBank + AQUAINT"
python3 "$scorer" "$out/gold-all" "$out/all" ${args[@]+"${args[@]}"}
# Our own out-of-domain sets (in the repository): the unseen set written with
# the rules in mind, and the four held-out sets annotated without reading them.
for set in timeml-unseen timeml-heldout timeml-heldout2 timeml-heldout3 timeml-heldout4 timeml-heldout5 timeml-heldout6 timeml-qa17 timeml-qa18 timeml-qa19 timeml-qa20 timeml-qa21 timeml-qa22 timeml-qa23 timeml-qa24 timeml-qa25 timeml-qa26 timeml-qa27 timeml-qa28 timeml-qa29 timeml-qa30 timeml-qa31 timeml-qa32 timeml-qa33 timeml-qa34 timeml-qa35 timeml-qa36 timeml-qa37 timeml-qa38 timeml-qa39 timeml-qa40 timeml-qa41 timeml-qa42 timeml-qa43 timeml-qa44 timeml-qa45 timeml-qa46; do
    echo "== $set (tests/data/$set)"
    "$bin" tag --format timeml "tests/data/$set" --out-dir "$out/$set"
    python3 "$scorer" "tests/data/$set" "$out/$set" ${args[@]+"${args[@]}"}
done
