//! The escape hatch (`raw` on `ManagementClient`, `AuthenticationClient` and `UserSession`)
//! against a local Authing on 127.0.0.1, one per test: the exact path, query, body and
//! credentials that arrive, path parameters that cannot change the route, the retry rule, the
//! errors of a generated method, and no path value in logs or errors.

#[path = "../common/mod.rs"]
mod common;

mod end_user;
mod management;

use std::time::Duration;

use authing::{ManagementClient, RetryConfig};
use authing_local::{LocalAuthing, Reply};

/// A success envelope around `data`.
pub fn ok(data: serde_json::Value) -> Reply {
    Reply::json(
        &serde_json::json!({"statusCode": 200, "message": "ok", "requestId": "r-1", "data": data}),
    )
}

/// A management client for `server` with tiny backoff (3 attempts, as by default).
pub fn fast_client(server: &LocalAuthing) -> ManagementClient {
    common::client_builder(server)
        .retry(
            RetryConfig::default()
                .initial_backoff(Duration::from_millis(5))
                .max_backoff(Duration::from_millis(20)),
        )
        .build()
        .expect("client builds")
}

/// The requests that arrived at `path` (as sent, percent-encoded).
pub fn arrived(server: &LocalAuthing, path: &str) -> usize {
    server.requests_to(path).len()
}
