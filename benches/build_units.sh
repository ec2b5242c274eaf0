#!/usr/bin/env bash
# The `authing` crate's own compile time as a user pays it, for one or two revisions in one run:
#
#   bash benches/build_units.sh                 # the committed HEAD
#   bash benches/build_units.sh OLD_REV NEW_REV # before and after, same machine, same run
#   BUILD_PROFILES=release bash benches/build_units.sh ...  # one profile only (default: release dev)
#
# For each revision (a `git archive` under /tmp, nothing in the work tree is touched), a scratch
# crate outside the workspace depends on `authing` by path, and per profile (release, dev) in a
# fresh CARGO_TARGET_DIR:
#   1. a cold `cargo build --timings` of the scratch crate, all features (`full`, the default):
#      the `authing` unit's time as cargo's timings report it, with its dependencies building
#      around it as in a user's first build;
#   2. the same with only `users` (dependencies already built), and with each further feature
#      set named in BUILD_FEATURES (e.g. BUILD_FEATURES="management" for the Management API
#      alone; a revision without that feature is skipped);
#   3. `touch` the SDK's lib.rs and rebuild (all features): the wall time of rebuilding the
#      crate alone.
# Prints one markdown table row per revision, profile and measure. The cold build's row also
# gives the `reqwest` unit of the same build and the ratio of the two: the build-time budget is
# the `authing` unit at most 2x the `reqwest` unit, median of 3 cold builds:
#
#   RUNS=3 MEASURES=cold BUILD_PROFILES=release bash benches/build_units.sh OLD NEW
#
# RUNS repeats every measure that many times, the revisions interleaved within each run (each
# build in a fresh target directory), then prints the medians. MEASURES picks among `cold`,
# `users` (and each BUILD_FEATURES set), `calls` (a crate calling 14 common methods: the cost of
# the methods a service uses, paid in its own crate) and `touch` (default: all four).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/authing-build-units.XXXXXX")
trap 'rm -rf "$work"' EXIT
revs=("${@:-HEAD}")
runs=${RUNS:-1}
measures=" ${MEASURES:-cold users calls touch} "

now() { date +%s.%N; }
load() { cut -d' ' -f1 /proc/loadavg; }
wants() { [[ $measures == *" $1 "* ]]; }

# unit_time TIMINGS_HTML NAME: the NAME unit's duration in seconds.
unit_time() {
    python3 - "$1" "$2" <<'EOF'
import json, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);", html, re.S).group(1))
print(f"{sum(u['duration'] for u in units if u['name'] == sys.argv[2]):.1f}")
EOF
}

# probe DIR SRC FEATURES: a scratch crate in DIR that depends on the SDK in SRC with FEATURES.
probe() {
    rm -rf "$1"
    mkdir -p "$1/src"
    cat >"$1/Cargo.toml" <<EOF
[package]
name = "probe"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
authing = { path = "$2/sdk", $3 }

[workspace]
EOF
    echo 'fn main() { let _ = authing::ManagementClient::builder(); }' >"$1/src/main.rs"
}

# calls_probe DIR SRC: a scratch crate in DIR, default features, that calls 14 common Management
# API methods (sent and awaited in a future that is compiled, never run): what a service pays in
# its own crate for the methods it uses.
calls_probe() {
    probe "$1" "$2" 'default-features = true'
    cat >"$1/src/main.rs" <<'EOF'
use std::future::Future;
use std::pin::Pin;

async fn calls(c: authing::ManagementClient) -> Result<(), authing::Error> {
    c.get_user("u1").await?;
    c.list_users().await?;
    c.create_user().await?;
    c.update_user("u1").await?;
    c.delete_users_batch(vec!["u1".to_owned()]).await?;
    c.get_role("admin").await?;
    c.list_roles().await?;
    c.list_organizations().await?;
    c.list_applications().await?;
    c.get_application("a1").await?;
    c.list_groups().await?;
    c.get_user_roles("u1").await?;
    c.kick_users(vec!["a1".to_owned()], "u1").await?;
    c.list_department_members("org", "d1").await?;
    Ok(())
}

type Call = fn(authing::ManagementClient) -> Pin<Box<dyn Future<Output = Result<(), authing::Error>>>>;

fn main() {
    let call: Call = |c| Box::pin(calls(c));
    std::hint::black_box(call);
}
EOF
}

