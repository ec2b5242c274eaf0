"""Prints the official SDK comparison table from run.sh's JSON lines (one per client and
concurrency): calls/s as a share of this SDK's at the same concurrency, then p50/p99."""

import json
import sys


def main():
    rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
    ours = {r["concurrency"]: r["per_sec"] for r in rows if r["client"].startswith("Rust authing")}
    print("| concurrency | client | calls/s | vs this SDK | p50 ms | p99 ms | calls |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for r in sorted(rows, key=lambda r: (r["concurrency"], -r["per_sec"])):
        share = r["per_sec"] / ours[r["concurrency"]] if ours.get(r["concurrency"]) else float("nan")
        print(
            f"| {r['concurrency']} | {r['client']} | {r['per_sec']:.0f} | {share:.1%} "
            f"| {r['p50_ms']:.3f} | {r['p99_ms']:.3f} | {r['calls']} |"
        )


if __name__ == "__main__":
    main()
