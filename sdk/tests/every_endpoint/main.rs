//! Every endpoint of the SDK called once against a local Authing that answers each call with the
//! endpoint's documented example response: the method and path on the wire match the spec, and
//! the documented example decodes into the generated types.
//!
//! The calls are generated (`generated/`, by `cargo xtask codegen`); the helpers they use live
//! here.

#[path = "../common/mod.rs"]
mod common;
#[rustfmt::skip]
mod generated;

use authing::{Error, ManagementClient, RetryConfig};
use authing_local::{LocalAuthing, Reply};

/// A local Authing answering every documented endpoint with its documented example, and a
/// client for it (no retries: each call is one request).
async fn setup() -> (LocalAuthing, ManagementClient) {
    let server = common::server().await;
    server.intercept(|request| {
        authing_local::documented_example(&request.method, &request.path)
            .map(|body| Reply::raw(200, "application/json", body))
    });
    let client = common::client_builder(&server)
        .retry(RetryConfig::default().max_attempts(1))
        .build()
        .expect("client builds");
    (server, client)
}

/// Records what is wrong with one call: its outcome, or the request that arrived.
fn check<T>(
    failures: &mut Vec<String>,
    server: &LocalAuthing,
    name: &str,
    (method, path): (&str, &str),
    outcome: Result<T, Error>,
) {
    if let Err(error) = outcome {
        failures.push(format!("{name}: {error}"));
    }
    check_wire(failures, server, name, (method, path), Ok(()));
}

/// Like [`check`] for an endpoint without a documented example: only the request that arrived
/// is checked (the server has nothing to answer with).
fn check_wire<T>(
    failures: &mut Vec<String>,
    server: &LocalAuthing,
    name: &str,
    (method, path): (&str, &str),
    _outcome: Result<T, Error>,
) {
    match server.last_request() {
        Some(r) if r.method == method && r.path == path => {}
        other => failures.push(format!(
            "{name}: expected {method} {path}, got {:?}",
            other.map(|r| (r.method, r.path))
        )),
    }
}

/// Fails with every problem of a group at once.
fn report(group: &str, count: usize, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} of the {count} endpoints of `{group}` failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
