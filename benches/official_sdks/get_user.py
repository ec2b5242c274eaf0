"""get_user through the official Authing Python SDK (authing 5.1.0), timed.

Usage: python get_user.py CALLS CONCURRENCY
Reads AUTHING_HOST, AUTHING_ACCESS_KEY_ID, AUTHING_ACCESS_KEY_SECRET and AUTHING_USER_ID; prints
one JSON line: client, concurrency, calls, per_sec, p50_ms, p99_ms. Concurrency above 1 uses
threads (the SDK is synchronous); the token is fetched by one warm-up call first.

The SDK sends Python booleans as `True`, which the local Authing (strict, like the docs:
`true`/`false`) refuses, so the flags are passed as the strings "true".
"""

import json
import math
import os
import sys
import threading
import time

from authing.ManagementClient import ManagementClient


def main():
    calls, concurrency = int(sys.argv[1]), int(sys.argv[2])
    client = ManagementClient(
        access_key_id=os.environ["AUTHING_ACCESS_KEY_ID"],
        access_key_secret=os.environ["AUTHING_ACCESS_KEY_SECRET"],
        host=os.environ["AUTHING_HOST"],
    )
    user_id = os.environ["AUTHING_USER_ID"]

    def call():
        answer = client.get_user(
            user_id=user_id,
            with_custom_data="true",
            with_identities="true",
            with_department_ids="true",
        )
        if answer.get("statusCode") != 200:
            raise RuntimeError(f"get_user failed: {answer}")

    for _ in range(max(20, concurrency)):
        call()

    latencies, lock = [], threading.Lock()
    remaining = [calls]

    def worker():
        mine = []
        while True:
            with lock:
                if remaining[0] == 0:
                    break
                remaining[0] -= 1
            t = time.perf_counter()
            call()
            mine.append(time.perf_counter() - t)
        with lock:
            latencies.extend(mine)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    if len(latencies) != calls:
        raise RuntimeError(f"{calls - len(latencies)} calls failed")
    latencies.sort()

    def pct(q):
        return latencies[max(1, math.ceil(q * len(latencies))) - 1] * 1e3

    print(json.dumps({
        "client": "Python authing 5.1.0",
        "concurrency": concurrency,
        "calls": calls,
        "per_sec": calls / elapsed,
        "p50_ms": pct(0.5),
        "p99_ms": pct(0.99),
    }))


if __name__ == "__main__":
    main()
