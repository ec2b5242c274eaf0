//! [`EventStream`] and [`Event`], and the task behind a stream: it connects, reads text frames
//! into events, pings, and reconnects with backoff and jitter after a drop, a close frame or an
//! unanswered ping; a refused handshake ends the stream with its error. Between the task and
//! the consumer sits a bounded buffer: when it is full, newer events are dropped and counted.
//! Dropping the stream closes the socket (a close frame, then the connection).

use std::fmt;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::SystemTime;

use futures_core::Stream;
use serde::de::DeserializeOwned;
use serde_json::Value;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message;

use super::connect::{Failed, Socket, Target};
use super::EventsConfig;
use crate::retry::RetryConfig;
use crate::Error;

/// One event received on a subscription.
///
/// The official SDKs hand each text frame to the caller as it came, and their sources show no
/// frame's fields; the publishing side sends `{"eventType": ..., "eventData": <JSON text>}`.
/// So a frame that is a JSON object with `eventData` gives that data as the payload (decoded
/// once more when it is JSON text), and its `eventType` as the code; any other JSON frame is
/// the payload as it is, and a frame that is not JSON is a string payload. Nothing a server
/// sends fails the stream.
#[derive(Clone)]
pub struct Event {
    /// The event's code: the frame's `eventType`, else the subscribed code.
    pub code: String,
    /// The event's data (see the type's docs).
    pub payload: Value,
    /// The frame's text, as received.
    pub raw: String,
    /// When the client received it.
    pub received_at: SystemTime,
    /// The connection dropped and was made again before this event: events published in
    /// between were not received (resynchronise if that matters).
    pub reconnected_before: bool,
    /// How many events were dropped just before this one because the buffer was full.
    pub missed_before: u64,
    /// How many messages larger than [`EventsConfig::max_message_bytes`] closed the connection
    /// since the last event delivered (each one was not read, and the stream reconnected).
    pub oversized_before: u64,
}

impl Event {
    /// The payload as `T`.
    pub fn data<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        T::deserialize(&self.payload)
    }

    fn from_frame(subscribed: &str, text: String) -> Event {
        let parsed: Option<Value> = serde_json::from_str(&text).ok();
        let (code, payload) = match parsed {
            Some(Value::Object(mut frame)) if frame.contains_key("eventData") => {
                let code = match frame.remove("eventType") {
                    Some(Value::String(code)) => code,
                    _ => subscribed.to_owned(),
                };
                let payload = match frame.remove("eventData") {
                    Some(Value::String(text)) => {
                        serde_json::from_str(&text).unwrap_or(Value::String(text))
                    }
                    Some(other) => other,
                    None => Value::Null,
                };
                (code, payload)
            }
            Some(other) => (subscribed.to_owned(), other),
            None => (subscribed.to_owned(), Value::String(text.clone())),
        };
        Event {
            code,
            payload,
            raw: text,
            received_at: SystemTime::now(),
            reconnected_before: false,
            missed_before: 0,
            oversized_before: 0,
        }
    }
}

impl fmt::Debug for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Credential-like keys of the payload are masked; the raw frame is not shown.
        f.debug_struct("Event")
            .field("code", &self.code)
            .field("payload", &crate::runtime::redact::Masked(&self.payload))
            .field("received_at", &self.received_at)
            .field("reconnected_before", &self.reconnected_before)
            .field("missed_before", &self.missed_before)
            .field("oversized_before", &self.oversized_before)
            .finish_non_exhaustive()
    }
}

/// A subscription: a [`Stream`] of `Result<Event, Error>`.
///
/// - **Reconnects** on its own after the connection drops, the server closes it or a ping goes
///   unanswered, with exponential backoff and full jitter ([`EventsConfig::backoff`]), without
///   end unless [`EventsConfig::max_reconnects`] says otherwise. Events published while it was
///   disconnected are lost: the first event after a reconnect has
///   [`reconnected_before`](Event::reconnected_before) set, and
///   [`reconnects`](Self::reconnects) counts them.
/// - **Ends** with one `Err` item when the server refuses the subscription (HTTP 401 or 403 at
///   the handshake: a wrong access key secret, an expired user token) or the reconnect limit
///   is reached: [`Error::Subscription`], never a retry loop against a refusal. A proxy that
///   refuses the tunnel (HTTP 4xx to `CONNECT`) ends it the same way, and a server certificate
///   the client does not trust with [`Error::UntrustedCertificate`].
/// - **Connects** with the client's trust and proxy settings, as its HTTP calls do (the
///   builders' `trust` and `proxy`; `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` by default), through
///   an HTTP `CONNECT` tunnel when a proxy applies.
/// - **Buffers** at most [`EventsConfig::buffer`] events for a slow consumer; past that, newer
///   events are dropped and counted in the next delivered event's
///   [`missed_before`](Event::missed_before). Memory stays bounded whatever the consumer does.
/// - Each subscription has its own socket; dropping the stream closes it.
#[must_use = "a stream does nothing unless polled"]
pub struct EventStream {
    events: mpsc::Receiver<Result<Event, Error>>,
    shared: Arc<Shared>,
}

