//! Authing's event hub, locally: the two WebSocket subscribe endpoints and the fan-out of the
//! two publish endpoints to their subscribers.
//!
//! - `GET /events/v1/management/sub?code=<code>` upgrades when `authorization` is
//!   `authing <accessKeyId>:<base64(HMAC-SHA1(accessKeySecret, "websocket\n"))>` (the official
//!   SDKs' signature; the header name in any case), else answers HTTP 401.
//! - `GET /events/v1/authentication/sub?code=<code>&token=<user access token>` upgrades for a
//!   user access token this server issued, else HTTP 401.
//! - `POST /api/v3/pub-event` and `POST /api/v3/pub-userEvent` (routed here by `api.rs` after
//!   their usual checks) send each subscriber of the body's `eventType` one text frame:
//!   `{"eventType": ..., "eventData": ...}` with `eventData` exactly as published (the official
//!   SDKs publish JSON text). The official SDKs' sources hand frames to the caller unparsed
//!   and show no frame's fields, so the hub forwards the published fields and nothing else.
//!
//! Pings are answered (and unsolicited pongs ignored). Tests can drop every open subscription
//! ([`EventHub::drop_connections`]), count them ([`EventHub::connections`]) and stop answering
//! pings ([`EventHub::set_unresponsive`]), and send any text frame ([`EventHub::send_raw`]).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{Request, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use ring::hmac;
use serde_json::Value;
use tokio::sync::broadcast;

use crate::record::RecordedRequest;
use crate::state::Shared;

/// Published events in flight to the subscribers, and the switch that drops them all.
pub(crate) struct EventHub {
    published: broadcast::Sender<Published>,
    /// Bumped to drop every open subscription.
    drops: broadcast::Sender<()>,
    open: Arc<AtomicUsize>,
    /// While set, subscriptions stop reading what clients send, so their pings go unanswered
    /// (a peer that hangs without closing).
    mute: Arc<AtomicBool>,
}

#[derive(Clone, Debug)]
struct Published {
    code: String,
    frame: String,
}

impl Default for EventHub {
    fn default() -> Self {
        EventHub {
            published: broadcast::channel(4096).0,
            drops: broadcast::channel(16).0,
            open: Arc::new(AtomicUsize::new(0)),
            mute: Arc::new(AtomicBool::new(false)),
        }
    }
}

impl EventHub {
    /// Sends a published body (`{eventType, eventData, ...}`) to the subscribers of its code;
    /// how many subscriptions were open.
    pub(crate) fn publish(&self, body: &Value) -> Result<usize, String> {
        let code = body
            .get("eventType")
            .and_then(Value::as_str)
            .ok_or("eventType is missing or not a string")?;
        let data = body.get("eventData").ok_or("eventData is missing")?;
        let frame = serde_json::json!({"eventType": code, "eventData": data}).to_string();
        let _ = self.published.send(Published {
            code: code.to_owned(),
            frame,
        });
        Ok(self.connections())
    }

    /// Sends `frame` as it is, one text frame, to the subscribers of `code` (e.g. an oversize
    /// one).
    pub(crate) fn send_raw(&self, code: &str, frame: String) {
        let _ = self.published.send(Published {
            code: code.to_owned(),
            frame,
        });
    }

    /// Open subscriptions.
    pub(crate) fn connections(&self) -> usize {
        self.open.load(Ordering::SeqCst)
    }

    /// Drops every open subscription without a close frame (a lost connection).
    pub(crate) fn drop_connections(&self) {
        let _ = self.drops.send(());
    }

    /// Stops (or resumes) answering the clients' pings on every subscription, new ones too.
    pub(crate) fn set_unresponsive(&self, on: bool) {
        self.mute.store(on, Ordering::SeqCst);
    }
}

/// `POST /api/v3/pub-event` and `POST /api/v3/pub-userEvent` (after the usual checks): the
/// published body goes to the subscribers of its `eventType`; `None` for any other call. A
/// user's publish needs the user's access token (raw or `Bearer`).
pub(crate) fn published(
    shared: &Shared,
    request: &RecordedRequest,
) -> Option<Result<Value, crate::failure::Failure>> {
    use crate::failure::Failure;
    let user = match (request.method.as_str(), request.path.as_str()) {
        ("POST", "/api/v3/pub-event") => false,
        ("POST", "/api/v3/pub-userEvent") => true,
        _ => return None,
    };
    if user {
        let token = request.header("authorization").map(|value| {
            crate::end_user::bearer(value)
                .unwrap_or(value)
                .trim()
                .to_owned()
        });
        if !token.is_some_and(|token| crate::end_user::is_access_token(shared, &token)) {
            return Some(Err(Failure::BadToken));
        }
    }
    let Some(body) = request.body_json() else {
        return Some(Err(Failure::BadBody("not JSON".to_owned())));
    };
    Some(
        shared
            .events
            .publish(&body)
            .map(|_| serde_json::json!({"success": true}))
            .map_err(Failure::BadBody),
    )
}

