//! Events, end to end, against a local Authing in this process: a management subscription and
//! a signed-in user's subscription, events published by both (any `Serialize` payload), a
//! dropped connection the stream survives (and reports), and a stream dropped at the end, which
//! closes its socket. Tokens and secrets are never printed.
//!
//! ```text
//! cargo run --example events
//! ```
//!
//! Subscribing needs the `event-stream` feature (`authing = { ..., features = ["event-stream"] }`);
//! this example gets it through the crate's own dev-dependency.

use std::error::Error;
use std::process::ExitCode;
use std::time::Duration;

use authing::events::EventStream;
use authing::{AuthenticationClient, EventsConfig, ManagementClient};
use authing_local::LocalAuthing;
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};

const EMAIL: &str = "test@example.com";
const PASSWORD: &str = "Passw0rd-example";

#[derive(Debug, Serialize, Deserialize)]
struct OrderPlaced {
    order_id: String,
    amount_cents: u64,
}

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

/// The next event, or an error after 10 s.
async fn next(stream: &mut EventStream) -> Result<authing::events::Event, Box<dyn Error>> {
    match tokio::time::timeout(Duration::from_secs(10), stream.next()).await {
        Ok(Some(item)) => Ok(item?),
        Ok(None) => Err("the stream ended".into()),
        Err(_) => Err("no event within 10 s".into()),
    }
}

/// Waits until the local Authing has `n` open subscriptions.
async fn subscribed(local: &LocalAuthing, n: usize) -> Result<(), Box<dyn Error>> {
    for _ in 0..1000 {
        if local.event_subscriptions() == n {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    Err(format!("{n} subscriptions did not open").into())
}

async fn run() -> Result<(), Box<dyn Error>> {
    let local = LocalAuthing::start().await?;
    let events = EventsConfig::default()
        .host(local.url().replace("http://", "ws://"))
        .backoff(Duration::from_millis(50), Duration::from_secs(1));
    println!("local Authing at {}\n", local.url());

    // The Management API: subscribe, then publish a typed payload.
    let management = ManagementClient::builder()
        .access_key_id(local.access_key_id())
        .access_key_secret(local.access_key_secret())
        .host(local.url())
        .events(events.clone())
        .build()?;
    let mut orders = management.subscribe("shop.order.placed");
    subscribed(&local, 1).await?;
    println!("1. subscribed to shop.order.placed: {orders:?}");
    let order = OrderPlaced {
        order_id: "o-1001".into(),
        amount_cents: 4_200,
    };
    management
        .publish_event("shop.order.placed", &order)
        .await?;
    let event = next(&mut orders).await?;
    let received: OrderPlaced = event.data()?;
    println!("2. published and received {}: {received:?}", event.code);

    // A signed-in user: the session subscribes and publishes with the user's token.
    if !local.set_password(EMAIL, PASSWORD) {
        return Err("the local Authing has no seeded user".into());
    }
    let app = AuthenticationClient::builder()
        .app_id(local.app_id())
        .app_secret(local.app_secret())
        .host(local.url())
        .events(events)
        .build()?;
    let session = app.session(app.sign_in_by_email_password(EMAIL, PASSWORD).await?);
    let mut mine = session.subscribe("shop.cart.updated");
    subscribed(&local, 2).await?;
    session
        .publish_event("shop.cart.updated", &serde_json::json!({"items": 3}))
        .await?;
    let event = next(&mut mine).await?;
    println!("3. the user received {}: {}", event.code, event.payload);

    // The connections drop; the streams reconnect and say so.
    local.drop_event_subscriptions();
    subscribed(&local, 0).await.ok();
    subscribed(&local, 2).await?;
    management
        .publish_event(
            "shop.order.placed",
            &OrderPlaced {
                order_id: "o-1002".into(),
                amount_cents: 99,
            },
        )
        .await?;
    let event = next(&mut orders).await?;
    println!(
        "4. after a dropped connection: {} (reconnected before it: {}, reconnects: {})",
        event.payload,
        event.reconnected_before,
        orders.reconnects()
    );
    if !event.reconnected_before {
        return Err("the reconnect was not reported".into());
    }

    // Dropping a stream closes its socket.
    drop(orders);
    subscribed(&local, 1).await?;
    println!("5. dropped the management stream: 1 subscription left open (the user's)");
    Ok(())
}
