//! The fault matrix: each fault the local Authing can script (connection closed before an
//! answer, 5xx N times, `statusCode` 429 with and without `Retry-After`, a stall past the
//! timeout, truncated or malformed JSON, a body cut mid-way, an answer lost after the write, a
//! refused connection, a token expired mid-run), against GET and POST. Each test asserts how
//! many requests the server saw, the final result and the elapsed time (upper bounds only,
//! lower bounds where a wait must be honoured), and that a POST which reached the server was
//! never carried out twice.

use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::common::logs;
use crate::common::*;
use authing::internal::{ApiRequest, Method};
use authing::{Error, ManagementClient, ManagementClientBuilder, RetryConfig};
use authing_local::{LocalAuthing, Reply};
use serde_json::json;

const GET_USER: &str = "/api/v3/get-user";
const CREATE_USER: &str = "/api/v3/create-user";
const TOKEN_PATH: &str = "/api/v3/get-management-token";

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// A client with a short per-attempt timeout and tiny backoff (3 attempts, as by default).
fn fast(server: &LocalAuthing) -> ManagementClientBuilder {
    client_builder(server)
        .timeout(ms(300))
        .deadline(Duration::from_secs(10))
        .retry(
            RetryConfig::default()
                .initial_backoff(ms(5))
                .max_backoff(ms(20)),
        )
}

async fn fast_setup() -> (LocalAuthing, ManagementClient) {
    let server = server().await;
    let client = fast(&server).build().unwrap();
    (server, client)
}

/// Answers requests to `path` with `fault()` the first `n` times, then as usual.
fn fail_first(
    server: &LocalAuthing,
    path: &'static str,
    n: usize,
    fault: impl Fn() -> Reply + Send + Sync + 'static,
) {
    let seen = AtomicUsize::new(0);
    server.intercept(move |request| {
        (request.path == path && seen.fetch_add(1, Ordering::SeqCst) < n).then(&fault)
    });
}

/// Answers every request to `path` with `fault()`.
fn fail_always(
    server: &LocalAuthing,
    path: &'static str,
    fault: impl Fn() -> Reply + Send + Sync + 'static,
) {
    server.intercept(move |request| (request.path == path).then(&fault));
}

async fn timed<F: Future>(future: F) -> (F::Output, Duration) {
    let start = Instant::now();
    let output = future.await;
    (output, start.elapsed())
}

fn seen(server: &LocalAuthing, path: &str) -> usize {
    server.requests_to(path).len()
}

/// The `create-user` requests the server carried out (answered `statusCode` 200).
fn carried_out(server: &LocalAuthing) -> usize {
    server
        .requests_to(CREATE_USER)
        .iter()
        .filter(|r| r.status_code == Some(200))
        .count()
}

fn envelope_503() -> Reply {
    Reply::raw(503, "text/html", "<html>503 Service Unavailable</html>")
}

fn throttled() -> Reply {
    Reply::json(&json!({"statusCode": 429, "apiCode": 429, "message": "请求过于频繁"}))
}

/// The last error of a call that was retried, checking the attempt count.
fn exhausted(err: &Error, attempts: u32) -> &Error {
    match err {
        Error::RetriesExhausted {
            attempts: n, last, ..
        } => {
            assert_eq!(*n, attempts, "{err}");
            assert_eq!(err.attempts(), attempts);
            last
        }
        other => panic!("expected RetriesExhausted, got {other:?}"),
    }
}

async fn warm_up(client: &ManagementClient) {
    client.get_user(USER_ID).await.unwrap();
}

// ---- connection closed before an answer ----

#[tokio::test]
async fn get_closed_without_answer_twice_then_answered() {
    let (server, client) = fast_setup().await;
    fail_first(&server, GET_USER, 2, Reply::close);
    let (logs, _guard) = logs::capture();
    let (user, elapsed) = timed(client.get_user(USER_ID).send()).await;
    assert_eq!(user.unwrap().user_id, USER_ID);
    assert_eq!(seen(&server, GET_USER), 3);
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
    let retries = logs.with_message("retrying the call");
    assert_eq!(retries.len(), 2);
    for (i, retry) in retries.iter().enumerate() {
        assert_eq!(retry.get("attempt"), Some((i + 1).to_string().as_str()));
        assert_eq!(retry.get("reason"), Some("connection broke"));
        assert_eq!(retry.get("path"), Some(GET_USER));
        assert_eq!(retry.get("max_attempts"), Some("3"));
        assert_eq!(retry.level, tracing::Level::INFO);
    }
}

