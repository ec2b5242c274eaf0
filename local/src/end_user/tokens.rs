//! What the end-user side has issued: authorization codes (single use, 10 minutes), user and
//! application access tokens (RS256 JWTs), refresh tokens (opaque, rotated on use) and ID tokens
//! (RS256 or HS256), with their state (expired, revoked, used). Building a token set for a user
//! lives here; the endpoints that hand them out are in `oidc.rs` and `sign_in.rs`.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{json, Map, Value};

use super::{now_secs, random_token, EndUser, IdTokenAlgorithm};
use crate::state::lock;

/// How long an authorization code can be exchanged.
pub(crate) const CODE_LIFETIME: Duration = Duration::from_secs(600);

/// How long a refresh token stays valid.
const REFRESH_LIFETIME: Duration = Duration::from_secs(30 * 24 * 3600);

/// An authorization code and what the authorize request asked for.
#[derive(Debug, Clone)]
pub(crate) struct Code {
    pub user_id: String,
    pub redirect_uri: String,
    /// The PKCE S256 challenge, when the request had one.
    pub challenge: Option<String>,
    pub nonce: Option<String>,
    pub scope: String,
    pub expires: Instant,
}

/// An access or refresh token issued here.
#[derive(Debug, Clone)]
pub(crate) struct Issued {
    /// The user (`None`: the application's own, client credentials).
    pub user_id: Option<String>,
    pub scope: String,
    pub jti: String,
    pub iat: u64,
    pub exp: u64,
    expires: Instant,
}

impl Issued {
    fn live(&self) -> bool {
        Instant::now() < self.expires
    }
}

/// Everything issued so far.
#[derive(Debug, Default)]
pub(crate) struct Grants {
    codes: HashMap<String, Code>,
    access: HashMap<String, Issued>,
    refresh: HashMap<String, Issued>,
    id_tokens: HashSet<String>,
    count: u64,
}

impl Grants {
    /// A unique random value.
    fn fresh(&mut self) -> String {
        self.count += 1;
        format!("{}{}", random_token(24), self.count)
    }

    /// Remembers `code` and returns the code to send.
    pub(crate) fn new_code(&mut self, code: Code) -> String {
        let value = self.fresh();
        self.codes.insert(value.clone(), code);
        value
    }

    /// Takes the code out (a code is spent by any attempt to use it); `None` when it is
    /// unknown, spent or expired.
    pub(crate) fn take_code(&mut self, code: &str) -> Option<Code> {
        self.codes
            .remove(code)
            .filter(|c| Instant::now() < c.expires)
    }

    /// The live access token `token`.
    pub(crate) fn access(&self, token: &str) -> Option<&Issued> {
        self.access.get(token).filter(|t| t.live())
    }

    /// The live refresh token `token`.
    pub(crate) fn refresh(&self, token: &str) -> Option<&Issued> {
        self.refresh.get(token).filter(|t| t.live())
    }

    /// Takes the refresh token out (rotation: it is dead from now on); `None` when it is
    /// unknown, spent, revoked or expired.
    pub(crate) fn take_refresh(&mut self, token: &str) -> Option<Issued> {
        self.refresh.remove(token).filter(Issued::live)
    }

    /// Revokes an access or refresh token; whether it was known.
    pub(crate) fn revoke(&mut self, token: &str) -> bool {
        self.access.remove(token).is_some() | self.refresh.remove(token).is_some()
    }

    /// Whether this server issued the ID token `token`.
    pub(crate) fn issued_id_token(&self, token: &str) -> bool {
        self.id_tokens.contains(token)
    }
}

/// What a token set is issued for.
pub(crate) struct Grant<'a> {
    /// The user's record from the store (`None`: the application itself).
    pub user: Option<&'a Map<String, Value>>,
    pub scope: &'a str,
    pub nonce: Option<&'a str>,
    /// Issue a refresh token.
    pub refresh: bool,
    /// Issue an ID token (the `openid` scope).
    pub id_token: bool,
}

