//! [`ProtocolError`]: what can be wrong in the OIDC / OAuth 2.0 / CAS exchanges and with a token,
//! each a variant to match on. None holds a token, a code or a secret.

use std::fmt;

/// A protocol failure: a callback, a token or a ticket the SDK refused, carried by
/// [`Error::Protocol`](crate::Error::Protocol). New variants may be added.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProtocolError {
    /// The callback's `state` is not the one the authorize URL was built with (a forged or
    /// replayed callback).
    InvalidState,
    /// The callback carries no `code` (it may carry an `error` instead: see
    /// [`Error::OAuth`](crate::Error::OAuth)).
    MissingCode,
    /// The ID token's `nonce` is not the one the authorize URL was built with.
    NonceMismatch,
    /// The token answer has no ID token although one was needed (the `openid` scope).
    MissingIdToken,
    /// The token is not a well-formed JWT (three base64url parts, a JSON header and claims).
    MalformedToken {
        /// What was wrong, without the token.
        reason: String,
    },
    /// The token's signature does not verify with the key its header names.
    InvalidSignature,
    /// The token's `exp` has passed (beyond the leeway).
    TokenExpired,
    /// The token's `nbf` or `iat` is still in the future (beyond the leeway).
    TokenNotYetValid,
    /// The token's `iss` is not the application's issuer.
    WrongIssuer {
        /// The issuer the SDK expected.
        expected: String,
        /// The token's `iss`.
        found: String,
    },
    /// The token's `aud` does not name the application.
    WrongAudience {
        /// The application id the SDK expected.
        expected: String,
    },
    /// The token's algorithm is refused: `none`, or not the one the key is for (an HS256
    /// token claiming to be signed with a public RSA key).
    DisallowedAlgorithm {
        /// The `alg` of the token's header.
        alg: String,
    },
    /// No key of the JWKS has the token's `kid`, even after fetching the JWKS again.
    UnknownKey {
        /// The `kid` of the token's header, when it has one.
        kid: Option<String>,
    },
    /// The session has no refresh token (or its refresh token was spent on a refresh whose
    /// answer was lost): the user must sign in again.
    NoRefreshToken,
    /// The operation needs a redirect URI and the client was built without one.
    MissingRedirectUri,
    /// The callback repeats a parameter the SDK reads (`code`, `state`, `error` or `iss`): which
    /// of the two counts would be the parser's choice, so neither is used.
    RepeatedParameter {
        /// The repeated parameter's name.
        name: &'static str,
    },
    /// The callback URL is relative (`/callback?code=...`) and there is no absolute redirect
    /// URI (the authorize request's or the client's) to read it against.
    RelativeCallbackUrl,
    /// The CAS server did not accept the service ticket.
    TicketRejected {
        /// The CAS failure code, e.g. `INVALID_TICKET`.
        code: String,
    },
    /// The CAS validation answer is neither a success nor a failure the SDK can read.
    MalformedCasResponse {
        /// What was wrong, without the answer.
        reason: String,
    },
    /// The system's random number generator failed, so no `state`, `nonce` or PKCE verifier
    /// could be made.
    RandomUnavailable,
}

impl fmt::Display for ProtocolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProtocolError::InvalidState => f.write_str("the callback's state does not match"),
            ProtocolError::MissingCode => f.write_str("the callback carries no authorization code"),
            ProtocolError::NonceMismatch => f.write_str("the ID token's nonce does not match"),
            ProtocolError::MissingIdToken => f.write_str("the token answer has no ID token"),
            ProtocolError::MalformedToken { reason } => {
                write!(f, "the token is not a well-formed JWT: {reason}")
            }
            ProtocolError::InvalidSignature => f.write_str("the token's signature does not verify"),
            ProtocolError::TokenExpired => f.write_str("the token has expired"),
            ProtocolError::TokenNotYetValid => f.write_str("the token is not valid yet"),
            ProtocolError::WrongIssuer { expected, found } => {
                write!(f, "the token's issuer is {found:?}, expected {expected:?}")
            }
            ProtocolError::WrongAudience { expected } => {
                write!(f, "the token's audience does not include {expected:?}")
            }
            ProtocolError::DisallowedAlgorithm { alg } => {
                write!(f, "the token's algorithm {alg:?} is refused")
            }
            ProtocolError::UnknownKey { kid } => match kid {
                Some(kid) => write!(f, "no key of the JWKS has kid {kid:?}"),
                None => f.write_str("the token names no key and the JWKS has several"),
            },
            ProtocolError::NoRefreshToken => {
                f.write_str("the session has no refresh token; the user must sign in again")
            }
            ProtocolError::MissingRedirectUri => {
                f.write_str("no redirect URI is configured on the client")
            }
            ProtocolError::RepeatedParameter { name } => {
                write!(
                    f,
                    "the callback gives the parameter `{name}` more than once"
                )
            }
            ProtocolError::RelativeCallbackUrl => f.write_str(
                "the callback URL is relative and no absolute redirect URI is configured to \
                 read it against (pass the full URL, or configure redirect_uri)",
            ),
            ProtocolError::TicketRejected { code } => {
                write!(f, "the CAS server rejected the ticket: {code}")
            }
            ProtocolError::MalformedCasResponse { reason } => {
                write!(f, "the CAS validation answer is not readable: {reason}")
            }
            ProtocolError::RandomUnavailable => {
                f.write_str("the system's random number generator failed")
            }
        }
    }
}
