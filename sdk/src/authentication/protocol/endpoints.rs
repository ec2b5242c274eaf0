//! The OIDC / OAuth 2.0 endpoints an application calls from its server: refresh, introspection (RFC 7662),
//! revocation (RFC 7009), userinfo (bound to an expected subject when asked, and for a
//! [`UserSession`] to its ID token's), the discovery document, and the logout URL. Each request
//! is sent once (no retry: codes and refresh tokens are single-use). Token verification is in
//! `verify.rs` (a refreshed set's checks in `refreshed.rs`), the authorize URL and callback in
//! `authorize.rs` and `callback.rs`, the code exchange and client credentials grant (builders:
//! they take options) in `grants.rs`.

use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::refreshed::check_refreshed;
use super::verify::stored_subject;
use super::{decode, get};
use crate::authentication::send_once::post_form;
use crate::authentication::token_endpoint::{self, client_form, Grant};
use crate::authentication::{AuthenticationClient, TokenSet, UserSession};
use crate::{Error, ProtocolError};

const INTROSPECTION_PATH: &str = "/oidc/token/introspection";
const REVOCATION_PATH: &str = "/oidc/token/revocation";
const USERINFO_PATH: &str = "/oidc/me";
const DISCOVERY_PATH: &str = "/oidc/.well-known/openid-configuration";
const LOGOUT_PATH: &str = "/oidc/session/end";

/// What the introspection endpoint says about a token (RFC 7662).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TokenIntrospection {
    /// Whether the token is valid now (not expired, not revoked). The other fields are only
    /// given for an active token.
    pub active: bool,
    /// The user's id.
    #[serde(default)]
    pub sub: Option<String>,
    /// The application the token was issued to.
    #[serde(default)]
    pub client_id: Option<String>,
    /// Expiry, seconds since the Unix epoch.
    #[serde(default, deserialize_with = "lenient_secs")]
    pub exp: Option<u64>,
    /// Issue time, seconds since the Unix epoch.
    #[serde(default, deserialize_with = "lenient_secs")]
    pub iat: Option<u64>,
    /// The issuer.
    #[serde(default)]
    pub iss: Option<String>,
    /// The token's id.
    #[serde(default)]
    pub jti: Option<String>,
    /// The granted scopes.
    #[serde(default)]
    pub scope: Option<String>,
    /// The token type.
    #[serde(default)]
    pub token_type: Option<String>,
    /// Every other member, as sent.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// The user's claims from the userinfo endpoint (`/oidc/me`), for the token's scopes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserInfo {
    /// The user's id.
    pub sub: String,
    /// `name` (the `profile` scope).
    #[serde(default)]
    pub name: Option<String>,
    /// `nickname` (the `profile` scope).
    #[serde(default)]
    pub nickname: Option<String>,
    /// `preferred_username` (the `profile` scope).
    #[serde(default)]
    pub preferred_username: Option<String>,
    /// `picture` (the `profile` scope).
    #[serde(default)]
    pub picture: Option<String>,
    /// `email` (the `email` scope).
    #[serde(default)]
    pub email: Option<String>,
    /// `email_verified` (the `email` scope).
    #[serde(default)]
    pub email_verified: Option<bool>,
    /// `phone_number` (the `phone` scope).
    #[serde(default)]
    pub phone_number: Option<String>,
    /// `phone_number_verified` (the `phone` scope).
    #[serde(default)]
    pub phone_number_verified: Option<bool>,
    /// Every other claim, as sent (`gender`, `birthdate`, `address`, `updated_at`, ...).
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// The application's OIDC discovery document (`/oidc/.well-known/openid-configuration`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DiscoveryDocument {
    /// The issuer tokens carry in `iss`.
    pub issuer: String,
    /// The authorize endpoint.
    pub authorization_endpoint: String,
    /// The token endpoint.
    pub token_endpoint: String,
    /// The JWKS.
    pub jwks_uri: String,
    /// The userinfo endpoint.
    #[serde(default)]
    pub userinfo_endpoint: Option<String>,
    /// The logout endpoint.
    #[serde(default)]
    pub end_session_endpoint: Option<String>,
    /// The introspection endpoint.
    #[serde(default)]
    pub introspection_endpoint: Option<String>,
    /// The revocation endpoint.
    #[serde(default)]
    pub revocation_endpoint: Option<String>,
    /// The scopes supported.
    #[serde(default)]
    pub scopes_supported: Vec<String>,
    /// The response types supported.
    #[serde(default)]
    pub response_types_supported: Vec<String>,
    /// The grant types supported.
    #[serde(default)]
    pub grant_types_supported: Vec<String>,
    /// The algorithms ID tokens are signed with.
    #[serde(default)]
    pub id_token_signing_alg_values_supported: Vec<String>,
    /// How applications may authenticate at the token endpoint.
    #[serde(default)]
    pub token_endpoint_auth_methods_supported: Vec<String>,
    /// The PKCE methods supported.
    #[serde(default)]
    pub code_challenge_methods_supported: Vec<String>,
    /// Every other member, as sent.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// A NumericDate that may be sent as a float.