impl EndUser {
    /// A token set for `grant`, as the token endpoint answers it (`expires_in`).
    pub(crate) fn issue(&self, grant: &Grant<'_>) -> Value {
        let config = &self.config;
        let lifetime = config.token_lifetime;
        let (iat, user_id) = (now_secs(), grant.user.and_then(user_id));
        let exp = iat.saturating_add(lifetime.as_secs());
        let expires = Instant::now().checked_add(lifetime);
        let far = || Instant::now() + Duration::from_secs(100 * 365 * 24 * 3600);
        let mut grants = lock(&self.grants);
        let jti = grants.fresh();
        let sub = user_id.clone().unwrap_or_else(|| config.app_id.clone());
        let claims = json!({
            "jti": jti,
            "sub": sub,
            "iat": iat,
            "exp": exp,
            "scope": grant.scope,
            "iss": self.issuer,
            "aud": config.app_id,
        });
        drop(grants);
        let access_token = self.sign(&claims, None);
        let mut grants = lock(&self.grants);
        let issued = Issued {
            user_id: user_id.clone(),
            scope: grant.scope.to_owned(),
            jti,
            iat,
            exp,
            expires: expires.unwrap_or_else(far),
        };
        grants.access.insert(access_token.clone(), issued.clone());
        let mut answer = json!({
            "access_token": access_token,
            "token_type": "Bearer",
            "expires_in": lifetime.as_secs(),
            "scope": grant.scope,
        });
        if grant.refresh {
            let refresh = grants.fresh();
            let refresh_issued = Issued {
                expires: Instant::now()
                    .checked_add(REFRESH_LIFETIME)
                    .unwrap_or_else(far),
                exp: iat.saturating_add(REFRESH_LIFETIME.as_secs()),
                jti: refresh.clone(),
                ..issued
            };
            grants.refresh.insert(refresh.clone(), refresh_issued);
            answer["refresh_token"] = refresh.into();
        }
        drop(grants);
        if let (true, Some(user)) = (grant.id_token, grant.user) {
            let mut claims = user_claims(user, grant.scope);
            claims.extend([
                ("iss".to_owned(), self.issuer.clone().into()),
                ("aud".to_owned(), config.app_id.clone().into()),
                ("iat".to_owned(), iat.into()),
                ("exp".to_owned(), exp.into()),
                ("auth_time".to_owned(), iat.into()),
                ("at_hash".to_owned(), at_hash(&access_token).into()),
            ]);
            if let Some(nonce) = grant.nonce {
                claims.insert("nonce".to_owned(), nonce.into());
            }
            let claims = Value::Object(claims);
            let id_token = match config.id_token_algorithm {
                IdTokenAlgorithm::Rs256 => self.sign(&claims, None),
                IdTokenAlgorithm::Hs256 => {
                    let key = EncodingKey::from_secret(config.app_secret.as_bytes());
                    jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &key)
                        .unwrap_or_default()
                }
            };
            lock(&self.grants).id_tokens.insert(id_token.clone());
            answer["id_token"] = id_token.into();
        }
        answer
    }

    /// Runs `f` on the grants.
    pub(crate) fn grants<T>(&self, f: impl FnOnce(&mut Grants) -> T) -> T {
        f(&mut lock(&self.grants))
    }
}

/// A user record's `userId`.
pub(crate) fn user_id(user: &Map<String, Value>) -> Option<String> {
    user.get("userId")
        .and_then(Value::as_str)
        .map(str::to_owned)
}

/// The OIDC claims of a user (a `UserDto`) that `scope` grants: `sub` always, the profile,
/// email and phone claims with their scopes.
pub(crate) fn user_claims(user: &Map<String, Value>, scope: &str) -> Map<String, Value> {
    let scopes: Vec<&str> = scope.split_whitespace().collect();
    let mut claims = Map::new();
    let get = |field: &str| user.get(field).cloned().unwrap_or(Value::Null);
    claims.insert("sub".to_owned(), get("userId"));
    let mut copy = |pairs: &[(&str, &str)]| {
        for (claim, field) in pairs {
            claims.insert((*claim).to_owned(), get(field));
        }
    };
    if scopes.contains(&"profile") {
        copy(&[
            ("name", "name"),
            ("nickname", "nickname"),
            ("given_name", "givenName"),
            ("family_name", "familyName"),
            ("middle_name", "middleName"),
            ("preferred_username", "username"),
            ("profile", "profile"),
            ("picture", "photo"),
            ("website", "website"),
            ("gender", "gender"),
            ("birthdate", "birthdate"),
            ("zoneinfo", "zoneinfo"),
            ("locale", "locale"),
            ("updated_at", "updatedAt"),
        ]);
    }
    if scopes.contains(&"email") {
        copy(&[("email", "email"), ("email_verified", "emailVerified")]);
    }
    if scopes.contains(&"phone") {
        copy(&[
            ("phone_number", "phone"),
            ("phone_number_verified", "phoneVerified"),
        ]);
    }
    claims
}

/// The ID token's `at_hash`: the left half of the access token's SHA-256, base64url.
fn at_hash(access_token: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, access_token.as_bytes());
    URL_SAFE_NO_PAD.encode(&digest.as_ref()[..16])
}
