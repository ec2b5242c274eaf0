//! Every endpoint of the SDK called against a local Authing that answers each call with the
//! endpoint's documented example response (or, where no source gives one, an answer made from
//! the spec's types: required fields only): the method and path on the wire match the spec, the
//! answer decodes into the generated types, and so does the example without each optional field
//! it shows (what a server of another version sends).
//!
//! The calls are generated (`generated/`, by `cargo xtask codegen`); the helpers they use live
//! here.

#[path = "../common/mod.rs"]
mod common;
#[rustfmt::skip]
mod generated;

use std::sync::{Arc, Mutex};

use authing::{AuthenticationClient, Error, ManagementClient, RetryConfig, UserSession};
use authing_local::{LocalAuthing, Reply};

/// The field (a JSON pointer into the example response) the server leaves out of its next
/// answers; empty for the example as documented.
#[derive(Clone, Default)]
struct Omit(Arc<Mutex<String>>);

impl Omit {
    fn set(&self, pointer: &str) {
        *self.0.lock().unwrap() = pointer.to_owned();
    }

    /// The example at `method` and `path` without the field, when one is set. The calls the
    /// server serves with state are always answered with their example: `create_user`'s
    /// documented email is the seeded user's, which the server would refuse as taken, and the
    /// documented sign-in and sign-up calls carry no account the server knows (their checks
    /// are tested in `authing-local` and the SDK's `authentication` tests).
    fn answer(&self, method: &str, path: &str) -> Option<String> {
        const STATEFUL: [&str; 3] = ["/api/v3/create-user", "/api/v3/signin", "/api/v3/signup"];
        let example = authing_local::documented_example(method, path)?;
        let pointer = self.0.lock().unwrap().clone();
        if pointer.is_empty() && STATEFUL.contains(&path) {
            return Some(example);
        }
        let (parent, key) = pointer.rsplit_once('/')?;
        let mut value: serde_json::Value = serde_json::from_str(&example).unwrap();
        let key = key.replace("~1", "/").replace("~0", "~");
        let removed = value
            .pointer_mut(parent)
            .and_then(serde_json::Value::as_object_mut)
            .and_then(|object| object.remove(&key));
        if removed.is_none() {
            // Answered as a failure the test reports (a panic here would only drop the connection).
            return Some(format!(
                r#"{{"statusCode":599,"message":"{pointer} is not in the example of {path}"}}"#
            ));
        }
        Some(value.to_string())
    }
}

/// A local Authing, and a client for it (no retries: each call is one request). The server
/// checks every call's parameters and answers with the endpoint's documented example (the user
/// endpoints from its store, seeded with the documented user); while `Omit` names a field, it
/// answers with the documented example less that field instead.
async fn setup() -> (LocalAuthing, ManagementClient, Omit) {
    let server = common::server().await;
    let omit = Omit::default();
    let omitting = omit.clone();
    server.intercept(move |request| {
        omitting
            .answer(&request.method, &request.path)
            .map(|body| Reply::raw(200, "application/json", body))
    });
    let client = common::client_builder(&server)
        .retry(RetryConfig::default().max_attempts(1))
        .build()
        .expect("client builds");
    (server, client, omit)
}

/// The seeded user's password on the end-user side, set by the setups below.
const PASSWORD: &str = "Every-endpoint-1";

/// A client of the server's application (no retries).
fn authentication_client(server: &LocalAuthing) -> AuthenticationClient {
    AuthenticationClient::builder()
        .app_id(server.app_id())
        .app_secret(server.app_secret())
        .host(server.url())
        .retry(RetryConfig::default().max_attempts(1))
        .build()
        .expect("client builds")
}

/// The seeded user, signed in with a password on `server`: a session carrying a token the
/// server issued.
async fn signed_in(server: &LocalAuthing) -> UserSession {
    assert!(server.set_password("test@example.com", PASSWORD));
    let client = authentication_client(server);
    let tokens = client
        .sign_in_by_email_password("test@example.com", PASSWORD)
        .await
        .expect("the seeded user signs in");
    client.session(tokens)
}

/// Like [`setup`] for the end-user API: the application's client and a signed-in user's
/// session. Every call must carry the application's id, a user's call the user's token and an
/// application's call none (the answer is a 401 envelope otherwise); the answers
/// are the documented examples, as for the Management API (sign-in and sign-up included: their
/// documented parameters are no user the server knows).
async fn authentication_setup() -> (LocalAuthing, AuthenticationClient, UserSession, Omit) {
    let server = common::server().await;
    let session = signed_in(&server).await;
    let client = authentication_client(&server);
    let token = session.tokens().await.access_token.expose().to_owned();
    let app_id = server.app_id().to_owned();
    let omit = Omit::default();
    let omitting = omit.clone();
    server.intercept(move |request| {
        // Every call names the application; a user's calls carry the user's token, the
        // application's none.
        let user_token = authing_local::needs_user_token(&request.method, &request.path);
        let authorization = request.header("authorization");
        let credentials_ok = match user_token {
            Some(true) => authorization == Some(token.as_str()),
            _ => authorization.is_none(),
        };
        if request.header("x-authing-app-id") != Some(app_id.as_str()) || !credentials_ok {
            return Some(Reply::json(&serde_json::json!({
                "statusCode": 401, "message": "no app id, or the wrong credentials for the call"
            })));
        }
        omitting
            .answer(&request.method, &request.path)
            .map(|body| Reply::raw(200, "application/json", body))
    });
    (server, client, session, omit)
}

/// Like [`paging_setup`] for the end-user API: the server's own listings, checked as the
/// user's calls; the application's client and a signed-in user's session.
async fn authentication_paging_setup() -> (LocalAuthing, AuthenticationClient, UserSession) {
    let server = common::server_builder()
        .list_total(LISTING)
        .start()
        .await
        .expect("local server starts");
    let session = signed_in(&server).await;
    let client = authentication_client(&server);
    (server, client, session)
}