fn lenient_secs<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    let value = Option::<f64>::deserialize(d)?;
    Ok(value
        .filter(|f| f.is_finite() && *f >= 0.0)
        .map(|f| f as u64))
}

impl AuthenticationClient {
    /// New tokens for `tokens`' refresh token (`grant_type=refresh_token`). Authing rotates
    /// refresh tokens: the old one is spent, store the returned set (when the answer has no
    /// refresh token, the old one is kept in it). [`ProtocolError::NoRefreshToken`] when
    /// `tokens` has none (ask for the `offline_access` scope).
    ///
    /// A new ID token is verified ([`verify_id_token`](Self::verify_id_token) without a
    /// nonce), and when `tokens` has an ID token the new one must be about the same user: its
    /// `sub` must be the old one's, else [`ProtocolError::SubjectMismatch`] (the old one is
    /// read, not verified again: it was verified when it arrived and may have expired). An
    /// answer without an ID token keeps the old one. When a check fails the renewed set is not
    /// returned, and the refresh token it spent is gone: the user signs in again.
    pub async fn refresh_tokens(&self, tokens: &TokenSet) -> Result<TokenSet, Error> {
        let refresh_token = tokens
            .refresh_token
            .as_ref()
            .ok_or(Error::Protocol(ProtocolError::NoRefreshToken))?;
        let grant = Grant::RefreshToken(refresh_token);
        let mut renewed = token_endpoint::request(&self.app, &self.inner.transport, grant).await?;
        if renewed.refresh_token.is_none() {
            renewed.refresh_token = Some(refresh_token.clone());
        }
        check_refreshed(&self.app, &self.inner.transport, tokens, &mut renewed).await?;
        Ok(renewed)
    }

    /// Asks the server whether an access or refresh token is active (`POST
    /// /oidc/token/introspection`, RFC 7662, the application authenticated as at the token
    /// endpoint). An unknown, expired or revoked token is `active: false`, not an error.
    pub async fn introspect_token(&self, token: &str) -> Result<TokenIntrospection, Error> {
        let answer = self.token_form(INTROSPECTION_PATH, token).await?;
        decode("POST", INTROSPECTION_PATH, &answer)
    }

    /// Revokes an access or refresh token (`POST /oidc/token/revocation`, RFC 7009): the
    /// server-side logout. Succeeds for a token the server does not know, as the RFC says.
    pub async fn revoke_token(&self, token: &str) -> Result<(), Error> {
        self.token_form(REVOCATION_PATH, token).await.map(drop)
    }

    /// `token` (and the application's credentials) posted to an RFC 7662/7009 endpoint.
    async fn token_form(&self, path: &'static str, token: &str) -> Result<Vec<u8>, Error> {
        let (body, headers) = client_form(&self.app, &[("token", token)]);
        post_form(&self.inner.transport, path, body, headers).await
    }

