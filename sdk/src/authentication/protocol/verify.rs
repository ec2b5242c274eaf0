//! Offline token verification with `jsonwebtoken`: the settings ([`TokenVerification`]), the
//! verified claims ([`IdTokenClaims`], [`AccessTokenClaims`]) and the checks: the header's
//! algorithm against the key that applies (RS256 with a JWKS key, HS256 ID tokens with the
//! application secret; `none` and mismatches refused), the signature, `exp`/`nbf`/`iat` with
//! leeway, `iss`, `aud`, and the `nonce`. Keys come from `jwks.rs`. Every failure is a
//! [`ProtocolError`] that never quotes the token.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::authentication::AuthenticationClient;
use crate::{Error, ProtocolError};

/// How tokens are verified offline: the expected issuer, the clock leeway, and how often the
/// JWKS may be fetched again for an unknown `kid`. Give it to
/// [`AuthenticationClientBuilder::token_verification`](crate::AuthenticationClientBuilder::token_verification).
///
/// ```
/// use std::time::Duration;
/// use authing::authentication::TokenVerification;
///
/// let verification = TokenVerification::default()
///     .leeway(Duration::from_secs(30))
///     .jwks_refetch_interval(Duration::from_secs(300));
/// # let _ = verification;
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenVerification {
    pub(crate) issuer: Option<String>,
    pub(crate) leeway: Duration,
    pub(crate) jwks_refetch_interval: Duration,
}

impl Default for TokenVerification {
    fn default() -> Self {
        TokenVerification {
            issuer: None,
            leeway: Self::DEFAULT_LEEWAY,
            jwks_refetch_interval: Self::DEFAULT_JWKS_REFETCH_INTERVAL,
        }
    }
}

impl TokenVerification {
    /// The default clock leeway for `exp`, `nbf` and `iat` (60 s).
    pub const DEFAULT_LEEWAY: Duration = Duration::from_secs(60);
    /// The default shortest time between two JWKS fetches for unknown `kid`s (60 s).
    pub const DEFAULT_JWKS_REFETCH_INTERVAL: Duration = Duration::from_secs(60);

    /// The issuer tokens must name in `iss`. By default `{app_host}/oidc`, what Authing puts
    /// there.
    pub fn issuer(mut self, issuer: impl Into<String>) -> Self {
        self.issuer = Some(issuer.into());
        self
    }

    /// How far the clocks may disagree when checking `exp`, `nbf` and `iat` (whole seconds).
    pub fn leeway(mut self, leeway: Duration) -> Self {
        self.leeway = leeway;
        self
    }

    /// The shortest time between two fetches of the JWKS made because a token named a `kid`
    /// the cached JWKS lacks (a key rotation); tokens with unknown keys in between fail with
    /// [`ProtocolError::UnknownKey`] without a request. The first fetch is never delayed.
    pub fn jwks_refetch_interval(mut self, interval: Duration) -> Self {
        self.jwks_refetch_interval = interval;
        self
    }
}

/// The claims of a verified ID token. The registered ones are fields; every other claim
/// (`email`, `name`, `phone_number`, ...) is in [`claims`](Self::claims), with accessors for
/// the common ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct IdTokenClaims {
    /// The issuer, e.g. `https://example.authing.cn/oidc`.
    pub iss: String,
    /// The user's id.
    pub sub: String,
    /// The audience: the application id(s).
    pub aud: Vec<String>,
    /// Expiry, seconds since the Unix epoch.
    pub exp: u64,
    /// Issue time, seconds since the Unix epoch.
    pub iat: Option<u64>,
    /// When the user signed in, seconds since the Unix epoch.
    pub auth_time: Option<u64>,
    /// The nonce of the authorize request.
    pub nonce: Option<String>,
    /// Every other claim, as sent.
    pub claims: Map<String, Value>,
}

