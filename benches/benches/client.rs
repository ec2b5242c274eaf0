//! Client overhead: `get_user` through the SDK versus the identical request sent with a bare
//! `reqwest` client (same URL, headers and token; it only reads the body), at concurrency 1
//! and 64, against the local Authing on 127.0.0.1; a third row adds the SDK's decoding to the
//! bare client, to show how much of the gap decoding is. Rounds of the three rotate so
//! background load hits all alike; the table shows the median round's calls/s and latency
//! percentiles over all calls. Target: the SDK at 64 concurrent calls reaches ≥ 80% of the
//! baseline.
//!
//! `cargo bench -p authing-benches --bench client`
//!
//! The server runs in-process on its own 2-thread runtime; with `BENCH_AUTHING_HOST`,
//! `BENCH_AUTHING_ACCESS_KEY_ID` and `BENCH_AUTHING_ACCESS_KEY_SECRET` set (a loopback host
//! only) it targets that server instead (`benches/official_sdks/run.sh` does this). Knobs:
//! `BENCH_ROUNDS` (10), `BENCH_CALLS_C1` (2000), `BENCH_CALLS_C64` (20000); with `BENCH_JSON`
//! set to a file, one JSON line per client and concurrency is appended to it.

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use authing::ManagementClient;
use authing_benches::bare::{self, Bare, Captured};
use authing_benches::load::{self, Series};
use authing_benches::table::Table;
use authing_benches::{env_usize, ms, runtime};
use authing_local::{LocalAuthing, SEEDED_USER_ID};

/// Where the calls go.
struct Target {
    host: String,
    key_id: String,
    key_secret: String,
    external: bool,
}

fn target(probe: &LocalAuthing) -> Target {
    match std::env::var("BENCH_AUTHING_HOST") {
        Ok(host) => {
            let loopback = ["http://127.", "http://localhost:", "http://[::1]:"];
            assert!(
                loopback.iter().any(|p| host.starts_with(p)),
                "BENCH_AUTHING_HOST must be a local server on the loopback interface, not {host}"
            );
            let var = |n: &str| std::env::var(n).unwrap_or_else(|_| panic!("{n} is not set"));
            Target {
                host,
                key_id: var("BENCH_AUTHING_ACCESS_KEY_ID"),
                key_secret: var("BENCH_AUTHING_ACCESS_KEY_SECRET"),
                external: true,
            }
        }
        Err(_) => Target {
            host: probe.url().to_owned(),
            key_id: probe.access_key_id().to_owned(),
            key_secret: probe.access_key_secret().to_owned(),
            external: false,
        },
    }
}

fn sdk(host: &str, id: &str, secret: &str) -> ManagementClient {
    ManagementClient::builder()
        .access_key_id(id)
        .access_key_secret(secret)
        .host(host)
        .build()
        .expect("the client builds")
}

/// The call every client makes: the user with its custom data, identities and departments.
async fn sdk_call(client: &ManagementClient) -> Result<(), String> {
    let user = client
        .get_user(SEEDED_USER_ID)
        .with_custom_data(true)
        .with_identities(true)
        .with_department_ids(true)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    std::hint::black_box(user);
    Ok(())
}

