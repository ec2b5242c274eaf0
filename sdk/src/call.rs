//! The call path: [`Inner`], the state a client's clones share (settings, connection pool,
//! credentials), and the one non-generic [`execute`](Inner::execute) every call of both
//! clients goes through (headers from the credentials, attempts, token renewal, retries,
//! deadline). The settings that build it and their checks live in `call/settings.rs`, retry
//! decisions in `retry.rs`, credentials in `credentials.rs`; the clients hold an `Inner`.

pub(crate) mod insecure;
mod settings;

use std::borrow::Cow;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use tokio::time::Instant;

pub(crate) use settings::{defaults, env, settings_setters, Settings};

use crate::credentials::{Attempt, Credentials};
use crate::retry::{Retrier, RetryConfig};
use crate::runtime::{ApiRequest, Method, Overrides, RawResponse};
use crate::transport::{Outgoing, Transport};
use crate::Error;

/// What a client's clones share: the settings, the connection pool and the credentials. Both
/// clients' calls go through its one [`execute`](Inner::execute).
#[derive(Clone)]
pub(crate) struct Inner {
    /// The configured base URL, as given (normalised, no trailing slash).
    pub(crate) host: String,
    pub(crate) lang: String,
    pub(crate) timeout: Duration,
    pub(crate) deadline: Duration,
    pub(crate) retry: RetryConfig,
    pub(crate) transport: Transport,
    pub(crate) credentials: Arc<dyn Credentials>,
    /// How event subscriptions connect.
    #[cfg(feature = "event-stream")]
    pub(crate) events: crate::events::EventsConfig,
    /// The trust and proxy event subscriptions connect with (the HTTP client's).
    #[cfg(feature = "event-stream")]
    pub(crate) event_route: crate::events::Route,
}

/// A client the generated request builders send through: [`ResponseFuture`](crate::ResponseFuture)
/// starts its call with it.
pub(crate) trait Call {
    /// The one call-path future for `request`, boxed.
    fn call(&self, request: ApiRequest) -> crate::runtime::BoxFuture<Result<RawResponse, Error>>;
}

impl Inner {
    /// The same transport, settings and retry policy with other `credentials` (a user's
    /// session, made from its application's client).
    pub(crate) fn with_credentials(&self, credentials: Arc<dyn Credentials>) -> Inner {
        Inner {
            credentials,
            ..self.clone()
        }
    }

    /// [`execute`](Self::execute) on a clone of the shared state, boxed: the one call-path
    /// future every endpoint's [`ResponseFuture`](crate::ResponseFuture) runs.
    pub(crate) fn call(
        this: &Arc<Inner>,
        request: ApiRequest,
    ) -> crate::runtime::BoxFuture<Result<RawResponse, Error>> {
        let inner = Arc::clone(this);
        Box::pin(async move { inner.execute(request).await })
    }

    /// Sends one API call with the client's credentials under the retry policy and the deadline,
    /// reads the body and checks the envelope (`statusCode` 200, else [`Error::Api`]). Called
    /// by the generated request builders. Non-generic: the whole retry loop is compiled once.
    pub(crate) async fn execute(&self, mut request: ApiRequest) -> Result<RawResponse, Error> {
        // A refused per-call option fails the call before anything is sent.
        let overrides = std::mem::take(&mut request.options).checked()?;
        let (method, path) = (request.method.as_str(), request.path);
        let deadline = self.deadline;
        let started = AtomicU32::new(0);
        let Some(until) = Instant::now().checked_add(deadline) else {
            return self.attempts(request, overrides, None, &started).await;
        };
        let attempts = self.attempts(request, overrides, Some(until), &started);
        match tokio::time::timeout_at(until, attempts).await {
            Ok(result) => result,
            Err(_) => {
                let attempts = started.load(Ordering::Relaxed);
                tracing::debug!(method, path, attempts, "the call's deadline passed");
                Err(Error::DeadlineExceeded {
                    method,
                    path,
                    deadline,
                    attempts,
                })
            }
        }
    }

    /// The attempts of one call: token, send, and on failure a token renewal or a retry.
    /// `overrides` are the call's own headers, timeout and attempt limit; `started` counts the
    /// attempts begun, for the deadline's error.
    async fn attempts(
        &self,
        request: ApiRequest,
        overrides: Option<Box<Overrides>>,
        deadline: Option<Instant>,
        started: &AtomicU32,
    ) -> Result<RawResponse, Error> {
        let inner = self;
        let (method, path) = (request.method.as_str(), request.path);
        let safe = request.method == Method::Get || request.idempotent;
        let retry = match overrides.as_ref().and_then(|o| o.max_attempts) {
            Some(attempts) => Cow::Owned(inner.retry.clone().max_attempts(attempts)),
            None => Cow::Borrowed(&inner.retry),
        };
        let timeout = overrides.as_ref().and_then(|o| o.attempt_timeout);
        let mut retrier = Retrier::new(&retry, method, path, safe, deadline);
        let body = request.body.map(Bytes::from);
        // Sent with its path parameters filled in; logs and errors name the route (`path`).
        let url_path = request.filled_path.as_deref().unwrap_or(path);
        let mut renewed = false;
        loop {
            let headers = inner
                .credentials
                .headers(Attempt {
                    path,
                    transport: &inner.transport,
                    retry: &inner.retry,
                    deadline,
                })
                .await?;
            let attempt = started.fetch_add(1, Ordering::Relaxed) + 1;
            // The credentials' headers, then the call's own (never an owned one: refused when
            // set); `headers` stays what the credentials gave, to tell them which was rejected.
            let mut sent = headers.clone();
            if let Some(overrides) = &overrides {
                sent.extend(overrides.headers.clone());
            }
            let result = inner
                .transport
                .call_to(
                    url_path,
                    Outgoing {
                        method: request.method,
                        path,
                        query: &request.query,
                        body: body.clone(),
                        form: false,
                        headers: sent,
                        timeout,
                    },
                )
                .await;
            let failure = match result {
                Ok(response) => {
                    tracing::debug!(
                        method,
                        path,
                        attempt,
                        request_id = response.request_id(),
                        "ok"
                    );
                    return Ok(response);
                }
                Err(failure) => failure,
            };
            tracing::debug!(method, path, attempt, error = %failure.error, "attempt failed");
            if let Error::Api {
                status_code: 401, ..
            } = failure.error
            {
                let renewable = inner.credentials.forget(&headers).await;
                if !renewed && renewable {
                    renewed = true;
                    tracing::info!(
                        method,
                        path,
                        attempt,
                        reason = "token rejected (statusCode 401)",
                        "fetching a new token and sending the call again"
                    );
                    continue;
                }
            }
            match retrier.next(&failure, attempt) {
                Some(delay) => tokio::time::sleep(delay).await,
                None => return Err(retrier.give_up(failure, attempt)),
            }
        }
    }
}
