//! Offline token verification with `jsonwebtoken` (its settings are `settings.rs`'s
//! [`TokenVerification`]): the verified claims ([`IdTokenClaims`], [`AccessTokenClaims`]) and the checks: the header's
//! algorithm against the key that applies (RS256 with a JWKS key; HS256 ID tokens with an
//! application secret of at least 32 bytes; or only the algorithm
//! [`TokenVerification::id_token_algorithm`] pins; `none` and mismatches refused), the
//! signature, `exp`/`nbf`/`iat` with leeway (`iat` required), `iss`, `aud` (and `azp` for an
//! ID token with several audiences), the kind of token (an ID token is never an access token,
//! nor the reverse), and the `nonce`. Keys come from `jwks.rs`. Every failure is a
//! [`ProtocolError`] that never quotes the token.

use std::time::{SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::settings::TokenVerification;
use crate::authentication::app::App;
use crate::authentication::AuthenticationClient;
use crate::transport::Transport;
use crate::{Error, ProtocolError, TokenKind};

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

/// Which token is verified: it decides the algorithms allowed and the kind checks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// RS256 with a JWKS key, or HS256 with the application secret.
    IdToken,
    /// RS256 only.
    AccessToken,
}

impl Kind {
    fn public(self) -> TokenKind {
        match self {
            Kind::IdToken => TokenKind::IdToken,
            Kind::AccessToken => TokenKind::AccessToken,
        }
    }
}

/// The JOSE header members the checks read.
#[derive(Deserialize)]
struct JoseHeader {
    alg: String,
    #[serde(default)]
    kid: Option<String>,
    #[serde(default)]
    typ: Option<String>,
}

/// What a header's `typ` says (RFC 7515 §4.1.9: case-insensitive, `application/` optional).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Typ {
    /// None, or `JWT`: any kind.
    Plain,
    /// `at+jwt` (RFC 9068): an access token.
    AccessToken,
    /// Anything else (`logout+jwt`, ...).
    Other,
}

fn typ(header: &JoseHeader) -> Typ {
    let Some(typ) = header.typ.as_deref() else {
        return Typ::Plain;
    };
    let typ = typ.to_ascii_lowercase();
    match typ.strip_prefix("application/").unwrap_or(&typ) {
        "jwt" => Typ::Plain,
        "at+jwt" => Typ::AccessToken,
        _ => Typ::Other,
    }
}

fn wrong_kind(expected: Kind, found: TokenKind) -> Error {
    Error::Protocol(ProtocolError::WrongTokenKind {
        expected: expected.public(),
        found,
    })
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
            ProtocolError::DisallowedAlgorithm { alg: one_word(alg) }
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
    /// application secret, for a token without `kid`; or only the algorithm
    /// [`TokenVerification::id_token_algorithm`] pins), `exp`, `nbf` and `iat` (required)
    /// within the leeway, `iss` (`{host}/oidc` unless configured), `aud` (the application
    /// id; with several audiences `azp` must be the application, and an `azp` is always
    /// checked), that it is an ID token (no `scope`, not `typ: at+jwt`), and, when `nonce` is
    /// given, the `nonce` claim.
    ///
    /// The key decides the algorithm: `alg: none` is refused, an HS256 token naming a JWKS key
    /// (an RSA key used as an HMAC secret) or any algorithm but RS256/HS256 is
    /// [`ProtocolError::DisallowedAlgorithm`]; an algorithm other than the pinned one is
    /// [`ProtocolError::UnexpectedAlgorithm`]; HS256 with a secret shorter than 32 bytes is
    /// [`ProtocolError::HmacSecretTooShort`]; an access token is
    /// [`ProtocolError::WrongTokenKind`]. Every failure is an [`Error::Protocol`] that never
    /// shows the token; fetching the JWKS can fail like any request.
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
        verify_id_token(&self.app, &self.inner.transport, id_token, nonce).await
    }

    /// Verifies an access token offline (RS256 with a key of the application's JWKS only) and
    /// returns its claims; the checks and errors are [`verify_id_token`](Self::verify_id_token)'s
    /// without the nonce and `azp`, and the token must be an access token: `typ: at+jwt`
    /// (RFC 9068) or a `scope` claim, and no `nonce` or `at_hash` (an ID token, which Authing
    /// signs with the same key, `iss` and `aud`, is [`ProtocolError::WrongTokenKind`]). To
    /// learn whether a token was revoked, ask the server:
    /// [`introspect_token`](Self::introspect_token).
    pub async fn verify_access_token(
        &self,
        access_token: &str,
    ) -> Result<AccessTokenClaims, Error> {
        let mut claims = verify(
            &self.app,
            &self.inner.transport,
            access_token,
            Kind::AccessToken,
        )
        .await?;
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
        expected_issuer(&self.app, &self.inner.transport)
    }
}

/// The expected `iss`: the configured one, else `{host}/oidc`.
pub(super) fn expected_issuer(app: &App, transport: &Transport) -> String {
    let settings = &app.verifier.settings;
    settings
        .issuer
        .clone()
        .unwrap_or_else(|| transport.url("/oidc", &[]))
}

