//! The JWKS cache against a local JWKS that counts its requests and can fail or drop keys:
//! a failing JWKS is fetched once per refetch interval however many tokens with unknown `kid`s
//! arrive (the first failure starts the cooldown too), and callers within the cooldown get
//! [`ProtocolError::JwksUnavailable`] at once; keys are used for at most the maximum age, so a
//! key removed from the JWKS stops verifying; a failed refetch after the maximum age drops the
//! old keys until a fetch succeeds; and an attacker-chosen `kid` is bounded in errors and logs.
//! The intervals are made short (a second at most) rather than waited for.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use std::time::Duration;

use authing::authentication::TokenVerification;
use authing::{AuthenticationClient, Error, ProtocolError};
use authing_local::{LocalAuthing, Reply};
use serde_json::json;

use super::common::logs;
use super::id_token::{b64, claims, refused};
use super::{client_builder, server};

const JWKS: &str = "/oidc/.well-known/jwks.json";

/// How the local JWKS answers.
const SERVE: u8 = 0;
const FAIL: u8 = 1;
const EMPTY: u8 = 2;

/// A local Authing whose JWKS answers as the returned switch says (its own keys, a 503, or no
/// keys at all); `server.requests_to(JWKS)` counts the fetches.
fn switchable_jwks(server: &LocalAuthing, initially: u8) -> Arc<AtomicU8> {
    let mode = Arc::new(AtomicU8::new(initially));
    let shared = Arc::clone(&mode);
    server.intercept(move |request| {
        if request.path != JWKS {
            return None;
        }
        match shared.load(Ordering::SeqCst) {
            FAIL => Some(Reply::raw(503, "text/plain", "unavailable")),
            EMPTY => Some(Reply::json(&json!({"keys": []}))),
            _ => None,
        }
    });
    mode
}

fn fetches(server: &LocalAuthing) -> usize {
    server.requests_to(JWKS).len()
}

fn client_with(
    server: &LocalAuthing,
    max_age: Duration,
    refetch_interval: Duration,
) -> AuthenticationClient {
    client_builder(server)
        .token_verification(
            TokenVerification::default()
                .jwks_max_age(max_age)
                .jwks_refetch_interval(refetch_interval),
        )
        .build()
        .unwrap()
}

/// An RS256 token naming `kid` (its signature is never reached: no key has that `kid`).
fn with_kid(server: &LocalAuthing, kid: &str) -> String {
    let header = json!({"alg": "RS256", "typ": "JWT", "kid": kid});
    format!("{}.{}.c2ln", b64(&header), b64(&claims(server, json!({}))))
}

#[tokio::test]
async fn a_failing_jwks_is_fetched_once_per_interval_for_a_thousand_unknown_kids() {
    let server = server().await;
    switchable_jwks(&server, FAIL);
    let hour = Duration::from_secs(3600);
    let client = client_with(&server, TokenVerification::DEFAULT_JWKS_MAX_AGE, hour);
    let tokens: Vec<String> = (0..1000)
        .map(|i| with_kid(&server, &format!("kid-{i}")))
        .collect();
    let clones: Vec<_> = (0..tokens.len()).map(|_| client.clone()).collect();
    let results = futures_util::future::join_all(
        clones
            .iter()
            .zip(&tokens)
            .map(|(client, token)| client.verify_id_token(token, None)),
    )
    .await;
    assert_eq!(fetches(&server), 1, "one fetch for the whole interval");
    // The caller whose fetch failed gets the failure; every other one, the cooldown at once.
    let mut unavailable = 0;
    for result in results {
        match result.unwrap_err() {
            Error::Protocol(ProtocolError::JwksUnavailable { retry_in }) => {
                assert!(retry_in <= hour);
                unavailable += 1;
            }
            Error::Protocol(other) => panic!("{other:?}"),
            _fetch_failed => {}
        }
    }
    assert_eq!(unavailable, 999);
    // Later callers too, without a request.
    let reason = refused(&client, &tokens[0], None).await;
    assert!(
        matches!(reason, ProtocolError::JwksUnavailable { .. }),
        "{reason:?}"
    );
    assert_eq!(fetches(&server), 1);
}

