//! Authing events over WebSocket (feature `event-stream`): [`ManagementClient::subscribe`]
//! and, for a signed-in user, [`UserSession::subscribe`](crate::UserSession::subscribe) return
//! an [`EventStream`], a `Stream` of [`Event`]s that reconnects on its own.
//!
//! - `config.rs`: [`EventsConfig`], where subscriptions connect and how they reconnect;
//! - `connect.rs`: one WebSocket handshake (URL, credentials, what a refusal means);
//! - `route.rs`: the connection under it (direct or through a proxy's tunnel) and its TLS;
//! - `stream.rs`: the stream, its events and the task that keeps the socket.
//!
//! Publishing needs no WebSocket (nor this feature): `ManagementClient::publish_event` and
//! `UserSession::publish_event` (`crate::publish_event`) post to the documented endpoints.

mod config;
mod connect;
mod route;
mod stream;

/// Also `authing::config::EventsConfig` (and the crate root), where the settings types are
/// gathered; this path is kept for one release.
#[doc(hidden)]
pub use config::EventsConfig;
pub(crate) use route::Route;
pub use stream::{Event, EventStream};

use crate::ManagementClient;
use connect::{Target, TargetCredential};

impl ManagementClient {
    /// Subscribes to the events of `code` (`authing.user.updated`, or a custom
    /// `<app>.<event>` defined with `define_event`): a [`Stream`](futures_core::Stream) of
    /// [`Event`]s from `{events host}/events/v1/management/sub?code=<code>`, signed with the
    /// access key as the official SDKs sign it. Each call opens its own socket; dropping the
    /// stream closes it. See [`EventStream`] for reconnects, the buffer and errors.
    pub fn subscribe(&self, code: impl Into<String>) -> EventStream {
        let inner = &self.inner;
        let credential = TargetCredential::Header(self.access_key.websocket_authorization());
        let target = Target::new(
            &inner.events,
            &inner.event_route,
            "/events/v1/management/sub",
            code.into(),
            credential,
        );
        EventStream::start(target, inner.events.clone())
    }
}

#[cfg(feature = "authentication")]
impl crate::UserSession {
    /// Subscribes to the events of `code` as this user: the user's public events and the user
    /// pool's custom events, from `{events host}/events/v1/authentication/sub?code=<code>&token=<access token>`
    /// (the token is renewed before each connection when it is about to expire, and masked
    /// wherever the URL is shown). See [`EventStream`].
    pub fn subscribe(&self, code: impl Into<String>) -> EventStream {
        let inner = &self.client().inner;
        let credential = TargetCredential::UserToken(self.token_source());
        let target = Target::new(
            &inner.events,
            &inner.event_route,
            "/events/v1/authentication/sub",
            code.into(),
            credential,
        );
        EventStream::start(target, inner.events.clone())
    }
}