/// What the task and the stream both see.
struct Shared {
    reconnects: AtomicU64,
    dropped: AtomicU64,
    oversized: AtomicU64,
    /// Bytes (frame text) of the events waiting in the buffer.
    queued_bytes: AtomicUsize,
    url: String,
}

impl EventStream {
    pub(crate) fn start(target: Target, config: EventsConfig) -> EventStream {
        let (sender, events) = mpsc::channel(config.buffer.max(1));
        let shared = Arc::new(Shared {
            reconnects: AtomicU64::new(0),
            dropped: AtomicU64::new(0),
            oversized: AtomicU64::new(0),
            queued_bytes: AtomicUsize::new(0),
            url: target.shown(),
        });
        let task = Task {
            target,
            config,
            sender,
            shared: Arc::clone(&shared),
            reconnected: false,
            missed: 0,
            oversized: 0,
        };
        tokio::spawn(task.run());
        EventStream { events, shared }
    }

    /// How many times the stream reconnected so far.
    pub fn reconnects(&self) -> u64 {
        self.shared.reconnects.load(Ordering::Relaxed)
    }

    /// How many events were dropped so far because the buffer was full.
    pub fn dropped(&self) -> u64 {
        self.shared.dropped.load(Ordering::Relaxed)
    }

    /// How many messages over [`EventsConfig::max_message_bytes`] closed the connection so far.
    pub fn oversized(&self) -> u64 {
        self.shared.oversized.load(Ordering::Relaxed)
    }
}

impl Stream for EventStream {
    type Item = Result<Event, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let next = self.events.poll_recv(cx);
        if let Poll::Ready(Some(Ok(event))) = &next {
            self.shared
                .queued_bytes
                .fetch_sub(event.raw.len(), Ordering::Relaxed);
        }
        next
    }
}

impl fmt::Debug for EventStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventStream")
            .field("url", &self.shared.url)
            .field("reconnects", &self.reconnects())
            .field("dropped", &self.dropped())
            .finish_non_exhaustive()
    }
}

/// The task that keeps one subscription's socket.
struct Task {
    target: Target,
    config: EventsConfig,
    sender: mpsc::Sender<Result<Event, Error>>,
    shared: Arc<Shared>,
    /// The next event is the first since a reconnect.
    reconnected: bool,
    /// Events dropped since the last one delivered.
    missed: u64,
    /// Oversize messages since the last event delivered.
    oversized: u64,
}

/// How a connection ended.
enum Ended {
    /// The consumer dropped the stream.
    Closed,
    /// The connection was lost (`delivered`: it had handed events to the consumer).
    Lost { delivered: bool, why: String },
}

impl Task {
    async fn run(mut self) {
        let backoff = RetryConfig::default()
            .initial_backoff(self.config.initial_backoff)
            .max_backoff(self.config.max_backoff);
        let mut failures: u32 = 0;
        let mut connected_before = false;
        loop {
            let attempt = tokio::select! {
                _ = self.sender.closed() => return,
                attempt = self.target.connect(self.config.connect_timeout, self.config.max_message_bytes) => attempt,
            };
            match attempt {
                Ok(socket) => {
                    if connected_before {
                        self.shared.reconnects.fetch_add(1, Ordering::Relaxed);
                        self.reconnected = true;
                    }
                    connected_before = true;
                    tracing::debug!(url = %self.shared.url, "subscribed");
                    match self.read(socket).await {
                        Ended::Closed => return,
                        Ended::Lost { delivered, why } => {
                            tracing::info!(url = %self.shared.url, reason = %why, "event connection lost; reconnecting");
                            if delivered {
                                failures = 0;
                            }
                        }
                    }
                }
                Err(Failed::Refused(error)) => {
                    let _ = self.sender.send(Err(error)).await;
                    return;
                }
                Err(Failed::Retry(why)) => {
                    tracing::info!(url = %self.shared.url, reason = %why, "event connection failed");
                }
            }
            failures = failures.saturating_add(1);
            if self.config.max_reconnects.is_some_and(|max| failures > max) {
                let error = Error::Subscription {
                    url: self.shared.url.clone(),
                    status: None,
                    reason: format!("gave up after {} reconnect attempts", failures - 1),
                };
                let _ = self.sender.send(Err(error)).await;
                return;
            }
            let wait = backoff.backoff_bound(failures).mul_f64(fastrand::f64());
            tokio::select! {
                _ = self.sender.closed() => return,
                _ = tokio::time::sleep(wait) => {}
            }
        }
    }

