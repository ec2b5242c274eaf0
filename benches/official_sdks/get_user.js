// get_user through the official Authing Node SDK (authing-node-sdk 4.0.1), timed.
//
// Usage: node get_user.js CALLS CONCURRENCY   (with the SDK on NODE_PATH)
// Reads AUTHING_HOST, AUTHING_ACCESS_KEY_ID, AUTHING_ACCESS_KEY_SECRET and AUTHING_USER_ID;
// prints one JSON line: client, concurrency, calls, per_sec, p50_ms, p99_ms. Concurrency is
// that many async loops sharing one client; the SDK signs every call (no token request).

const { ManagementClient } = require("authing-node-sdk");

async function main() {
  const [calls, concurrency] = process.argv.slice(2).map(Number);
  const client = new ManagementClient({
    accessKeyId: process.env.AUTHING_ACCESS_KEY_ID,
    accessKeySecret: process.env.AUTHING_ACCESS_KEY_SECRET,
    host: process.env.AUTHING_HOST,
  });
  const userId = process.env.AUTHING_USER_ID;
  const call = async () => {
    const answer = await client.getUser({
      userId,
      withCustomData: true,
      withIdentities: true,
      withDepartmentIds: true,
    });
    if (answer.statusCode !== 200) {
      throw new Error(`getUser failed: ${JSON.stringify(answer)}`);
    }
  };

  for (let i = 0; i < Math.max(200, concurrency); i++) await call();

  const latencies = [];
  let remaining = calls;
  const worker = async () => {
    while (remaining > 0) {
      remaining -= 1;
      const t = process.hrtime.bigint();
      await call();
      latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const pct = (q) => latencies[Math.max(1, Math.ceil(q * latencies.length)) - 1];
  console.log(
    JSON.stringify({
      client: "Node authing-node-sdk 4.0.1",
      concurrency,
      calls,
      per_sec: calls / elapsed,
      p50_ms: pct(0.5),
      p99_ms: pct(0.99),
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
