//! `AuthenticationClient`: an application's handle on the end-user API. The generated endpoint
//! methods hang off it (`crate::generated::authentication`); calls go through the shared call
//! path (`crate::call::Inner`) with the application's credentials. Construction is in
//! `builder.rs`, user sessions in `session.rs`.

use std::fmt;
use std::sync::Arc;

use super::app::{App, TokenEndpointAuthMethod};
use crate::call::{Call, Inner};
use crate::runtime::{ApiRequest, BoxFuture, RawResponse};
use crate::Error;

/// A client for Authing's end-user API, for one application.
///
/// Build one with [`AuthenticationClient::builder`] (`app_id` and `host` are required; the
/// `app_secret` for confidential applications) or [`AuthenticationClient::from_env`]
/// (`AUTHING_APP_ID`, `AUTHING_APP_SECRET`, `AUTHING_APP_HOST`, `AUTHING_APP_REDIRECT_URI`).
///
/// Every call sends `x-authing-app-id`. Calls on the client itself are the application's:
/// sign-up, sign-in, sending a verification code, public information. Calls made for a
/// signed-in user go through the [`UserSession`](super::UserSession) that
/// [`session`](Self::session) builds from the user's [`TokenSet`](super::TokenSet): it sends the user's access token in `authorization` (without a
/// `Bearer ` prefix, as the official SDKs do) and renews it before it expires.
///
/// Retries, timeouts, the deadline and errors are the [`ManagementClient`](crate::ManagementClient)'s
/// (see its docs): in particular a POST that reached the server is never sent again, so a
/// sign-in or a sign-up is sent once. The client is cheap to clone (clones share one connection
/// pool). Its `Debug` never shows the application secret.
#[derive(Clone)]
pub struct AuthenticationClient {
    pub(crate) inner: Arc<Inner>,
    pub(crate) app: Arc<App>,
}

impl AuthenticationClient {
    /// The application's id (sent as `x-authing-app-id`).
    pub fn app_id(&self) -> &str {
        &self.app.app_id
    }

    /// The application's base URL, e.g. `https://example.authing.cn`.
    pub fn host(&self) -> &str {
        &self.inner.host
    }

    /// The old name of [`host`](Self::host).
    #[deprecated(since = "0.2.0", note = "use `host`, the name both clients share")]
    pub fn app_host(&self) -> &str {
        self.host()
    }

    /// The redirect URI the builder was given, if any.
    pub fn redirect_uri(&self) -> Option<&str> {
        self.app.redirect_uri.as_deref()
    }

    /// How the application authenticates at the token endpoint.
    pub fn token_endpoint_auth_method(&self) -> TokenEndpointAuthMethod {
        self.app.token_endpoint_auth_method
    }
}

impl Call for AuthenticationClient {
    fn call(&self, request: ApiRequest) -> BoxFuture<Result<RawResponse, Error>> {
        Inner::call(&self.inner, request)
    }
}

impl fmt::Debug for AuthenticationClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The secret and the user's tokens are never shown.
        f.debug_struct("AuthenticationClient")
            .field("host", &self.inner.host)
            .field("app_id", &self.app.app_id)
            .field("redirect_uri", &self.app.redirect_uri)
            .field(
                "token_endpoint_auth_method",
                &self.app.token_endpoint_auth_method,
            )
            .field("lang", &self.inner.lang)
            .field("timeout", &self.inner.timeout)
            .field("deadline", &self.inner.deadline)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}
