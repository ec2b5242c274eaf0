#!/usr/bin/env bash
# Compile time of the SDK and the size of its generated code, on this machine, in one command:
#
#   bash benches/compile_time.sh          # everything (cold builds: several minutes on 2 cores)
#   bash benches/compile_time.sh quick    # size, and the edit + codegen step without builds
#
# Works on a copy of the committed tree (`git archive HEAD`) under /tmp, each build in its own
# fresh CARGO_TARGET_DIR there, so neither the work tree nor its target/ is touched. Measures:
#   1. cold `cargo build --release -p authing` (default features: `full`, every group)
#   2. cold `cargo build --release -p authing --no-default-features --features users`
#   3. after each: the `authing` crate alone (`touch sdk/src/lib.rs`, rebuild; dependencies built)
#   4. incremental: one spec file edited (a description in spec/types/UserDto.yaml), then
#      `cargo xtask codegen` (timed apart, xtask built beforehand) and the release rebuild
#      (default features)
# plus the generated code's size (files, lines, bytes of sdk/src/generated). The load average
# is printed before each build: other work on the machine slows builds down.
set -euo pipefail

mode=${1:-full}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/authing-compile-time.XXXXXX")
trap 'rm -rf "$work"' EXIT
git -C "$root" archive HEAD | tar -x -C "$work/"
cd "$work"

now() { date +%s.%N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
# time_it LABEL COMMAND...: runs the command quietly, prints LABEL and the seconds it took.
time_it() {
    local label=$1 start end
    shift
    echo "   (load average $(load)) $label ..." >&2
    start=$(now)
    "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
    end=$(now)
    awk -v l="$label" -v s="$start" -v e="$end" 'BEGIN { printf "| %s | %.1f |\n", l, e - s }'
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), rustc $(rustc --version | cut -d' ' -f2)"
echo "tree: $(git -C "$root" rev-parse --short HEAD) (committed state)"
echo
echo "| generated code (sdk/src/generated) | files | lines | bytes |"
echo "| --- | --- | --- | --- |"
files=$(find sdk/src/generated -name '*.rs' | wc -l)
read -r lines bytes < <(find sdk/src/generated -name '*.rs' -print0 | xargs -0 cat | wc -l -c)
echo "| all | $files | $lines | $bytes |"
biggest=$(find sdk/src/generated -name '*.rs' -print0 | xargs -0 wc -l | grep -v ' total$' | sort -n | tail -1)
echo "| largest file: ${biggest##* } | 1 | $(echo "$biggest" | awk '{print $1}') | $(wc -c <"${biggest##* }") |"
echo

edit_spec() {
    # A description change in one type: regenerates one file (types/common.rs).
    sed -i '0,/description: 创建时间/s//description: 创建时间（已改）/' spec/types/UserDto.yaml
    grep -q '创建时间（已改）' spec/types/UserDto.yaml
}

if [ "$mode" = quick ]; then
    cp -r sdk/src/generated "$work/before"
    export CARGO_TARGET_DIR=${QUICK_TARGET_DIR:-$work/target-xtask}
    cargo build --quiet -p xtask
    edit_spec
    echo "| step | seconds |"
    echo "| --- | --- |"
    time_it "cargo xtask codegen after editing spec/types/UserDto.yaml" cargo xtask codegen
    echo
    echo "generated files changed by the edit:"
    diff -rq "$work/before" sdk/src/generated | sed 's/^/  /' || true
    exit 0
fi

echo "| build | seconds |"
echo "| --- | --- |"
export CARGO_TARGET_DIR=$work/target-full
time_it "cold release, all features (full)" cargo build --release -p authing
touch sdk/src/lib.rs
time_it "authing crate alone, all features" cargo build --release -p authing

export CARGO_TARGET_DIR=$work/target-users
time_it "cold release, --no-default-features --features users" \
    cargo build --release -p authing --no-default-features --features users
touch sdk/src/lib.rs
time_it "authing crate alone, users only" \
    cargo build --release -p authing --no-default-features --features users

export CARGO_TARGET_DIR=$work/target-full
cargo build --quiet -p xtask
edit_spec
time_it "cargo xtask codegen after editing one spec file" cargo xtask codegen
time_it "incremental release rebuild after it, all features" cargo build --release -p authing