impl IdTokenClaims {
    /// A claim that is not a field, e.g. `claim("gender")`.
    pub fn claim(&self, name: &str) -> Option<&Value> {
        self.claims.get(name)
    }

    /// The `email` claim (the `email` scope), when it is a string.
    pub fn email(&self) -> Option<&str> {
        self.str_claim("email")
    }

    /// The `name` claim (the `profile` scope), when it is a string.
    pub fn name(&self) -> Option<&str> {
        self.str_claim("name")
    }

    /// The `preferred_username` claim (the `profile` scope), when it is a string.
    pub fn preferred_username(&self) -> Option<&str> {
        self.str_claim("preferred_username")
    }

    /// The `phone_number` claim (the `phone` scope), when it is a string.
    pub fn phone_number(&self) -> Option<&str> {
        self.str_claim("phone_number")
    }

    fn str_claim(&self, name: &str) -> Option<&str> {
        self.claims.get(name).and_then(Value::as_str)
    }
}

/// The claims of a verified access token.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AccessTokenClaims {
    /// The issuer, e.g. `https://example.authing.cn/oidc`.
    pub iss: String,
    /// The user's id (the application's for a client credentials token).
    pub sub: Option<String>,
    /// The audience: the application id(s).
    pub aud: Vec<String>,
    /// Expiry, seconds since the Unix epoch.
    pub exp: u64,
    /// Issue time, seconds since the Unix epoch.
    pub iat: Option<u64>,
    /// The granted scopes, space-separated.
    pub scope: Option<String>,
    /// The token's id.
    pub jti: Option<String>,
    /// Every other claim, as sent.
    pub claims: Map<String, Value>,
}

/// Which token is verified: it decides the algorithms allowed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// RS256 with a JWKS key, or HS256 with the application secret.
    IdToken,
    /// RS256 only.
    AccessToken,
}

/// The JOSE header members the checks read.
#[derive(Deserialize)]
struct JoseHeader {
    alg: String,
    #[serde(default)]
    kid: Option<String>,
}

fn malformed(reason: &str) -> Error {
    Error::Protocol(ProtocolError::MalformedToken {
        reason: reason.to_owned(),
    })
}

/// The header of `token`, read without trusting it, once the token has the shape of a JWS:
/// three base64url parts (`jsonwebtoken` then checks them again).
fn header(token: &str) -> Result<JoseHeader, Error> {
    let mut parts = token.split('.');
    let (Some(header), Some(payload), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(malformed("it is not three dot-separated parts"));
    };
    let bytes = URL_SAFE_NO_PAD
        .decode(header)
        .map_err(|_| malformed("the header is not base64url"))?;
    let header: JoseHeader =
        serde_json::from_slice(&bytes).map_err(|_| malformed("the header is not a JOSE header"))?;
    if URL_SAFE_NO_PAD.decode(payload).is_err() {
        return Err(malformed("the claims are not base64url"));
    }
    // An unsigned token has an empty signature: its `alg` is refused before this matters.
    if header.alg != "none" && URL_SAFE_NO_PAD.decode(signature).is_err() {
        return Err(malformed("the signature is not base64url"));
    }
    Ok(header)
}

/// A `jsonwebtoken` failure as a protocol error (never its message: it may quote claims).
fn jwt_error(kind: &ErrorKind, alg: &str) -> Error {
    Error::Protocol(match kind {
        ErrorKind::ExpiredSignature => ProtocolError::TokenExpired,
        ErrorKind::ImmatureSignature => ProtocolError::TokenNotYetValid,
        ErrorKind::InvalidAlgorithm | ErrorKind::InvalidAlgorithmName => {
            ProtocolError::DisallowedAlgorithm {
                alg: alg.to_owned(),
            }
        }
        ErrorKind::MissingRequiredClaim(claim) => ProtocolError::MalformedToken {
            reason: format!("it has no `{}` claim", one_word(claim)),
        },
        ErrorKind::InvalidToken
        | ErrorKind::Base64(_)
        | ErrorKind::Json(_)
        | ErrorKind::Utf8(_) => ProtocolError::MalformedToken {
            reason: "the claims are not a JSON object with numeric dates".to_owned(),
        },
        _ => ProtocolError::InvalidSignature,
    })
}