    /// Reads events until the connection ends or the consumer goes away.
    async fn read(&mut self, mut socket: Socket) -> Ended {
        use poll_socket::{next, send};
        let mut ping = tokio::time::interval(self.config.ping_interval);
        ping.tick().await;
        let mut awaiting_pong = false;
        let mut delivered = false;
        loop {
            tokio::select! {
                _ = self.sender.closed() => {
                    let _ = send(&mut socket, Message::Close(None)).await;
                    return Ended::Closed;
                }
                _ = ping.tick() => {
                    if awaiting_pong {
                        return Ended::Lost { delivered, why: "a ping went unanswered".into() };
                    }
                    awaiting_pong = true;
                    if let Err(e) = send(&mut socket, Message::Ping(Vec::new().into())).await {
                        return Ended::Lost { delivered, why: e.to_string() };
                    }
                }
                frame = next(&mut socket) => match frame {
                    Some(Ok(Message::Text(text))) => {
                        awaiting_pong = false;
                        if self.deliver(text.as_str().to_owned()) {
                            delivered = true;
                        } else if self.sender.is_closed() {
                            return Ended::Closed;
                        }
                    }
                    Some(Ok(Message::Pong(_))) => awaiting_pong = false,
                    Some(Ok(Message::Close(frame))) => {
                        let why = frame.map_or("the server closed the connection".into(), |f| format!("the server closed the connection ({})", f.code));
                        return Ended::Lost { delivered, why };
                    }
                    // Pings are answered by the socket; binary frames carry no events.
                    Some(Ok(_)) => awaiting_pong = false,
                    Some(Err(e)) => {
                        if matches!(e, tokio_tungstenite::tungstenite::Error::Capacity(_)) {
                            self.oversized += 1;
                            self.shared.oversized.fetch_add(1, Ordering::Relaxed);
                        }
                        return Ended::Lost { delivered, why: e.to_string() };
                    }
                    None => return Ended::Lost { delivered, why: "the connection ended".into() },
                },
            }
        }
    }

    /// Hands one frame to the consumer; `false` when the buffer was full (the event is
    /// counted as missed) or the consumer is gone.
    /// The buffer is bounded in events (the channel) and in bytes (the frames' text).
    fn deliver(&mut self, text: String) -> bool {
        let bytes = text.len();
        let queued = self.shared.queued_bytes.fetch_add(bytes, Ordering::Relaxed);
        if queued.saturating_add(bytes) > self.config.buffer_bytes {
            self.shared.queued_bytes.fetch_sub(bytes, Ordering::Relaxed);
            self.missed += 1;
            self.shared.dropped.fetch_add(1, Ordering::Relaxed);
            return false;
        }
        let mut event = Event::from_frame(&self.target.code, text);
        event.reconnected_before = self.reconnected;
        event.missed_before = self.missed;
        event.oversized_before = self.oversized;
        match self.sender.try_send(Ok(event)) {
            Ok(()) => {
                self.reconnected = false;
                self.missed = 0;
                self.oversized = 0;
                true
            }
            Err(mpsc::error::TrySendError::Full(_)) => {
                self.shared.queued_bytes.fetch_sub(bytes, Ordering::Relaxed);
                self.missed += 1;
                self.shared.dropped.fetch_add(1, Ordering::Relaxed);
                false
            }
            Err(mpsc::error::TrySendError::Closed(_)) => {
                self.shared.queued_bytes.fetch_sub(bytes, Ordering::Relaxed);
                false
            }
        }
    }
}

/// `next` and `send` on the socket without a futures-util dependency: the socket is a
/// `Stream` and a `Sink` (futures-core / futures-sink), polled by hand.
mod poll_socket {
    use std::future::poll_fn;
    use std::pin::Pin;

    use futures_core::Stream;
    use tokio_tungstenite::tungstenite::{Error, Message};

    use super::Socket;

    pub(super) async fn next(socket: &mut Socket) -> Option<Result<Message, Error>> {
        poll_fn(|cx| Pin::new(&mut *socket).poll_next(cx)).await
    }

    pub(super) async fn send(socket: &mut Socket, message: Message) -> Result<(), Error> {
        use futures_sink::Sink;
        poll_fn(|cx| Pin::new(&mut *socket).poll_ready(cx)).await?;
        Pin::new(&mut *socket).start_send(message)?;
        poll_fn(|cx| Pin::new(&mut *socket).poll_flush(cx)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_become_events_and_nothing_fails() {
        let published = r#"{"eventType":"myapp.user.created","eventData":"{\"id\":\"u1\"}"}"#;
        let event = Event::from_frame("myapp.user.created", published.to_owned());
        assert_eq!(event.code, "myapp.user.created");
        assert_eq!(event.payload, serde_json::json!({"id": "u1"}));
        let object = Event::from_frame("c", r#"{"eventData":{"a":1}}"#.to_owned());
        assert_eq!(
            (object.code.as_str(), object.payload),
            ("c", serde_json::json!({"a": 1}))
        );
        let other = Event::from_frame("c", r#"{"x":1}"#.to_owned());
        assert_eq!(other.payload, serde_json::json!({"x": 1}));
        let text = Event::from_frame("c", "not json".to_owned());
        assert_eq!(text.payload, Value::String("not json".into()));
        let secret = Event::from_frame("c", r#"{"eventData":{"password":"p4ss"}}"#.to_owned());
        assert!(!format!("{secret:?}").contains("p4ss"));
    }
}
