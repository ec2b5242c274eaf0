//! [`UserSession`]: an [`AuthenticationClient`] acting for one signed-in user. Its calls carry
//! the user's access token; shortly before the token expires (or when the server rejects it)
//! the session renews it with the refresh token, once for all concurrent calls (they wait on
//! one lock while one refresh runs, as the management token's single flight). A refresh that
//! may have reached the server is never sent again: its refresh token is taken out of the
//! session before the request goes out and put back only when the request never left.
//!
//! The refresh runs in a tokio task of its own, which holds the session's lock until the
//! answer is stored: a caller that stops waiting (a call's deadline, a `select!`, a dropped
//! event stream) does not cancel it, so the rotated tokens the server issued are kept. Its
//! caller gets its result; the calls queued on the lock find what it stored (the renewed set,
//! or a spent refresh token). The request is bounded by the client's per-attempt timeout, so a
//! token endpoint that never answers holds the lock no longer than that.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{Mutex, OwnedMutexGuard};

use super::client::{App, AuthenticationClient};
use super::protocol::check_refreshed;
use super::token_endpoint::{self, Grant};
use super::tokens::TokenSet;
use crate::client::Inner;
use crate::credentials::Credentials;
use crate::retry::CONNECT_FAILED;
use crate::transport::Transport;
use crate::{Error, ProtocolError, SecretString};

/// The stage of the error a refresh ends with when the runtime drops its task.
const REFRESH_CANCELLED: &str = "the refresh task was cancelled (the runtime is shutting down)";

/// An access token is renewed this long before it expires.
pub const REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// A signed-in user's session: the end-user API's methods that act for a user (the profile, MFA,
/// the user's apps, roles and devices, ...), with the user's access token on every call. The
/// application's own calls (sign-in, QR codes) stay on [`AuthenticationClient`].
///
/// Build one with [`AuthenticationClient::session`] from the [`TokenSet`] a sign-in or a code
/// exchange returned (or one stored earlier). When the set has a refresh token and an expiry,
/// the access token is renewed at the token endpoint ([`REFRESH_MARGIN`] before it expires, or
/// when the server rejects it with `statusCode` 401), once however many calls are waiting for
/// it; [`tokens`](Self::tokens) returns the current set, to store again. A refresh that failed
/// after reaching the server spends the refresh token (refresh tokens rotate, so it is never
/// sent twice): later calls use the access token while the server accepts it, then fail with
/// [`ProtocolError::NoRefreshToken`]. Clones share the tokens.
///
/// A refresh runs in a tokio task of its own (so a session is used inside a tokio runtime, as
/// every call of the SDK is): dropping a call while it waits for a refresh (a timeout, a
/// `select!`) does not lose the renewed tokens; the next call uses them.
#[derive(Clone)]
pub struct UserSession {
    /// The application's client with the user's token as its credentials.
    client: AuthenticationClient,
    /// The application's own client (its credentials, no user token).
    app_client: AuthenticationClient,
    state: Arc<SessionState>,
}

/// The tokens of a session and what renews them.
pub(crate) struct SessionState {
    /// Shared with a running refresh task, which holds the lock until it has stored its answer.
    tokens: Arc<Mutex<Tokens>>,
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
            tokens: Arc::new(Mutex::new(Tokens {
                set: tokens,
                rejected: false,
            })),
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
            #[cfg(feature = "event-stream")]
            event_route: shared.event_route.clone(),
        };
        UserSession {
            client: AuthenticationClient {
                inner: Arc::new(inner),
                app: Arc::clone(&client.app),
            },
            app_client: client.clone(),
            state,
        }
    }

    /// The session's current tokens (renewed ones included), e.g. to store them again.
    pub async fn tokens(&self) -> TokenSet {
        self.state.tokens.lock().await.set.clone()
    }

    /// Renews the access token now with the refresh token, and returns the new set.
    ///
    /// The refresh runs in a task of its own: dropping this future does not stop it, and the
    /// session keeps what the server answered.
    pub async fn refresh(&self) -> Result<TokenSet, Error> {
        let tokens = Arc::clone(&self.state.tokens).lock_owned().await;
        self.state
            .refresh_in_task(tokens, &self.client.inner.transport)
            .await
    }

    /// The access token to send now (renewed first when it is about to expire).
    pub(crate) async fn access_token(&self) -> Result<SecretString, Error> {
        self.state.access_token(&self.client.inner.transport).await
    }

    /// How many refreshes this session sent (successful or not).
    pub fn refresh_count(&self) -> u64 {
        self.state.refreshes.load(Ordering::Relaxed)
    }

    /// The application's client this session was made from: for the application's own calls
    /// (token revocation, the logout URL, another user's sign-in), which carry no user token.
    // Not the `client` field: that one calls as the user (see `api_client`).
    #[allow(clippy::misnamed_getters)]
    pub fn client(&self) -> &AuthenticationClient {
        &self.app_client
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

impl UserSession {
    /// The client the session's calls go through: the application's, with the user's token as
    /// its credentials. The generated end-user methods that act for the user start from it.
    pub(crate) fn api_client(&self) -> &AuthenticationClient {
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
    pub(crate) async fn access_token(
        self: &Arc<Self>,
        transport: &Transport,
    ) -> Result<SecretString, Error> {
        let tokens = Arc::clone(&self.tokens).lock_owned().await;
        let due = tokens.rejected || tokens.set.expires_within(REFRESH_MARGIN);
        if due && tokens.set.refresh_token.is_some() {
            let renewed = self.refresh_in_task(tokens, transport).await?;
            return Ok(renewed.access_token);
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

    /// Runs [`refresh`](Self::refresh) in a tokio task of its own that holds `tokens` (the
    /// session's lock) until the answer is stored, and waits for it: the new set, or the
    /// refresh's error. Dropping the returned future leaves the task running; the calls
    /// waiting on the lock then find the tokens it stored.
    async fn refresh_in_task(
        self: &Arc<Self>,
        mut tokens: OwnedMutexGuard<Tokens>,
        transport: &Transport,
    ) -> Result<TokenSet, Error> {
        let state = Arc::clone(self);
        let transport = transport.clone();
        let task = tokio::spawn(async move {
            state.refresh(&mut tokens, &transport).await?;
            Ok(tokens.set.clone())
        });
        match task.await {
            Ok(result) => result,
            // The refresh panicked: the caller sees the panic, as if it had run inline.
            Err(error) if error.is_panic() => std::panic::resume_unwind(error.into_panic()),
            // The runtime is shutting down and dropped the task.
            Err(error) => Err(Error::Transport {
                method: "POST",
                path: token_endpoint::TOKEN_PATH,
                stage: REFRESH_CANCELLED,
                source: Box::new(error),
            }),
        }
    }

    /// One refresh at the token endpoint, under the session's lock (the body of the task
    /// [`refresh_in_task`](Self::refresh_in_task) starts). The refresh token is taken out
    /// first: it goes back only when the request never reached the server.
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