/// A claim name as shown in an error: letters, digits and `_` only.
fn one_word(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .take(32)
        .collect()
}

impl AuthenticationClient {
    /// Verifies an ID token offline and returns its claims: the signature (RS256 with the key
    /// of the application's JWKS its `kid` names, fetched and cached; or HS256 with the
    /// application secret, for a token without `kid`), `exp`, `nbf` and `iat` within the
    /// leeway, `iss` (`{app_host}/oidc` unless configured), `aud` (the application id), and,
    /// when `nonce` is given, the `nonce` claim.
    ///
    /// The key decides the algorithm: `alg: none` is refused, an HS256 token naming a JWKS key
    /// (an RSA key used as an HMAC secret) or any algorithm but RS256/HS256 is
    /// [`ProtocolError::DisallowedAlgorithm`]. Every failure is an [`Error::Protocol`] that
    /// never shows the token; fetching the JWKS can fail like any request.
    ///
    /// ```no_run
    /// # async fn run(client: authing::AuthenticationClient, tokens: authing::TokenSet)
    /// # -> Result<(), authing::Error> {
    /// let id_token = tokens.id_token.as_ref().expect("the openid scope");
    /// let claims = client.verify_id_token(id_token.expose(), None).await?;
    /// println!("{} {:?}", claims.sub, claims.email());
    /// # Ok(())
    /// # }
    /// ```
    pub async fn verify_id_token(
        &self,
        id_token: &str,
        nonce: Option<&str>,
    ) -> Result<IdTokenClaims, Error> {
        let mut claims = self.verify(id_token, Kind::IdToken).await?;
        if let Some(expected) = nonce {
            if claims.get("nonce").and_then(Value::as_str) != Some(expected) {
                return Err(Error::Protocol(ProtocolError::NonceMismatch));
            }
        }
        let (iss, aud, exp, iat) = registered(&mut claims)?;
        let sub = take_str(&mut claims, "sub").ok_or_else(|| malformed("it has no `sub` claim"))?;
        Ok(IdTokenClaims {
            iss,
            sub,
            aud,
            exp,
            iat,
            auth_time: take_secs(&mut claims, "auth_time"),
            nonce: take_str(&mut claims, "nonce"),
            claims,
        })
    }

    /// Verifies an access token offline (RS256 with a key of the application's JWKS only) and
    /// returns its claims; the checks and errors are [`verify_id_token`](Self::verify_id_token)'s
    /// without the nonce. To learn whether a token was revoked, ask the server:
    /// [`introspect_token`](Self::introspect_token).
    pub async fn verify_access_token(
        &self,
        access_token: &str,
    ) -> Result<AccessTokenClaims, Error> {
        let mut claims = self.verify(access_token, Kind::AccessToken).await?;
        let (iss, aud, exp, iat) = registered(&mut claims)?;
        Ok(AccessTokenClaims {
            iss,
            sub: take_str(&mut claims, "sub"),
            aud,
            exp,
            iat,
            scope: take_str(&mut claims, "scope"),
            jti: take_str(&mut claims, "jti"),
            claims,
        })
    }

    /// The expected `iss`.
    pub(super) fn expected_issuer(&self) -> String {
        let settings = &self.app.verifier.settings;
        settings
            .issuer
            .clone()
            .unwrap_or_else(|| format!("{}/oidc", self.inner.host))
    }

