//! `AuthenticationClient`: an application's handle on the end-user API. The generated endpoint
//! methods hang off it (`crate::generated::authentication`); calls go through the shared call
//! path (`crate::client::Inner`) with the application's credentials. Construction is in
//! `builder.rs`, user sessions in `session.rs`.

use std::fmt;
use std::sync::Arc;

pub use super::builder::AuthenticationClientBuilder;
use super::session::UserSession;
use super::tokens::TokenSet;
use crate::client::{Call, Inner};
use crate::runtime::{ApiRequest, BoxFuture, RawResponse};
use crate::{Error, SecretString};

/// A client for Authing's end-user API, for one application.
///
/// Build one with [`AuthenticationClient::builder`] (`app_id` and `app_host` are required; the
/// `app_secret` for confidential applications) or [`AuthenticationClient::from_env`]
/// (`AUTHING_APP_ID`, `AUTHING_APP_SECRET`, `AUTHING_APP_HOST`, `AUTHING_APP_REDIRECT_URI`).
///
/// Every call sends `x-authing-app-id`. Calls on the client itself are the application's:
/// sign-up, sign-in, sending a verification code, public information. Calls made for a
/// signed-in user go through the [`UserSession`] that [`session`](Self::session) builds from
/// the user's [`TokenSet`]: it sends the user's access token in `authorization` (without a
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

/// The application: who the client calls for, and how it proves it at the token endpoint.
pub(crate) struct App {
    pub(crate) app_id: String,
    pub(crate) app_secret: Option<SecretString>,
    pub(crate) redirect_uri: Option<String>,
    pub(crate) token_endpoint_auth_method: TokenEndpointAuthMethod,
    /// Token verification settings and the cached JWKS (shared by clones and sessions).
    pub(crate) verifier: super::protocol::Verifier,
}

/// How the application authenticates itself where a client secret is needed: at the token
/// endpoint (code exchange, refresh, introspection, revocation) and on sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum TokenEndpointAuthMethod {
    /// `client_id` and `client_secret` in the request body (the default, as in the official
    /// SDKs).
    #[default]
    ClientSecretPost,
    /// HTTP Basic: `authorization: Basic base64(app_id:app_secret)`.
    ClientSecretBasic,
    /// A public application (a SPA, a mobile app): `client_id` only, no secret.
    None,
}

impl TokenEndpointAuthMethod {
    /// The name in OIDC discovery documents: `client_secret_post`, `client_secret_basic`,
    /// `none`.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenEndpointAuthMethod::ClientSecretPost => "client_secret_post",
            TokenEndpointAuthMethod::ClientSecretBasic => "client_secret_basic",
            TokenEndpointAuthMethod::None => "none",
        }
    }
}

impl AuthenticationClient {
    /// A builder; see the type's docs for what is required.
    pub fn builder() -> AuthenticationClientBuilder {
        AuthenticationClientBuilder::default()
    }

    /// A client configured from `AUTHING_APP_ID`, `AUTHING_APP_HOST` and, when set,
    /// `AUTHING_APP_SECRET` and `AUTHING_APP_REDIRECT_URI`. A missing id or host is an
    /// [`Error::Config`] naming the variable.
    pub fn from_env() -> Result<Self, Error> {
        AuthenticationClientBuilder::from_env()?.build()
    }

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

    /// A session acting for the user these tokens belong to: its calls carry the user's
    /// access token, renewed with the refresh token (when there is one) shortly before it
    /// expires.
    pub fn session(&self, tokens: TokenSet) -> UserSession {
        UserSession::new(self, tokens)
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
