//! [`EventsConfig`]: the events host, the reconnect backoff and limit, the buffer between the
//! socket and the consumer, and the keep-alive ping. Settings only; nothing connects here.

use std::time::Duration;

use crate::Error;

/// How event subscriptions connect and behave; set it with the clients' builders'
/// `events(...)`.
///
/// The official SDKs disagree on the events host (the Python SDK `wss://events.authing.cn`, the
/// Node and Java SDKs `wss://openevent.authing.cn`, the Go SDK `wss://events.authing.com`); the
/// default is the Node and Java SDKs' [`DEFAULT_HOST`](Self::DEFAULT_HOST). Private
/// deployments set their own.
#[derive(Debug, Clone)]
pub struct EventsConfig {
    pub(crate) host: String,
    pub(crate) initial_backoff: Duration,
    pub(crate) max_backoff: Duration,
    pub(crate) max_reconnects: Option<u32>,
    pub(crate) buffer: usize,
    pub(crate) buffer_bytes: usize,
    pub(crate) max_message_bytes: usize,
    pub(crate) ping_interval: Duration,
    pub(crate) connect_timeout: Duration,
}

impl Default for EventsConfig {
    fn default() -> Self {
        EventsConfig {
            host: Self::DEFAULT_HOST.to_owned(),
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(30),
            max_reconnects: None,
            buffer: 256,
            buffer_bytes: 8 * 1024 * 1024,
            max_message_bytes: 1024 * 1024,
            ping_interval: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
        }
    }
}

impl EventsConfig {
    /// The default events host.
    pub const DEFAULT_HOST: &'static str = "wss://openevent.authing.cn";

    /// The events host: `wss://...` (or `ws://` for a local server), no path.
    pub fn host(mut self, host: impl Into<String>) -> Self {
        self.host = host.into().trim_end_matches('/').to_owned();
        self
    }

    /// The reconnect backoff: the first wait is drawn from zero to `initial` (full jitter),
    /// each later one from a bound twice the last, capped at `max` (0.5 s and 30 s by
    /// default). The count starts again after a connection that delivered an event.
    pub fn backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max;
        self
    }

    /// The most reconnects in a row before the stream ends with an error; `None` (the
    /// default) reconnects without end.
    pub fn max_reconnects(mut self, max: Option<u32>) -> Self {
        self.max_reconnects = max;
        self
    }

    /// How many events wait between the socket and a slow consumer (256 by default, at least
    /// 1). When the buffer is full, newer events are dropped and counted: the next event
    /// delivered says how many in [`Event::missed_before`](super::Event::missed_before).
    pub fn buffer(mut self, events: usize) -> Self {
        self.buffer = events;
        self
    }

    /// The most bytes of events (their frames' text) waiting between the socket and a slow
    /// consumer (8 MiB by default, at least one message); past that, newer events are dropped
    /// and counted as [`buffer`](Self::buffer) says.
    pub fn buffer_bytes(mut self, bytes: usize) -> Self {
        self.buffer_bytes = bytes;
        self
    }

    /// The largest message (and frame) read from the socket (1 MiB by default). A larger one
    /// closes the connection without being read whole; the stream reconnects, and the next
    /// event delivered says so in [`Event::oversized_before`](super::Event::oversized_before).
    pub fn max_message_bytes(mut self, bytes: usize) -> Self {
        self.max_message_bytes = bytes;
        self
    }

    /// How often the client pings the server (30 s by default); a ping not answered by the
    /// next one means a dead connection, and the stream reconnects.
    pub fn ping_interval(mut self, interval: Duration) -> Self {
        self.ping_interval = interval;
        self
    }

    /// The timeout of one connection attempt, the handshake included (10 s by default).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Checks the settings (at the client's `build()`).
    pub(crate) fn validate(&self) -> Result<(), Error> {
        let url = url::Url::parse(&self.host).map_err(|e| {
            Error::config(format!("events host {:?} does not parse ({e})", self.host))
        })?;
        if !matches!(url.scheme(), "ws" | "wss") {
            return Err(Error::config(format!(
                "events host {:?} is not ws:// or wss://",
                self.host
            )));
        }
        if self.buffer == 0 {
            return Err(Error::config("events buffer must hold at least one event"));
        }
        if self.max_message_bytes == 0 {
            return Err(Error::config(
                "events max_message_bytes must be more than zero",
            ));
        }
        if self.buffer_bytes < self.max_message_bytes {
            return Err(Error::config(
                "events buffer_bytes must hold at least one message (max_message_bytes)",
            ));
        }
        if self.ping_interval.is_zero() || self.connect_timeout.is_zero() {
            return Err(Error::config(
                "events ping_interval and connect_timeout must be more than zero",
            ));
        }
        Ok(())
    }
}
