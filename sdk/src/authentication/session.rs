//! [`UserSession`]: an [`AuthenticationClient`] acting for one signed-in user. Its calls carry
//! the user's access token; shortly before the token expires (or when the server rejects it)
//! the session renews it with the refresh token, once for all concurrent calls (they wait on
//! one lock while one refresh runs, as the management token's single flight). A refresh that
//! may have reached the server is never sent again: its refresh token is taken out of the
//! session before the request goes out and put back only when the request never left.

use std::fmt;
use std::ops::Deref;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Mutex;

use super::client::{App, AuthenticationClient};
use super::protocol::check_refreshed;
use super::token_endpoint::{self, Grant};
use super::tokens::TokenSet;
use crate::client::Inner;
use crate::credentials::Credentials;
use crate::retry::CONNECT_FAILED;
use crate::transport::Transport;
use crate::{Error, ProtocolError, SecretString};

/// An access token is renewed this long before it expires.
pub const REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// A signed-in user's session: the [`AuthenticationClient`]'s methods (through `Deref`), with
/// the user's access token on every call.
///
/// Build one with [`AuthenticationClient::session`] from the [`TokenSet`] a sign-in or a code
/// exchange returned (or one stored earlier). When the set has a refresh token and an expiry,
/// the access token is renewed at the token endpoint ([`REFRESH_MARGIN`] before it expires, or
/// when the server rejects it with `statusCode` 401), once however many calls are waiting for
/// it; [`tokens`](Self::tokens) returns the current set, to store again. A refresh that failed
/// after reaching the server spends the refresh token (refresh tokens rotate, so it is never
/// sent twice): later calls use the access token while the server accepts it, then fail with
/// [`ProtocolError::NoRefreshToken`]. Clones share the tokens.
#[derive(Clone)]
pub struct UserSession {
    client: AuthenticationClient,
    state: Arc<SessionState>,
}

/// The tokens of a session and what renews them.
pub(crate) struct SessionState {
    tokens: Mutex<Tokens>,
    app: Arc<App>,
    refreshes: AtomicU64,
}

struct Tokens {
    set: TokenSet,
    /// The server rejected the current access token.
    rejected: bool,
}

impl UserSession {
    pub(crate) fn new(client: &AuthenticationClient, tokens: TokenSet) -> Self {
        let state = Arc::new(SessionState {
            tokens: Mutex::new(Tokens {
                set: tokens,
                rejected: false,
            }),
            app: Arc::clone(&client.app),
            refreshes: AtomicU64::new(0),
        });
        let shared = &client.inner;
        let credentials = match &shared.credentials {
            Credentials::App(app) => app.for_session(Arc::clone(&state)),
            Credentials::Management(_) => unreachable_credentials(),
        };
        let inner = Inner {
            host: shared.host.clone(),
            lang: shared.lang.clone(),
            timeout: shared.timeout,
            deadline: shared.deadline,
            retry: shared.retry.clone(),
            transport: shared.transport.clone(),
            credentials: Credentials::App(credentials),
            #[cfg(feature = "event-stream")]
            events: shared.events.clone(),
        };
        UserSession {
            client: AuthenticationClient {
                inner: Arc::new(inner),
                app: Arc::clone(&client.app),
            },
            state,
        }
    }

    /// The session's current tokens (renewed ones included), e.g. to store them again.
    pub async fn tokens(&self) -> TokenSet {
        self.state.tokens.lock().await.set.clone()
    }

    /// Renews the access token now with the refresh token, and returns the new set.
    pub async fn refresh(&self) -> Result<TokenSet, Error> {
        let mut tokens = self.state.tokens.lock().await;
        self.state
            .refresh(&mut tokens, &self.client.inner.transport)
            .await?;
        Ok(tokens.set.clone())
    }

    /// The access token to send now (renewed first when it is about to expire).
    pub(crate) async fn access_token(&self) -> Result<SecretString, Error> {
        self.state.access_token(&self.client.inner.transport).await
    }

