//! Stalls, the per-attempt timeout, the overall deadline, and dropped calls.

use super::*;

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