/// How many items every listing holds for the paginator tests: two pages of [`PAGE_SIZE`].
const LISTING: usize = 3;
/// The page size the paginator tests ask for.
const PAGE_SIZE: u32 = 2;

/// A local Authing whose listings hold [`LISTING`] items, and a client for it (no retries).
async fn paging_setup() -> (LocalAuthing, ManagementClient) {
    let server = common::server_builder()
        .list_total(LISTING)
        .start()
        .await
        .expect("local server starts");
    let client = common::client_builder(&server)
        .retry(RetryConfig::default().max_attempts(1))
        .build()
        .expect("client builds");
    (server, client)
}

/// Records what is wrong with a paginator's walk over a listing of [`LISTING`] items: every
/// item arrived, in two calls to `path` (pages of [`PAGE_SIZE`]).
fn check_pages(
    failures: &mut Vec<String>,
    server: &LocalAuthing,
    name: &str,
    path: &str,
    outcome: Result<usize, Error>,
) {
    // Two paginators can walk one path (a GET and a POST listing of the same name): count only
    // the calls since the last check of this path on this server.
    static COUNTED: std::sync::Mutex<Vec<(String, String, usize)>> =
        std::sync::Mutex::new(Vec::new());
    let total = server.requests_to(path).len();
    let mut counted = COUNTED.lock().unwrap_or_else(|e| e.into_inner());
    let seen = match counted
        .iter_mut()
        .find(|(url, p, _)| url == server.url() && p == path)
    {
        Some(entry) => std::mem::replace(&mut entry.2, total),
        None => {
            counted.push((server.url().to_owned(), path.to_owned(), total));
            0
        }
    };
    drop(counted);
    let calls = total - seen;
    match outcome {
        Ok(items) if items == LISTING && calls == 2 => {}
        Ok(items) => failures.push(format!(
            "{name}: paginated {items} items in {calls} calls; expected {LISTING} in 2"
        )),
        Err(error) => failures.push(format!("{name}: paginating failed: {error}")),
    }
}

/// The value the secrets test puts in every secret field (and under every credential key of a
/// JSON field).
const MARKER: &str = "marker-Secret-8f3a1c";

/// A client for building requests that are never sent.
fn offline_client() -> ManagementClient {
    ManagementClient::builder()
        .access_key_id("ak-id")
        .access_key_secret("ak-secret")
        .host("http://127.0.0.1:9")
        .build()
        .expect("client builds")
}

/// An end-user client for building requests that are never sent.
fn offline_authentication_client() -> AuthenticationClient {
    AuthenticationClient::builder()
        .app_id("app-id")
        .app_secret("app-secret")
        .host("http://127.0.0.1:9")
        .build()
        .expect("client builds")
}

/// A session of `client` with made-up tokens, for `Debug` checks (nothing is sent).
fn offline_session(client: &AuthenticationClient) -> UserSession {
    client.session(authing::TokenSet::from_access_token("offline-access-token"))
}

/// A JSON object holding the marker under each of `names`, one level down too.
fn credentials_json(names: &[&str]) -> serde_json::Value {
    let flat: serde_json::Map<String, serde_json::Value> = names
        .iter()
        .map(|name| ((*name).to_owned(), MARKER.into()))
        .collect();
    serde_json::json!({"visible": "shown", "nested": [flat.clone()], "top": flat})
}

/// Records a value whose `Debug` shows the marker.
fn check_hidden(failures: &mut Vec<String>, name: &str, value: &dyn std::fmt::Debug) {
    let shown = format!("{value:?}");
    if shown.contains(MARKER) {
        failures.push(format!("{name}: {shown}"));
    }
}

/// Records what is wrong with an enum: a documented value that does not parse to a known
/// variant, print back as itself or survive JSON; or an unknown value that is not kept.
fn check_enum<E>(failures: &mut Vec<String>, name: &str, values: &[&str])
where
    E: for<'a> From<&'a str> + std::fmt::Display + serde::Serialize + serde::de::DeserializeOwned,
    E: PartialEq + std::fmt::Debug,
{
    let unknown = |e: &E| format!("{e:?}").starts_with("Unknown(");
    for value in values {
        let parsed = E::from(value);
        let json = serde_json::to_string(&parsed).unwrap();
        let back: E = serde_json::from_str(&json).unwrap();
        if unknown(&parsed) || parsed.to_string() != *value || back != parsed {
            failures.push(format!("{name}: `{value}` -> {parsed:?}, {json}"));
        }
    }
    let odd = "a value no enum has";
    let parsed = E::from(odd);
    if !unknown(&parsed) || parsed.to_string() != odd {
        failures.push(format!("{name}: an unknown value became {parsed:?}"));
    }
}

/// The name of a call in a failure: the method, and the field left out if any.
fn label(name: &str, omitted: &str) -> String {
    match omitted {
        "" => name.to_owned(),
        _ => format!("{name} without {omitted}"),
    }
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
    check_wire_only(failures, server, name, (method, path));
}

/// Records a request that did not arrive as `method` and `path`.
fn check_wire_only(
    failures: &mut Vec<String>,
    server: &LocalAuthing,
    name: &str,
    (method, path): (&str, &str),
) {
    match server.last_request() {
        Some(r) if r.method == method && r.path == path => {}
        other => failures.push(format!(
            "{name}: expected {method} {path}, got {:?}",
            other.map(|r| (r.method, r.path))
        )),
    }
}

/// Fails with every problem of a group at once (`count` is how many things the group checked:
/// endpoints, enums, types and builders).
fn report(group: &str, count: usize, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} problem(s) among the {count} checked in `{group}`:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
