//! Refused connections (a server that stops listening for a while).

use super::*;

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