#[tokio::test]
async fn a_failed_fetch_starts_the_cooldown_and_the_next_interval_fetches_once_more() {
    let server = server().await;
    let jwks = switchable_jwks(&server, FAIL);
    let interval = Duration::from_millis(500);
    let client = client_with(&server, TokenVerification::DEFAULT_JWKS_MAX_AGE, interval);
    let token = server.sign_token(&claims(&server, json!({})));
    assert!(client.verify_id_token(&token, None).await.is_err());
    for _ in 0..20 {
        assert!(matches!(
            refused(&client, &token, None).await,
            ProtocolError::JwksUnavailable { .. }
        ));
    }
    assert_eq!(fetches(&server), 1);
    // The JWKS is back; after the interval one fetch brings the keys.
    jwks.store(SERVE, Ordering::SeqCst);
    tokio::time::sleep(interval + Duration::from_millis(100)).await;
    for _ in 0..20 {
        client.verify_id_token(&token, None).await.unwrap();
    }
    assert_eq!(fetches(&server), 2);
}

#[tokio::test]
async fn a_key_removed_from_the_jwks_stops_verifying_after_the_max_age() {
    let server = server().await;
    let jwks = switchable_jwks(&server, SERVE);
    let max_age = Duration::from_secs(1);
    let client = client_with(&server, max_age, Duration::ZERO);
    let token = server.sign_token(&claims(&server, json!({})));
    client.verify_id_token(&token, None).await.unwrap();
    assert_eq!(fetches(&server), 1);
    // The key is withdrawn; within the maximum age the cached key still verifies.
    jwks.store(EMPTY, Ordering::SeqCst);
    client.verify_id_token(&token, None).await.unwrap();
    assert_eq!(fetches(&server), 1);
    // After it, the JWKS is fetched again before the key is used, and it is gone.
    tokio::time::sleep(max_age + Duration::from_millis(100)).await;
    let reason = refused(&client, &token, None).await;
    assert!(
        matches!(reason, ProtocolError::UnknownKey { .. }),
        "{reason:?}"
    );
    assert_eq!(fetches(&server), 2);
}

#[tokio::test]
async fn a_failed_refetch_after_the_max_age_drops_the_old_keys_until_a_fetch_succeeds() {
    let server = server().await;
    let jwks = switchable_jwks(&server, SERVE);
    let max_age = Duration::from_secs(1);
    let interval = Duration::from_millis(500);
    let client = client_with(&server, max_age, interval);
    let token = server.sign_token(&claims(&server, json!({})));
    client.verify_id_token(&token, None).await.unwrap();

    jwks.store(FAIL, Ordering::SeqCst);
    tokio::time::sleep(max_age + Duration::from_millis(100)).await;
    // The refetch fails: its caller gets the failure, and the old keys are not used.
    let failed = client.verify_id_token(&token, None).await.unwrap_err();
    assert!(
        !matches!(failed, Error::Protocol(_)),
        "the fetch's own error: {failed:?}"
    );
    assert!(matches!(
        refused(&client, &token, None).await,
        ProtocolError::JwksUnavailable { .. }
    ));
    assert_eq!(fetches(&server), 2);

    // Once the JWKS answers again, the next fetch (after the interval) restores them.
    jwks.store(SERVE, Ordering::SeqCst);
    tokio::time::sleep(interval + Duration::from_millis(100)).await;
    client.verify_id_token(&token, None).await.unwrap();
    assert_eq!(fetches(&server), 3);
}

#[tokio::test]
async fn an_attacker_chosen_kid_is_bounded_in_errors_and_logs() {
    let (logs, _guard) = logs::capture();
    let server = server().await;
    let client = client_builder(&server).build().unwrap();
    let kid = format!("evil\n\u{1b}[31m{}", "A".repeat(100_000));
    let token = with_kid(&server, &kid);
    let error = client.verify_id_token(&token, None).await.unwrap_err();
    let Error::Protocol(ProtocolError::UnknownKey { kid: Some(shown) }) = &error else {
        panic!("{error:?}");
    };
    assert!(shown.chars().count() <= 65, "{} chars", shown.len());
    assert!(shown.starts_with("evil\n"));
    let displayed = error.to_string();
    assert!(displayed.len() < 300, "{} bytes", displayed.len());
    assert!(!displayed.contains('\n') && !displayed.contains('\u{1b}'));
    let logged = logs.text();
    assert!(logged.contains("fetching the JWKS"), "{logged}");
    assert!(logged.len() < 2_000, "{} bytes logged", logged.len());
    for event in logs.all() {
        for value in event.fields.values() {
            assert!(
                !value.contains('\n') && !value.contains('\u{1b}'),
                "{value}"
            );
        }
    }
}
