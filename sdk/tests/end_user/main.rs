//! The end-user API's client against a local server: what goes on the wire compared with what
//! the official SDKs send (`wire.rs`, fixtures in `tests/fixtures/official_wire/`), user
//! sessions renewing their token (`session.rs`), the tenant and the caller's own headers
//! (`headers.rs`), and a call that needs an extra step such as MFA (`extra_step.rs`). Each test starts its own server on 127.0.0.1
//! and scripts its answers with the intercept hook.

#[path = "../common/mod.rs"]
mod common;

mod extra_step;
mod headers;
mod retries;
mod secrets;
mod session;
mod wire;

use authing::authentication::TokenEndpointAuthMethod;
use authing::AuthenticationClient;
use authing_local::{LocalAuthing, Reply};

/// The application the official SDKs were driven with when the fixtures were captured.
pub const APP_ID: &str = "6322ab2c4a0d6d3c1b2a1f10";
pub const APP_SECRET: &str = "fake-app-secret";
pub const REDIRECT_URI: &str = "http://localhost:3000/callback";

/// A server whose every answer comes from `answer` (the request is recorded first).
pub async fn scripted(
    answer: impl Fn(&authing_local::RecordedRequest) -> Reply + Send + Sync + 'static,
) -> LocalAuthing {
    let server = common::server().await;
    server.intercept(move |request| Some(answer(request)));
    server
}

/// A success envelope around `data`.
pub fn ok(data: serde_json::Value) -> Reply {
    Reply::json(&serde_json::json!({"statusCode": 200, "message": "ok", "data": data}))
}

/// The fixtures' application, pointed at `server`.
pub fn client(server: &LocalAuthing, method: TokenEndpointAuthMethod) -> AuthenticationClient {
    AuthenticationClient::builder()
        .app_id(APP_ID)
        .app_secret(APP_SECRET)
        .host(server.url())
        .redirect_uri(REDIRECT_URI)
        .token_endpoint_auth_method(method)
        .build()
        .expect("client builds")
}
