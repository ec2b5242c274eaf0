#!/usr/bin/env bash
# The client bench (`benches/benches/client.rs`) for two revisions, interleaved, so background
# load hits both alike, then each revision's decode bench (`benches/benches/decode.rs`):
#
#   bash benches/client_before_after.sh OLD_REV NEW_REV [RUNS]   # RUNS: 5 unless given
#
# Builds each revision's bench binary from a `git archive` under /tmp (the work tree is not
# touched), then runs OLD, NEW, OLD, NEW, ... RUNS times each (`BENCH_ROUNDS` rounds per run, 4
# unless set). Prints, per revision and concurrency, the SDK's calls/s as a share of the bare
# reqwest baseline in the same run: the median over the runs and the range.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
old=$(git -C "$root" rev-parse --short "$1")
new=$(git -C "$root" rev-parse --short "$2")
runs=${3:-5}
work=$(mktemp -d "${TMPDIR:-/tmp}/authing-client-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

for rev in "$old" "$new"; do
    mkdir -p "$work/$rev"
    git -C "$root" archive "$rev" | tar -x -C "$work/$rev"
    echo "building the client bench of $rev ..." >&2
    (cd "$work/$rev" && CARGO_TARGET_DIR="$work/target-$rev" \
        cargo bench -q -p authing-benches --bench client --bench decode --no-run >/dev/null 2>&1)
    find "$work/target-$rev/release/deps" -maxdepth 1 -type f -executable -name 'client-*' \
        -exec cp {} "$work/client-$rev" \;
done

export BENCH_ROUNDS=${BENCH_ROUNDS:-4}
for i in $(seq "$runs"); do
    for rev in "$old" "$new"; do
        echo "run $i of $rev (load $(cut -d' ' -f1 /proc/loadavg)) ..." >&2
        (cd "$work/$rev/benches" && BENCH_JSON="$work/$rev.jsonl" "$work/client-$rev" >/dev/null)
    done
done

python3 - "$work" "$old" "$new" <<'EOF'
import json, statistics, sys
work, revs = sys.argv[1], sys.argv[2:]
print("| revision | concurrency | SDK vs bare reqwest, median of runs | range | runs |")
print("| --- | --- | --- | --- | --- |")
for rev in revs:
    lines = [json.loads(l) for l in open(f"{work}/{rev}.jsonl")]
    for c in sorted({l["concurrency"] for l in lines}):
        sdk = [l["per_sec"] for l in lines if l["concurrency"] == c and "authing" in l["client"]]
        bare = [l["per_sec"] for l in lines if l["concurrency"] == c and l["client"] == "Rust bare reqwest (baseline)"]
        ratios = [100 * s / b for s, b in zip(sdk, bare)]
        print(f"| {rev} | {c} | {statistics.median(ratios):.1f}% | {min(ratios):.1f}–{max(ratios):.1f}% | {len(ratios)} |")
EOF

for rev in "$old" "$new"; do
    echo
    echo "decode bench of $rev (load $(cut -d' ' -f1 /proc/loadavg)):"
    (cd "$work/$rev" && CARGO_TARGET_DIR="$work/target-$rev" \
        cargo bench -q -p authing-benches --bench decode 2>/dev/null)
done
