//! The callback of the authorization code flow: the redirect's parameters checked against the
//! stored [`AuthorizationRequest`] (`state`, an `error`, `iss` when sent), the code exchanged
//! (with the PKCE verifier) and, for OIDC, the ID token verified with the request's nonce and,
//! when the request sent `max_age`, its `auth_time` checked against it. The URL is built in
//! `authorize.rs`; the token endpoint is `token_endpoint.rs`'s.

use std::time::Duration;

use super::authorize::{AuthorizationRequest, AuthorizeProtocol};
use super::verify::{now_secs, IdTokenClaims};
use super::OAUTH_TOKEN_PATH;
use crate::authentication::token_endpoint::{self, Grant};
use crate::authentication::{AuthenticationClient, TokenSet};
use crate::{Error, ProtocolError, SecretString};

/// What a completed sign-in returns: the tokens and, for OIDC, the verified ID token's claims.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct SignedIn {
    /// The user's tokens (store them, or build a [`UserSession`](crate::UserSession)).
    pub tokens: TokenSet,
    /// The verified ID token's claims (OIDC with the `openid` scope), `None` for OAuth 2.0.
    pub claims: Option<IdTokenClaims>,
}

/// The callback's parameters: from a URL's query (or fragment, for `response_mode=fragment`),
/// or a bare query string (with or without its `?`).
fn callback_params(callback: &str) -> Vec<(String, String)> {
    let callback = callback.trim();
    let parse = |text: &str| -> Vec<(String, String)> {
        url::form_urlencoded::parse(text.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    };
    match url::Url::parse(callback) {
        Ok(url) => {
            let query = parse(url.query().unwrap_or(""));
            let relevant = |pairs: &[(String, String)]| {
                pairs
                    .iter()
                    .any(|(k, _)| k == "code" || k == "state" || k == "error")
            };
            if relevant(&query) {
                query
            } else {
                parse(url.fragment().unwrap_or(""))
            }
        }
        Err(_) => parse(callback.trim_start_matches(['?', '#'])),
    }
}

impl AuthenticationClient {
    /// Completes the authorization code flow: checks the callback (`callback`: the URL the
    /// browser came back to, or its query string) against `request`, exchanges the code with
    /// the PKCE verifier and the request's redirect URI, and, for OIDC, verifies the ID token
    /// ([`verify_id_token`](Self::verify_id_token) with the request's nonce).
    ///
    /// Errors: a `state` that is not the request's (or none) is
    /// [`ProtocolError::InvalidState`]; an `error` in the callback is [`Error::OAuth`]
    /// (`method` `GET`, `path` `callback`, `status` 0) when its `state` matches or it has none;
    /// an `iss` parameter (RFC 9207) naming another issuer is [`ProtocolError::WrongIssuer`];
    /// no `code` is [`ProtocolError::MissingCode`]; an OIDC answer without ID token is
    /// [`ProtocolError::MissingIdToken`]; when the request sent a `max_age`, an ID token
    /// without `auth_time` is [`ProtocolError::MalformedToken`] and one whose `auth_time` is
    /// older than `max_age` plus the leeway is [`ProtocolError::AuthenticationTooOld`]. The
    /// code is sent once: call this once per callback.
    pub async fn handle_callback(
        &self,
        request: &AuthorizationRequest,
        callback: &str,
    ) -> Result<SignedIn, Error> {
        let params = callback_params(callback);
        let get = |name: &str| {
            params
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        };
        let state = get("state");
        let state_ok = state == Some(request.state());
        if let Some(error) = get("error") {
            if state_ok || state.is_none() {
                return Err(Error::OAuth {
                    method: "GET",
                    path: "callback",
                    status: 0,
                    error: error.to_owned(),
                    description: get("error_description").map(str::to_owned),
                });
            }
        }
        if !state_ok {
            return Err(Error::Protocol(ProtocolError::InvalidState));
        }
        if let Some(iss) = get("iss") {
            let expected = self.expected_issuer();
            if iss != expected {
                return Err(Error::Protocol(ProtocolError::WrongIssuer {
                    expected,
                    found: iss.chars().take(200).collect(),
                }));
            }
        }
        let code = get("code")
            .filter(|c| !c.is_empty())
            .ok_or(Error::Protocol(ProtocolError::MissingCode))?;
        let verifier = request.code_verifier().map(SecretString::expose);
        let path = match request.protocol() {
            AuthorizeProtocol::Oidc => token_endpoint::TOKEN_PATH,
            AuthorizeProtocol::OAuth => OAUTH_TOKEN_PATH,
        };
        let grant = Grant::AuthorizationCode {
            code,
            redirect_uri: request.redirect_uri(),
            code_verifier: verifier,
        };
        let tokens =
            token_endpoint::request_at(&self.app, &self.inner.transport, path, grant).await?;
        let claims = if request.expects_id_token() {
            let id_token = tokens
                .id_token
                .as_ref()
                .ok_or(Error::Protocol(ProtocolError::MissingIdToken))?;
            let claims = self
                .verify_id_token(id_token.expose(), request.nonce())
                .await?;
            if let Some(max_age) = request.max_age() {
                let leeway = self.app.verifier.settings.leeway;
                check_auth_time(&claims, max_age, leeway, now_secs())?;
            }
            Some(claims)
        } else {
            None
        };
        Ok(SignedIn { tokens, claims })
    }
}

/// OIDC Core 3.1.3.7 (13): with `max_age` sent, `auth_time` is required and at most
/// `max_age` (plus the leeway) before `now`.
fn check_auth_time(
    claims: &IdTokenClaims,
    max_age: Duration,
    leeway: Duration,
    now: u64,
) -> Result<(), Error> {
    let auth_time = claims.auth_time.ok_or_else(|| {
        Error::Protocol(ProtocolError::MalformedToken {
            reason: "it has no `auth_time` date, which the request's max_age requires".into(),
        })
    })?;
    let oldest = now
        .saturating_sub(max_age.as_secs())
        .saturating_sub(leeway.as_secs());
    if auth_time < oldest {
        return Err(Error::Protocol(ProtocolError::AuthenticationTooOld {
            max_age,
        }));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_come_from_a_url_its_fragment_or_a_bare_query() {
        let pairs = |s: &str| callback_params(s);
        let expected = vec![
            ("code".to_owned(), "c 1".to_owned()),
            ("state".to_owned(), "s".to_owned()),
        ];
        assert_eq!(pairs("https://app.example/cb?code=c%201&state=s"), expected);
        assert_eq!(pairs("https://app.example/cb#code=c+1&state=s"), expected);
        assert_eq!(pairs("?code=c%201&state=s"), expected);
        assert_eq!(pairs("code=c%201&state=s"), expected);
    }
}
