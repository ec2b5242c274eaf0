//! One WebSocket handshake: the subscription's URL (`/events/v1/{management|authentication}/sub`
//! with the event code, and for a user the access token), its credential, and what a failure
//! means: a refused handshake (HTTP 401/403/4xx), a refused certificate or a proxy that refuses
//! the tunnel ends the subscription, anything else is retried. The connection and its TLS come
//! from the client's [`Route`] (trust and proxy). The URL shown in logs and errors never holds
//! the token.

use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::header::AUTHORIZATION;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::{Connector, MaybeTlsStream, WebSocketStream};

use super::route::{OpenFailed, Route};
use super::EventsConfig;
use crate::Error;

/// An open subscription socket.
pub(crate) type Socket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// What proves who subscribes.
pub(crate) enum TargetCredential {
    /// The management signature in `authorization` (marked sensitive).
    Header(HeaderValue),
    /// A signed-in user's access token, put in the URL's `token` parameter at each connection.
    #[cfg(feature = "authentication")]
    UserToken(crate::authentication::TokenSource),
}

/// Where and how a subscription connects.
pub(crate) struct Target {
    /// `wss://host/events/v1/<side>/sub?code=<code>`.
    url: String,
    /// `/events/v1/<side>/sub`, for the errors that name it.
    path: &'static str,
    pub(crate) code: String,
    credential: TargetCredential,
    route: Route,
}

/// Why a connection attempt failed.
pub(crate) enum Failed {
    /// The server refused the subscription (bad signature or token, unknown route): retrying
    /// would be refused again.
    Refused(Error),
    /// The network or the server failed: worth another attempt.
    Retry(String),
}

impl Target {
    /// `path` is `/events/v1/management/sub` or `/events/v1/authentication/sub`.
    pub(crate) fn new(
        config: &EventsConfig,
        route: &Route,
        path: &'static str,
        code: String,
        credential: TargetCredential,
    ) -> Self {
        let encoded: String = url::form_urlencoded::byte_serialize(code.as_bytes()).collect();
        Target {
            url: format!("{}{path}?code={encoded}", config.host),
            path,
            code,
            credential,
            route: route.clone(),
        }
    }

    /// The URL as shown in logs and errors: a user's token is `***`.
    pub(crate) fn shown(&self) -> String {
        match self.credential {
            #[cfg(feature = "authentication")]
            TargetCredential::UserToken(_) => format!("{}&token=***", self.url),
            _ => self.url.clone(),
        }
    }

    fn refused(&self, status: Option<u16>, reason: impl Into<String>) -> Failed {
        Failed::Refused(Error::Subscription {
            url: self.shown(),
            status,
            reason: reason.into(),
        })
    }

    /// One connection attempt: the handshake, within `timeout`; messages and frames over `max_message_bytes` will close the
    /// socket (tungstenite's `Capacity` error) rather than be buffered.
    pub(crate) async fn connect(
        &self,
        timeout: std::time::Duration,
        max_message_bytes: usize,
    ) -> Result<Socket, Failed> {
        #[cfg_attr(not(feature = "authentication"), allow(unused_mut))]
        let mut url = self.url.clone();
        let authorization = match &self.credential {
            TargetCredential::Header(value) => Some(value.clone()),
            #[cfg(feature = "authentication")]
            TargetCredential::UserToken(source) => {
                let token = source.token().await.map_err(|e| match e {
                    e if e.is_transient() => Failed::Retry(e.to_string()),
                    e => Failed::Refused(e),
                })?;
                let token: String =
                    url::form_urlencoded::byte_serialize(token.expose().as_bytes()).collect();
                url.push_str("&token=");
                url.push_str(&token);
                None
            }
        };
        let mut request = url
            .into_client_request()
            .map_err(|e| self.refused(None, format!("not a WebSocket URL: {}", scrub(&e))))?;
        if let Some(value) = authorization {
            request.headers_mut().insert(AUTHORIZATION, value);
        }
        let limits = tokio_tungstenite::tungstenite::protocol::WebSocketConfig::default()
            .max_message_size(Some(max_message_bytes))
            .max_frame_size(Some(max_message_bytes));
        let handshake = async {
            let stream = self.route.open(request.uri()).await.map_err(|e| match e {
                OpenFailed::Retry(why) => Failed::Retry(why),
                OpenFailed::Refused { status, reason } => self.refused(status, reason),
            })?;
            let tls = Connector::Rustls(self.route.tls.clone());
            match tokio_tungstenite::client_async_tls_with_config(
                request,
                stream,
                Some(limits),
                Some(tls),
            )
            .await
            {
                Ok((socket, _)) => Ok(socket),
                Err(e) => Err(self.handshake_failed(e)),
            }
        };
        match tokio::time::timeout(timeout, handshake).await {
            Err(_) => Err(Failed::Retry(format!(
                "the handshake took longer than {timeout:?}"
            ))),
            Ok(result) => result,
        }
    }

    /// What a failed handshake means.
    fn handshake_failed(&self, error: tokio_tungstenite::tungstenite::Error) -> Failed {
        if let tokio_tungstenite::tungstenite::Error::Http(response) = &error {
            let status = response.status().as_u16();
            // A refusal of the credential or the route stands; a busy or failing server
            // may take the next attempt.
            return if (400..500).contains(&status) && status != 408 && status != 429 {
                self.refused(
                    Some(status),
                    format!("the server refused the subscription (HTTP {status})"),
                )
            } else {
                Failed::Retry(format!("HTTP {status} at the handshake"))
            };
        }
        match crate::trust::certificate_problem(&error) {
            // A certificate refused now is refused on every attempt.
            Some(reason) => Failed::Refused(Error::UntrustedCertificate {
                method: "GET",
                path: self.path,
                server: self.server(),
                reason,
            }),
            None => Failed::Retry(scrub(&error)),
        }
    }

    /// `host:port` of the events host.
    fn server(&self) -> String {
        url::Url::parse(&self.url)
            .ok()
            .and_then(|url| {
                Some(format!(
                    "{}:{}",
                    url.host_str()?,
                    url.port_or_known_default()?
                ))
            })
            .unwrap_or_default()
    }
}

/// An error's text without the URL it may quote (which can hold a user's token).
fn scrub(error: &dyn std::fmt::Display) -> String {
    let text = error.to_string();
    match text.find("token=") {
        Some(at) => format!("{}token=***", &text[..at]),
        None => text,
    }
}