    /// The user's claims from the userinfo endpoint for an access token.
    ///
    /// Sent as `GET /oidc/me` with `authorization: Bearer <token>`, the header form of RFC 6750
    /// §2.1. The official SDKs differ here: Python POSTs with the same header, Node GETs with
    /// `?access_token=` in the query, which RFC 6750 §2.3 discourages (URLs end up in logs).
    /// A rejected token is [`Error::OAuth`] (`invalid_token`) or [`Error::HttpStatus`].
    ///
    /// The answer is not bound to any user: when the application knows whose token it is (from
    /// an ID token), use [`user_info_for`](Self::user_info_for) (OIDC Core 5.3.2).
    pub async fn user_info(&self, access_token: &str) -> Result<UserInfo, Error> {
        let mut value = HeaderValue::from_str(&format!("Bearer {access_token}")).map_err(|_| {
            Error::Protocol(ProtocolError::MalformedToken {
                reason: "the access token holds characters a header cannot carry".into(),
            })
        })?;
        value.set_sensitive(true);
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, value);
        let body = get(&self.inner.transport, USERINFO_PATH, headers).await?;
        decode("GET", USERINFO_PATH, &body)
    }

    /// [`user_info`](Self::user_info), bound to the user `subject` (the `sub` of the user's ID
    /// token): an answer about anyone else is [`ProtocolError::SubjectMismatch`] and its
    /// claims are not returned (OIDC Core 5.3.2: a substituted access token cannot pass
    /// another user's claims for this one's).
    pub async fn user_info_for(
        &self,
        access_token: &str,
        subject: &str,
    ) -> Result<UserInfo, Error> {
        let info = self.user_info(access_token).await?;
        if info.sub != subject {
            return Err(Error::Protocol(ProtocolError::SubjectMismatch));
        }
        Ok(info)
    }

    /// The application's discovery document (`GET /oidc/.well-known/openid-configuration`).
    pub async fn discovery(&self) -> Result<DiscoveryDocument, Error> {
        let body = get(&self.inner.transport, DISCOVERY_PATH, HeaderMap::new()).await?;
        decode("GET", DISCOVERY_PATH, &body)
    }

    /// The OIDC logout URL (`{host}/oidc/session/end`): the browser signs out of Authing
    /// there and comes back to `post_logout_redirect_uri` (which must be registered as a
    /// logout callback of the application) with `state` when given. Authing needs the user's ID
    /// token as `id_token_hint` whenever a redirect URI is given. Parameters in the order
    /// `id_token_hint`, `post_logout_redirect_uri`, `state`, all percent-encoded (the Python SDK
    /// leaves the redirect URI unencoded and drops `state`).
    pub fn logout_url(
        &self,
        id_token_hint: &str,
        post_logout_redirect_uri: Option<&str>,
        state: Option<&str>,
    ) -> String {
        let mut query = vec![("id_token_hint", id_token_hint.to_owned())];
        if let Some(uri) = post_logout_redirect_uri {
            query.push(("post_logout_redirect_uri", uri.to_owned()));
        }
        if let Some(state) = state {
            query.push(("state", state.to_owned()));
        }
        self.inner.transport.url(LOGOUT_PATH, &query)
    }
}

impl UserSession {
    /// The session user's claims from the userinfo endpoint, with the session's access token
    /// (renewed first when it is about to expire), bound to the session's subject: the `sub`
    /// of the session's ID token ([`user_info_for`](AuthenticationClient::user_info_for)), so
    /// an answer about another user is [`ProtocolError::SubjectMismatch`]. The ID token is
    /// read as the session holds it (verified when it arrived, or on the refresh that brought
    /// it; an ID token whose `sub` cannot be read is a mismatch too).
    ///
    /// A session without an ID token (built from a token set without one, e.g.
    /// [`TokenSet::from_access_token`], or an OAuth 2.0 sign-in) has no subject to bind to:
    /// its answer is returned unbound, as [`user_info`](AuthenticationClient::user_info)'s
    /// (the access token is then the only thing that says who the user is).
    pub async fn current_user_info(&self) -> Result<UserInfo, Error> {
        let access_token = self.access_token().await?;
        match self.tokens().await.id_token {
            Some(id_token) => {
                let subject = stored_subject(id_token.expose())
                    .ok_or(Error::Protocol(ProtocolError::SubjectMismatch))?;
                self.client()
                    .user_info_for(access_token.expose(), &subject)
                    .await
            }
            None => self.client().user_info(access_token.expose()).await,
        }
    }
}
