//! The token endpoint calls that take options, as builders sent like any other call
//! (`.send().await` or `.await`): the code exchange without the callback helper (with the PKCE
//! verifier when the authorize URL had a challenge) and the client credentials grant (with the
//! scopes asked for). Each is sent once (`token_endpoint.rs`): codes are single-use.

use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::Pin;

use crate::authentication::token_endpoint::{self, Grant};
use crate::authentication::{AuthenticationClient, TokenSet};
use crate::runtime::{CallOptions, RequestOptions};
use crate::{Error, ProtocolError, SecretString};

/// The future of a token endpoint call, resolving to the [`TokenSet`] it returns.
pub type TokenFuture = Pin<Box<dyn Future<Output = Result<TokenSet, Error>> + Send>>;

/// An authorization code exchange at the token endpoint (`POST /oidc/token`,
/// `grant_type=authorization_code`), from [`AuthenticationClient::exchange_code`]. Set the
/// PKCE [`code_verifier`](Self::code_verifier) when the authorize URL had a challenge, then
/// `.send().await` or `.await` it. `Debug` shows neither the code nor the verifier.
#[derive(Clone)]
#[must_use = "a code exchange does nothing until it is sent with `.send().await` or `.await`"]
pub struct ExchangeCodeRequest {
    client: AuthenticationClient,
    code: SecretString,
    code_verifier: Option<SecretString>,
    call: CallOptions,
}

impl ExchangeCodeRequest {
    /// The PKCE verifier of the authorization request the code answers.
    pub fn code_verifier(mut self, verifier: impl Into<SecretString>) -> Self {
        self.code_verifier = Some(verifier.into());
        self
    }

    /// Sends the exchange once; the future resolves to the tokens, unverified.
    pub fn send(self) -> TokenFuture {
        Box::pin(async move {
            let redirect_uri = self
                .client
                .redirect_uri()
                .ok_or(Error::Protocol(ProtocolError::MissingRedirectUri))?;
            let grant = Grant::AuthorizationCode {
                code: self.code.expose(),
                redirect_uri,
                code_verifier: self.code_verifier.as_ref().map(SecretString::expose),
            };
            let client = &self.client;
            token_endpoint::request_with(&client.app, &client.inner.transport, grant, self.call)
                .await
        })
    }
}

impl IntoFuture for ExchangeCodeRequest {
    type Output = Result<TokenSet, Error>;
    type IntoFuture = TokenFuture;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl fmt::Debug for ExchangeCodeRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExchangeCodeRequest")
            .field("client", &self.client)
            .field("code", &self.code)
            .field("code_verifier", &self.code_verifier)
            .field("call", &self.call)
            .finish()
    }
}

/// A token for the application itself (`grant_type=client_credentials`, machine to machine),
/// from [`AuthenticationClient::client_credentials_token`]. Set the [`scope`](Self::scope)
/// asked for, then `.send().await` or `.await` it.
#[derive(Debug, Clone)]
#[must_use = "a token request does nothing until it is sent with `.send().await` or `.await`"]
pub struct ClientCredentialsTokenRequest {
    client: AuthenticationClient,
    scope: Option<String>,
    call: CallOptions,
}

impl ClientCredentialsTokenRequest {
    /// The scopes asked for, space-separated (`read:users write:users`).
    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.scope = Some(scope.into());
        self
    }

    /// Sends the request once; the future resolves to the application's token.
    pub fn send(self) -> TokenFuture {
        Box::pin(async move {
            let grant = Grant::ClientCredentials {
                scope: self.scope.as_deref(),
            };
            let client = &self.client;
            token_endpoint::request_with(&client.app, &client.inner.transport, grant, self.call)
                .await
        })
    }
}

/// Per-call headers and a timeout for the one attempt (sent once: the attempt limit does not
/// apply).
impl RequestOptions for ExchangeCodeRequest {
    #[inline]
    fn call_options(&mut self) -> &mut CallOptions {
        &mut self.call
    }
}

/// Per-call headers and a timeout for the one attempt (sent once: the attempt limit does not
/// apply).
impl RequestOptions for ClientCredentialsTokenRequest {
    #[inline]
    fn call_options(&mut self) -> &mut CallOptions {
        &mut self.call
    }
}

impl IntoFuture for ClientCredentialsTokenRequest {
    type Output = Result<TokenSet, Error>;
    type IntoFuture = TokenFuture;

    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

impl AuthenticationClient {
    /// Exchanges an authorization code at the token endpoint (`POST /oidc/token`,
    /// `grant_type=authorization_code` with the client's redirect URI and, when set, the PKCE
    /// [`code_verifier`](ExchangeCodeRequest::code_verifier)) and returns the tokens
    /// unverified. Prefer [`handle_callback`](Self::handle_callback), which checks `state` and
    /// verifies the ID token. Fails with [`ProtocolError::MissingRedirectUri`] when the client
    /// has none.
    pub fn exchange_code(&self, code: impl Into<SecretString>) -> ExchangeCodeRequest {
        ExchangeCodeRequest {
            client: self.clone(),
            code: code.into(),
            code_verifier: None,
            call: CallOptions::default(),
        }
    }

    /// A token for the application itself (`grant_type=client_credentials`, machine to
    /// machine); set the [`scope`](ClientCredentialsTokenRequest::scope) asked for.
    pub fn client_credentials_token(&self) -> ClientCredentialsTokenRequest {
        ClientCredentialsTokenRequest {
            client: self.clone(),
            scope: None,
            call: CallOptions::default(),
        }
    }
}