    /// How many refreshes this session sent (successful or not).
    pub fn refresh_count(&self) -> u64 {
        self.state.refreshes.load(Ordering::Relaxed)
    }

    /// The client this session calls through (the same application; its calls carry the
    /// user's token).
    pub fn client(&self) -> &AuthenticationClient {
        &self.client
    }
}

/// The session's access token, for what sends it outside an API call (an event
/// subscription's URL).
#[cfg(feature = "event-stream")]
pub(crate) struct TokenSource {
    state: Arc<SessionState>,
    transport: Transport,
}

#[cfg(feature = "event-stream")]
impl TokenSource {
    /// The current access token (renewed first when it is about to expire).
    pub(crate) async fn token(&self) -> Result<SecretString, Error> {
        self.state.access_token(&self.transport).await
    }
}

#[cfg(feature = "event-stream")]
impl UserSession {
    pub(crate) fn token_source(&self) -> TokenSource {
        TokenSource {
            state: Arc::clone(&self.state),
            transport: self.client.inner.transport.clone(),
        }
    }
}

impl Deref for UserSession {
    type Target = AuthenticationClient;

    fn deref(&self) -> &AuthenticationClient {
        &self.client
    }
}

impl fmt::Debug for UserSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The tokens are never shown.
        f.debug_struct("UserSession")
            .field("client", &self.client)
            .field("refreshes", &self.refresh_count())
            .finish_non_exhaustive()
    }
}

/// An `AuthenticationClient` is only ever built with an application's credentials.
#[cold]
fn unreachable_credentials() -> ! {
    unreachable!("an AuthenticationClient holds application credentials")
}

impl SessionState {
    /// The access token to send, renewed first when it is about to expire or was rejected (and
    /// a refresh token is there to renew it).
    pub(crate) async fn access_token(&self, transport: &Transport) -> Result<SecretString, Error> {
        let mut tokens = self.tokens.lock().await;
        let due = tokens.rejected || tokens.set.expires_within(REFRESH_MARGIN);
        if due && tokens.set.refresh_token.is_some() {
            self.refresh(&mut tokens, transport).await?;
        } else if tokens.rejected {
            return Err(Error::Protocol(ProtocolError::NoRefreshToken));
        }
        Ok(tokens.set.access_token.clone())
    }

    /// Marks the access token `sent` as rejected (unless it was already replaced); whether a
    /// renewed one can be tried.
    pub(crate) async fn reject(&self, sent: &[u8]) -> bool {
        let mut tokens = self.tokens.lock().await;
        if tokens.set.access_token.expose().as_bytes() == sent {
            tokens.rejected = true;
        }
        tokens.set.refresh_token.is_some() || !tokens.rejected
    }

    /// One refresh at the token endpoint, under the session's lock. The refresh token is taken
    /// out first: it goes back only when the request never reached the server.
    async fn refresh(&self, tokens: &mut Tokens, transport: &Transport) -> Result<(), Error> {
        let Some(refresh_token) = tokens.set.refresh_token.take() else {
            return Err(Error::Protocol(ProtocolError::NoRefreshToken));
        };
        self.refreshes.fetch_add(1, Ordering::Relaxed);
        let result =
            token_endpoint::request(&self.app, transport, Grant::RefreshToken(&refresh_token))
                .await;
        match result {
            Ok(mut renewed) => {
                // A server that does not rotate refresh tokens sends none back: keep the old.
                if renewed.refresh_token.is_none() {
                    renewed.refresh_token = Some(refresh_token);
                }
                // A new ID token verifies and is about the same user (else the refresh token
                // is spent and the user signs in again).
                check_refreshed(&self.app, transport, &tokens.set, &mut renewed).await?;
                tracing::debug!("renewed a user session's access token");
                tokens.set = renewed;
                tokens.rejected = false;
                Ok(())
            }
            Err(error) => {
                let never_sent = matches!(
                    &error,
                    Error::Transport { stage, .. } if *stage == CONNECT_FAILED
                );
                if never_sent {
                    tokens.set.refresh_token = Some(refresh_token);
                }
                Err(error)
            }
        }
    }
}
