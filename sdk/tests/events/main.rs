//! Event subscriptions against the local Authing's event hub: publish and receive (management
//! and a user), a dropped connection and the events after it, a refused handshake that ends
//! the stream at once, a slow consumer with a bounded buffer, and a dropped stream that closes
//! its socket. Each test starts its own server on 127.0.0.1; reconnect backoff is shortened so
//! the tests stay fast.

#[path = "../common/mod.rs"]
mod common;

use std::time::Duration;

use authing::events::{Event, EventStream, EventsConfig};
use authing::{AuthenticationClient, Error, ManagementClient, UserSession};
use authing_local::LocalAuthing;
use futures_util::StreamExt;
use serde::Deserialize;
use serde_json::json;

/// Events config for a local server: its host, fast reconnects, a small buffer.
fn events(server: &LocalAuthing) -> EventsConfig {
    EventsConfig::default()
        .host(server.url().replace("http://", "ws://"))
        .backoff(Duration::from_millis(10), Duration::from_millis(50))
        .buffer(4)
}

fn management(server: &LocalAuthing) -> ManagementClient {
    common::client_builder(server)
        .events(events(server))
        .build()
        .expect("client builds")
}

async fn user(server: &LocalAuthing) -> UserSession {
    assert!(server.set_password("test@example.com", "Events-pw-1"));
    let client = AuthenticationClient::builder()
        .app_id(server.app_id())
        .app_secret(server.app_secret())
        .host(server.url())
        .events(events(server))
        .build()
        .expect("client builds");
    let tokens = client
        .sign_in_by_email_password("test@example.com", "Events-pw-1")
        .await
        .expect("signed in");
    client.session(tokens)
}

