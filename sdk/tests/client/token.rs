//! The token lifecycle: one token request for many concurrent first calls (clones included),
//! no caching of a failed token request, and a refresh before the token expires.

use std::time::Duration;

use crate::common::*;
use authing::{Error, RetryConfig};
use authing_local::Reply;

const TOKEN_PATH: &str = "/api/v3/get-management-token";

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_concurrent_first_calls_make_one_token_request() {
    let (server, client) = setup().await;
    // A slow token answer, so every call arrives while the first token request is in flight.
    server.intercept(|request| {
        (request.path == TOKEN_PATH).then(|| Reply::usual().delayed(Duration::from_millis(300)))
    });
    let other_clone = client.clone();
    let calls: Vec<_> = (0..50)
        .map(|i| {
            let client = if i % 2 == 0 {
                client.clone()
            } else {
                other_clone.clone()
            };
            tokio::spawn(async move { client.get_user(USER_ID).send().await })
        })
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }
    assert_eq!(server.token_requests(), 1);
    assert_eq!(server.requests_to("/api/v3/get-user").len(), 50);
    let tokens: std::collections::HashSet<_> = server
        .requests_to("/api/v3/get-user")
        .iter()
        .map(|r| r.header("authorization").unwrap().to_owned())
        .collect();
    assert_eq!(tokens.len(), 1);
}

/// The benchmark's burst (`benches/benches/token.rs`), untimed: a thousand calls, each on its
/// own connection (about 2,000 open files in this process).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_thousand_concurrent_first_calls_make_one_token_request() {
    let (server, client) = setup().await;
    server.intercept(|request| {
        (request.path == TOKEN_PATH).then(|| Reply::usual().delayed(Duration::from_millis(100)))
    });
    let calls: Vec<_> = (0..1000)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.get_user(USER_ID).send().await })
        })
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }
    assert_eq!(server.token_requests(), 1);
    assert_eq!(server.requests_to("/api/v3/get-user").len(), 1000);
}

#[tokio::test]
async fn separate_clients_do_not_share_a_token() {
    let server = server().await;
    client(&server).get_user(USER_ID).await.unwrap();
    client(&server).get_user(USER_ID).await.unwrap();
    assert_eq!(server.token_requests(), 2);
}

#[tokio::test]
async fn a_failed_token_request_is_retried_then_not_cached() {
    let server = server().await;
    let client = client_builder(&server)
        .retry(RetryConfig::default().initial_backoff(Duration::from_millis(5)))
        .build()
        .unwrap();
    server.intercept(|request| {
        (request.path == TOKEN_PATH).then(|| Reply::raw(503, "text/plain", "busy"))
    });
    let err = client.get_user(USER_ID).await.unwrap_err();
    match &err {
        Error::RetriesExhausted {
            attempts: 3, last, ..
        } => match last.as_ref() {
            Error::HttpStatus {
                status: 503, path, ..
            } => assert_eq!(*path, TOKEN_PATH),
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
    assert_eq!(server.token_requests(), 3, "retried like a GET");
    assert!(server.requests_to("/api/v3/get-user").is_empty());
    server.clear_intercept();
    client.get_user(USER_ID).await.unwrap();
    client.get_user(USER_ID).await.unwrap();
    assert_eq!(server.token_requests(), 4, "the failure was not cached");
}

#[tokio::test]
async fn a_token_without_the_userpool_claim_is_refused() {
    let (server, client) = setup().await;
    server.intercept(|request| {
        (request.path == TOKEN_PATH).then(|| {
            Reply::json(&serde_json::json!({
                "statusCode": 200, "message": "ok",
                "data": {"access_token": "opaque-token-value", "expires_in": 7200}
            }))
        })
    });
    match client.get_user(USER_ID).await.unwrap_err() {
        Error::Decode {
            path,
            json_path,
            reason,
            ..
        } => {
            assert_eq!(path, TOKEN_PATH);
            assert_eq!(json_path, "data.access_token");
            assert!(reason.contains("scoped_userpool_id"), "{reason}");
        }
        other => panic!("{other:?}"),
    }
    assert!(server.requests_to("/api/v3/get-user").is_empty());
}

#[tokio::test]
async fn the_token_is_refreshed_before_it_expires() {
    // Tokens live 6 s: the client refreshes after 3 s (half the lifetime, under the 60 s margin).
    let server = server_builder()
        .token_lifetime(Duration::from_secs(6))
        .start()
        .await
        .unwrap();
    let client = client(&server);
    client.get_user(USER_ID).await.unwrap();
    let first = last_token(&server);
    client.get_user(USER_ID).await.unwrap();
    assert_eq!(server.token_requests(), 1, "reused while fresh");

    tokio::time::sleep(Duration::from_millis(3200)).await;
    client.get_user(USER_ID).await.unwrap();
    assert_eq!(server.token_requests(), 2, "refreshed after the margin");
    assert_ne!(last_token(&server), first);
}
