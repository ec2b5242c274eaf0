#!/usr/bin/env bash
# The official Authing SDKs and this SDK calling get_user on one local Authing, in one run.
#
#   bash benches/official_sdks/run.sh
#
# Installs the Python SDK (`pip install authing==5.1.0`, plus `websockets`, which it imports
# but does not declare) into a temporary venv and the Node SDK (`npm install
# authing-node-sdk@4.0.1`) into a temporary folder, starts the local Authing
# (`cargo run --release -p authing-local --example serve`), then runs against it: the Rust
# client bench (this SDK and the bare reqwest baseline), get_user.py and get_user.js, each at
# concurrency 1 and 64. Prints one table, each client's calls/s as a share of this SDK's.
# Knobs: OFFICIAL_CALLS_C1 (1000), OFFICIAL_CALLS_C64 (4000) for the official SDKs; the Rust
# bench's BENCH_ROUNDS (5 here), BENCH_CALLS_C1, BENCH_CALLS_C64. The temporary folder is
# removed at the end (KEEP_WORK=1 keeps it).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
work=$(mktemp -d "${TMPDIR:-/tmp}/authing-official-sdks.XXXXXX")
serve_pid=""
cleanup() {
    if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; fi
    if [ "${KEEP_WORK:-0}" != 1 ]; then rm -rf "$work"; else echo "kept $work"; fi
}
trap cleanup EXIT

calls_c1=${OFFICIAL_CALLS_C1:-1000}
calls_c64=${OFFICIAL_CALLS_C64:-4000}

echo "== installing the official SDKs into $work"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check authing==5.1.0 websockets
(cd "$work" && npm install --silent --no-audit --no-fund authing-node-sdk@4.0.1 >/dev/null)

echo "== building the local Authing and the Rust bench"
cd "$root"
cargo build --quiet --release -p authing-local --example serve
cargo bench --quiet --no-run -p authing-benches --bench client 2>/dev/null

"$target/release/examples/serve" >"$work/serve.env" &
serve_pid=$!
for _ in $(seq 100); do
    [ "$(wc -l <"$work/serve.env")" -ge 4 ] && break
    sleep 0.1
done
set -a
# shellcheck disable=SC1091
. "$work/serve.env"
set +a
echo "== local Authing at $AUTHING_HOST"

results="$work/results.jsonl"
echo "== Rust: this SDK and the bare reqwest baseline"
BENCH_AUTHING_HOST=$AUTHING_HOST \
    BENCH_AUTHING_ACCESS_KEY_ID=$AUTHING_ACCESS_KEY_ID \
    BENCH_AUTHING_ACCESS_KEY_SECRET=$AUTHING_ACCESS_KEY_SECRET \
    BENCH_ROUNDS=${BENCH_ROUNDS:-5} BENCH_JSON=$results \
    cargo bench --quiet -p authing-benches --bench client

echo "== Python authing 5.1.0"
for c in 1 64; do
    calls=$([ "$c" = 1 ] && echo "$calls_c1" || echo "$calls_c64")
    "$work/venv/bin/python" "$here/get_user.py" "$calls" "$c" | tee -a "$results"
done

echo "== Node authing-node-sdk 4.0.1"
for c in 1 64; do
    calls=$([ "$c" = 1 ] && echo "$calls_c1" || echo "$calls_c64")
    NODE_PATH="$work/node_modules" node "$here/get_user.js" "$calls" "$c" | tee -a "$results"
done

echo
echo "== get_user on one local Authing ($(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
python3 "$here/summarize.py" "$results"