/// [`AuthenticationClient::verify_id_token`] for the application `app` reached through
/// `transport` (what a session's refresh has at hand).
pub(crate) async fn verify_id_token(
    app: &App,
    transport: &Transport,
    id_token: &str,
    nonce: Option<&str>,
) -> Result<IdTokenClaims, Error> {
    let mut claims = verify(app, transport, id_token, Kind::IdToken).await?;
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

/// The key and algorithm that verify a token with this header, or why none does.
async fn key_for(
    app: &App,
    transport: &Transport,
    header: &JoseHeader,
    kind: Kind,
) -> Result<(DecodingKey, Algorithm), Error> {
    let alg = header.alg.as_str();
    let refuse = || Error::Protocol(ProtocolError::DisallowedAlgorithm { alg: one_word(alg) });
    let pinned = app
        .verifier
        .settings
        .id_token_algorithm
        .filter(|_| kind == Kind::IdToken);
    if let Some(expected) = pinned.filter(|p| p.as_str() != alg) {
        return Err(Error::Protocol(ProtocolError::UnexpectedAlgorithm {
            alg: one_word(alg),
            expected,
        }));
    }
    match alg {
        "RS256" => {
            let key = app
                .verifier
                .rsa_key(transport, header.kid.as_deref(), alg)
                .await?;
            Ok((key, Algorithm::RS256))
        }
        // HS256 only for ID tokens, only without a `kid` (a `kid` names a JWKS key, and the
        // JWKS holds public keys), and only with the application secret as the key, when it
        // is long enough for HS256.
        "HS256" if kind == Kind::IdToken && header.kid.is_none() => {
            let secret = app.app_secret.as_ref().ok_or_else(refuse)?;
            let secret = secret.expose().as_bytes();
            let min_bytes = TokenVerification::MIN_HS256_SECRET_BYTES;
            if secret.len() < min_bytes {
                return Err(Error::Protocol(ProtocolError::HmacSecretTooShort {
                    min_bytes,
                }));
            }
            Ok((DecodingKey::from_secret(secret), Algorithm::HS256))
        }
        _ => Err(refuse()),
    }
}

/// The checks common to both tokens, and each kind's own; the verified claims.
async fn verify(
    app: &App,
    transport: &Transport,
    token: &str,
    kind: Kind,
) -> Result<Map<String, Value>, Error> {
    let header = header(token)?;
    let typ = typ(&header);
    match (kind, typ) {
        (_, Typ::Other) => return Err(wrong_kind(kind, TokenKind::Other)),
        (Kind::IdToken, Typ::AccessToken) => return Err(wrong_kind(kind, TokenKind::AccessToken)),
        _ => {}
    }
    let (key, algorithm) = key_for(app, transport, &header, kind).await?;
    let settings = &app.verifier.settings;
    let mut validation = Validation::new(algorithm);
    validation.leeway = settings.leeway.as_secs();
    validation.validate_nbf = true;
    validation.validate_aud = false;
    validation.set_required_spec_claims(&["exp"]);
    let data = jsonwebtoken::decode::<Map<String, Value>>(token, &key, &validation)
        .map_err(|e| jwt_error(e.kind(), &header.alg))?;
    let claims = data.claims;
    // `iat` is required, and not in the future (jsonwebtoken checks `exp` and `nbf` only).
    let iat = secs(claims.get("iat")).ok_or_else(|| malformed("it has no `iat` date"))?;
    if iat > now_secs().saturating_add(settings.leeway.as_secs()) {
        return Err(Error::Protocol(ProtocolError::TokenNotYetValid));
    }
    let expected = expected_issuer(app, transport);
    match claims.get("iss").and_then(Value::as_str) {
        Some(iss) if iss == expected => {}
        found => {
            return Err(Error::Protocol(ProtocolError::WrongIssuer {
                expected,
                found: found.unwrap_or_default().chars().take(200).collect(),
            }))
        }
    }
    let app_id = app.app_id.as_str();
    let (audience_ok, several) = match claims.get("aud") {
        Some(Value::String(aud)) => (aud == app_id, false),
        Some(Value::Array(auds)) => (
            auds.iter().any(|a| a.as_str() == Some(app_id)),
            auds.len() > 1,
        ),
        _ => (false, false),
    };
    if !audience_ok {
        return Err(Error::Protocol(ProtocolError::WrongAudience {
            expected: app_id.to_owned(),
        }));
    }
    let has = |name: &str| claims.contains_key(name);
    match kind {
        Kind::AccessToken => {
            // Authing signs both kinds with one key, `iss` and `aud`: the claims tell them
            // apart (an access token has `scope` and `jti`, an ID token `nonce`, `at_hash`).
            if has("nonce") || has("at_hash") || (!has("scope") && typ != Typ::AccessToken) {
                return Err(wrong_kind(kind, TokenKind::IdToken));
            }
        }
        Kind::IdToken => {
            if has("scope") {
                return Err(wrong_kind(kind, TokenKind::AccessToken));
            }
            // OIDC Core 3.1.3.7 (4, 5): several audiences need an `azp`, and an `azp` must be
            // the application.
            let azp = claims.get("azp");
            if (several && azp.is_none()) || azp.is_some_and(|a| a.as_str() != Some(app_id)) {
                return Err(Error::Protocol(ProtocolError::WrongAuthorizedParty {
                    expected: app_id.to_owned(),
                }));
            }
        }
    }
    Ok(claims)
}

/// The `sub` of an ID token the application kept (it was verified when it arrived, and may
/// have expired since, so it is not verified again): `None` when it is not a JWT with a string
/// `sub`.
pub(crate) fn stored_subject(id_token: &str) -> Option<String> {
    let payload = id_token.split('.').nth(1)?;
    let bytes = URL_SAFE_NO_PAD.decode(payload).ok()?;
    let mut claims: Map<String, Value> = serde_json::from_slice(&bytes).ok()?;
    take_str(&mut claims, "sub")
}

/// Seconds since the Unix epoch.
pub(super) fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs()
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
