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
# Prints one markdown table row per revision, profile and measure.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/authing-build-units.XXXXXX")
trap 'rm -rf "$work"' EXIT
revs=("${@:-HEAD}")

now() { date +%s.%N; }
load() { cut -d' ' -f1 /proc/loadavg; }

# unit_time TIMINGS_HTML: the `authing` unit's duration in seconds.
unit_time() {
    python3 - "$1" <<'EOF'
import json, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);", html, re.S).group(1))
print(f"{sum(u['duration'] for u in units if u['name'] == 'authing'):.1f}")
EOF
}

# probe DIR FEATURES: a scratch crate in DIR that depends on the SDK with FEATURES.
probe() {
    mkdir -p "$1/src"
    cat >"$1/Cargo.toml" <<EOF
[package]
name = "probe"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
authing = { path = "$src/sdk", $2 }

[workspace]
EOF
    echo 'fn main() { let _ = authing::ManagementClient::builder(); }' >"$1/src/main.rs"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), rustc $(rustc --version | cut -d' ' -f2)"
echo
echo "| revision | profile | measure | seconds | load before |"
echo "| --- | --- | --- | --- | --- |"
for rev in "${revs[@]}"; do
    src="$work/src-$(git -C "$root" rev-parse --short "$rev")"
    mkdir -p "$src"
    git -C "$root" archive "$rev" | tar -x -C "$src"
    short=$(git -C "$root" rev-parse --short "$rev")
    for profile in ${BUILD_PROFILES:-release dev}; do
        flag=$([ "$profile" = release ] && echo --release || echo)
        export CARGO_TARGET_DIR="$work/target-$short-$profile"
        for features in full users ${BUILD_FEATURES:-}; do
            dir="$work/probe-$short-$profile-$features"
            if [ "$features" = full ]; then
                probe "$dir" 'default-features = true'
            elif grep -q "^$features = " "$src/sdk/Cargo.toml"; then
                probe "$dir" "default-features = false, features = [\"$features\"]"
            else
                continue
            fi
            l=$(load)
            (cd "$dir" && cargo build -q $flag --timings >/dev/null 2>&1) ||
                { (cd "$dir" && cargo build $flag); exit 1; }
            echo "| $short | $profile | authing unit, $features ($([ $features = full ] && echo cold build || echo deps built)) | $(unit_time "$CARGO_TARGET_DIR/cargo-timings/cargo-timing.html") | $l |"
        done
        dir="$work/probe-$short-$profile-full"
        touch "$src/sdk/src/lib.rs"
        l=$(load)
        start=$(now)
        (cd "$dir" && cargo build -q $flag >/dev/null 2>&1)
        end=$(now)
        awk -v r="$short" -v p="$profile" -v s="$start" -v e="$end" -v l="$l" \
            'BEGIN { printf "| %s | %s | touch and rebuild, full | %.1f | %s |\n", r, p, e - s, l }'
    done
done
