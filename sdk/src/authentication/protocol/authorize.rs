//! The authorize URL (`/oidc/auth` for OIDC, `/oauth/auth` for OAuth 2.0) and the
//! [`AuthorizationRequest`] an application keeps between the redirect and the callback: state,
//! nonce and the PKCE verifier, all from the CSPRNG (`random.rs`). Builds URLs only: no request
//! is sent from here, and the callback is handled in `callback.rs`.

use std::fmt;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::random::{random_value, s256_challenge};
use crate::authentication::AuthenticationClient;
use crate::{Error, ProtocolError, SecretString};

/// Which protocol an authorize request speaks: it decides the endpoints (`/oidc/*` or
/// `/oauth/*`) and whether an ID token comes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum AuthorizeProtocol {
    /// OpenID Connect: `/oidc/auth`, a `nonce`, an ID token verified on the callback.
    Oidc,
    /// OAuth 2.0: `/oauth/auth` and `/oauth/token`, no ID token.
    OAuth,
}

impl AuthorizeProtocol {
    /// The authorize endpoint's path.
    fn authorize_path(self) -> &'static str {
        match self {
            AuthorizeProtocol::Oidc => "/oidc/auth",
            AuthorizeProtocol::OAuth => "/oauth/auth",
        }
    }
}

/// An authorize URL being built: [`AuthenticationClient::authorize_url`] (OIDC) or
/// [`AuthenticationClient::oauth_authorize_url`] (OAuth 2.0). [`build`](Self::build) draws the
/// random values and returns the [`AuthorizationRequest`] to send the user to and to keep.
///
/// Defaults: `response_type=code`, `response_mode=query`, scope `openid profile` (OIDC) or
/// `user` (OAuth 2.0), PKCE with S256, the client's redirect URI, and `prompt=consent` when the
/// scope asks for `offline_access` (Authing issues refresh tokens only with it) and no prompt
/// was set.
#[derive(Debug, Clone)]
#[must_use = "an authorize URL builder does nothing until `build()`"]
pub struct AuthorizeUrlBuilder<'a> {
    client: &'a AuthenticationClient,
    protocol: AuthorizeProtocol,
    scope: Option<String>,
    response_type: String,
    response_mode: Option<String>,
    prompt: Option<String>,
    redirect_uri: Option<String>,
    pkce: bool,
    max_age: Option<Duration>,
    extra: Vec<(String, String)>,
}

/// Parameters the builder sets itself (an [`param`](AuthorizeUrlBuilder::param) cannot).
const RESERVED: &[&str] = &[
    "client_id",
    "redirect_uri",
    "response_type",
    "response_mode",
    "scope",
    "state",
    "nonce",
    "prompt",
    "code_challenge",
    "code_challenge_method",
    "max_age",
];

impl<'a> AuthorizeUrlBuilder<'a> {
    pub(crate) fn new(client: &'a AuthenticationClient, protocol: AuthorizeProtocol) -> Self {
        AuthorizeUrlBuilder {
            client,
            protocol,
            scope: None,
            response_type: "code".to_owned(),
            response_mode: Some("query".to_owned()),
            prompt: None,
            redirect_uri: None,
            pkce: true,
            max_age: None,
            extra: Vec::new(),
        }
    }

