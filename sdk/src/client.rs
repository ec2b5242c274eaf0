//! `ManagementClient`: the handle users hold and generated endpoint methods hang off, and the
//! one non-generic `execute` path every call goes through. Construction lives in `client/builder.rs`.

mod builder;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

pub use builder::ManagementClientBuilder;

use crate::auth::Auth;
use crate::runtime::{self, ApiRequest, RawResponse};
use crate::transport::{Outgoing, Transport};
use crate::Error;

/// A client for the Authing V3 Management API.
///
/// # Construction
///
/// Build one with [`ManagementClient::builder`] (access key id and secret are required) or read
/// it from the environment with [`ManagementClient::from_env`] (`AUTHING_ACCESS_KEY_ID`,
/// `AUTHING_ACCESS_KEY_SECRET`, and optionally `AUTHING_HOST`). `build()` rejects an empty key,
/// a host that is not an absolute `http(s)` URL, a zero timeout, or a language that cannot be a
/// header value, with [`Error::Config`] naming the setting.
///
/// Defaults: host [`DEFAULT_HOST`](Self::DEFAULT_HOST) (`https://api.authing.cn`), request
/// timeout [`DEFAULT_TIMEOUT`](Self::DEFAULT_TIMEOUT) (10 s, for the whole call including the
/// body), `x-authing-lang` [`DEFAULT_LANG`](Self::DEFAULT_LANG) (`zh-CN`). TLS certificates are
/// always verified (rustls with the Mozilla roots); there is no switch to turn that off. HTTP
/// redirects are not followed, so credentials only ever go to the configured host.
///
/// The client is cheap to clone: clones share one connection pool and one token cache. Create
/// it once and pass clones around.
///
/// # Token lifecycle
///
/// The first call fetches a management token (`POST /api/v3/get-management-token` with the
/// access key) and reads the userpool id from the token's `scoped_userpool_id` claim; every call
/// then sends `authorization: Bearer <token>` and `x-authing-userpool-id`. The token is cached
/// and reused until shortly before it expires (a margin of 60 s, or half the lifetime for very
/// short-lived tokens), then refreshed by the next call. Concurrent calls that find no usable
/// token wait for a single token request. A failed token request is not cached: its error is
/// returned to the call that made it and the next call tries again. A call the server rejects
/// with `statusCode` 401 drops the cached token, so the next call fetches a fresh one.
///
/// # Errors
///
/// Every method returns [`crate::Error`]. Authing answers HTTP 200 even on failure; an envelope
/// whose `statusCode` is not 200 becomes [`Error::Api`] with `status_code`, `api_code`,
/// `message` and `request_id`. A body that is not the expected JSON is [`Error::Decode`] with the
/// JSON path of the bad field. Network failures are [`Error::Transport`] and slow calls
/// [`Error::Timeout`]. No error, `Debug` output or log line contains the access key secret or
/// a token.
///
/// # Example
///
/// ```no_run
/// use authing::{types::UserIdType, ManagementClient};
///
/// # async fn run() -> Result<(), authing::Error> {
/// let client = ManagementClient::builder()
///     .access_key_id("YOUR_ACCESS_KEY_ID")
///     .access_key_secret("YOUR_ACCESS_KEY_SECRET")
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
    inner: Arc<Inner>,
}

struct Inner {
    /// The configured base URL, as given (normalised, no trailing slash).
    host: String,
    lang: String,
    timeout: Duration,
    transport: Transport,
    auth: Auth,
}

impl ManagementClient {
    /// The default API host.
    pub const DEFAULT_HOST: &'static str = "https://api.authing.cn";
    /// The default request timeout.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
    /// The default `x-authing-lang`.
    pub const DEFAULT_LANG: &'static str = "zh-CN";

    /// A builder; see the type's docs for what is required and the defaults.
    pub fn builder() -> ManagementClientBuilder {
        ManagementClientBuilder::default()
    }

    /// A client configured from `AUTHING_ACCESS_KEY_ID`, `AUTHING_ACCESS_KEY_SECRET` and, when
    /// set and not empty, `AUTHING_HOST`. Missing or empty keys are an [`Error::Config`] naming
    /// the variable.
    pub fn from_env() -> Result<Self, Error> {
        ManagementClientBuilder::from_env()?.build()
    }

    /// The base URL calls go to.
    pub fn host(&self) -> &str {
        &self.inner.host
    }

    /// Sends one API call with the management token, reads the body and checks the envelope
    /// (`statusCode` 200, else [`Error::Api`]). Called by the generated request builders.
    #[doc(hidden)]
    pub async fn execute(&self, request: ApiRequest) -> Result<RawResponse, Error> {
        let inner = &*self.inner;
        let token = inner.auth.token(&inner.transport).await?;
        let (method, path) = (request.method.as_str(), request.path);
        let incoming = inner
            .transport
            .send(Outgoing {
                method: request.method,
                path,
                query: &request.query,
                body: request.body,
                headers: token.headers.clone(),
            })
            .await?;
        let result = runtime::check_envelope(method, path, incoming.status, incoming.body);
        match &result {
            Ok(response) => {
                tracing::debug!(method, path, request_id = response.request_id(), "ok");
            }
            Err(error) => {
                tracing::debug!(method, path, %error, "failed");
                if let Error::Api {
                    status_code: 401, ..
                } = error
                {
                    inner.auth.forget(&token).await;
                }
            }
        }
        result
    }
}

impl fmt::Debug for ManagementClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The secret and the token are never shown.
        f.debug_struct("ManagementClient")
            .field("host", &self.inner.host)
            .field("access_key_id", &self.inner.auth.access_key_id())
            .field("lang", &self.inner.lang)
            .field("timeout", &self.inner.timeout)
            .finish_non_exhaustive()
    }
}
