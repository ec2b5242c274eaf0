//! [`App`]: the application a client calls for (id, secret, redirect URI, how it authenticates
//! at the token endpoint, token verification) as the client, its sessions and the protocol layer
//! read it; and [`TokenEndpointAuthMethod`], the setting that says how. Data only: nothing is
//! sent from here.

use reqwest::header::HeaderValue;

use super::protocol::Verifier;
use crate::SecretString;

/// The application: who the client calls for, and how it proves it at the token endpoint.
pub(crate) struct App {
    pub(crate) app_id: String,
    /// `app_id` as the `x-authing-app-id` header (checked when the client was built).
    pub(crate) app_id_header: HeaderValue,
    pub(crate) app_secret: Option<SecretString>,
    pub(crate) redirect_uri: Option<String>,
    pub(crate) token_endpoint_auth_method: TokenEndpointAuthMethod,
    /// Token verification settings and the cached JWKS (shared by clones and sessions).
    pub(crate) verifier: Verifier,
}

impl App {
    /// The application's id and secret when it authenticates with `client_secret_basic`.
    pub(crate) fn basic_credentials(&self) -> Option<(&str, &SecretString)> {
        match (self.token_endpoint_auth_method, &self.app_secret) {
            (TokenEndpointAuthMethod::ClientSecretBasic, Some(secret)) => {
                Some((&self.app_id, secret))
            }
            _ => None,
        }
    }
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
