//! The proxy setting (`Proxy::url`): HTTPS calls and event subscriptions go through an HTTP
//! proxy on 127.0.0.1 (a `CONNECT` tunnel each, to `authing.test:<port>`, a name only the proxy
//! resolves), plain `http://` calls as absolute-form requests, the proxy's credential as
//! `Proxy-Authorization: Basic` and never in `Debug`, errors or logs, and `no_proxy` hosts
//! reached directly. The environment's proxy variables are tested in `proxy_env`.

#[path = "../common/mod.rs"]
mod common;
#[path = "../common/pki.rs"]
mod pki;
#[path = "../common/proxy.rs"]
mod proxy;

use std::collections::HashMap;
use std::time::Duration;

use authing::events::{EventStream, EventsConfig};
use authing::{Error, ManagementClient, Proxy, Trust};
use authing_local::LocalAuthing;
use base64::Engine as _;
use futures_util::StreamExt;
use pki::TestCa;
use proxy::{Seen, TestProxy};
use serde_json::json;

/// [`proxy::tls_server_behind_a_proxy`], the proxy asking for `credential` (`user:password`).
async fn setup(credential: Option<&str>) -> (TestCa, LocalAuthing, TestProxy, String) {
    proxy::tls_server_behind_a_proxy(credential.map(basic)).await
}

fn basic(user_password: &str) -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(user_password)
    )
}

/// A client of `https://<host>` through `proxy`, trusting `ca`, its events at `wss://<host>`.
fn client(ca: &TestCa, host: &str, proxy: Proxy) -> ManagementClient {
    ManagementClient::builder()
        .access_key_id("ak-id-test")
        .access_key_secret(common::ACCESS_KEY_SECRET)
        .host(format!("https://{host}"))
        .trust(Trust::default().add_pem(ca.pem()))
        .proxy(proxy)
        .events(events(&format!("wss://{host}")))
        .build()
        .expect("client builds")
}

fn events(host: &str) -> EventsConfig {
    EventsConfig::default()
        .host(host)
        .backoff(Duration::from_millis(10), Duration::from_millis(50))
        .max_reconnects(Some(2))
}

async fn next_item(stream: &mut EventStream) -> Option<Result<authing::events::Event, Error>> {
    tokio::time::timeout(Duration::from_secs(10), stream.next())
        .await
        .expect("an item within 10 s")
}