/// Waits (bounded) until the server has `n` open subscriptions.
async fn subscribed(server: &LocalAuthing, n: usize) {
    for _ in 0..500 {
        if server.event_subscriptions() == n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!(
        "{} subscriptions open, expected {n}",
        server.event_subscriptions()
    );
}

async fn next(stream: &mut EventStream) -> Event {
    tokio::time::timeout(Duration::from_secs(10), stream.next())
        .await
        .expect("an event within 10 s")
        .expect("the stream goes on")
        .expect("an event, not an error")
}

#[derive(Debug, Deserialize, PartialEq)]
struct UserCreated {
    id: String,
    email: String,
}

#[tokio::test]
async fn a_published_event_reaches_a_management_subscriber_typed() {
    let server = common::server().await;
    let client = management(&server);
    let mut stream = client.subscribe("myapp.user.created");
    subscribed(&server, 1).await;
    let sent = client
        .publish_event(
            "myapp.user.created",
            &json!({"id": "u1", "email": "a@example.com"}),
        )
        .await
        .expect("published");
    assert_eq!(sent.success, Some(true));
    // Published as the official SDKs publish: eventData is JSON text.
    let publish = server.requests_to("/api/v3/pub-event").pop().unwrap();
    assert_eq!(
        publish.body_json().unwrap(),
        json!({"eventData": "{\"email\":\"a@example.com\",\"id\":\"u1\"}", "eventType": "myapp.user.created"})
    );
    let event = next(&mut stream).await;
    assert_eq!(event.code, "myapp.user.created");
    assert_eq!(
        event.data::<UserCreated>().unwrap(),
        UserCreated {
            id: "u1".into(),
            email: "a@example.com".into()
        }
    );
    assert!(!event.reconnected_before);
    // The handshake was signed as the official SDKs sign it.
    let handshake = server
        .requests_to("/events/v1/management/sub")
        .pop()
        .unwrap();
    assert_eq!(handshake.query.as_deref(), Some("code=myapp.user.created"));
    assert!(handshake
        .header("authorization")
        .unwrap()
        .starts_with("authing ak-id-test:"));
}

#[tokio::test]
async fn a_user_subscribes_and_publishes_with_the_users_token() {
    let server = common::server().await;
    let session = user(&server).await;
    let token = session.tokens().await.access_token.expose().to_owned();
    let mut stream = session.subscribe("myapp.custom");
    subscribed(&server, 1).await;
    session
        .publish_event("myapp.custom", &json!({"n": 1}))
        .await
        .expect("published");
    let event = next(&mut stream).await;
    assert_eq!(event.payload, json!({"n": 1}));
    let handshake = server
        .requests_to("/events/v1/authentication/sub")
        .pop()
        .unwrap();
    assert_eq!(
        handshake.query_param("token").as_deref(),
        Some(token.as_str())
    );
    let publish = server.requests_to("/api/v3/pub-userEvent").pop().unwrap();
    assert_eq!(publish.header("authorization"), Some(token.as_str()));
    // The token is never shown: not in the stream's Debug.
    assert!(!format!("{stream:?}").contains(&token), "{stream:?}");
}

#[tokio::test]
async fn after_a_dropped_connection_the_stream_reconnects_and_receives_what_follows() {
    let server = common::server().await;
    let client = management(&server);
    let mut stream = client.subscribe("c.one");
    subscribed(&server, 1).await;
    server.publish_event("c.one", json!("first"));
    assert_eq!(next(&mut stream).await.payload, json!("first"));

    server.drop_event_subscriptions();
    // Back on its own: a second handshake, then the events published after it.
    for _ in 0..500 {
        if server.requests_to("/events/v1/management/sub").len() == 2
            && server.event_subscriptions() == 1
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    server.publish_event("c.one", json!("second"));
    let event = next(&mut stream).await;
    assert_eq!(event.payload, json!("second"));
    assert!(event.reconnected_before, "the gap is reported");
    assert_eq!(stream.reconnects(), 1);
}

#[tokio::test]
async fn a_wrong_secret_ends_the_stream_with_one_error_and_no_retries() {
    let server = common::server().await;
    let client = ManagementClient::builder()
        .access_key_id(server.access_key_id())
        .access_key_secret("not-the-secret")
        .host(server.url())
        .events(events(&server))
        .build()
        .unwrap();
    let mut stream = client.subscribe("c.refused");
    let item = tokio::time::timeout(Duration::from_secs(10), stream.next())
        .await
        .expect("an item within 10 s");
    match item {
        Some(Err(Error::Subscription {
            status: Some(401), ..
        })) => {}
        other => panic!("{other:?}"),
    }
    assert!(stream.next().await.is_none(), "the stream ended");
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(
        server.requests_to("/events/v1/management/sub").len(),
        1,
        "no reconnect storm"
    );
}

#[tokio::test]
async fn a_user_whose_token_was_revoked_is_refused_and_the_token_is_not_shown() {
    let server = common::server().await;
    let session = user(&server).await;
    let tokens = session.tokens().await;
    let token = tokens.access_token.expose().to_owned();
    session
        .client()
        .revoke_token(&token)
        .await
        .expect("revoked");
    let mut stream = session.subscribe("c.user");
    let error = match stream.next().await {
        Some(Err(error)) => error,
        other => panic!("{other:?}"),
    };
    assert!(matches!(
        error,
        Error::Subscription {
            status: Some(401),
            ..
        }
    ));
    let shown = format!("{error} {error:?}");
    assert!(!shown.contains(&token), "{shown}");
    assert!(shown.contains("token=***"), "{shown}");
}

#[tokio::test]
async fn a_slow_consumer_holds_at_most_the_buffer_and_is_told_what_it_missed() {
    let server = common::server().await;
    let client = management(&server);
    let mut stream = client.subscribe("c.fast");
    subscribed(&server, 1).await;
    for n in 0..20 {
        server.publish_event("c.fast", json!(n));
    }
    // The task keeps reading the socket; the buffer holds 4, the 16 after them are dropped.
    for _ in 0..500 {
        if stream.dropped() == 16 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(stream.dropped(), 16);
    for n in 0..4 {
        let event = next(&mut stream).await;
        assert_eq!((event.payload, event.missed_before), (json!(n), 0));
    }
    server.publish_event("c.fast", json!("after"));
    let event = next(&mut stream).await;
    assert_eq!(event.payload, json!("after"));
    assert_eq!(event.missed_before, 16);
}

#[tokio::test]
async fn dropping_the_stream_closes_the_socket_on_the_server() {
    let server = common::server().await;
    let client = management(&server);
    let first = client.subscribe("c.a");
    let _second = client.subscribe("c.b");
    subscribed(&server, 2).await;
    drop(first);
    subscribed(&server, 1).await;
}

#[tokio::test]
async fn a_ping_left_unanswered_makes_the_stream_reconnect() {
    let server = common::server().await;
    let client = common::client_builder(&server)
        .events(events(&server).ping_interval(Duration::from_millis(50)))
        .build()
        .unwrap();
    let mut stream = client.subscribe("c.ping");
    subscribed(&server, 1).await;
    // The connection stays open but the server stops answering pings: the client gives up on
    // it after one unanswered interval and connects again.
    server.set_event_subscriptions_unresponsive(true);
    for _ in 0..500 {
        if server.requests_to("/events/v1/management/sub").len() >= 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(server.requests_to("/events/v1/management/sub").len() >= 2);
    server.set_event_subscriptions_unresponsive(false);
    // Back to normal: what is published next arrives, marked as after a reconnect.
    for _ in 0..500 {
        if stream.reconnects() >= 1 && server.event_subscriptions() >= 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    server.publish_event("c.ping", json!("after"));
    let event = next(&mut stream).await;
    assert_eq!(event.payload, json!("after"));
    assert!(event.reconnected_before);
}

#[test]
fn plain_ws_events_host_is_refused_unless_loopback_or_opted_in() {
    let builder = |host: &str| {
        ManagementClient::builder()
            .access_key_id("id")
            .access_key_secret("secret")
            .events(EventsConfig::default().host(host))
    };
    match builder("ws://events.example.com").build() {
        Err(Error::InsecureHost { setting, host, .. }) => {
            assert_eq!(
                (setting, host.as_str()),
                ("events.host", "ws://events.example.com")
            )
        }
        other => panic!("expected InsecureHost, got {other:?}"),
    }
    for loopback in ["ws://127.0.0.1:9", "ws://[::1]:9", "ws://localhost:9"] {
        builder(loopback)
            .build()
            .unwrap_or_else(|e| panic!("{loopback}: {e}"));
    }
    builder("ws://events.example.com")
        .allow_insecure_http(true)
        .build()
        .expect("opted in");
    builder("wss://events.example.com").build().expect("wss");
}

#[tokio::test]
async fn an_oversize_message_closes_the_socket_and_the_next_event_after_the_reconnect_says_so() {
    let server = common::server().await;
    let client = management(&server);
    let mut stream = client.subscribe("c.big");
    subscribed(&server, 1).await;
    // 10 MiB in one frame: over the 1 MiB default, so the library closes the socket unread.
    server.send_raw_event_frame("c.big", "x".repeat(10 * 1024 * 1024));
    for _ in 0..500 {
        if server.requests_to("/events/v1/management/sub").len() == 2
            && server.event_subscriptions() == 1
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    server.publish_event("c.big", json!("after"));
    let event = next(&mut stream).await;
    assert_eq!(event.payload, json!("after"));
    assert_eq!(event.oversized_before, 1, "the oversize message is counted");
    assert!(event.reconnected_before, "and the reconnect reported");
    assert_eq!((stream.oversized(), stream.reconnects()), (1, 1));
}

#[tokio::test]
async fn the_buffer_is_bounded_in_bytes_as_well_as_events() {
    let server = common::server().await;
    let client = common::client_builder(&server)
        .events(
            events(&server)
                .buffer(100)
                .max_message_bytes(1024)
                .buffer_bytes(2048),
        )
        .build()
        .expect("client builds");
    let mut stream = client.subscribe("c.bytes");
    subscribed(&server, 1).await;
    // Each frame is a bit over 600 bytes: three fit in 2 KiB, the rest are dropped and counted.
    let body = "y".repeat(600);
    for n in 0..6 {
        server.publish_event("c.bytes", json!({"n": n, "pad": body}));
    }
    for _ in 0..500 {
        if stream.dropped() == 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(stream.dropped(), 3, "100 events would fit, 2 KiB does not");
    for n in 0..3 {
        assert_eq!(next(&mut stream).await.payload["n"], json!(n));
    }
    server.publish_event("c.bytes", json!({"n": 6}));
    let event = next(&mut stream).await;
    assert_eq!(
        (event.payload["n"].clone(), event.missed_before),
        (json!(6), 3)
    );
}
