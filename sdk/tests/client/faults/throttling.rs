//! HTTP 5xx and 429 answers, `statusCode` 429 and `Retry-After`.

use super::*;

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
