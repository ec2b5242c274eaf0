//! `authing-local`: a small HTTP server on 127.0.0.1 that plays Authing's V3 Management API, its
//! end-user API with an OIDC identity provider, and its event hub, for tests and examples. It
//! never talks to the real Authing.
//!
//! It serves the management-token call, the user endpoints `get-user`, `get-user-identities`
//! and `get-otp-secret-by-user`, and one body endpoint, `POST create-user` (a new user from one
//! of `email`, `phone`, `username`, `externalId`, refused when one is taken), from an
//! in-memory store seeded with the documented example
//! user `6229ffaxxxxxxxxcade3e3d9`. Every other documented endpoint (method and path from the
//! spec) answers with the `data` of its documented example response, after the same token
//! checks; it keeps no state. Like Authing it answers HTTP 200 with the envelope
//! `{statusCode, message, apiCode?, requestId, data}` and checks what Authing checks:
//!
//! - the token call (`POST /api/v3/get-management-token`) needs the server's access key
//!   ([`LocalAuthing::access_key_id`], [`LocalAuthing::access_key_secret`]) and returns a JWT
//!   whose `scoped_userpool_id` claim is [`LocalAuthing::userpool_id`];
//! - every other call needs `authorization: Bearer <a token it issued, not expired>` and
//!   `x-authing-userpool-id` matching the token, or is signed with the access key as the
//!   official Node SDK signs calls (`authorization: authing <accessKeyId>:<signature>`, see
//!   `signature.rs`; no userpool header needed);
//! - every endpoint's parameters are checked against the spec (a table generated with the SDK,
//!   so the two never drift): required ones must be present (in the query, or as top-level
//!   members of the JSON body), enum parameters must hold one of the SDK's values, booleans must
//!   be `true` or `false`, numbers numbers, lists lists.
//!
//! Example data is served as documented, not normalised: `departmentIds` is a JSON-encoded
//! string and `identities` a single object, as in the docs, so clients meet the shapes the docs
//! show. `get-user` leaves out `customData`, `identities` and `departmentIds` unless
//! `withCustomData`, `withIdentities` or `withDepartmentIds` is `true`.
//!
//! Failures (statusCode, apiCode, message in `zh-CN` or, when `x-authing-lang` starts with
//! `en`, English). The apiCodes are this server's own: the docs do not list Authing's table.
//!
//! | failure | statusCode | apiCode |
//! | --- | --- | --- |
//! | missing or invalid parameter, body not JSON | 400 | 1001 |
//! | wrong access key on the token call | 401 | 1004 |
//! | no bearer token | 401 | 1005 |
//! | unknown, revoked or expired token | 401 | 1006 |
//! | `x-authing-userpool-id` missing or not the token's | 403 | 1007 |
//! | a signed call with a wrong access key id or signature | 401 | 1008 |
//! | user not found | 404 | 2004 |
//! | `create-user`: an identifier is taken | 400 | 2006 |
//! | the user has no OTP bound | 400 | 2005 |
//! | end user: `x-authing-app-id` missing or not the application's | 403 | 1009 |
//! | end user: the application's credentials missing or wrong (sign-in) | 401 | 1010 |
//! | end user: unknown account or wrong password (sign-in) | 400 | 2333 |
//! | no such route | 404 | none |
//!
//! # The end-user side
//!
//! The server also plays one application for the end-user API ([`LocalAuthing::app_id`],
//! [`LocalAuthing::app_secret`]; set with [`LocalAuthingBuilder::app`]). The end-user endpoints
//! (the spec's `AuthenticationClient` calls) are checked against it instead of the management
//! token: `x-authing-app-id` must be the application's, and an `authorization` header, when
//! sent, must hold a live user access token issued here (raw, as the official SDKs send it, or
//! `Bearer <token>`; statusCode 401, apiCode 1006 otherwise). `POST /api/v3/signin` (connection
//! `PASSWORD`: `email`, `username`, `phone` or `account` and `password`, the application's
//! credentials in the body or as HTTP Basic as its [`AppAuthMethod`] says) answers a token set;
//! `POST /api/v3/signup` (`PASSWORD` with an `email` or `username`) creates the user. Passwords
//! are set with [`LocalAuthing::set_password`]. Every other end-user endpoint answers its
//! documented example.
//!
//! The OIDC endpoints answer as an OIDC provider does, without the envelope (plain JSON; OAuth
//! errors as `{error, error_description}` with HTTP 400 or 401): `POST /oidc/token`
//! (`authorization_code` with the PKCE S256 and `redirect_uri` checks and single-use codes,
//! `refresh_token` with rotation: a refresh token works once, `client_credentials`),
//! `POST /oidc/token/introspection`, `POST /oidc/token/revocation`, `GET|POST /oidc/me`,
//! `GET /oidc/.well-known/openid-configuration`, `GET /oidc/.well-known/jwks.json` and
//! `GET /oidc/session/end` (302 to `post_logout_redirect_uri`). The user signs in to an
//! authorize URL with [`LocalAuthing::authorize`], which returns the callback URL with `code`
//! and `state` (or `GET /oidc/auth` with `username` and `password` added to the query, a
//! local-only shortcut answering 302). Access tokens and ID tokens are RS256 JWTs (ID tokens
//! HS256 with the application secret if [`IdTokenAlgorithm::Hs256`] is set) with `iss`
//! ([`LocalAuthing::issuer`], `{url}/oidc`), `sub`, `aud` (the application id), `iat`, `exp`
//! ([`LocalAuthingBuilder::user_token_lifetime`]), `nonce` when the authorize request had one,
//! and the user's claims for the granted scopes; refresh tokens come with `offline_access`. The
//! RSA key (2048 bits, made on first use) has a `kid` in the header and the JWKS;
//! [`LocalAuthing::rotate_signing_key`] replaces it. For these requests the recorded
//! `status_code` is the HTTP status.
//!
//! # Events
//!
//! `GET /events/v1/management/sub?code=<code>` (signed with the access key as the official
//! SDKs sign it) and `GET /events/v1/authentication/sub?code=<code>&token=<user access token>`
//! upgrade to WebSocket, or answer HTTP 401; `POST /api/v3/pub-event` and
//! `POST /api/v3/pub-userEvent` (the latter with a user's token) send each subscriber of the
//! `eventType` a text frame `{"eventType", "eventData"}` with `eventData` as published.
//! [`LocalAuthing::publish_event`] publishes directly, [`LocalAuthing::event_subscriptions`]
//! counts the open sockets, [`LocalAuthing::drop_event_subscriptions`] drops them all (a
//! lost connection) and [`LocalAuthing::set_event_subscriptions_unresponsive`] stops answering
//! pings (a connection that hangs). See `events.rs` for why the frames hold just those fields.
//!
//! Every request is recorded (method, path, raw query, headers, body, and the `statusCode` the
//! server answered with) so a test can assert on exactly what arrived and what was carried out.
//! [`LocalAuthing::intercept`] lets a test script faults per request with a [`Reply`]: a bad
//! body, an HTTP error, extra headers (`retry-after`), a slow answer, a connection closed without
//! an answer (before or after carrying the request out), or a body cut short.
//! [`LocalAuthing::stop_listening`] and [`LocalAuthing::resume_listening`] make connections fail
//! for a while.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! let server = authing_local::LocalAuthing::start().await?;
//! println!("{} {}", server.url(), server.access_key_id());
//! // ... point a client at server.url() ...
//! assert_eq!(server.token_requests(), 0);
//! # Ok(())
//! # }
//! ```

