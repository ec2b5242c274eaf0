//! [`ManagementClient`]: the handle users hold and the generated Management API methods hang
//! off. Its calls go through the shared call path (`crate::call`) with the access key's
//! credentials (`token.rs`); construction lives in `builder.rs`.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use super::token::AccessKey;
use crate::call::{defaults, Call, Inner};
use crate::runtime::{ApiRequest, RawResponse};
use crate::Error;

/// A client for the Authing V3 Management API.
///
/// # Construction
///
/// Build one with [`ManagementClient::builder`] (access key id and secret are required) or read
/// it from the environment with [`ManagementClient::from_env`] (`AUTHING_ACCESS_KEY_ID`,
/// `AUTHING_ACCESS_KEY_SECRET`, and optionally `AUTHING_HOST`). `build()` rejects an empty key,
/// a host that is not an absolute `http(s)` URL, a zero timeout, deadline or size limit, zero
/// retry attempts, or a language that cannot be a header value, with [`Error::Config`] naming
/// the setting.
///
/// Defaults: host [`DEFAULT_HOST`](Self::DEFAULT_HOST) (`https://api.authing.cn`), per-attempt
/// timeout [`DEFAULT_TIMEOUT`](Self::DEFAULT_TIMEOUT) (10 s for one HTTP request, connecting and
/// reading the body included), overall deadline [`DEFAULT_DEADLINE`](Self::DEFAULT_DEADLINE)
/// (30 s for a whole call: token request, every attempt and the waits between them), response
/// size limit [`DEFAULT_MAX_RESPONSE_BYTES`](Self::DEFAULT_MAX_RESPONSE_BYTES) (16 MiB), retries
/// [`RetryConfig::default`](crate::RetryConfig::default) (3 attempts), `x-authing-lang`
/// [`DEFAULT_LANG`](Self::DEFAULT_LANG) (`zh-CN`). TLS certificates are always verified (rustls
/// with the Mozilla roots, or the roots set with [`trust`](crate::ManagementClientBuilder::trust));
/// there is no switch to turn that off. HTTP redirects are not followed, so credentials only
/// ever go to the configured host. Proxies: [`proxy`](crate::ManagementClientBuilder::proxy).
///
/// The client is cheap to clone: clones share one connection pool and one token cache. Create
/// it once and pass clones around. Dropping a call's future (a `select!`, a timeout of your own)
/// abandons that call and leaves the client healthy for the others.
///
/// # Retries
///
/// A failed attempt is sent again, up to [`RetryConfig`](crate::RetryConfig)'s `max_attempts` (3 by default) and
/// within the overall deadline, after a wait drawn with exponential backoff and full jitter, or
/// the server's `Retry-After` when its answer has one. Each retry is logged through `tracing`
/// (info level, with the attempt number and the reason). The rule:
///
/// - **Retried failures**: a connection that could not be made; a per-attempt timeout; a
///   connection that broke before the whole answer arrived; HTTP 429, 502, 503 or 504; and
///   `statusCode` 429 in an HTTP 200 envelope (how Authing throttles).
/// - **GET requests** are retried on any of these.
/// - **POST requests** (and other non-GET ones) are retried only when the request never
///   reached the server (the connection could not be made), unless the spec marks the endpoint
///   idempotent, in which case they are retried like a GET. A POST that was answered, timed
///   out, or lost its connection after being sent is never sent again: it may have been carried
///   out, and sending it twice could write twice.
/// - **Never retried**: any other answer (`statusCode` 4xx/5xx from Authing, a body that does
///   not decode, a body over the size limit, a refused TLS certificate:
///   [`Error::UntrustedCertificate`]).
/// - A wait that would end past the deadline is not started: the call ends at once with the
///   last error. A call retried and failed every time ends in [`Error::RetriesExhausted`]
///   (attempt count and last error); a call cut off by its deadline in
///   [`Error::DeadlineExceeded`].
///
/// `RetryConfig::disabled()` (or `max_attempts(1)`) sends every call once.
///
/// # Token lifecycle
///
/// The first call fetches a management token (`POST /api/v3/get-management-token` with the
/// access key) and reads the userpool id from the token's `scoped_userpool_id` claim; every call
/// then sends `authorization: Bearer <token>` and `x-authing-userpool-id`. The token is cached
/// and reused until shortly before it expires (a margin of 60 s, or half the lifetime for very
/// short-lived tokens), then refreshed by the next call. Concurrent calls that find no usable
/// token wait for a single token request. The token request is retried like a GET (asking for
/// a token changes nothing). A failed token request is not cached: its error is returned to the
/// call that made it and the next call tries again.
///
/// When the server rejects the token (`statusCode` 401: expired or revoked early), the client
/// drops it, fetches a new one, and sends that call once more with it, whatever its method: a
/// rejected token means the server carried nothing out. This happens once per call, also with
/// retries disabled; a second rejection is returned as [`Error::Api`]. Many calls rejected at
/// once share one token request.
///
/// # Errors
///
/// Every method returns [`crate::Error`]. Authing answers HTTP 200 even on failure; an envelope
/// whose `statusCode` is not 200 becomes [`Error::Api`] with `status_code`, `api_code`,
/// `message` and `request_id`. A body that is not the expected JSON is [`Error::Decode`] with the
/// JSON path of the bad field. Network failures are [`Error::Transport`], slow attempts
/// [`Error::Timeout`], and [`Error::is_transient`] tells which failures may pass later. No
/// error, `Debug` output or log line contains the access key secret or a token.
///
/// # Example
///
/// ```no_run
/// use std::time::Duration;
/// use authing::{types::UserIdType, ManagementClient, RetryConfig};
///
/// # async fn run() -> Result<(), authing::Error> {
/// let client = ManagementClient::builder()
///     .access_key_id("YOUR_ACCESS_KEY_ID")
///     .access_key_secret("YOUR_ACCESS_KEY_SECRET")
///     .retry(RetryConfig::default().max_attempts(4))
///     .deadline(Duration::from_secs(20))
///     .build()?;
///
/// let user = client
///     .get_user("test@example.com")
///     .user_id_type(UserIdType::Email)
///     .with_custom_data(true)
///     .send()
///     .await?;
/// println!("{} {:?}", user.user_id, user.username);
///
/// match client.get_user("nobody").await {
///     Err(authing::Error::Api { status_code: 404, message, .. }) => println!("{message}"),
///     other => println!("{other:?}"),
/// }
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct ManagementClient {
    pub(crate) inner: Arc<Inner>,
    /// The access key (also `inner`'s credentials): the id for `Debug`, the secret for the
    /// event subscriptions' signature.
    pub(crate) access_key: Arc<AccessKey>,
}