# row REV PROFILE MEASURE SECONDS LOAD: one result, printed and kept for the medians.
row() {
    echo "| $1 | $2 | $3 | $4 | $5 |"
    echo "$1|$2|$3|$4" >>"$work/results"
}

# measure_once SRC SHORT PROFILE RUN: every wanted measure of one revision and profile, in a
# fresh target directory.
measure_once() {
    local src=$1 short=$2 profile=$3 run=$4 flag dir features l start end timings
    flag=$([ "$profile" = release ] && echo --release || echo)
    export CARGO_TARGET_DIR="$work/target-$short-$profile-$run"
    for features in full users ${BUILD_FEATURES:-}; do
        if [ "$features" = full ]; then
            wants cold || continue
        else
            wants users || continue
        fi
        dir="$work/probe-$short-$profile-$features"
        if [ "$features" = full ]; then
            probe "$dir" "$src" 'default-features = true'
        elif grep -q "^$features = " "$src/sdk/Cargo.toml"; then
            probe "$dir" "$src" "default-features = false, features = [\"$features\"]"
        else
            continue
        fi
        l=$(load)
        (cd "$dir" && cargo build -q $flag --timings >/dev/null 2>&1) ||
            { (cd "$dir" && cargo build $flag); exit 1; }
        timings="$CARGO_TARGET_DIR/cargo-timings/cargo-timing.html"
        if [ "$features" = full ]; then
            local a r
            a=$(unit_time "$timings" authing)
            r=$(unit_time "$timings" reqwest)
            row "$short" "$profile" "authing unit, full (cold build)" "$a" "$l"
            row "$short" "$profile" "reqwest unit, same build" "$r" "$l"
            row "$short" "$profile" "ratio authing / reqwest" \
                "$(awk -v a="$a" -v r="$r" 'BEGIN { printf "%.2f", a / r }')" "$l"
        else
            row "$short" "$profile" "authing unit, $features (deps built)" \
                "$(unit_time "$timings" authing)" "$l"
        fi
    done
    if wants calls; then
        dir="$work/probe-$short-$profile-calls"
        calls_probe "$dir" "$src"
        l=$(load)
        (cd "$dir" && cargo build -q $flag --timings >/dev/null 2>&1) ||
            { (cd "$dir" && cargo build $flag); exit 1; }
        row "$short" "$profile" "probe unit calling 14 methods (authing built)" \
            "$(unit_time "$CARGO_TARGET_DIR/cargo-timings/cargo-timing.html" probe)" "$l"
    fi
    if wants touch; then
        dir="$work/probe-$short-$profile-full"
        [ -d "$dir" ] || probe "$dir" "$src" 'default-features = true'
        (cd "$dir" && cargo build -q $flag >/dev/null 2>&1)
        touch "$src/sdk/src/lib.rs"
        l=$(load)
        start=$(now)
        (cd "$dir" && cargo build -q $flag >/dev/null 2>&1)
        end=$(now)
        row "$short" "$profile" "touch and rebuild, full" \
            "$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')" "$l"
    fi
    rm -rf "$CARGO_TARGET_DIR"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), rustc $(rustc --version | cut -d' ' -f2)"
echo
echo "| revision | profile | measure | seconds | load before |"
echo "| --- | --- | --- | --- | --- |"
shorts=()
for rev in "${revs[@]}"; do
    short=$(git -C "$root" rev-parse --short "$rev")
    shorts+=("$short")
    mkdir -p "$work/src-$short"
    git -C "$root" archive "$rev" | tar -x -C "$work/src-$short"
done
for run in $(seq 1 "$runs"); do
    for short in "${shorts[@]}"; do
        for profile in ${BUILD_PROFILES:-release dev}; do
            measure_once "$work/src-$short" "$short" "$profile" "$run"
        done
    done
done
if [ "$runs" -gt 1 ]; then
    echo
    echo "Medians of $runs runs:"
    echo
    echo "| revision | profile | measure | median seconds | runs |"
    echo "| --- | --- | --- | --- | --- |"
    python3 - "$work/results" <<'EOF'
import statistics, sys
groups = {}
for line in open(sys.argv[1], encoding="utf-8"):
    rev, profile, measure, value = line.rstrip("\n").split("|")
    groups.setdefault((rev, profile, measure), []).append(float(value))
for (rev, profile, measure), values in groups.items():
    runs = ", ".join(f"{v:g}" for v in values)
    print(f"| {rev} | {profile} | {measure} | {statistics.median(values):.2f} | {runs} |")
EOF
fi
