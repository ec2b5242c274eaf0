//! The headers a management call carries besides the SDK's own, as they arrive at the local
//! Authing: the tenant (`x-authing-app-tenant-id`, on the token call too), the builder's default
//! headers, a call's own headers (which replace a default of the same name and go on that call
//! only); the headers the SDK owns refused at `build()` and on a call, with nothing sent; and a
//! call's own timeout and attempt limit, which apply to that call only.

use std::time::Duration;

use authing::header::{HeaderMap, HeaderName, HeaderValue};
use authing::{Error, RequestOptions, OWNED_HEADERS};
use authing_local::{LocalAuthing, Reply};

use crate::common::*;

const TENANT: &str = "x-authing-app-tenant-id";

/// The `Error::Config` reason, or a panic naming what came instead.
fn config_reason<T: std::fmt::Debug>(result: Result<T, Error>) -> String {
    match result {
        Err(Error::Config { reason, .. }) => reason,
        other => panic!("not a configuration error: {other:?}"),
    }
}

#[tokio::test]
async fn the_tenant_goes_on_every_management_call_and_the_token_call() {
    let server = server().await;
    let client = client_builder(&server)
        .tenant_id("tenant-42")
        .build()
        .unwrap();
    client.get_user(USER_ID).await.expect("the seeded user");
    client.get_user(USER_ID).await.expect("the seeded user");
    let requests = server.requests();
    assert_eq!(requests.len(), 3, "one token call, two API calls");
    for request in &requests {
        assert_eq!(
            request.header(TENANT),
            Some("tenant-42"),
            "{}",
            request.path
        );
    }
    // Without the setting, no tenant header.
    let (server, client) = setup().await;
    client.get_user(USER_ID).await.unwrap();
    assert_eq!(server.last_request().unwrap().header(TENANT), None);
}

#[tokio::test]
async fn default_headers_arrive_and_a_calls_own_header_replaces_one_for_that_call_only() {
    let server = server().await;
    let mut more = HeaderMap::new();
    more.insert("x-gateway-route", HeaderValue::from_static("blue"));
    let client = client_builder(&server)
        .default_header("x-team", "identity")
        .default_headers(more)
        .build()
        .unwrap();

    client
        .get_user(USER_ID)
        .header("x-team", "billing")
        .header("X-Real-IP", "203.0.113.7")
        .await
        .unwrap();
    let sent = server.last_request().unwrap();
    assert_eq!(sent.header("x-team"), Some("billing"));
    assert_eq!(sent.header("x-real-ip"), Some("203.0.113.7"));
    assert_eq!(sent.header("x-gateway-route"), Some("blue"));
    // The SDK's own headers are still there.
    assert!(sent
        .header("authorization")
        .is_some_and(|a| a.starts_with("Bearer ")));
    assert!(sent.header("x-authing-userpool-id").is_some());

    // The next call on the same client: the defaults only.
    client.get_user(USER_ID).await.unwrap();
    let sent = server.last_request().unwrap();
    assert_eq!(sent.header("x-team"), Some("identity"));
    assert_eq!(sent.header("x-real-ip"), None);
    assert_eq!(sent.header("x-gateway-route"), Some("blue"));
}

#[tokio::test]
async fn an_owned_header_is_refused_at_build_naming_it() {
    let server = server().await;
    for name in OWNED_HEADERS {
        let upper = name.to_ascii_uppercase();
        let reason = config_reason(client_builder(&server).default_header(&upper, "x").build());
        assert!(reason.contains(&format!("`{name}`")), "{name}: {reason}");
        let mut map = HeaderMap::new();
        map.insert(HeaderName::from_static(name), HeaderValue::from_static("x"));
        let reason = config_reason(client_builder(&server).default_headers(map).build());
        assert!(reason.contains(&format!("`{name}`")), "{name}: {reason}");
    }
    // Not valid HTTP: an error naming the header (never the value), not a panic.
    let reason = config_reason(
        client_builder(&server)
            .default_header("bad name", "x")
            .build(),
    );
    assert!(reason.contains("\"bad name\""), "{reason}");
    let reason = config_reason(
        client_builder(&server)
            .default_header("x-note", "secret-Value\r\n")
            .build(),
    );
    assert!(
        reason.contains("`x-note`") && !reason.contains("secret-Value"),
        "{reason}"
    );
    let reason = config_reason(client_builder(&server).tenant_id("t\n1").build());
    assert!(reason.contains("tenant_id"), "{reason}");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn an_owned_header_on_a_call_fails_it_before_anything_is_sent() {
    let (server, client) = setup().await;
    let error = client
        .get_user(USER_ID)
        .header("Authorization", "Bearer someone-elses-token")
        .await
        .unwrap_err();
    let reason = config_reason::<()>(Err(error));
    assert!(reason.contains("`authorization`"), "{reason}");
    assert!(!reason.contains("someone-elses-token"), "{reason}");
    let mut map = HeaderMap::new();
    map.insert(TENANT, HeaderValue::from_static("another-tenant"));
    let error = client.get_user(USER_ID).headers(map).await.unwrap_err();
    assert!(config_reason::<()>(Err(error)).contains(&format!("`{TENANT}`")));
    let error = client
        .get_user(USER_ID)
        .header("bad name", "v")
        .await
        .unwrap_err();
    assert!(config_reason::<()>(Err(error)).contains("\"bad name\""));
    let error = client.get_user(USER_ID).max_attempts(0).await.unwrap_err();
    assert!(config_reason::<()>(Err(error)).contains("max_attempts"));
    // Not even the token call went out.
    assert!(server.requests().is_empty(), "{:?}", server.requests());
    // A paginator keeps the call's options for every page, refusals included.
    let pages = client.list_users().header("host", "elsewhere").items();
    let first = futures_util::StreamExt::collect::<Vec<_>>(pages).await;
    assert!(
        matches!(first.as_slice(), [Err(Error::Config { .. })]),
        "{first:?}"
    );
    assert!(server.requests().is_empty());
}

/// A server whose `get-user` answers only after `delay` (its usual answer).
async fn slow_get_user(delay: Duration) -> LocalAuthing {
    let server = server().await;
    server.intercept(move |request| {
        (request.path == "/api/v3/get-user").then(|| Reply::usual().delayed(delay))
    });
    server
}

#[tokio::test]
async fn a_shorter_per_call_timeout_and_attempt_limit_apply_to_that_call_only() {
    let server = slow_get_user(Duration::from_millis(400)).await;
    let client = client(&server);
    let error = client
        .get_user(USER_ID)
        .attempt_timeout(Duration::from_millis(50))
        .max_attempts(2)
        .await
        .unwrap_err();
    match &error {
        Error::RetriesExhausted {
            attempts: 2, last, ..
        } => match last.as_ref() {
            Error::Timeout { timeout, .. } => assert_eq!(*timeout, Duration::from_millis(50)),
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
    assert_eq!(server.requests_to("/api/v3/get-user").len(), 2);
    // The next call on the same client has the client's timeout (10 s) and waits the answer out.
    let user = client
        .get_user(USER_ID)
        .await
        .expect("the slow answer arrives");
    assert_eq!(user.user_id, USER_ID);
    assert_eq!(server.requests_to("/api/v3/get-user").len(), 3);
}
