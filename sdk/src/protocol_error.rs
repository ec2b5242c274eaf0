//! [`ProtocolError`]: what can be wrong in the OIDC / OAuth 2.0 / CAS exchanges and with a token,
//! each a variant to match on. None holds a token, a code or a secret.

use std::fmt;
use std::time::Duration;

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
    /// The token is another kind than the one asked for: an ID token given to
    /// `verify_access_token` (no `scope`, or a `nonce` or `at_hash`), an access token given to
    /// `verify_id_token` (a `scope`, or `typ: at+jwt`), or a JWT of some other type.
    WrongTokenKind {
        /// The kind the verification was for.
        expected: TokenKind,
        /// The kind the token is.
        found: TokenKind,
    },
    /// The ID token is signed with an algorithm other than the one
    /// `TokenVerification::id_token_algorithm` pins.
    UnexpectedAlgorithm {
        /// The `alg` of the token's header.
        alg: String,
        /// The pinned algorithm.
        expected: IdTokenAlgorithm,
    },
    /// An HS256 ID token cannot be verified: the application secret is shorter than the
    /// 32 bytes RFC 7518 §3.2 requires of an HS256 key.
    HmacSecretTooShort {
        /// The least length, in bytes (32).
        min_bytes: usize,
    },
    /// The ID token has several audiences and its `azp` (authorized party) is missing or is not
    /// the application.
    WrongAuthorizedParty {
        /// The application id the SDK expected.
        expected: String,
    },
    /// The ID token's `auth_time` is older than the authorize request's `max_age` allows
    /// (beyond the leeway).
    AuthenticationTooOld {
        /// The authorize request's `max_age`.
        max_age: Duration,
    },
    /// A token or an answer is about another user than expected: a refreshed ID token whose
    /// `sub` is not the original ID token's, or a userinfo answer whose `sub` is not the
    /// expected subject (OIDC Core 5.3.2).
    SubjectMismatch,
    /// The JWKS cannot be used now: its last fetch failed (or the cached keys are older than
    /// the maximum age and could not be fetched again), and the next fetch is allowed only
    /// after the refetch interval. Sent at once, without a request.
    JwksUnavailable {
        /// How long until the next fetch is allowed.
        retry_in: Duration,
    },
}

/// What a JWT is, as [`ProtocolError::WrongTokenKind`] names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TokenKind {
    /// An OIDC ID token.
    IdToken,
    /// An OAuth 2.0 access token.
    AccessToken,
    /// A JWT of another type (its `typ` is neither `JWT` nor `at+jwt`).
    Other,
}

impl fmt::Display for TokenKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TokenKind::IdToken => "an ID token",
            TokenKind::AccessToken => "an access token",
            TokenKind::Other => "another kind of JWT",
        })
    }
}

/// The algorithm ID tokens are signed with, to pin with `TokenVerification::id_token_algorithm`
/// (the application's "id_token signing algorithm" in the Authing console).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdTokenAlgorithm {
    /// RS256 with a key of the application's JWKS.
    Rs256,
    /// HS256 with the application secret (at least 32 bytes).
    Hs256,
}

impl IdTokenAlgorithm {
    /// The JOSE name: `RS256` or `HS256`.
    pub fn as_str(self) -> &'static str {
        match self {
            IdTokenAlgorithm::Rs256 => "RS256",
            IdTokenAlgorithm::Hs256 => "HS256",
        }
    }
}

impl fmt::Display for IdTokenAlgorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
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
            ProtocolError::WrongTokenKind { expected, found } => {
                write!(f, "the token is {found}, not {expected}")
            }
            ProtocolError::UnexpectedAlgorithm { alg, expected } => write!(
                f,
                "the ID token's algorithm is {alg:?}, and TokenVerification::id_token_algorithm \
                 allows {expected} only"
            ),
            ProtocolError::HmacSecretTooShort { min_bytes } => write!(
                f,
                "an HS256 ID token needs an application secret of at least {min_bytes} bytes \
                 (RFC 7518 section 3.2), and this one is shorter"
            ),
            ProtocolError::WrongAuthorizedParty { expected } => write!(
                f,
                "the ID token has several audiences and its azp is not {expected:?}"
            ),
            ProtocolError::AuthenticationTooOld { max_age } => write!(
                f,
                "the user signed in longer ago than the authorize request's max_age ({} s)",
                max_age.as_secs()
            ),
            ProtocolError::SubjectMismatch => {
                f.write_str("the token or answer is about another user (sub) than expected")
            }
            ProtocolError::JwksUnavailable { retry_in } => write!(
                f,
                "the JWKS could not be fetched; the next fetch is allowed in {} ms",
                retry_in.as_millis()
            ),
        }
    }
}
