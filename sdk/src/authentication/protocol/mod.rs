//! The hand-written OIDC / OAuth 2.0 / CAS / SAML protocol layer of [`AuthenticationClient`]:
//! authorize URLs with state, nonce and PKCE (`authorize.rs`, values from `random.rs`), the
//! callback and code exchange (`callback.rs`), offline verification of ID and access tokens
//! (`verify.rs`, its settings in `settings.rs`, keys from the cached JWKS in `jwks.rs`;
//! refreshed token sets in `refreshed.rs`), the server-side endpoints
//! (introspection, revocation, userinfo, discovery, refresh, client credentials, logout URL:
//! `endpoints.rs`), and CAS/SAML (`cas.rs`). Protocol endpoints answer without Authing's
//! envelope; their requests are sent once. Nothing generated lives here, and no token, code or
//! secret ever goes into an error or a log line.
//!
//! [`AuthenticationClient`]: crate::AuthenticationClient

mod authorize;
mod callback;
mod cas;
mod endpoints;
mod grants;
mod jwks;
mod random;
mod refreshed;
mod settings;
mod verify;

use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;

pub use authorize::{AuthorizationRequest, AuthorizeProtocol, AuthorizeUrlBuilder};
pub use callback::SignedIn;
pub use cas::CasUser;
/// The CAS answers' readers, for the fuzz target (`crate::internal`).
#[cfg(feature = "__internal")]
pub(crate) use cas::{parse_v1 as parse_cas_v1, parse_v2 as parse_cas_v2};
pub use endpoints::{DiscoveryDocument, TokenIntrospection, UserInfo};
pub use grants::{ClientCredentialsTokenRequest, ExchangeCodeRequest, TokenFuture};
pub(crate) use jwks::Verifier;
pub(crate) use refreshed::check_refreshed;
pub use settings::TokenVerification;
pub use verify::{AccessTokenClaims, IdTokenClaims};

use super::send_once::send_once;
use crate::runtime::excerpt::excerpt;
use crate::runtime::Method;
use crate::transport::Transport;
use crate::Error;

/// The OAuth 2.0 token endpoint (the OIDC one is `token_endpoint.rs`'s).
const OAUTH_TOKEN_PATH: &str = "/oauth/token";

/// GETs a protocol endpoint once; the body of a 2xx answer, else its OAuth error.
async fn get(
    transport: &Transport,
    path: &'static str,
    headers: HeaderMap,
) -> Result<Vec<u8>, Error> {
    send_once(transport, Method::Get, path, None, headers).await
}

/// A JSON answer as `T`; a body that is not is [`Error::Decode`] (the reason names the line
/// and column only: serde's message could quote a value).
fn decode<T: DeserializeOwned>(
    method: &'static str,
    path: &'static str,
    body: &[u8],
) -> Result<T, Error> {
    serde_json::from_slice(body).map_err(|e| Error::Decode {
        method,
        path,
        json_path: ".".to_owned(),
        reason: format!(
            "not the expected JSON ({:?} at line {}, column {})",
            e.classify(),
            e.line(),
            e.column()
        ),
        excerpt: excerpt(body),
        response: None,
    })
}
