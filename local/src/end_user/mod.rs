//! The end-user side of the local Authing: one application (id, secret, how it authenticates at
//! the token endpoint), users' passwords, sign-in and sign-up on `/api/v3`, the check of
//! end-user calls (`x-authing-app-id` and, when sent, a user access token), and the OIDC
//! endpoints (`/oidc/*`: authorize, token, introspection, revocation, userinfo, discovery, JWKS,
//! logout) with the tokens they issue. The management side (`api.rs`, `token.rs`) does not
//! live here; the request path in `api.rs` calls in.
//!
//! - `sign_in.rs`: the application's client authentication, users and passwords, `signin`,
//!   `signup` and the end-user call check;
//! - `tokens.rs`: codes, access, refresh and ID tokens issued, and their state;
//! - `oidc.rs`: the `/oidc/*` endpoints;
//! - `keys.rs`: the RSA signing keys and the JWKS.

mod keys;
mod oidc;
mod sign_in;
mod tokens;

use std::collections::HashMap;
use std::fmt;
use std::sync::Mutex;
use std::time::Duration;

use serde_json::Value;

pub(crate) use oidc::{authorize_query, oidc};
pub(crate) use sign_in::{bearer, check_call, find_user, serve};

/// Whether `token` is a user access token this server issued and has not revoked or seen
/// expire.
pub(crate) fn is_access_token(shared: &crate::state::Shared, token: &str) -> bool {
    shared.end_user.grants(|g| g.access(token).is_some())
}

use crate::state::lock;
use keys::KeyRing;
use tokens::Grants;

/// How the application authenticates at the token, introspection and revocation endpoints and
/// on sign-in (the server accepts only the configured way).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum AppAuthMethod {
    /// `client_id` and `client_secret` in the request body (the default).
    #[default]
    ClientSecretPost,
    /// `authorization: Basic base64(app_id:app_secret)`.
    ClientSecretBasic,
    /// A public application: `client_id` only.
    None,
}

impl AppAuthMethod {
    /// The name in the discovery document: `client_secret_post`, `client_secret_basic`, `none`.
    pub fn as_str(self) -> &'static str {
        match self {
            AppAuthMethod::ClientSecretPost => "client_secret_post",
            AppAuthMethod::ClientSecretBasic => "client_secret_basic",
            AppAuthMethod::None => "none",
        }
    }
}

/// How ID tokens are signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum IdTokenAlgorithm {
    /// RS256 with the server's RSA key, its `kid` in the header (the default).
    #[default]
    Rs256,
    /// HS256 with the application secret, no `kid` (Authing's default for new applications).
    Hs256,
}

/// The application and token settings of a server.
#[derive(Debug, Clone)]
pub(crate) struct EndUserConfig {
    pub app_id: String,
    pub app_secret: String,
    pub auth_method: AppAuthMethod,
    /// The redirect URIs the authorize endpoint accepts; empty: any `http(s)` URL.
    pub redirect_uris: Vec<String>,
    /// How long user access tokens and ID tokens stay valid.
    pub token_lifetime: Duration,
    pub id_token_algorithm: IdTokenAlgorithm,
}

impl Default for EndUserConfig {
    fn default() -> Self {
        EndUserConfig {
            app_id: "62e22a1b3c4d5e6f70819203".to_owned(),
            app_secret: "local-app-secret-5f0c2b8e9a7d4136".to_owned(),
            auth_method: AppAuthMethod::default(),
            redirect_uris: Vec::new(),
            token_lifetime: Duration::from_secs(3600),
            id_token_algorithm: IdTokenAlgorithm::default(),
        }
    }
}

/// The end-user side's state: settings, keys, issued grants and passwords.
pub(crate) struct EndUser {
    pub config: EndUserConfig,
    /// `http://127.0.0.1:<port>`.
    pub base_url: String,
    /// `{base_url}/oidc`, the `iss` of every token.
    pub issuer: String,
    keys: Mutex<KeyRing>,
    grants: Mutex<Grants>,
    /// Each user's password, by `userId`.
    passwords: Mutex<HashMap<String, String>>,
}

impl EndUser {
    pub(crate) fn new(config: EndUserConfig, base_url: &str) -> Self {
        EndUser {
            config,
            base_url: base_url.to_owned(),
            issuer: format!("{base_url}/oidc"),
            keys: Mutex::default(),
            grants: Mutex::default(),
            passwords: Mutex::default(),
        }
    }

    /// Sets the password of the user `user_id`.
    pub(crate) fn set_password(&self, user_id: &str, password: &str) {
        lock(&self.passwords).insert(user_id.to_owned(), password.to_owned());
    }

    /// Whether `password` is the user's (a user without one cannot sign in with a password).
    fn password_matches(&self, user_id: &str, password: &str) -> bool {
        lock(&self.passwords).get(user_id).map(String::as_str) == Some(password)
    }

    /// Makes a new signing key (the previous stays published); returns its `kid`.
    pub(crate) fn rotate_key(&self) -> String {
        lock(&self.keys).rotate()
    }

    /// The current signing key's `kid` (made now if needed).
    pub(crate) fn key_id(&self) -> String {
        lock(&self.keys).current().kid.clone()
    }

    /// The JWKS `/oidc/.well-known/jwks.json` publishes.
    pub(crate) fn jwks(&self) -> Value {
        lock(&self.keys).jwks()
    }

    /// The current signing key's public part, PKCS#1 DER.
    pub(crate) fn public_key_der(&self) -> Vec<u8> {
        lock(&self.keys).current().public_der.clone()
    }

    /// `claims` signed RS256 with the current key, the header naming `kid` (the key's own when
    /// `None`).
    pub(crate) fn sign(&self, claims: &Value, kid: Option<&str>) -> String {
        self.sign_typed(claims, kid, None)
    }

    /// [`sign`](Self::sign) with `typ` in the header (`JWT` when `None`).
    pub(crate) fn sign_typed(
        &self,
        claims: &Value,
        kid: Option<&str>,
        typ: Option<&str>,
    ) -> String {
        let mut keys = lock(&self.keys);
        let key = keys.current();
        let kid = kid.unwrap_or(&key.kid).to_owned();
        key.sign(&kid, typ, claims)
    }
}

/// [`LocalAuthing::authorize`](crate::LocalAuthing::authorize) could not send the user back to
/// the application: the authorize request names another client or a redirect URI the
/// application does not accept (errors the user would see on Authing's page, not at the
/// application).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorizeError {
    /// The OAuth error code, e.g. `invalid_request`.
    pub error: String,
    /// What was wrong.
    pub description: String,
}

impl fmt::Display for AuthorizeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.error, self.description)
    }
}

impl std::error::Error for AuthorizeError {}

/// Random bytes as base64url, for codes and refresh tokens.
fn random_token(bytes: usize) -> String {
    use base64::Engine;
    use ring::rand::SecureRandom;
    let mut buf = vec![0u8; bytes];
    // The system random source does not fail on the platforms this runs on; zeros would only
    // make a test's tokens predictable, never wrong.
    let _ = ring::rand::SystemRandom::new().fill(&mut buf);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buf)
}

/// Seconds since the Unix epoch.
fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs()
}
