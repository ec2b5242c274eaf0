//! The token expiring mid-run.

use super::*;

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