mod api;
mod end_user;
mod events;
mod failure;
// Generated: not every field of the examples table is read here.
#[allow(dead_code, clippy::all)]
#[rustfmt::skip]
mod generated {
    pub mod examples;
    pub mod params;
}
mod hook;
mod paging;
mod params;
mod record;
mod server;
mod signature;
mod state;
mod store;
mod tls;
mod token;

pub use end_user::{AppAuthMethod, AuthorizeError, IdTokenAlgorithm};
pub use hook::Reply;
pub use record::RecordedRequest;
pub use server::{LocalAuthing, LocalAuthingBuilder};
pub use store::InvalidUser;

/// The documented example user every server starts with.
pub const SEEDED_USER_ID: &str = "6229ffaxxxxxxxxcade3e3d9";

/// The documented example response of the endpoint at `method` and `path` (`"GET"`,
/// `"/api/v3/get-user"`; a path with path parameters as sent, `/api/v3/ip-list/a%2Fb` for the
/// route `/api/v3/ip-list/{id}`), as a whole envelope in JSON text. A few pages document only the `data`
/// or an envelope without `statusCode`; those are completed as a success envelope.
pub fn documented_example(method: &str, path: &str) -> Option<String> {
    example_envelope(method, path).map(|envelope| envelope.to_string())
}

/// Whether the end-user endpoint at `method` and `path` acts for a signed-in user (the user's
/// token is required; the SDK has its method on `UserSession`); `None` for a path that is not an
/// end-user endpoint.
pub fn needs_user_token(method: &str, path: &str) -> Option<bool> {
    params::of_call(method, path, true)
        .filter(|e| e.end_user)
        .map(|e| e.user_token)
}

/// The answer the spec makes for an endpoint no source gives an example for (see `MADE`), as a
/// JSON value.
pub(crate) fn made_envelope(method: &str, path: &str) -> Option<serde_json::Value> {
    let text = params::find_route(generated::examples::MADE, method, path, |e| {
        (e.method, e.path)
    })?
    .response;
    serde_json::from_str(text).ok()
}

/// [`documented_example`] as a JSON value.
pub(crate) fn example_envelope(method: &str, path: &str) -> Option<serde_json::Value> {
    let text = params::find_route(generated::examples::EXAMPLES, method, path, |e| {
        (e.method, e.path)
    })?
    .response;
    let mut value: serde_json::Value = serde_json::from_str(text).ok()?;
    match value.as_object_mut() {
        Some(envelope) if envelope.contains_key("statusCode") => Some(value),
        // An envelope that lacks only its status.
        Some(envelope) if envelope.contains_key("data") => {
            envelope.insert("statusCode".into(), 200.into());
            envelope.entry("message").or_insert("操作成功".into());
            Some(value)
        }
        _ => Some(serde_json::json!({"statusCode": 200, "message": "操作成功", "data": value})),
    }
}
