//! What a call carries to prove who sends it, as the call path (`call.rs`) sees it: a value
//! behind [`Credentials`] that gives the headers of each attempt (fetching or renewing a token
//! first when it must) and forgets the ones the server rejected. The management access key and
//! its token (`management/token.rs`), an application (`authentication/credentials.rs`) and a user's session
//! (`authentication/session.rs`) are the three kinds; no request is built here.

use std::future::Future;
use std::pin::Pin;

use reqwest::header::HeaderMap;

use crate::retry::RetryConfig;
use crate::transport::Transport;
use crate::Error;

/// A boxed future borrowing the credentials: the call path stays non-generic, compiled once.
pub(crate) type CredentialFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// The attempt the headers are for, and what a token request of its own may use.
#[derive(Clone, Copy)]
pub(crate) struct Attempt<'a> {
    /// The call's path (some credentials differ by endpoint, e.g. a sign-in's).
    pub(crate) path: &'a str,
    /// The client's transport, for a token request.
    pub(crate) transport: &'a Transport,
    /// The client's retry policy, for a token request.
    pub(crate) retry: &'a RetryConfig,
    /// When the call's deadline passes (a token request's retries end before it).
    pub(crate) deadline: Option<tokio::time::Instant>,
}

/// A client's credentials: who a call is sent as. Held by the shared call state
/// (`Arc<dyn Credentials>`); a user's session holds its own, over the same transport.
pub(crate) trait Credentials: Send + Sync {
    /// The headers of `attempt` (a token fetched or renewed first when needed), sensitive
    /// values marked so.
    fn headers<'a>(
        &'a self,
        attempt: Attempt<'a>,
    ) -> CredentialFuture<'a, Result<HeaderMap, Error>>;

    /// The server rejected `sent` (`statusCode` 401): drops what it carried, unless that was
    /// already replaced. Whether a renewed set of headers may be tried once (a user without a
    /// refresh token has none to try, and a sign-in is never sent twice).
    fn forget<'a>(&'a self, sent: &'a HeaderMap) -> CredentialFuture<'a, bool>;
}
