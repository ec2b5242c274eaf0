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

/// The parameters the SDK reads from a callback: each may appear once (a second `state` or
/// `code` would leave which one counts to the parser).
const SINGLE_PARAMS: &[&str] = &["code", "state", "error", "iss"];

/// The callback's parameters: from an absolute URL's query (or fragment, for
/// `response_mode=fragment`), a relative URL's (`/callback?code=...`, as a web framework hands
/// the request target over; read against `base`, the redirect URI), or a bare query string
/// (with or without its `?`).
fn callback_params(
    callback: &str,
    base: Option<&url::Url>,
) -> Result<Vec<(String, String)>, Error> {
    let callback = callback.trim();
    let url = match url::Url::parse(callback) {
        Ok(url) => Some(url),
        Err(url::ParseError::RelativeUrlWithoutBase) if is_relative_url(callback) => {
            let base = base.ok_or(Error::Protocol(ProtocolError::RelativeCallbackUrl))?;
            // Joining a relative reference to an absolute URL does not fail.
            Some(
                base.join(callback)
                    .map_err(|_| Error::Protocol(ProtocolError::RelativeCallbackUrl))?,
            )
        }
        Err(_) => None,
    };
    let parse = |text: &str| -> Vec<(String, String)> {
        url::form_urlencoded::parse(text.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    };
    let params = match url {
        Some(url) => {
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
        None => parse(callback.trim_start_matches(['?', '#'])),
    };
    for name in SINGLE_PARAMS {
        if params.iter().filter(|(k, _)| k == name).count() > 1 {
            return Err(Error::Protocol(ProtocolError::RepeatedParameter { name }));
        }
    }
    Ok(params)
}

/// Whether `text` (not an absolute URL) is a relative URL rather than a bare query string: it
/// starts with `/`, or has a path before its `?` or `#` (`callback?code=...`; a bare query has
/// a `=` or `&` before any `?`).
fn is_relative_url(text: &str) -> bool {
    text.starts_with('/')
        || text
            .find(['?', '#'])
            .is_some_and(|i| i > 0 && !text[..i].contains(['=', '&']))
}

impl AuthenticationClient {
    /// Completes the authorization code flow: checks the callback (`callback`: the URL the
    /// browser came back to, or its query string) against `request`, exchanges the code with
    /// the PKCE verifier and the request's redirect URI, and, for OIDC, verifies the ID token
    /// ([`verify_id_token`](Self::verify_id_token) with the request's nonce).
    ///
    /// A relative callback URL (`/callback?code=...&state=...`, the request target a web
    /// framework hands over) is read against the request's redirect URI (or, when that is not
    /// an absolute URL, the client's).
    ///
    /// Errors: `code`, `state`, `error` or `iss` given twice is
    /// [`ProtocolError::RepeatedParameter`]; a relative URL with no absolute redirect URI to
    /// read it against is [`ProtocolError::RelativeCallbackUrl`]; a `state` that is not the
    /// request's (or none, an `error` without `state` included: the SDK always sends one, so
    /// the error's text is not the server's) is [`ProtocolError::InvalidState`]; an `iss`
    /// parameter (RFC 9207) naming another issuer is [`ProtocolError::WrongIssuer`]; an `error`
    /// with the request's `state` is [`Error::OAuth`] (`method` `GET`, `path` `callback`,
    /// `status` 0); no `code` is [`ProtocolError::MissingCode`]; an OIDC answer without ID
    /// token is [`ProtocolError::MissingIdToken`]; when the request sent a `max_age`, an ID
    /// token without `auth_time` is [`ProtocolError::MalformedToken`] and one whose `auth_time`
    /// is older than `max_age` plus the leeway is [`ProtocolError::AuthenticationTooOld`]. The
    /// code is sent once: call this once per callback.
    pub async fn handle_callback(
        &self,
        request: &AuthorizationRequest,
        callback: &str,
    ) -> Result<SignedIn, Error> {
        let base = url::Url::parse(request.redirect_uri()).ok().or_else(|| {
            self.redirect_uri()
                .and_then(|uri| url::Url::parse(uri).ok())
        });
        let params = callback_params(callback, base.as_ref())?;
        let get = |name: &str| {
            params
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        };
        // Nothing in a callback is believed before its state is the request's: an `error`
        // without one (the SDK always sends a state) is a forgery, not the server's word.
        if get("state") != Some(request.state()) {
            return Err(Error::Protocol(ProtocolError::InvalidState));
        }
        // RFC 9207 §2.4: the issuer is checked on error answers too.
        if let Some(iss) = get("iss") {
            let expected = self.expected_issuer();
            if iss != expected {
                return Err(Error::Protocol(ProtocolError::WrongIssuer {
                    expected,
                    found: iss.chars().take(200).collect(),
                }));
            }
        }
        if let Some(error) = get("error") {
            return Err(Error::OAuth {
                method: "GET",
                path: "callback",
                status: 0,
                error: error.to_owned(),
                description: get("error_description").map(str::to_owned),
            });
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
        let pairs = |s: &str| callback_params(s, None).unwrap();
        let expected = vec![
            ("code".to_owned(), "c 1".to_owned()),
            ("state".to_owned(), "s".to_owned()),
        ];
        assert_eq!(pairs("https://app.example/cb?code=c%201&state=s"), expected);
        assert_eq!(pairs("https://app.example/cb#code=c+1&state=s"), expected);
        assert_eq!(pairs("?code=c%201&state=s"), expected);
        assert_eq!(pairs("code=c%201&state=s"), expected);
        assert_eq!(
            pairs("code=a?b&state=s").len(),
            2,
            "a `?` in a bare query's value"
        );
    }

    #[test]
    fn relative_urls_are_told_from_bare_queries() {
        for relative in [
            "/cb?code=c",
            "//host/cb?code=c",
            "cb?code=c",
            "cb#code=c",
            "/cb",
        ] {
            assert!(is_relative_url(relative), "{relative}");
        }
        for bare in ["?code=c", "#code=c", "code=c&state=s", "code=a?b", "a&b?c"] {
            assert!(!is_relative_url(bare), "{bare}");
        }
    }
}