impl Call for ManagementClient {
    fn call(&self, request: ApiRequest) -> crate::runtime::BoxFuture<Result<RawResponse, Error>> {
        Inner::call(&self.inner, request)
    }
}

impl ManagementClient {
    /// The default API host.
    pub const DEFAULT_HOST: &'static str = defaults::DEFAULT_HOST;
    /// The default per-attempt timeout.
    pub const DEFAULT_TIMEOUT: Duration = defaults::DEFAULT_TIMEOUT;
    /// The default overall deadline of a call.
    pub const DEFAULT_DEADLINE: Duration = defaults::DEFAULT_DEADLINE;
    /// The default response size limit (16 MiB).
    pub const DEFAULT_MAX_RESPONSE_BYTES: usize = defaults::DEFAULT_MAX_RESPONSE_BYTES;
    /// The default `x-authing-lang`.
    pub const DEFAULT_LANG: &'static str = defaults::DEFAULT_LANG;

    /// The base URL calls go to.
    pub fn host(&self) -> &str {
        &self.inner.host
    }

    /// Sends one API call (see [`Inner::execute`]); for the workspace's benches and tests.
    #[cfg(feature = "__internal")]
    pub(crate) async fn execute(&self, request: ApiRequest) -> Result<RawResponse, Error> {
        self.inner.execute(request).await
    }
}

impl fmt::Debug for ManagementClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The secret and the token are never shown.
        f.debug_struct("ManagementClient")
            .field("host", &self.inner.host)
            .field("access_key_id", &self.access_key.access_key_id())
            .field("lang", &self.inner.lang)
            .field("timeout", &self.inner.timeout)
            .field("deadline", &self.inner.deadline)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}
