//! The end-user API: [`AuthenticationClient`] (an application's client: sign-up, sign-in and the
//! documented end-user methods, generated from the spec into [`requests`]), the [`TokenSet`] a
//! sign-in returns, and the [`UserSession`] that acts for a signed-in user and renews its token.
//! The Management API's counterpart is [`crate::management`]; the builder's settings types
//! ([`TokenVerification`], [`TokenEndpointAuthMethod`], ...) are in [`crate::config`].
//!
//! Hand-written here: the client and its builder, the application's credentials on the wire,
//! token sets and sessions, the token endpoint. The generated endpoint methods live in
//! `crate::generated::authentication`; nothing generated is edited here.

mod app;
mod builder;
mod client;
mod credentials;
mod send_once;
mod session;
mod sign_in;
mod sign_up;
mod token_endpoint;
mod tokens;

pub use crate::generated::authentication as requests;
/// Also `authing::config::TokenEndpointAuthMethod` (and the crate root), where the settings
/// types are gathered; this path is kept for one release.
#[doc(hidden)]
pub use app::TokenEndpointAuthMethod;
pub use builder::AuthenticationClientBuilder;
pub use client::AuthenticationClient;
#[cfg(feature = "event-stream")]
pub(crate) use session::TokenSource;
pub use session::{UserSession, REFRESH_MARGIN};
pub use sign_in::SignIn;
pub use sign_up::SignUp;
pub use tokens::TokenSet;

// The OIDC / OAuth 2.0 / CAS / SAML protocol layer (`protocol/`).
mod protocol;
pub use crate::protocol_error::{IdTokenAlgorithm, TokenKind};
/// Also `authing::config::TokenVerification` (and the crate root), where the settings types
/// are gathered; this path is kept for one release.
#[doc(hidden)]
pub use protocol::TokenVerification;
#[cfg(feature = "__internal")]
pub(crate) use protocol::{parse_cas_v1, parse_cas_v2};
pub use protocol::{
    AccessTokenClaims, AuthorizationRequest, AuthorizeProtocol, AuthorizeUrlBuilder, CasUser,
    ClientCredentialsTokenRequest, DiscoveryDocument, ExchangeCodeRequest, IdTokenClaims, SignedIn,
    TokenFuture, TokenIntrospection, UserInfo,
};
