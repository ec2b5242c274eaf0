//! An application's credentials on the wire: `x-authing-app-id` on every call and, for a user
//! session, the user's access token in `authorization`, sent as the official SDKs send it
//! (the bare token, no `Bearer ` prefix). What the call path asks of credentials
//! (`crate::credentials`) for the end-user API.

use std::sync::Arc;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue, AUTHORIZATION};

use super::session::SessionState;
use crate::auth::Token;
use crate::transport::Transport;
use crate::{Error, SecretString};

/// The calls that sign a user in: with `client_secret_basic` they carry the application's
/// HTTP Basic credentials (as the official Node SDK sends them); with `client_secret_post`
/// the sign-in methods put `client_id` and `client_secret` in the body.
pub(crate) const SIGN_IN_PATHS: &[&str] = &[
    "/api/v3/signin",
    "/api/v3/signin-by-mobile",
    "/api/v3/exchange-tokenset-with-qrcode-ticket",
];

/// The application id header and, for a session, the user whose token calls carry.
pub(crate) struct AppCredentials {
    app_id: HeaderValue,
    /// The application id and secret when the application authenticates with
    /// `client_secret_basic`: the `Basic base64(app_id:app_secret)` header is built for each
    /// sign-in call, never kept (the secret is zeroed when dropped; a header cannot be).
    basic: Option<(String, SecretString)>,
    session: Option<Arc<SessionState>>,
}

impl AppCredentials {
    pub(crate) fn new(
        app_id: HeaderValue,
        basic: Option<(String, SecretString)>,
        session: Option<Arc<SessionState>>,
    ) -> Self {
        AppCredentials {
            app_id,
            basic,
            session,
        }
    }

    /// The same application, acting for `session`'s user.
    pub(crate) fn for_session(&self, session: Arc<SessionState>) -> Self {
        AppCredentials::new(self.app_id.clone(), self.basic.clone(), Some(session))
    }

    /// The headers of the next attempt of a call to `path`: the app id, and the application's
    /// Basic credentials on a sign-in call, else the user's access token (renewed first when it
    /// is about to expire).
    pub(crate) async fn token(&self, path: &str, transport: &Transport) -> Result<Token, Error> {
        let mut headers = HeaderMap::with_capacity(2);
        headers.insert(
            HeaderName::from_static("x-authing-app-id"),
            self.app_id.clone(),
        );
        if let Some((app_id, secret)) = self
            .basic
            .as_ref()
            .filter(|_| SIGN_IN_PATHS.contains(&path))
        {
            headers.insert(
                AUTHORIZATION,
                super::token_endpoint::basic_header(app_id, secret),
            );
        } else if let Some(session) = &self.session {
            let token = session.access_token(transport).await?;
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
    /// A sign-in that carried the application's Basic credentials was refused for them, not
    /// for a user's token: nothing to renew, and a sign-in is never sent twice.
    pub(crate) async fn forget(&self, used: &Token) -> bool {
        let sent = used.headers.get(AUTHORIZATION);
        let basic = self
            .basic
            .as_ref()
            .map(|(id, secret)| super::token_endpoint::basic_header(id, secret));
        if sent.is_some() && sent == basic.as_ref() {
            return false;
        }
        match (&self.session, sent) {
            (Some(session), Some(sent)) => session.reject(sent.as_bytes()).await,
            _ => false,
        }
    }
}
