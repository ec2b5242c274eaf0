//! The fault matrix: each fault the local Authing can script (connection closed before an
//! answer, 5xx N times, `statusCode` 429 with and without `Retry-After`, a stall past the
//! timeout, truncated or malformed JSON, a body cut mid-way, an answer lost after the write, a
//! refused connection, a token expired mid-run), against GET and POST. Each test asserts how
//! many requests the server saw, the final result and the elapsed time (upper bounds only,
//! lower bounds where a wait must be honoured), and that a POST which reached the server was
//! never carried out twice.

mod bodies;
mod connections;
mod refused;
mod throttling;
mod timeouts;
mod token;

pub(super) use std::future::Future;
pub(super) use std::sync::atomic::{AtomicUsize, Ordering};
pub(super) use std::sync::Arc;
pub(super) use std::time::{Duration, Instant};

pub(super) use crate::common::logs;
pub(super) use crate::common::*;
pub(super) use authing::internal::{ApiRequest, Method};
pub(super) use authing::{Error, ManagementClient, ManagementClientBuilder, RetryConfig};
pub(super) use authing_local::{LocalAuthing, Reply};
pub(super) use serde_json::json;

pub(super) const GET_USER: &str = "/api/v3/get-user";
pub(super) const CREATE_USER: &str = "/api/v3/create-user";
pub(super) const TOKEN_PATH: &str = "/api/v3/get-management-token";

pub(super) fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// A client with a short per-attempt timeout and tiny backoff (3 attempts, as by default).
pub(super) fn fast(server: &LocalAuthing) -> ManagementClientBuilder {
    client_builder(server)
        .timeout(ms(300))
        .deadline(Duration::from_secs(10))
        .retry(
            RetryConfig::default()
                .initial_backoff(ms(5))
                .max_backoff(ms(20)),
        )
}

pub(super) async fn fast_setup() -> (LocalAuthing, ManagementClient) {
    let server = server().await;
    let client = fast(&server).build().unwrap();
    (server, client)
}

/// Answers requests to `path` with `fault()` the first `n` times, then as usual.
pub(super) fn fail_first(
    server: &LocalAuthing,
    path: &'static str,
    n: usize,
    fault: impl Fn() -> Reply + Send + Sync + 'static,
) {
    let seen = AtomicUsize::new(0);
    server.intercept(move |request| {
        (request.path == path && seen.fetch_add(1, Ordering::SeqCst) < n).then(&fault)
    });
}

/// Answers every request to `path` with `fault()`.
pub(super) fn fail_always(
    server: &LocalAuthing,
    path: &'static str,
    fault: impl Fn() -> Reply + Send + Sync + 'static,
) {
    server.intercept(move |request| (request.path == path).then(&fault));
}

pub(super) async fn timed<F: Future>(future: F) -> (F::Output, Duration) {
    let start = Instant::now();
    let output = future.await;
    (output, start.elapsed())
}

pub(super) fn seen(server: &LocalAuthing, path: &str) -> usize {
    server.requests_to(path).len()
}

/// The `create-user` requests the server carried out (answered `statusCode` 200).
pub(super) fn carried_out(server: &LocalAuthing) -> usize {
    server
        .requests_to(CREATE_USER)
        .iter()
        .filter(|r| r.status_code == Some(200))
        .count()
}

pub(super) fn envelope_503() -> Reply {
    Reply::raw(503, "text/html", "<html>503 Service Unavailable</html>")
}

pub(super) fn throttled() -> Reply {
    Reply::json(&json!({"statusCode": 429, "apiCode": 429, "message": "请求过于频繁"}))
}

/// The last error of a call that was retried, checking the attempt count.
pub(super) fn exhausted(err: &Error, attempts: u32) -> &Error {
    match err {
        Error::RetriesExhausted {
            attempts: n, last, ..
        } => {
            assert_eq!(*n, attempts, "{err}");
            assert_eq!(err.attempts(), attempts);
            last
        }
        other => panic!("expected RetriesExhausted, got {other:?}"),
    }
}

pub(super) async fn warm_up(client: &ManagementClient) {
    client.get_user(USER_ID).await.unwrap();
}
