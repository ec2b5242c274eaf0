//! The environment's proxy (`HTTPS_PROXY`, `NO_PROXY`), the default: HTTPS calls and event
//! subscriptions go through it, hosts in `NO_PROXY` are reached directly (for calls and events
//! alike), and `Proxy::none()` ignores it. This binary sets process environment variables, so
//! it holds one test, which changes them in steps.

#[path = "../common/mod.rs"]
mod common;
#[path = "../common/pki.rs"]
mod pki;
#[path = "../common/proxy.rs"]
mod proxy;

use std::time::Duration;

use authing::events::EventsConfig;
use authing::{ManagementClient, Proxy, Trust};
use authing_local::LocalAuthing;
use futures_util::StreamExt;
use pki::TestCa;
use serde_json::json;

/// A client of `https://<host>` with its events at `wss://<host>`, trusting `ca`; the proxy is
/// the environment's unless `proxy` says otherwise.
fn client(ca: &TestCa, host: &str, proxy: Option<Proxy>) -> ManagementClient {
    let mut builder = ManagementClient::builder()
        .access_key_id("ak-id-test")
        .access_key_secret(common::ACCESS_KEY_SECRET)
        .host(format!("https://{host}"))
        .trust(Trust::default().add_pem(ca.pem()))
        .events(
            EventsConfig::default()
                .host(format!("wss://{host}"))
                .backoff(Duration::from_millis(10), Duration::from_millis(50)),
        );
    if let Some(proxy) = proxy {
        builder = builder.proxy(proxy);
    }
    builder.build().expect("client builds")
}

/// One call, then one event received through a subscription.
async fn call_and_subscribe(client: &ManagementClient, server: &LocalAuthing) {
    client.get_user(common::USER_ID).await.expect("the call");
    let mut stream = client.subscribe("myapp.env");
    let before = server.event_subscriptions();
    for _ in 0..500 {
        if server.event_subscriptions() > before {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    server.publish_event("myapp.env", json!({"n": 1}));
    let event = tokio::time::timeout(Duration::from_secs(10), stream.next())
        .await
        .expect("an event within 10 s")
        .unwrap()
        .expect("an event");
    assert_eq!(event.payload, json!({"n": 1}));
}

#[tokio::test]
async fn the_environments_proxy_carries_calls_and_events_and_no_proxy_skips_it() {
    let (ca, server, proxy, name) = proxy::tls_server_behind_a_proxy(None).await;
    for var in [
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
        "no_proxy",
    ] {
        std::env::remove_var(var);
    }
    std::env::set_var("HTTPS_PROXY", proxy.url());
    std::env::remove_var("NO_PROXY");

    // HTTPS_PROXY: a name only the proxy knows is reached, for calls and events.
    call_and_subscribe(&client(&ca, &name, None), &server).await;
    assert_eq!(proxy.tunnels(), [name.clone(), name.clone()]);

    // NO_PROXY: 127.0.0.1 is reached directly, calls and events alike.
    std::env::set_var("NO_PROXY", "localhost,127.0.0.1");
    let direct = server.url().trim_start_matches("https://").to_owned();
    call_and_subscribe(&client(&ca, &direct, None), &server).await;
    // A proxy set on the builder follows NO_PROXY too when it has no list of its own.
    call_and_subscribe(
        &client(&ca, &direct, Some(Proxy::url(proxy.url()))),
        &server,
    )
    .await;
    assert_eq!(proxy.tunnels().len(), 2, "no tunnel for NO_PROXY hosts");

    // Proxy::none(): the environment is ignored (through the proxy, 127.0.0.1 would get a 502:
    // it only knows authing.test).
    std::env::remove_var("NO_PROXY");
    call_and_subscribe(&client(&ca, &direct, Some(Proxy::none())), &server).await;
    assert_eq!(proxy.tunnels().len(), 2);
    std::env::remove_var("HTTPS_PROXY");
}