#[tokio::test]
async fn get_closed_every_time_gives_up_after_three_attempts() {
    let (server, client) = fast_setup().await;
    fail_always(&server, GET_USER, Reply::close);
    let (result, elapsed) = timed(client.get_user(USER_ID).send()).await;
    let err = result.unwrap_err();
    match exhausted(&err, 3) {
        Error::Transport { path, .. } => assert_eq!(*path, GET_USER),
        other => panic!("{other:?}"),
    }
    assert!(err.is_transient());
    assert!(err
        .to_string()
        .starts_with("gave up after 3 attempts: GET /api/v3/get-user: "));
    assert_eq!(seen(&server, GET_USER), 3);
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[tokio::test]
async fn post_closed_without_answer_is_not_sent_again() {
    let (server, client) = fast_setup().await;
    warm_up(&client).await;
    fail_always(&server, CREATE_USER, Reply::close);
    let (result, elapsed) = timed(client.create_user().username("closed").send()).await;
    match result.unwrap_err() {
        Error::Transport { method, path, .. } => assert_eq!((method, path), ("POST", CREATE_USER)),
        other => panic!("{other:?}"),
    }
    assert_eq!(seen(&server, CREATE_USER), 1);
    assert_eq!(carried_out(&server), 0);
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
}

#[tokio::test]
async fn post_whose_answer_was_lost_after_the_write_is_not_sent_again() {
    let (server, client) = fast_setup().await;
    warm_up(&client).await;
    fail_always(&server, CREATE_USER, || Reply::usual().unanswered());
    let err = client
        .create_user()
        .username("lost-answer")
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert_eq!(seen(&server, CREATE_USER), 1);
    assert_eq!(carried_out(&server), 1, "written once, never twice");
}

/// A POST to a path the hook serves, marked idempotent or not.
fn post(path: &'static str, idempotent: bool) -> ApiRequest {
    ApiRequest {
        method: Method::Post,
        path,
        query: Vec::new(),
        body: Some(br#"{"name":"x"}"#.to_vec()),
        idempotent,
    }
}

#[tokio::test]
async fn an_idempotent_post_is_retried_like_a_get() {
    let (server, client) = fast_setup().await;
    warm_up(&client).await;
    let path = "/api/v3/set-something";
    let seen_so_far = AtomicUsize::new(0);
    server.intercept(move |request| {
        (request.path == path).then(|| match seen_so_far.fetch_add(1, Ordering::SeqCst) {
            0 => Reply::close(),
            1 => envelope_503(),
            _ => Reply::json(&json!({"statusCode": 200, "message": "ok", "data": true})),
        })
    });
    let response = authing::internal::execute(&client, post(path, true))
        .await
        .unwrap();
    assert!(authing::internal::decode_data::<bool>(&response).unwrap());
    assert_eq!(seen(&server, path), 3);
    let bodies: Vec<_> = server
        .requests_to(path)
        .into_iter()
        .map(|r| r.body)
        .collect();
    assert!(
        bodies.iter().all(|b| b == br#"{"name":"x"}"#),
        "the same body each time"
    );

    // The same faults on a POST not marked idempotent: sent once.
    server.clear_requests();
    fail_always(&server, path, Reply::close);
    let err = authing::internal::execute(&client, post(path, false))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert_eq!(seen(&server, path), 1);
}

#[tokio::test]
async fn generated_queries_sent_as_post_are_retried_and_writes_are_not() {
    // `list_users` is a POST the spec marks idempotent (a query); `create_user` is a write.
    let (server, client) = fast_setup().await;
    warm_up(&client).await;
    let list_users = "/api/v3/list-users";
    fail_first(&server, list_users, 2, envelope_503);
    let page = client.list_users().send().await.unwrap();
    assert!(
        !page.list.is_empty(),
        "the documented page of users: {page:?}"
    );
    assert_eq!(seen(&server, list_users), 3);

    server.clear_requests();
    fail_first(&server, CREATE_USER, 2, envelope_503);
    let err = client
        .create_user()
        .email("x@example.com")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::HttpStatus { .. } | Error::Api { .. }),
        "{err:?}"
    );
    assert_eq!(seen(&server, CREATE_USER), 1);
}

// ---- HTTP 5xx and 429 ----

#[tokio::test]
async fn get_answered_503_twice_then_ok() {
    let (server, client) = fast_setup().await;
    fail_first(&server, GET_USER, 2, envelope_503);
    let (user, elapsed) = timed(client.get_user(USER_ID).send()).await;
    user.unwrap();
    assert_eq!(seen(&server, GET_USER), 3);
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[tokio::test]
async fn get_answered_503_three_times_gives_up_with_the_last_answer() {
    let (server, client) = fast_setup().await;
    fail_first(&server, GET_USER, 3, envelope_503);
    let err = client.get_user(USER_ID).await.unwrap_err();
    match exhausted(&err, 3) {
        Error::HttpStatus {
            status: 503,
            excerpt,
            ..
        } => assert_eq!(excerpt, "<html>503 Service Unavailable</html>"),
        other => panic!("{other:?}"),
    }
    assert_eq!(seen(&server, GET_USER), 3);
    // A fourth call would have succeeded: the client stopped at three.
    client.get_user(USER_ID).await.unwrap();
    assert_eq!(seen(&server, GET_USER), 4);
}

#[tokio::test]
async fn every_retried_http_status_is_retried_once_for_a_get_and_others_are_not() {
    for status in [429, 502, 503, 504] {
        let (server, client) = fast_setup().await;
        fail_first(&server, GET_USER, 1, move || {
            Reply::raw(status, "text/plain", "x")
        });
        client.get_user(USER_ID).await.unwrap();
        assert_eq!(seen(&server, GET_USER), 2, "HTTP {status}");
    }
    for status in [500, 400, 404] {
        let (server, client) = fast_setup().await;
        fail_first(&server, GET_USER, 1, move || {
            Reply::raw(status, "text/plain", "x")
        });
        match client.get_user(USER_ID).await.unwrap_err() {
            Error::HttpStatus { status: s, .. } => assert_eq!(s, status),
            other => panic!("{other:?}"),
        }
        assert_eq!(seen(&server, GET_USER), 1, "HTTP {status}");
    }
}

#[tokio::test]
async fn post_answered_503_is_not_sent_again() {
    let (server, client) = fast_setup().await;
    warm_up(&client).await;
    fail_first(&server, CREATE_USER, 1, envelope_503);
    match client.create_user().username("u503").await.unwrap_err() {
        Error::HttpStatus { status: 503, .. } => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(seen(&server, CREATE_USER), 1);
    assert_eq!(carried_out(&server), 0);
}

#[tokio::test]
async fn throttled_with_status_code_429_then_ok() {
    let (server, client) = fast_setup().await;
    fail_first(&server, GET_USER, 2, throttled);
    let (user, elapsed) = timed(client.get_user(USER_ID).send()).await;
    user.unwrap();
    assert_eq!(seen(&server, GET_USER), 3);
    assert!(
        elapsed < Duration::from_secs(2),
        "no Retry-After: short waits; {elapsed:?}"
    );
}

#[tokio::test]
async fn throttled_every_time_gives_up_with_the_api_error() {
    let (server, client) = fast_setup().await;
    fail_always(&server, GET_USER, throttled);
    let err = client.get_user(USER_ID).await.unwrap_err();
    match exhausted(&err, 3) {
        Error::Api {
            status_code: 429, ..
        } => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(seen(&server, GET_USER), 3);
}

#[tokio::test]
async fn retry_after_is_waited_out() {
    let (server, client) = fast_setup().await;
    fail_first(&server, GET_USER, 1, || {
        throttled().header("retry-after", "1")
    });
    let (logs, _guard) = logs::capture();
    let (user, elapsed) = timed(client.get_user(USER_ID).send()).await;
    user.unwrap();
    assert_eq!(seen(&server, GET_USER), 2);
    assert!(elapsed >= ms(1000), "Retry-After: 1 honoured; {elapsed:?}");
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
    let retry = &logs.with_message("retrying the call")[0];
    assert_eq!(retry.get("reason"), Some("throttled (statusCode 429)"));
    assert_eq!(retry.get("delay_ms"), Some("1000"));
    assert_eq!(retry.get("retry_after"), Some("true"));

    // The gap between the two attempts as the server saw it: the second came a second later.
    let http_429 = || Reply::raw(429, "text/plain", "slow down").header("retry-after", "1");
    let (server, client) = fast_setup().await;
    fail_first(&server, GET_USER, 1, http_429);
    let (user, elapsed) = timed(client.get_user(USER_ID).send()).await;
    user.unwrap();
    assert_eq!(seen(&server, GET_USER), 2);
    assert!(
        elapsed >= ms(1000) && elapsed < Duration::from_secs(3),
        "{elapsed:?}"
    );
}

#[tokio::test]
async fn a_retry_after_past_the_deadline_ends_the_call_at_once() {
    let server = server().await;
    let client = fast(&server)
        .deadline(Duration::from_secs(2))
        .build()
        .unwrap();
    fail_always(&server, GET_USER, || {
        throttled().header("retry-after", "30")
    });
    let (result, elapsed) = timed(client.get_user(USER_ID).send()).await;
    match result.unwrap_err() {
        Error::Api {
            status_code: 429, ..
        } => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(seen(&server, GET_USER), 1);
    assert!(
        elapsed < ms(1000),
        "no sleep into the deadline; {elapsed:?}"
    );
}

#[tokio::test]
async fn a_throttled_post_is_not_sent_again() {
    let (server, client) = fast_setup().await;
    warm_up(&client).await;
    fail_first(&server, CREATE_USER, 1, || {
        throttled().header("retry-after", "0")
    });
    match client.create_user().username("u429").await.unwrap_err() {
        Error::Api {
            status_code: 429, ..
        } => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(seen(&server, CREATE_USER), 1);
}

// ---- stalls, timeouts and the deadline ----

#[tokio::test]
async fn get_stalled_past_the_timeout_every_time() {
    let (server, client) = fast_setup().await;
    fail_always(&server, GET_USER, || {
        Reply::usual().delayed(Duration::from_secs(5))
    });
    let (result, elapsed) = timed(client.get_user(USER_ID).send()).await;
    let err = result.unwrap_err();
    match exhausted(&err, 3) {
        Error::Timeout { timeout, .. } => assert_eq!(*timeout, ms(300)),
        other => panic!("{other:?}"),
    }
    assert_eq!(seen(&server, GET_USER), 3);
    assert!(elapsed >= ms(900), "three timeouts of 300 ms; {elapsed:?}");
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[tokio::test]
async fn get_stalled_once_then_answered() {
    let (server, client) = fast_setup().await;
    fail_first(&server, GET_USER, 1, || {
        Reply::usual().delayed(Duration::from_secs(5))
    });
    let (user, elapsed) = timed(client.get_user(USER_ID).send()).await;
    user.unwrap();
    assert_eq!(seen(&server, GET_USER), 2);
    assert!(
        elapsed >= ms(300) && elapsed < Duration::from_secs(2),
        "{elapsed:?}"
    );
}

#[tokio::test]
async fn post_stalled_past_the_timeout_is_not_sent_again() {
    let (server, client) = fast_setup().await;
    warm_up(&client).await;
    fail_always(&server, CREATE_USER, || Reply::usual().delayed(ms(600)));
    let (result, elapsed) = timed(client.create_user().username("slow").send()).await;
    match result.unwrap_err() {
        Error::Timeout { method: "POST", .. } => {}
        other => panic!("{other:?}"),
    }
    assert!(
        elapsed >= ms(300) && elapsed < Duration::from_secs(2),
        "{elapsed:?}"
    );
    // Whether or not the server went on to carry it out, it arrived once.
    tokio::time::sleep(ms(500)).await;
    assert_eq!(seen(&server, CREATE_USER), 1);
    assert!(carried_out(&server) <= 1);
}

#[tokio::test]
async fn the_deadline_bounds_a_call_across_its_attempts() {
    let server = server().await;
    let client = client_builder(&server)
        .timeout(ms(200))
        .deadline(ms(500))
        .retry(
            RetryConfig::default()
                .max_attempts(10)
                .initial_backoff(ms(5))
                .max_backoff(ms(10)),
        )
        .build()
        .unwrap();
    warm_up(&client).await;
    server.clear_requests();
    fail_always(&server, GET_USER, || {
        Reply::usual().delayed(Duration::from_secs(5))
    });
    let (result, elapsed) = timed(client.get_user(USER_ID).send()).await;
    match result.unwrap_err() {
        Error::DeadlineExceeded {
            deadline, attempts, ..
        } => {
            assert_eq!(deadline, ms(500));
            // 200 ms + 200 ms + cut off in the third (the second, on a slow machine).
            assert!((2..=3).contains(&attempts), "{attempts}");
            assert_eq!(seen(&server, GET_USER), attempts as usize);
        }
        other => panic!("{other:?}"),
    }
    assert!(elapsed >= ms(500) && elapsed < ms(1500), "{elapsed:?}");
}

#[tokio::test]
async fn the_deadline_also_bounds_a_single_slow_attempt() {
    let server = server().await;
    let client = client_builder(&server)
        .timeout(Duration::from_secs(10))
        .deadline(ms(400))
        .build()
        .unwrap();
    fail_always(&server, GET_USER, || {
        Reply::usual().delayed(Duration::from_secs(5))
    });
    let (result, elapsed) = timed(client.get_user(USER_ID).send()).await;
    let err = result.unwrap_err();
    assert!(
        matches!(err, Error::DeadlineExceeded { attempts: 1, .. }),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("deadline of 400ms passed"),
        "{err}"
    );
    assert_eq!(seen(&server, GET_USER), 1);
    assert!(elapsed >= ms(400) && elapsed < ms(1500), "{elapsed:?}");
}

#[tokio::test]
async fn a_dropped_call_leaves_the_client_healthy() {
    let (server, client) = fast_setup().await;
    // Dropped while its request is on the wire.
    fail_always(&server, GET_USER, || {
        Reply::usual().delayed(Duration::from_secs(5))
    });
    let cut = tokio::time::timeout(ms(100), client.get_user(USER_ID).send()).await;
    assert!(cut.is_err());
    server.clear_intercept();
    client.get_user(USER_ID).await.unwrap();
    assert_eq!(server.token_requests(), 1);

    // Dropped while it holds the token lock, waiting for a token.
    let (server, client) = fast_setup().await;
    fail_always(&server, TOKEN_PATH, || {
        Reply::usual().delayed(Duration::from_secs(5))
    });
    let cut = tokio::time::timeout(ms(100), client.get_user(USER_ID).send()).await;
    assert!(cut.is_err());
    server.clear_intercept();
    let (user, elapsed) = timed(client.get_user(USER_ID).send()).await;
    user.unwrap();
    assert!(elapsed < ms(1000), "the lock was released; {elapsed:?}");
    assert_eq!(server.token_requests(), 2);
}

// ---- bodies: malformed, truncated, cut, too large ----

#[tokio::test]
async fn malformed_or_truncated_json_is_a_decode_error_and_not_retried() {
    for body in [
        r#"{"statusCode":200,"message":"ok","data":{"userId":"u"#,
        r#"{"statusCode":200,"message":"ok","data":{"userId":"u",}}"#,
        "not json at all",
    ] {
        let (server, client) = fast_setup().await;
        fail_always(&server, GET_USER, move || {
            Reply::raw(200, "application/json", body)
        });
        match client.get_user(USER_ID).await.unwrap_err() {
            Error::Decode { path, .. } => assert_eq!(path, GET_USER),
            other => panic!("{body}: {other:?}"),
        }
        assert_eq!(seen(&server, GET_USER), 1, "{body}");
    }
}

#[tokio::test]
async fn a_get_whose_body_is_cut_is_retried() {
    let (server, client) = fast_setup().await;
    fail_first(&server, GET_USER, 1, || Reply::usual().truncated(20));
    let (user, elapsed) = timed(client.get_user(USER_ID).send()).await;
    user.unwrap();
    assert_eq!(seen(&server, GET_USER), 2);
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");

    fail_always(&server, GET_USER, || Reply::usual().truncated(20));
    let err = client.get_user(USER_ID).await.unwrap_err();
    match exhausted(&err, 3) {
        Error::Transport { stage, .. } => assert_eq!(*stage, "could not read the response body"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_post_whose_body_is_cut_is_not_sent_again() {
    let (server, client) = fast_setup().await;
    warm_up(&client).await;
    fail_always(&server, CREATE_USER, || Reply::usual().truncated(20));
    match client.create_user().username("cut").await.unwrap_err() {
        Error::Transport { stage, .. } => assert_eq!(stage, "could not read the response body"),
        other => panic!("{other:?}"),
    }
    assert_eq!(seen(&server, CREATE_USER), 1);
    assert_eq!(carried_out(&server), 1);
}

#[tokio::test]
async fn a_response_over_the_size_limit_is_refused_and_not_retried() {
    let server = server().await;
    let client = fast(&server).max_response_bytes(1000).build().unwrap();
    let err = client.get_user(USER_ID).await.unwrap_err();
    match &err {
        Error::ResponseTooLarge { path, limit, .. } => {
            assert_eq!((*path, *limit), (GET_USER, 1000));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(seen(&server, GET_USER), 1);
    assert!(!err.is_transient());

    // A body without a length is cut off once it passes the limit.
    server.clear_requests();
    fail_always(&server, GET_USER, || Reply::usual().chunked());
    let err = client.get_user(USER_ID).await.unwrap_err();
    assert!(
        matches!(err, Error::ResponseTooLarge { limit: 1000, .. }),
        "{err:?}"
    );
    assert_eq!(seen(&server, GET_USER), 1);
}

// ---- refused connections ----

#[tokio::test]
async fn a_post_that_could_not_connect_is_sent_once_the_server_is_back() {
    let server = server().await;
    let client = client_builder(&server)
        .retry(
            RetryConfig::default()
                .max_attempts(1000)
                .initial_backoff(ms(5))
                .max_backoff(ms(5)),
        )
        .deadline(Duration::from_secs(10))
        .build()
        .unwrap();
    warm_up(&client).await;
    server.stop_listening().await;
    let server = Arc::new(server);
    let back = Arc::clone(&server);
    let resumed = tokio::spawn(async move {
        tokio::time::sleep(ms(300)).await;
        back.resume_listening().await.unwrap();
    });
    let (logs, _guard) = logs::capture();
    let (user, elapsed) = timed(client.create_user().username("after-outage").send()).await;
    assert_eq!(user.unwrap().username.as_deref(), Some("after-outage"));
    resumed.await.unwrap();
    assert_eq!(seen(&server, CREATE_USER), 1);
    assert_eq!(carried_out(&server), 1);
    assert!(
        elapsed >= ms(250) && elapsed < Duration::from_secs(5),
        "{elapsed:?}"
    );
    let retries = logs.with_message("retrying the call");
    assert!(retries.len() >= 2, "{}", retries.len());
    assert!(retries
        .iter()
        .all(|r| r.get("reason") == Some("could not connect")));
}

#[tokio::test]
async fn a_refused_connection_gives_up_after_the_attempts() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let client = ManagementClient::builder()
        .access_key_id("id")
        .access_key_secret(ACCESS_KEY_SECRET)
        .host(url)
        .retry(
            RetryConfig::default()
                .max_attempts(4)
                .initial_backoff(ms(5)),
        )
        .build()
        .unwrap();
    let (result, elapsed) = timed(client.get_user(USER_ID).send()).await;
    let err = result.unwrap_err();
    match exhausted(&err, 4) {
        Error::Transport { stage, path, .. } => {
            assert_eq!((*stage, *path), ("could not connect", TOKEN_PATH));
        }
        other => panic!("{other:?}"),
    }
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
}

// ---- the token expiring mid-run ----

#[tokio::test]
async fn a_revoked_token_is_renewed_and_the_get_sent_again() {
    let (server, client) = fast_setup().await;
    warm_up(&client).await;
    let first = last_token(&server);
    server.revoke_tokens();
    server.clear_requests();
    let (logs, _guard) = logs::capture();
    client.get_user(USER_ID).await.unwrap();
    let calls = server.requests_to(GET_USER);
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[0].status_code, Some(401));
    assert_eq!(calls[1].status_code, Some(200));
    assert_eq!(server.token_requests(), 1);
    assert_ne!(last_token(&server), first);
    let renewal = &logs.with_message("fetching a new token and sending the call again")[0];
    assert_eq!(
        renewal.get("reason"),
        Some("token rejected (statusCode 401)")
    );
    assert_eq!(renewal.get("attempt"), Some("1"));
    // Nothing logged holds a credential.
    let text = logs.text();
    assert!(
        !text.contains(ACCESS_KEY_SECRET) && !text.contains(&first),
        "{text}"
    );
    assert!(!text.contains(&last_token(&server)), "{text}");
}

#[tokio::test]
async fn a_revoked_token_is_renewed_for_a_post_which_is_carried_out_once() {
    let (server, client) = fast_setup().await;
    warm_up(&client).await;
    server.revoke_tokens();
    let user = client.create_user().username("after-expiry").await.unwrap();
    assert_eq!(user.username.as_deref(), Some("after-expiry"));
    let posts = server.requests_to(CREATE_USER);
    let answers: Vec<_> = posts.iter().map(|r| r.status_code).collect();
    assert_eq!(
        answers,
        [Some(401), Some(200)],
        "refused unseen, then carried out once"
    );
    assert_eq!(server.token_requests(), 2);
}

#[tokio::test]
async fn renewal_happens_with_retries_disabled_too() {
    let server = server().await;
    let client = client_builder(&server)
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    warm_up(&client).await;
    server.revoke_tokens();
    client.get_user(USER_ID).await.unwrap();
    assert_eq!(seen(&server, GET_USER), 3);
    assert_eq!(server.token_requests(), 2);
    // ...but a 503 is not retried.
    fail_first(&server, GET_USER, 1, envelope_503);
    assert!(matches!(
        client.get_user(USER_ID).await.unwrap_err(),
        Error::HttpStatus { status: 503, .. }
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_calls_rejected_at_once_share_one_token_request() {
    let (server, client) = fast_setup().await;
    warm_up(&client).await;
    server.revoke_tokens();
    // Slow rejections, so all fifty hold the old token when the first renewal starts.
    let rejected = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&rejected);
    server.intercept(move |request| {
        (request.path == GET_USER && counter.fetch_add(1, Ordering::SeqCst) < 50)
            .then(|| Reply::usual().delayed(ms(100)))
    });
    let calls: Vec<_> = (0..50)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.get_user(USER_ID).send().await })
        })
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }
    assert_eq!(server.token_requests(), 2, "one at the start, one renewal");
    let answers: Vec<_> = server
        .requests_to(GET_USER)
        .iter()
        .map(|r| r.status_code)
        .collect();
    assert_eq!(answers.iter().filter(|c| **c == Some(401)).count(), 50);
    assert_eq!(answers.iter().filter(|c| **c == Some(200)).count(), 51);
}

#[tokio::test]
async fn a_token_that_expires_by_time_is_renewed_before_use_or_on_rejection() {
    // Tokens live 2 s: the client refreshes them after 1 s, and the server refuses them after 2.
    let server = server_builder()
        .token_lifetime(Duration::from_secs(2))
        .start()
        .await
        .unwrap();
    let client = fast(&server).build().unwrap();
    let (_, elapsed) = timed(async {
        for _ in 0..6 {
            client.get_user(USER_ID).await.unwrap();
            tokio::time::sleep(ms(500)).await;
        }
    })
    .await;
    // Calls at about 0, 0.5, 1.0, 1.5, 2.0, 2.5 s: tokens fetched at about 0, 1.0 and 2.0 s.
    let tokens = server.token_requests();
    assert!(
        (2..=4).contains(&tokens),
        "{tokens} token requests over {elapsed:?}"
    );
    let refused = server
        .requests_to(GET_USER)
        .iter()
        .filter(|r| r.status_code == Some(401))
        .count();
    assert_eq!(refused, 0, "refreshed before expiry, never refused");
}
