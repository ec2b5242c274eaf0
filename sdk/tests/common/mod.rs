//! Shared setup for the integration tests: one local Authing per test and a client pointed at it.
//! Helpers only; no assertions about the SDK live here.

#![allow(dead_code)] // Each test binary uses a different subset.

pub mod logs;

use authing::ManagementClient;
use authing_local::{LocalAuthing, LocalAuthingBuilder};

/// The documented example user.
pub const USER_ID: &str = authing_local::SEEDED_USER_ID;

/// A distinctive access key secret, easy to search for in output.
pub const ACCESS_KEY_SECRET: &str = "ak-secret-Zq81xPw0";

/// The OTP secret of the seeded user, as documented.
pub const OTP_SECRET: &str = "e2345asdfwagw13424";

/// A server with a distinctive access key.
pub fn server_builder() -> LocalAuthingBuilder {
    LocalAuthing::builder().access_key("ak-id-test", ACCESS_KEY_SECRET)
}

pub async fn server() -> LocalAuthing {
    server_builder().start().await.expect("local server starts")
}

/// A client builder for `server`'s host and key.
pub fn client_builder(server: &LocalAuthing) -> authing::ManagementClientBuilder {
    ManagementClient::builder()
        .access_key_id(server.access_key_id())
        .access_key_secret(server.access_key_secret())
        .host(server.url())
}

pub fn client(server: &LocalAuthing) -> ManagementClient {
    client_builder(server).build().expect("client builds")
}

/// A server and a client for it.
pub async fn setup() -> (LocalAuthing, ManagementClient) {
    let server = server().await;
    let client = client(&server);
    (server, client)
}

/// The bearer token the client sent on its last API call.
pub fn last_token(server: &LocalAuthing) -> String {
    let request = server.last_request().expect("a request arrived");
    let auth = request.header("authorization").expect("authorization sent");
    auth.strip_prefix("Bearer ")
        .expect("a bearer token")
        .to_owned()
}

/// An official SDK's captured request log: `tests/fixtures/official_wire/<sdk>/<case>.json`
/// (how they were captured: that folder's README).
pub fn official_wire(sdk: &str, case: &str) -> serde_json::Value {
    let path = format!(
        "{}/tests/fixtures/official_wire/{sdk}/{case}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}