    /// The scopes, space-separated (`openid profile` for OIDC, `user` for OAuth 2.0 by
    /// default). Add `offline_access` for a refresh token, `email`, `phone` for those claims.
    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }

    /// The `response_type` (`code` by default; the callback helper handles `code` only).
    pub fn response_type(mut self, response_type: impl Into<String>) -> Self {
        self.response_type = response_type.into();
        self
    }

    /// The `response_mode`: `query` (the default), `fragment` or `form_post`; `None` leaves
    /// the parameter out.
    pub fn response_mode(mut self, response_mode: Option<&str>) -> Self {
        self.response_mode = response_mode.map(str::to_owned);
        self
    }

    /// The `prompt`: `none`, `login`, `consent` or `select_account`.
    pub fn prompt(mut self, prompt: impl Into<String>) -> Self {
        self.prompt = Some(prompt.into());
        self
    }

    /// A redirect URI other than the client's (it must be registered for the application).
    pub fn redirect_uri(mut self, redirect_uri: impl Into<String>) -> Self {
        self.redirect_uri = Some(redirect_uri.into());
        self
    }

    /// Whether to send a PKCE S256 challenge (on by default; RFC 9700 recommends it for every
    /// client). Turn it off only for a server that refuses PKCE.
    pub fn pkce(mut self, on: bool) -> Self {
        self.pkce = on;
        self
    }

    /// The `max_age` (OIDC Core 3.1.2.1, whole seconds): how long ago the user may have
    /// signed in at Authing; older, Authing asks them to sign in again. It is kept in the
    /// [`AuthorizationRequest`], and the callback refuses an ID token without `auth_time` or
    /// whose `auth_time` is older than `max_age` plus the leeway
    /// ([`ProtocolError::AuthenticationTooOld`]).
    pub fn max_age(mut self, max_age: Duration) -> Self {
        self.max_age = Some(max_age);
        self
    }

    /// Another query parameter (`login_page_context`, `tenant_id`, `ext_idp_conn_id`, ...).
    /// Parameters the builder sets itself (`state`, `nonce`, `client_id`, ...) are refused by
    /// [`build`](Self::build).
    pub fn param(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }

    /// Draws `state`, `nonce` (OIDC) and the PKCE verifier from the system's CSPRNG and builds
    /// the URL. Fails with [`ProtocolError::MissingRedirectUri`] when neither the client nor
    /// the builder has a redirect URI, [`ProtocolError::RandomUnavailable`] if the CSPRNG fails,
    /// and [`Error::Config`] for a [`param`](Self::param) the builder sets itself.
    pub fn build(self) -> Result<AuthorizationRequest, Error> {
        if let Some((name, _)) = self
            .extra
            .iter()
            .find(|(n, _)| RESERVED.contains(&n.as_str()))
        {
            return Err(Error::config(format!(
                "the authorize URL parameter `{name}` is set by the builder, not by param()"
            )));
        }
        let redirect_uri = self
            .redirect_uri
            .or_else(|| self.client.redirect_uri().map(str::to_owned))
            .ok_or(Error::Protocol(ProtocolError::MissingRedirectUri))?;
        let scope = self.scope.unwrap_or_else(|| {
            match self.protocol {
                AuthorizeProtocol::Oidc => "openid profile",
                AuthorizeProtocol::OAuth => "user",
            }
            .to_owned()
        });
        let state = random_value()?;
        let nonce = match self.protocol {
            AuthorizeProtocol::Oidc => Some(random_value()?),
            AuthorizeProtocol::OAuth => None,
        };
        let code_verifier = if self.pkce {
            Some(random_value()?)
        } else {
            None
        };
        let prompt = self.prompt.or_else(|| {
            scope
                .split_whitespace()
                .any(|s| s == "offline_access")
                .then(|| "consent".to_owned())
        });
        // The order of the official Node SDK's URL, then what it does not send.
        let mut query: Vec<(&str, String)> = vec![("redirect_uri", redirect_uri.clone())];
        if let Some(mode) = self.response_mode {
            query.push(("response_mode", mode));
        }
        query.push(("response_type", self.response_type));
        query.push(("client_id", self.client.app_id().to_owned()));
        query.push(("scope", scope.clone()));
        query.push(("state", state.clone()));
        if let Some(nonce) = &nonce {
            query.push(("nonce", nonce.clone()));
        }
        if let Some(verifier) = &code_verifier {
            query.push(("code_challenge", s256_challenge(verifier)));
            query.push(("code_challenge_method", "S256".to_owned()));
        }
        if let Some(prompt) = prompt {
            query.push(("prompt", prompt));
        }
        let max_age = self.max_age.map(|age| age.as_secs());
        if let Some(max_age) = max_age {
            query.push(("max_age", max_age.to_string()));
        }
        for (name, value) in &self.extra {
            query.push((name.as_str(), value.clone()));
        }
        let url = self
            .client
            .inner
            .transport
            .url(self.protocol.authorize_path(), &query);
        Ok(AuthorizationRequest {
            protocol: self.protocol,
            url,
            redirect_uri,
            scope,
            state,
            nonce,
            code_verifier: code_verifier.map(SecretString::from),
            max_age,
        })
    }
}

