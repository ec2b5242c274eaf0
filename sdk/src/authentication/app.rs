//! An application's credentials on the wire: `x-authing-app-id` on every call and, for a user
//! session, the user's access token in `authorization`, sent as the official SDKs send it
//! (the bare token, no `Bearer ` prefix). What the call path asks of credentials
//! (`crate::credentials`) for the end-user API.

use std::sync::Arc;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue, AUTHORIZATION};

use super::session::SessionState;
use crate::auth::Token;
use crate::transport::Transport;
use crate::Error;

/// The application id header and, for a session, the user whose token calls carry.
pub(crate) struct AppCredentials {
    app_id: HeaderValue,
    session: Option<Arc<SessionState>>,
}

impl AppCredentials {
    pub(crate) fn new(app_id: HeaderValue, session: Option<Arc<SessionState>>) -> Self {
        AppCredentials { app_id, session }
    }

    /// The `x-authing-app-id` value.
    pub(crate) fn app_id(&self) -> &HeaderValue {
        &self.app_id
    }

    /// The headers of the next attempt: the app id, and the user's access token (renewed
    /// first when it is about to expire).
    pub(crate) async fn token(
        &self,
        transport: &Transport,
        deadline: Option<tokio::time::Instant>,
    ) -> Result<Token, Error> {
        let mut headers = HeaderMap::with_capacity(2);
        headers.insert(
            HeaderName::from_static("x-authing-app-id"),
            self.app_id.clone(),
        );
        if let Some(session) = &self.session {
            let token = session.access_token(transport, deadline).await?;
            let mut value = HeaderValue::from_str(token.expose()).map_err(|_| {
                Error::Protocol(crate::ProtocolError::MalformedToken {
                    reason: "the access token holds characters a header cannot carry".into(),
                })
            })?;
            value.set_sensitive(true);
            headers.insert(AUTHORIZATION, value);
        }
        Ok(Token::headers_only(headers))
    }

    /// The server rejected `used`: a session marks its access token stale, and says whether
    /// it can renew it (it has a refresh token). Without a session there is nothing to renew.
    pub(crate) async fn forget(&self, used: &Token) -> bool {
        match (&self.session, used.headers.get(AUTHORIZATION)) {
            (Some(session), Some(sent)) => session.reject(sent.as_bytes()).await,
            _ => false,
        }
    }
}
