//! The protocol layer of the end-user API (authorize URL, callback, token verification, the
//! OIDC endpoints) against the local Authing's end-user side, one module per area: the whole
//! code flow (`oidc_flow.rs`), what a callback must look like (`callback.rs`), the ID token
//! checks and their failures (`id_token.rs`, and `id_token_rules.rs` for `iat`, `azp`,
//! `max_age`, refreshed ID tokens and bound userinfo), ID tokens versus access tokens
//! (`token_kinds.rs`), the ID token algorithm and its pin (`algorithm.rs`), the JWKS cache's
//! maximum age and cooldown (`jwks_cache.rs`), a static JWKS (`static_jwks.rs`), and what goes
//! on the wire compared with the official SDKs' fixtures (`wire.rs`). Each test starts its own server on 127.0.0.1.

#[path = "../common/mod.rs"]
mod common;

mod algorithm;
mod callback;
mod id_token;
mod id_token_rules;
mod jwks_cache;
mod oidc_flow;
mod static_jwks;
mod token_kinds;
mod wire;

use std::time::{SystemTime, UNIX_EPOCH};

use authing::authentication::{AuthorizationRequest, SignedIn, TokenVerification};
use authing::{AuthenticationClient, AuthenticationClientBuilder};
use authing_local::{LocalAuthing, LocalAuthingBuilder};

/// The application the official SDKs were driven with when the fixtures were captured.
pub const APP_ID: &str = "6322ab2c4a0d6d3c1b2a1f10";
/// The tests' application secret: 32 bytes or more, as HS256 needs (RFC 7518 §3.2).
pub const APP_SECRET: &str = "fake-app-secret-0f4c9a2e7b6d1835";
/// The secret the official SDKs were driven with when the wire fixtures were captured.
pub const FIXTURE_APP_SECRET: &str = "fake-app-secret";
pub const REDIRECT_URI: &str = "http://localhost:3000/callback";

/// The seeded user's email and the password the tests give it.
pub const EMAIL: &str = "test@example.com";
pub const PASSWORD: &str = "Passw0rd-7Qx!";

/// A server playing the fixtures' application.
pub fn server_builder() -> LocalAuthingBuilder {
    LocalAuthing::builder().app(APP_ID, APP_SECRET)
}

/// Starts `builder` and gives the seeded user [`PASSWORD`].
pub async fn start(builder: LocalAuthingBuilder) -> LocalAuthing {
    let server = builder.start().await.expect("local server starts");
    assert!(server.set_password(EMAIL, PASSWORD));
    server
}

pub async fn server() -> LocalAuthing {
    start(server_builder()).await
}

/// A client builder for the fixtures' application at `server`.
pub fn client_builder(server: &LocalAuthing) -> AuthenticationClientBuilder {
    AuthenticationClient::builder()
        .app_id(APP_ID)
        .app_secret(APP_SECRET)
        .host(server.url())
        .redirect_uri(REDIRECT_URI)
}

pub fn client(server: &LocalAuthing) -> AuthenticationClient {
    client_builder(server).build().expect("client builds")
}

/// A client that fetches the JWKS again for every unknown `kid` (no rate limit).
pub fn eager_client(server: &LocalAuthing) -> AuthenticationClient {
    client_builder(server)
        .token_verification(
            TokenVerification::default().jwks_refetch_interval(std::time::Duration::ZERO),
        )
        .build()
        .expect("client builds")
}

/// The whole sign-in: an authorize URL for `scope`, the user's password at the local
/// Authing, and the callback.
pub async fn sign_in(
    server: &LocalAuthing,
    client: &AuthenticationClient,
    scope: &str,
) -> (AuthorizationRequest, SignedIn) {
    let request = client
        .authorize_url()
        .scope(scope)
        .build()
        .expect("authorize URL");
    let callback = server
        .authorize(EMAIL, PASSWORD, request.url())
        .expect("the local Authing sends the user back");
    let signed_in = client
        .handle_callback(&request, &callback)
        .await
        .expect("the callback completes");
    (request, signed_in)
}

/// Seconds since the Unix epoch.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// Neither `error`'s `Display` nor its `Debug` holds any of `secrets` (nor any dot-separated
/// part of one, for JWTs). Values shorter than 8 characters are too short to tell.
pub fn assert_hides(error: &authing::Error, secrets: &[&str]) {
    let shown = format!("{error} {error:?}");
    for secret in secrets.iter().filter(|s| s.len() >= 8) {
        assert!(!shown.contains(secret), "the error shows a secret: {shown}");
        for part in secret.split('.').filter(|p| p.len() >= 8) {
            assert!(
                !shown.contains(part),
                "the error shows part of a token: {shown}"
            );
        }
    }
}
