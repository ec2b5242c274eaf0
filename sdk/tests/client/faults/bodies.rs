//! Bodies that are malformed, truncated, cut mid-way or too large.

use super::*;

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
