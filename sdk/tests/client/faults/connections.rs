//! Connections closed before an answer or after the write, and which calls are sent again.

use super::*;

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
pub(super) fn post(path: &'static str, idempotent: bool) -> ApiRequest {
    ApiRequest {
        method: Method::Post,
        path,
        filled_path: None,
        query: Vec::new(),
        body: Some(br#"{"name":"x"}"#.to_vec()),
        idempotent,
        options: Default::default(),
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