/// Subscribes, publishes one event and receives it.
async fn subscribe_and_receive(client: &ManagementClient, server: &LocalAuthing) {
    let mut stream = client.subscribe("myapp.proxied");
    for _ in 0..500 {
        if server.event_subscriptions() == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    server.publish_event("myapp.proxied", json!({"n": 1}));
    let event = next_item(&mut stream).await.unwrap().expect("an event");
    assert_eq!(event.payload, json!({"n": 1}));
}

#[tokio::test]
async fn https_calls_and_an_event_subscription_go_through_the_proxy_tunnel() {
    let (ca, server, proxy, name) = setup(None).await;
    let client = client(&ca, &name, Proxy::url(proxy.url()).no_proxy(""));
    let user = client.get_user(common::USER_ID).await.expect("the call");
    assert_eq!(user.user_id, common::USER_ID);
    // The token call and the call share one pooled connection: one tunnel.
    assert_eq!(proxy.tunnels(), std::slice::from_ref(&name));
    assert_eq!(server.requests().len(), 2);
    subscribe_and_receive(&client, &server).await;
    assert_eq!(proxy.tunnels(), [name.clone(), name.clone()]);
    assert!(proxy.seen().iter().all(|s| s.authorization.is_none()));
}

#[tokio::test]
async fn the_proxy_credential_goes_as_basic_authorization_and_is_never_shown() {
    let password = "pw-Zx81-secret";
    let (ca, server, proxy, name) = setup(Some(&format!("alice:{password}"))).await;
    let with_credential = |user_password: &str| {
        let url = format!("http://{user_password}@{}", proxy.addr());
        Proxy::url(url).no_proxy("")
    };

    // The right credential: both tunnels carry it.
    let (logs, _guard) = common::logs::capture();
    let good = client(&ca, &name, with_credential(&format!("alice:{password}")));
    good.get_user(common::USER_ID).await.expect("the call");
    subscribe_and_receive(&good, &server).await;
    let expected = basic(&format!("alice:{password}"));
    assert_eq!(
        proxy.seen(),
        [
            Seen {
                method: "CONNECT".into(),
                target: name.clone(),
                authorization: Some(expected.clone())
            },
            Seen {
                method: "CONNECT".into(),
                target: name.clone(),
                authorization: Some(expected)
            },
        ]
    );
    let builder = ManagementClient::builder().proxy(with_credential(&format!("alice:{password}")));
    for shown in [format!("{builder:?}"), format!("{good:?}")] {
        assert!(!shown.contains(password), "{shown}");
    }
    assert!(
        format!("{builder:?}").contains("http://***@127.0.0.1:"),
        "{builder:?}"
    );

    // A wrong one: the proxy answers 407, and neither password shows anywhere.
    let wrong = "wrong-Qq7-secret";
    let bad = client(&ca, &name, with_credential(&format!("alice:{wrong}")));
    let error = bad.get_user(common::USER_ID).await.expect_err("407");
    let mut stream = bad.subscribe("myapp.proxied");
    let refused = match next_item(&mut stream).await {
        Some(Err(e)) => e,
        other => panic!("{other:?}"),
    };
    assert!(
        matches!(
            refused,
            Error::Subscription {
                status: Some(407),
                ..
            }
        ),
        "{refused:?}"
    );
    assert!(
        refused.to_string().contains("refused the tunnel"),
        "{refused}"
    );
    for text in [
        error.to_string(),
        format!("{error:?}"),
        refused.to_string(),
        format!("{refused:?}"),
        format!("{stream:?}"),
        logs.text(),
    ] {
        assert!(!text.contains(password) && !text.contains(wrong), "{text}");
        assert!(!text.contains("alice"), "{text}");
    }
}

#[tokio::test]
async fn no_proxy_hosts_are_reached_directly() {
    let (ca, server, proxy, _) = setup(None).await;
    let direct = server.url().trim_start_matches("https://").to_owned();
    let client = client(
        &ca,
        &direct,
        Proxy::url(proxy.url()).no_proxy("example.com, 127.0.0.1"),
    );
    client.get_user(common::USER_ID).await.expect("the call");
    subscribe_and_receive(&client, &server).await;
    assert_eq!(proxy.seen(), []);
}

#[tokio::test]
async fn plain_http_calls_go_to_the_proxy_in_absolute_form_and_events_through_a_tunnel() {
    let server = common::server().await;
    let name = format!("authing.test:{}", server.addr().port());
    let routes = HashMap::from([(name.clone(), server.addr())]);
    let proxy = TestProxy::start(routes, None).await;
    let client = ManagementClient::builder()
        .access_key_id("ak-id-test")
        .access_key_secret(common::ACCESS_KEY_SECRET)
        .host(format!("http://{name}"))
        .allow_insecure_http(true)
        .proxy(Proxy::url(proxy.url()).no_proxy(""))
        .events(events(&format!("ws://{name}")))
        .build()
        .unwrap();
    client.get_user(common::USER_ID).await.expect("the call");
    subscribe_and_receive(&client, &server).await;
    let seen: Vec<(String, String)> = proxy
        .seen()
        .into_iter()
        .map(|s| (s.method, s.target))
        .collect();
    // reqwest sends http:// requests to the proxy as they are (one connection, kept alive, for
    // the token call and the call); the WebSocket needs a tunnel.
    assert_eq!(
        seen,
        [
            (
                "POST".to_owned(),
                format!("http://{name}/api/v3/get-management-token")
            ),
            ("CONNECT".to_owned(), name.clone()),
        ]
    );
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn a_proxy_setting_that_is_not_http_is_a_config_error_without_the_credential() {
    for url in [
        "https://bob:pw-Hk2-secret@proxy.example:3128",
        "bob:pw-Hk2-secret@proxy",
    ] {
        let error = ManagementClient::builder()
            .access_key_id("id")
            .access_key_secret("secret")
            .proxy(Proxy::url(url))
            .build()
            .expect_err("refused");
        let text = format!("{error} {error:?}");
        assert!(matches!(error, Error::Config { .. }), "{text}");
        assert!(text.contains("proxy"), "{text}");
        assert!(!text.contains("pw-Hk2-secret"), "{text}");
    }
}
