//! [`TokenVerification`]: how tokens are verified offline (issuer, leeway, the pinned ID token
//! algorithm, the JWKS cache's maximum age and refetch interval, or a static JWKS), a plain
//! settings value. The
//! checks that read it are `verify.rs`'s, the cache `jwks.rs`'s.

use std::time::Duration;

use crate::IdTokenAlgorithm;
#[cfg(doc)]
use crate::ProtocolError;

/// How tokens are verified offline: the expected issuer, the clock leeway, the ID token
/// algorithm, and how the JWKS is cached. Give it to
/// [`AuthenticationClientBuilder::token_verification`](crate::AuthenticationClientBuilder::token_verification).
///
/// ```
/// use std::time::Duration;
/// use authing::{IdTokenAlgorithm, TokenVerification};
///
/// let verification = TokenVerification::default()
///     // The application's "id_token signing algorithm" in the Authing console.
///     .id_token_algorithm(IdTokenAlgorithm::Rs256)
///     .leeway(Duration::from_secs(30))
///     .jwks_max_age(Duration::from_secs(600))
///     .jwks_refetch_interval(Duration::from_secs(60));
/// # let _ = verification;
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenVerification {
    pub(crate) issuer: Option<String>,
    pub(crate) leeway: Duration,
    pub(crate) jwks_refetch_interval: Duration,
    pub(crate) jwks_max_age: Duration,
    pub(crate) id_token_algorithm: Option<IdTokenAlgorithm>,
    /// A JWKS given as JSON: used instead of fetching one.
    pub(crate) static_jwks: Option<String>,
}

impl Default for TokenVerification {
    fn default() -> Self {
        TokenVerification {
            issuer: None,
            leeway: Self::DEFAULT_LEEWAY,
            jwks_refetch_interval: Self::DEFAULT_JWKS_REFETCH_INTERVAL,
            jwks_max_age: Self::DEFAULT_JWKS_MAX_AGE,
            id_token_algorithm: None,
            static_jwks: None,
        }
    }
}

impl TokenVerification {
    /// The default clock leeway for `exp`, `nbf`, `iat` and `auth_time` (60 s).
    pub const DEFAULT_LEEWAY: Duration = Duration::from_secs(60);
    /// The default shortest time between two JWKS fetch attempts (60 s).
    pub const DEFAULT_JWKS_REFETCH_INTERVAL: Duration = Duration::from_secs(60);
    /// The default longest time cached JWKS keys are used before the JWKS is fetched again
    /// (10 minutes).
    pub const DEFAULT_JWKS_MAX_AGE: Duration = Duration::from_secs(600);
    /// The shortest application secret that verifies HS256 ID tokens, in bytes (RFC 7518 §3.2:
    /// an HS256 key is at least as long as the hash, 256 bits). Authing's application secrets
    /// are 32 characters.
    pub const MIN_HS256_SECRET_BYTES: usize = 32;

    /// The issuer tokens must name in `iss`. By default `{host}/oidc`, what Authing puts
    /// there.
    pub fn issuer(mut self, issuer: impl Into<String>) -> Self {
        self.issuer = Some(issuer.into());
        self
    }

    /// Pins the algorithm ID tokens must be signed with: the application's "id_token signing
    /// algorithm" in the Authing console. Recommended: once set, a token with any other `alg`
    /// is [`ProtocolError::UnexpectedAlgorithm`], so an application set to RS256 never accepts
    /// an HS256 token made with its secret (which travels in every `client_secret_post`
    /// request), nor the reverse.
    ///
    /// Unpinned (the default, so that applications on Authing's default, HS256, keep working):
    /// RS256 with a key of the JWKS, or HS256 with the application secret for a token without
    /// `kid`. HS256 always needs a secret of at least [`Self::MIN_HS256_SECRET_BYTES`]; pinning
    /// HS256 with a shorter one (or none) fails at `build()`. Access tokens are RS256 whatever
    /// this says.
    pub fn id_token_algorithm(mut self, algorithm: IdTokenAlgorithm) -> Self {
        self.id_token_algorithm = Some(algorithm);
        self
    }

    /// How far the clocks may disagree when checking `exp`, `nbf`, `iat` and `auth_time`
    /// (whole seconds).
    pub fn leeway(mut self, leeway: Duration) -> Self {
        self.leeway = leeway;
        self
    }

    /// The shortest time between two fetch attempts of the JWKS, successful or not: the
    /// cooldown. Within it, a token whose key is not cached (a `kid` the cached JWKS lacks, or
    /// no usable JWKS because the last fetch failed) fails at once, without a request, with
    /// [`ProtocolError::UnknownKey`] or [`ProtocolError::JwksUnavailable`]. The first fetch is
    /// never delayed.
    pub fn jwks_refetch_interval(mut self, interval: Duration) -> Self {
        self.jwks_refetch_interval = interval;
        self
    }

    /// How long the keys of a fetched JWKS are used: after this, the JWKS is fetched again
    /// before any of them verifies a token, so a key removed from the JWKS stops verifying
    /// within this time. When that refetch fails the old keys are dropped (fail closed): RS256
    /// tokens fail until a fetch succeeds (the next attempt after
    /// [`jwks_refetch_interval`](Self::jwks_refetch_interval)). Keep it longer than the
    /// refetch interval.
    pub fn jwks_max_age(mut self, max_age: Duration) -> Self {
        self.jwks_max_age = max_age;
        self
    }

    /// Verifies RS256 tokens with this JWKS (the JSON document Authing serves at
    /// `/oidc/.well-known/jwks.json`, read from wherever the caller keeps it) instead of
    /// fetching one: for services without a route to Authing, and for tests. It is never
    /// fetched nor refetched, and it is exempt from the [maximum age](Self::jwks_max_age) and
    /// the [refetch interval](Self::jwks_refetch_interval): a token whose `kid` it lacks fails
    /// at once with [`ProtocolError::UnknownKey`]. `build()` refuses JSON that is not a JWKS,
    /// or one without an RSA signature key, with [`Error::Config`](crate::Error::Config)
    /// naming this setting.
    ///
    /// ```no_run
    /// use authing::authentication::TokenVerification;
    ///
    /// # fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// let jwks = std::fs::read_to_string("/etc/my-service/authing-jwks.json")?;
    /// let verification = TokenVerification::default().static_jwks(jwks);
    /// # let _ = verification;
    /// # Ok(())
    /// # }
    /// ```
    pub fn static_jwks(mut self, jwks: impl Into<String>) -> Self {
        self.static_jwks = Some(jwks.into());
        self
    }
}
