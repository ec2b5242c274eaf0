//! Token single flight: 1,000 concurrent first calls of a new client cause exactly one token
//! request (asserted: the bench fails otherwise), timed over several trials, each with a fresh
//! local Authing and client. Also shown: how long the whole burst takes and its latencies.
//!
//! `cargo bench -p authing-benches --bench token`   (`BENCH_TRIALS`, default 5)

use std::time::{Duration, Instant};

use authing::ManagementClient;
use authing_benches::table::Table;
use authing_benches::{env_usize, ms, percentile, runtime};
use authing_local::{LocalAuthing, SEEDED_USER_ID};

const CALLS: usize = 1000;

fn main() {
    let trials = env_usize("BENCH_TRIALS", 5);
    let server_rt = runtime("server");
    let client_rt = runtime("client");
    let mut table = Table::new(&[
        "trial",
        "concurrent first calls",
        "token requests",
        "burst wall ms",
        "p50 ms",
        "p99 ms",
    ]);
    for trial in 1..=trials {
        let server = server_rt
            .block_on(LocalAuthing::start())
            .expect("the local Authing starts");
        let client = ManagementClient::builder()
            .access_key_id(server.access_key_id())
            .access_key_secret(server.access_key_secret())
            .host(server.url())
            .build()
            .expect("the client builds");
        let started = Instant::now();
        let mut latencies: Vec<Duration> = client_rt.block_on(async {
            let calls: Vec<_> = (0..CALLS)
                .map(|_| {
                    let client = client.clone();
                    tokio::spawn(async move {
                        let t = Instant::now();
                        client
                            .get_user(SEEDED_USER_ID)
                            .send()
                            .await
                            .map(|_| t.elapsed())
                    })
                })
                .collect();
            let mut out = Vec::with_capacity(CALLS);
            for call in calls {
                out.push(call.await.expect("no panic").expect("every call succeeds"));
            }
            out
        });
        let wall = started.elapsed();
        latencies.sort_unstable();
        let tokens = server.token_requests();
        assert_eq!(
            tokens, 1,
            "{CALLS} concurrent first calls must share one token request"
        );
        assert_eq!(server.requests_to("/api/v3/get-user").len(), CALLS);
        table.row(vec![
            trial.to_string(),
            CALLS.to_string(),
            tokens.to_string(),
            ms(wall),
            ms(percentile(&latencies, 0.5)),
            ms(percentile(&latencies, 0.99)),
        ]);
        drop(server);
    }
    print!("{}", table.render());
    println!("\n{CALLS} concurrent first calls made exactly one token request in each of {trials} trials (asserted)");
    drop(client_rt);
    server_rt.shutdown_timeout(Duration::from_secs(1));
}