    /// The checks common to both tokens; the verified claims.
    async fn verify(&self, token: &str, kind: Kind) -> Result<Map<String, Value>, Error> {
        let header = header(token)?;
        let alg = header.alg.as_str();
        let refuse = || Error::Protocol(ProtocolError::DisallowedAlgorithm { alg: one_word(alg) });
        let (key, algorithm) = match alg {
            "RS256" => {
                let verifier = &self.app.verifier;
                let key = verifier
                    .rsa_key(&self.inner.transport, header.kid.as_deref(), alg)
                    .await?;
                (key, Algorithm::RS256)
            }
            // HS256 only for ID tokens, only without a `kid` (a `kid` names a JWKS key, and the
            // JWKS holds public keys), and only with the application secret as the key.
            "HS256" if kind == Kind::IdToken && header.kid.is_none() => {
                let secret = self.app.app_secret.as_ref().ok_or_else(refuse)?;
                (
                    DecodingKey::from_secret(secret.expose().as_bytes()),
                    Algorithm::HS256,
                )
            }
            _ => return Err(refuse()),
        };
        let settings = &self.app.verifier.settings;
        let mut validation = Validation::new(algorithm);
        validation.leeway = settings.leeway.as_secs();
        validation.validate_nbf = true;
        validation.validate_aud = false;
        validation.set_required_spec_claims(&["exp"]);
        let data = jsonwebtoken::decode::<Map<String, Value>>(token, &key, &validation)
            .map_err(|e| jwt_error(e.kind(), alg))?;
        let claims = data.claims;
        // `iat` in the future (jsonwebtoken checks `exp` and `nbf` only).
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs();
        if secs(claims.get("iat")).is_some_and(|iat| iat > now + settings.leeway.as_secs()) {
            return Err(Error::Protocol(ProtocolError::TokenNotYetValid));
        }
        let expected = self.expected_issuer();
        match claims.get("iss").and_then(Value::as_str) {
            Some(iss) if iss == expected => {}
            found => {
                return Err(Error::Protocol(ProtocolError::WrongIssuer {
                    expected,
                    found: found.unwrap_or_default().chars().take(200).collect(),
                }))
            }
        }
        let app_id = self.app_id();
        let audience_ok = match claims.get("aud") {
            Some(Value::String(aud)) => aud == app_id,
            Some(Value::Array(auds)) => auds.iter().any(|a| a.as_str() == Some(app_id)),
            _ => false,
        };
        if !audience_ok {
            return Err(Error::Protocol(ProtocolError::WrongAudience {
                expected: app_id.to_owned(),
            }));
        }
        Ok(claims)
    }
}

/// Takes `iss`, `aud`, `exp` and `iat` out of verified claims.
fn registered(
    claims: &mut Map<String, Value>,
) -> Result<(String, Vec<String>, u64, Option<u64>), Error> {
    let iss = take_str(claims, "iss").unwrap_or_default();
    let aud = match claims.remove("aud") {
        Some(Value::String(aud)) => vec![aud],
        Some(Value::Array(auds)) => auds
            .into_iter()
            .filter_map(|a| a.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    };
    let exp = take_secs(claims, "exp").ok_or_else(|| malformed("its `exp` is not a date"))?;
    let iat = take_secs(claims, "iat");
    Ok((iss, aud, exp, iat))
}

fn take_str(claims: &mut Map<String, Value>, name: &str) -> Option<String> {
    match claims.remove(name) {
        Some(Value::String(value)) => Some(value),
        Some(other) => {
            claims.insert(name.to_owned(), other);
            None
        }
        None => None,
    }
}

fn take_secs(claims: &mut Map<String, Value>, name: &str) -> Option<u64> {
    let value = secs(claims.get(name))?;
    claims.remove(name);
    Some(value)
}

/// A NumericDate (RFC 7519 §2): whole seconds, fractions dropped.
fn secs(value: Option<&Value>) -> Option<u64> {
    let number = value?.as_number()?;
    number.as_u64().or_else(|| {
        number
            .as_f64()
            .filter(|f| f.is_finite() && *f >= 0.0)
            .map(|f| f as u64)
    })
}