/// An authorize request: the URL to send the user to, and what the callback is checked against
/// (`state`, `nonce`) and completes the code exchange with (the PKCE verifier, the redirect
/// URI).
///
/// Keep it between the redirect and the callback, on the server side (a server-side session,
/// or an encrypted, signed cookie): it is `Serialize` and `Deserialize` for that, and its
/// serialised form holds the PKCE verifier in clear. `Debug` shows the verifier as `***`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthorizationRequest {
    protocol: AuthorizeProtocol,
    url: String,
    redirect_uri: String,
    scope: String,
    state: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    nonce: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    code_verifier: Option<SecretString>,
    /// The `max_age` sent, in seconds (absent in requests stored before it existed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max_age: Option<u64>,
}

impl AuthorizationRequest {
    /// The URL to send the user's browser to.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// OIDC or OAuth 2.0.
    pub fn protocol(&self) -> AuthorizeProtocol {
        self.protocol
    }

    /// The `redirect_uri` the URL names (the code exchange sends it again).
    pub fn redirect_uri(&self) -> &str {
        &self.redirect_uri
    }

    /// The scopes asked for.
    pub fn scope(&self) -> &str {
        &self.scope
    }

    /// The `state` the callback must bring back.
    pub fn state(&self) -> &str {
        &self.state
    }

    /// The `nonce` the ID token must carry (OIDC).
    pub fn nonce(&self) -> Option<&str> {
        self.nonce.as_deref()
    }

    /// The PKCE verifier, when the URL has a challenge.
    pub fn code_verifier(&self) -> Option<&SecretString> {
        self.code_verifier.as_ref()
    }

    /// The `max_age` the URL sent, if any: the callback checks the ID token's `auth_time`
    /// against it.
    pub fn max_age(&self) -> Option<Duration> {
        self.max_age.map(Duration::from_secs)
    }

    /// Whether an ID token must come back: OIDC with the `openid` scope.
    pub(crate) fn expects_id_token(&self) -> bool {
        self.protocol == AuthorizeProtocol::Oidc
            && self.scope.split_whitespace().any(|s| s == "openid")
    }
}

impl fmt::Debug for AuthorizationRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthorizationRequest")
            .field("protocol", &self.protocol)
            .field("url", &self.url)
            .field("redirect_uri", &self.redirect_uri)
            .field("scope", &self.scope)
            .field("state", &self.state)
            .field("nonce", &self.nonce)
            .field("code_verifier", &self.code_verifier)
            .field("max_age", &self.max_age)
            .finish()
    }
}

impl AuthenticationClient {
    /// An OIDC authorize URL (`{host}/oidc/auth`) for the authorization code flow with
    /// PKCE: send the user to [`AuthorizationRequest::url`], keep the request, and hand it with
    /// the callback URL to [`handle_callback`](Self::handle_callback).
    ///
    /// ```no_run
    /// # async fn run(client: authing::AuthenticationClient) -> Result<(), authing::Error> {
    /// let request = client.authorize_url().scope("openid profile offline_access").build()?;
    /// // Store `request` (serde) in the user's server-side session, then redirect to:
    /// println!("{}", request.url());
    /// // ... on the callback, with the URL the browser came back to:
    /// let callback = "https://example.com/callback?code=...&state=...";
    /// let signed_in = client.handle_callback(&request, callback).await?;
    /// println!("user {}", signed_in.claims.expect("OIDC").sub);
    /// # Ok(())
    /// # }
    /// ```
    pub fn authorize_url(&self) -> AuthorizeUrlBuilder<'_> {
        AuthorizeUrlBuilder::new(self, AuthorizeProtocol::Oidc)
    }

    /// An OAuth 2.0 authorize URL (`{host}/oauth/auth`, scope `user` by default, no
    /// nonce); the callback exchanges the code at `/oauth/token` and returns no claims.
    pub fn oauth_authorize_url(&self) -> AuthorizeUrlBuilder<'_> {
        AuthorizeUrlBuilder::new(self, AuthorizeProtocol::OAuth)
    }
}
