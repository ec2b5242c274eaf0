//! Event publishing, the one way: `ManagementClient::publish_event` (`POST /api/v3/pub-event`,
//! through the generated `pub_event`) and `UserSession::publish_event` (`POST
//! /api/v3/pub-userEvent`, through the generated `pub_user_event`) take any `Serialize` payload
//! and send it as the JSON-encoded string the official SDKs send in `eventData` (see the
//! overrides for why). The generated methods are hidden from the docs (the generator's
//! `names::wrapped_by`); their names are doc aliases here. No subscription lives here: that is
//! `events/` (feature `event-stream`).

use serde::Serialize;

use crate::types::PubEventRespDataDto;
use crate::Error;

/// `payload` as the JSON text the publish endpoints take in `eventData`.
fn event_data<T: Serialize + ?Sized>(payload: &T) -> Result<String, Error> {
    serde_json::to_string(payload).map_err(|source| Error::Encode {
        what: "event payload",
        source,
    })
}

#[cfg(feature = "events")]
impl crate::ManagementClient {
    /// Publishes an event of `code` (one defined in the user pool with `define_event`, e.g.
    /// `myapp.user.created`) with `payload` as its data: `POST /api/v3/pub-event` with
    /// `{"eventType": code, "eventData": <payload as JSON text>}`. Subscribers of `code` receive
    /// it (see `subscribe`, feature `event-stream`).
    #[doc(alias = "pub_event")]
    pub async fn publish_event<T: Serialize + ?Sized>(
        &self,
        code: &str,
        payload: &T,
    ) -> Result<PubEventRespDataDto, Error> {
        self.pub_event(event_data(payload)?, code).await
    }
}

#[cfg(feature = "authentication")]
impl crate::UserSession {
    /// Publishes a custom event of `code` as this user, with `payload` as its data:
    /// `POST /api/v3/pub-userEvent` with the user's token (an end-user application may publish
    /// only the user pool's custom events).
    #[doc(alias = "pub_user_event")]
    pub async fn publish_event<T: Serialize + ?Sized>(
        &self,
        code: &str,
        payload: &T,
    ) -> Result<PubEventRespDataDto, Error> {
        self.pub_user_event(event_data(payload)?, code).await
    }
}