fn main() {
    let rounds = env_usize("BENCH_ROUNDS", 10);
    let calls = [
        (1, env_usize("BENCH_CALLS_C1", 2000)),
        (64, env_usize("BENCH_CALLS_C64", 20000)),
    ];
    let server_rt = runtime("server");
    let client_rt = runtime("client");
    let probe = server_rt
        .block_on(LocalAuthing::start())
        .expect("the local Authing starts");
    let target = target(&probe);

    // Capture the SDK's request from the probe, then aim the same request at the target.
    let probe_client = sdk(
        probe.url(),
        probe.access_key_id(),
        probe.access_key_secret(),
    );
    client_rt
        .block_on(sdk_call(&probe_client))
        .expect("an SDK call to the probe");
    let sdk_request = probe.last_request().expect("the probe recorded the call");
    let captured = Captured::from_recorded(&sdk_request);
    let captured = if target.external {
        let (token, pool) = client_rt
            .block_on(bare::fetch_token(
                &target.host,
                &target.key_id,
                &target.key_secret,
            ))
            .expect("a token from the target");
        captured.with_token(&token, &pool)
    } else {
        captured
    };
    let bare = Arc::new(Bare::new(&target.host, &captured).expect("the baseline builds"));
    client_rt.block_on(bare.call()).expect("a baseline call");
    if !target.external {
        let sent = Captured::from_recorded(&probe.last_request().expect("recorded"));
        assert_eq!(sent, captured, "the baseline must send what the SDK sends");
    }
    let client = sdk(&target.host, &target.key_id, &target.key_secret);
    client_rt
        .block_on(sdk_call(&client))
        .expect("an SDK call to the target");

    println!(
        "get_user against {} ({}), {rounds} rounds each, order rotating\n",
        target.host,
        if target.external {
            "external"
        } else {
            "in-process"
        }
    );
    let mut table = Table::new(&[
        "concurrency",
        "client",
        "calls/s (median round)",
        "vs baseline",
        "p50 ms",
        "p99 ms",
        "calls/s range",
    ]);
    let decoding = Arc::new(bare.decoding());
    // One call of client `k`: 0 the SDK, 1 the baseline, 2 the baseline plus decoding.
    let round = |k: usize, calls: usize, concurrency: usize| -> load::Round {
        let result = match k {
            0 => {
                let client = client.clone();
                client_rt.block_on(load::run(calls, concurrency, move || {
                    let client = client.clone();
                    async move { sdk_call(&client).await }
                }))
            }
            _ => {
                let bare = Arc::clone(if k == 1 { &bare } else { &decoding });
                client_rt.block_on(load::run(calls, concurrency, move || {
                    let bare = Arc::clone(&bare);
                    async move { bare.call().await }
                }))
            }
        };
        probe.clear_requests();
        result.expect("every call succeeds")
    };
    let names = [
        "authing (this SDK)",
        "bare reqwest (baseline)",
        "bare reqwest + SDK decoding",
    ];
    let mut results = Vec::new();
    for (concurrency, calls) in calls {
        let mut series = [Series::default(), Series::default(), Series::default()];
        // Warm-up (not counted): each opens its connections for this concurrency.
        for k in 0..3 {
            round(k, (calls / 4).max(concurrency), concurrency);
        }
        // Rounds rotate the order (SDK, baseline, decoding; baseline, decoding, SDK; ...).
        for r in 0..rounds {
            for i in 0..3 {
                let k = (r + i) % 3;
                series[k].add(round(k, calls, concurrency));
            }
        }
        let base = series[1].per_sec();
        for (name, mut series) in names.into_iter().zip(series) {
            let (lo, hi) = series.range();
            let (p50, p99) = (series.latency(0.5), series.latency(0.99));
            table.row(vec![
                concurrency.to_string(),
                name.to_owned(),
                format!("{:.0}", series.per_sec()),
                format!("{:.1}%", 100.0 * series.per_sec() / base),
                ms(p50),
                ms(p99),
                format!("{lo:.0}–{hi:.0}"),
            ]);
            results.push((
                name,
                concurrency,
                series.per_sec(),
                p50,
                p99,
                series.calls(),
            ));
        }
    }
    print!("{}", table.render());
    let ratio = |c: usize| {
        let per_sec = |n: &str| {
            results
                .iter()
                .find(|r| r.0.starts_with(n) && r.1 == c)
                .map_or(0.0, |r| r.2)
        };
        per_sec("authing") / per_sec("bare")
    };
    println!(
        "\nSDK / baseline throughput: {:.1}% at concurrency 1, {:.1}% at 64 (target ≥ 80% at 64: {})",
        100.0 * ratio(1),
        100.0 * ratio(64),
        if ratio(64) >= 0.8 { "met" } else { "missed" }
    );
    if let Ok(path) = std::env::var("BENCH_JSON") {
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .expect("BENCH_JSON opens");
        for (name, concurrency, per_sec, p50, p99, calls) in &results {
            let line = serde_json::json!({
                "client": format!("Rust {name}"),
                "concurrency": concurrency,
                "calls": calls,
                "per_sec": per_sec,
                "p50_ms": p50.as_secs_f64() * 1e3,
                "p99_ms": p99.as_secs_f64() * 1e3,
            });
            writeln!(file, "{line}").expect("BENCH_JSON is writable");
        }
    }
    drop(client_rt);
    server_rt.shutdown_timeout(Duration::from_secs(1));
}