/// The management signature of the subscribe handshake for this access key.
fn management_signature(access_key_id: &str, access_key_secret: &str) -> String {
    let key = hmac::Key::new(
        hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY,
        access_key_secret.as_bytes(),
    );
    let signature = STANDARD.encode(hmac::sign(&key, b"websocket\n").as_ref());
    format!("authing {access_key_id}:{signature}")
}

/// `GET /events/v1/management/sub`.
pub(crate) async fn management_sub(
    State(shared): State<Arc<Shared>>,
    request: Request<axum::body::Body>,
) -> Response {
    let (mut parts, recorded) = record(&shared, request);
    let expected = management_signature(
        &shared.config.access_key_id,
        &shared.config.access_key_secret,
    );
    let signed = recorded.header("authorization") == Some(expected.as_str());
    let upgrade = WebSocketUpgrade::from_request_parts(&mut parts, &shared)
        .await
        .ok();
    accept(&shared, signed, recorded.query_param("code"), upgrade)
}

/// `GET /events/v1/authentication/sub`.
pub(crate) async fn authentication_sub(
    State(shared): State<Arc<Shared>>,
    request: Request<axum::body::Body>,
) -> Response {
    let (mut parts, recorded) = record(&shared, request);
    let valid = recorded
        .query_param("token")
        .is_some_and(|token| crate::end_user::is_access_token(&shared, &token));
    let upgrade = WebSocketUpgrade::from_request_parts(&mut parts, &shared)
        .await
        .ok();
    accept(&shared, valid, recorded.query_param("code"), upgrade)
}

/// Logs the handshake request like any other.
fn record(shared: &Shared, request: Request<axum::body::Body>) -> (Parts, RecordedRequest) {
    let (parts, _) = request.into_parts();
    let recorded = RecordedRequest::new(&parts, b"");
    shared.record(recorded.clone());
    (parts, recorded)
}

fn accept(
    shared: &Shared,
    allowed: bool,
    code: Option<String>,
    upgrade: Option<WebSocketUpgrade>,
) -> Response {
    let (Some(code), Some(upgrade)) = (code.filter(|c| !c.is_empty()), upgrade) else {
        return (StatusCode::BAD_REQUEST, "a WebSocket upgrade with a code").into_response();
    };
    if !allowed {
        return (StatusCode::UNAUTHORIZED, "invalid signature or token").into_response();
    }
    let hub = &shared.events;
    let events = hub.published.subscribe();
    let drops = hub.drops.subscribe();
    let open = Arc::clone(&hub.open);
    let mute = Arc::clone(&hub.mute);
    upgrade.on_upgrade(move |socket| serve(socket, code, events, drops, open, mute))
}

/// One subscription: forwards the code's events until the client goes or the test drops it.
async fn serve(
    mut socket: WebSocket,
    code: String,
    mut events: broadcast::Receiver<Published>,
    mut drops: broadcast::Receiver<()>,
    open: Arc<AtomicUsize>,
    mute: Arc<AtomicBool>,
) {
    open.fetch_add(1, Ordering::SeqCst);
    let mut check = tokio::time::interval(std::time::Duration::from_millis(20));
    loop {
        let listening = !mute.load(Ordering::SeqCst);
        tokio::select! {
            _ = drops.recv() => break,
            event = events.recv() => match event {
                Ok(event) if event.code == code => {
                    if socket.send(Message::Text(event.frame.into())).await.is_err() {
                        break;
                    }
                }
                Ok(_) | Err(broadcast::error::RecvError::Lagged(_)) => {}
                Err(broadcast::error::RecvError::Closed) => break,
            },
            // Re-reads `mute` now and then while it is set.
            _ = check.tick(), if !listening => {}
            incoming = socket.recv(), if listening => match incoming {
                Some(Ok(Message::Ping(data))) => {
                    if socket.send(Message::Pong(data)).await.is_err() {
                        break;
                    }
                }
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
                Some(Ok(_)) => {}
            },
        }
    }
    open.fetch_sub(1, Ordering::SeqCst);
}
