//! The SDK's one error type: every way a call can fail, each variant with the context to act on.
//! No variant holds a credential, and `Display` is one line that never quotes one.

use std::fmt;
use std::time::Duration;

/// A boxed cause, kept for [`std::error::Error::source`].
type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong when building a client or calling the API.
///
/// Match on the variant to decide what to do; new variants and fields may be added, so keep a
/// wildcard arm (`_ => ...`) and use `..` in patterns:
///
/// ```
/// # fn handle(err: authing::Error) {
/// match err {
///     authing::Error::Api { status_code: 404, message, .. } => println!("not there: {message}"),
///     _ if err.is_transient() => println!("try later: {err}"),
///     other => println!("failed: {other}"),
/// }
/// # }
/// ```
///
/// A call the client retried (see [`ManagementClient`](crate::ManagementClient#retries)) and
/// that failed every time ends in [`Error::RetriesExhausted`], which holds the last attempt's
/// error; a call that ran out of its overall deadline ends in [`Error::DeadlineExceeded`].
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The client configuration was rejected by `build()` or `from_env()`.
    #[non_exhaustive]
    Config {
        /// What was wrong, naming the setting or environment variable.
        reason: String,
    },
    /// `build()` refused a plain `http://` API host or `ws://` events host that is not a loopback
    /// address (127.0.0.0/8, `::1`, `localhost`): tokens, secrets and the management
    /// WebSocket signature would cross the network readable. Use `https://`/`wss://`, or opt in
    /// with the builder's `allow_insecure_http(true)`.
    #[non_exhaustive]
    InsecureHost {
        /// The setting that holds it: `host` or `events.host`.
        setting: &'static str,
        /// The URL as given.
        host: String,
    },
    /// The SDK refused to send a call as given; nothing was sent. A path parameter without a
    /// value, a value for a placeholder the route does not have, or a value that would make its
    /// path segment empty, `.` or `..` (which would change the route); a raw call's route that is
    /// not below `/api/`. The reason names the parameter, never its value.
    #[non_exhaustive]
    InvalidRequest {
        /// HTTP method of the call, e.g. `DELETE`.
        method: &'static str,
        /// The route, placeholders unfilled, e.g. `/api/v3/ip-list/{id}`.
        path: &'static str,
        /// What was wrong.
        reason: String,
    },
    /// Authing answered, and its envelope's `statusCode` was not 200.
    #[non_exhaustive]
    Api {
        /// HTTP method of the call, e.g. `GET`.
        method: &'static str,
        /// API path of the call, e.g. `/api/v3/get-user`.
        path: &'static str,
        /// The envelope's `statusCode` (Authing answers HTTP 200 even on failure).
        status_code: i64,
        /// The envelope's `apiCode`, Authing's finer error code, when present.
        api_code: Option<i64>,
        /// The envelope's `message`.
        message: String,
        /// The envelope's `requestId`, to quote to Authing support.
        request_id: Option<String>,
        /// The envelope's `data`, when it was not `null`: what an extra step needs (an MFA
        /// token at sign-in, say). Decode it with [`Error::data_as`]; `Debug` masks its
        /// credential-like keys and `Display` never shows it.
        data: Option<crate::ApiData>,
        /// The HTTP status the envelope came with (Authing usually answers 200).
        http_status: u16,
    },
    /// The response body was not the JSON this SDK expects.
    ///
    /// It carries no `source`: the decoder's message may quote values, so the SDK keeps only a
    /// sanitised copy in `reason`.
    #[non_exhaustive]
    Decode {
        /// HTTP method of the call, e.g. `GET`.
        method: &'static str,
        /// API path of the call, e.g. `/api/v3/get-user`.
        path: &'static str,
        /// Where in the body decoding failed, e.g. `data.identities[0].provider` (`.` is the root).
        json_path: String,
        /// What the decoder found there.
        reason: String,
        /// The start of the body (bounded, one line, credential values masked).
        excerpt: String,
        /// The answer's HTTP status and `requestId`, when it was one of the API's envelopes
        /// (also given by [`Error::http_status`] and [`Error::request_id`]).
        response: Option<Box<ResponseMeta>>,
    },
    /// The server answered with a non-success HTTP status and no Authing envelope (a gateway or
    /// proxy error page, say).
    #[non_exhaustive]
    HttpStatus {
        /// HTTP method of the call, e.g. `GET`.
        method: &'static str,
        /// API path of the call, e.g. `/api/v3/get-user`.
        path: &'static str,
        /// The HTTP status code.
        status: u16,
        /// The start of the body (bounded, one line, credential values masked).
        excerpt: String,
    },
    /// The request did not complete: connection refused or reset, DNS, TLS (a refused
    /// certificate is [`Error::UntrustedCertificate`]), a proxy, or a broken body.
    #[non_exhaustive]
    Transport {
        /// HTTP method of the call, e.g. `GET`.
        method: &'static str,
        /// API path of the call, e.g. `/api/v3/get-user`.
        path: &'static str,
        /// Which stage failed, e.g. `could not connect`.
        stage: &'static str,
        /// The underlying error.
        source: BoxError,
    },
    /// The server's TLS certificate was refused, so nothing was sent: it is not signed by a
    /// certificate authority the client trusts (a private deployment's own CA must be added
    /// with the builder's `trust`), not valid for the host name, expired or revoked. Never
    /// retried: it fails the same way until the trust or the certificate changes.
    #[non_exhaustive]
    UntrustedCertificate {
        /// HTTP method of the call, e.g. `GET` (`GET` for an event subscription's handshake).
        method: &'static str,
        /// API path of the call, e.g. `/api/v3/get-user`, or the subscription's path.
        path: &'static str,
        /// The server whose certificate it was, `host:port`.
        server: String,
        /// What was wrong with it, e.g. `it is not signed by a trusted certificate authority`.
        reason: String,
    },
    /// One attempt (one HTTP request) took longer than the client's per-attempt timeout.
    #[non_exhaustive]
    Timeout {
        /// HTTP method of the call, e.g. `GET`.
        method: &'static str,
        /// API path of the call, e.g. `/api/v3/get-user`.
        path: &'static str,
        /// The timeout in force.
        timeout: Duration,
    },
    /// The call as a whole (token request, attempts and waits between them) ran past the
    /// client's overall deadline, and was abandoned where it stood.
    #[non_exhaustive]
    DeadlineExceeded {
        /// HTTP method of the call, e.g. `GET`.
        method: &'static str,
        /// API path of the call, e.g. `/api/v3/get-user`.
        path: &'static str,
        /// The deadline in force.
        deadline: Duration,
        /// Attempts started before the deadline passed (0: it passed while getting a token).
        attempts: u32,
    },
    /// The call was tried `attempts` times under the retry policy and failed every time; `last`
    /// is the last attempt's error (also given by `source()`).
    #[non_exhaustive]
    RetriesExhausted {
        /// How many times the request was sent (or tried to connect).
        attempts: u32,
        /// The last attempt's error.
        last: Box<Error>,
    },
    /// The response body was larger than the client's limit, so it was not read.
    #[non_exhaustive]
    ResponseTooLarge {
        /// HTTP method of the call, e.g. `GET`.
        method: &'static str,
        /// API path of the call, e.g. `/api/v3/get-user`.
        path: &'static str,
        /// The limit in force, in bytes.
        limit: usize,
    },
    /// A paginator (`.pages()`, `.items()`) stopped because the server kept answering full
    /// pages past the most the listing can have (its `totalCount`, or the paginator's page
    /// limit): a server that repeats a page would otherwise be paged forever.
    #[non_exhaustive]
    Pagination {
        /// HTTP method of the list call, e.g. `GET`.
        method: &'static str,
        /// API path of the list call, e.g. `/api/v3/list-applications`.
        path: &'static str,
        /// How many pages were fetched before stopping.
        pages: u32,
    },
    /// An OAuth 2.0 endpoint (token, introspection, revocation, userinfo) or a callback
    /// answered with an OAuth error (`invalid_grant`, `invalid_client`, `access_denied`, ...).
    #[non_exhaustive]
    OAuth {
        /// HTTP method of the call, e.g. `POST` (`GET` for a callback).
        method: &'static str,
        /// Path of the endpoint, e.g. `/oidc/token`.
        path: &'static str,
        /// The HTTP status (0 for a callback).
        status: u16,
        /// The `error` code.
        error: String,
        /// The `error_description`, when given.
        description: Option<String>,
    },
    /// An event subscription ended: the server refused it (a wrong access key secret or user
    /// token: HTTP 401/403 at the handshake) or it reached its reconnect limit.
    #[non_exhaustive]
    Subscription {
        /// The subscription's URL (a user's token shown as `***`).
        url: String,
        /// The HTTP status of a refused handshake.
        status: Option<u16>,
        /// What happened.
        reason: String,
    },
    /// A callback, token or ticket the SDK refused (see [`ProtocolError`](crate::ProtocolError)).
    Protocol(crate::ProtocolError),
    /// A request body could not be serialised to JSON.
    #[non_exhaustive]
    Encode {
        /// What could not be serialised, e.g. `request body`.
        what: &'static str,
        /// The underlying error.
        source: serde_json::Error,
    },
}

/// The answer an [`Error::Decode`] came from: its HTTP status and its envelope's `requestId`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ResponseMeta {
    /// The HTTP status.
    pub http_status: u16,
    /// The envelope's `requestId`, when the server sent one, to quote to Authing support.
    pub request_id: Option<String>,
}

impl ResponseMeta {
    pub(crate) fn new(http_status: u16, request_id: Option<String>) -> Option<Box<Self>> {
        Some(Box::new(ResponseMeta {
            http_status,
            request_id,
        }))
    }
}

impl Error {
    pub(crate) fn config(reason: impl Into<String>) -> Self {
        Error::Config {
            reason: reason.into(),
        }
    }

    /// The `requestId` Authing gave the failed call, when it gave one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api { request_id, .. } => request_id.as_deref(),
            Error::Decode {
                response: Some(response),
                ..
            } => response.request_id.as_deref(),
            Error::RetriesExhausted { last, .. } => last.request_id(),
            _ => None,
        }
    }

    /// The HTTP status of the answer the call failed on, when one arrived: the status an
    /// [`Error::Api`] envelope, an [`Error::Decode`] body, an [`Error::HttpStatus`] page or an
    /// [`Error::OAuth`] answer came with (through [`Error::RetriesExhausted`] too).
    pub fn http_status(&self) -> Option<u16> {
        match self {
            Error::Api { http_status, .. }
            | Error::HttpStatus {
                status: http_status,
                ..
            } => Some(*http_status),
            Error::Decode { response, .. } => response.as_ref().map(|r| r.http_status),
            Error::OAuth { status, .. } => Some(*status).filter(|s| *s != 0),
            Error::RetriesExhausted { last, .. } => last.http_status(),
            _ => None,
        }
    }

    /// Whether the failure may pass if the call is made again later: a network failure, a
    /// timeout or deadline, a throttled call (HTTP 429 or `statusCode` 429), a gateway error
    /// (HTTP 502, 503, 504), or retries that ended in one of these.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Transport { .. }
            | Error::Timeout { .. }
            | Error::DeadlineExceeded { .. }
            | Error::RetriesExhausted { .. } => true,
            Error::HttpStatus { status, .. } => matches!(status, 429 | 502 | 503 | 504),
            Error::Api { status_code, .. } => *status_code == 429,
            _ => false,
        }
    }

    /// How many times the call was sent before this error: `attempts` of
    /// [`Error::RetriesExhausted`] and [`Error::DeadlineExceeded`], 0 for [`Error::Config`],
    /// [`Error::Encode`] and [`Error::InvalidRequest`] (nothing was sent), else 1.
    pub fn attempts(&self) -> u32 {
        match self {
            Error::RetriesExhausted { attempts, .. } | Error::DeadlineExceeded { attempts, .. } => {
                *attempts
            }
            Error::Config { .. }
            | Error::InsecureHost { .. }
            | Error::Encode { .. }
            | Error::InvalidRequest { .. } => 0,
            _ => 1,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Config { reason } => write!(f, "invalid client configuration: {reason}"),
            Error::InsecureHost { setting, host } => write!(
                f,
                "invalid client configuration: `{setting}` {:?} is plain text and not a loopback \
                 address; use https:// or wss://, or opt in with `allow_insecure_http(true)`",
                one_line(host)
            ),
            Error::OAuth {
                method,
                path,
                status,
                error,
                description,
            } => {
                write!(f, "{method} {path} failed")?;
                if *status != 0 {
                    write!(f, ": HTTP {status}")?;
                }
                write!(f, ": {}", one_line(error))?;
                if let Some(description) = description {
                    write!(f, " ({})", one_line(description))?;
                }
                Ok(())
            }
            Error::Protocol(reason) => write!(f, "{reason}"),
            Error::InvalidRequest {
                method,
                path,
                reason,
            } => write!(f, "{method} {path}: not sent: {}", one_line(reason)),
            Error::Subscription { url, reason, .. } => {
                write!(f, "event subscription {}: {}", one_line(url), one_line(reason))
            }
            Error::Api {
                method,
                path,
                status_code,
                api_code,
                message,
                request_id,
                ..
            } => {
                write!(f, "{method} {path} failed: statusCode {status_code}")?;
                if let Some(code) = api_code {
                    write!(f, ", apiCode {code}")?;
                }
                write!(f, ": {}", one_line(message))?;
                if let Some(id) = request_id {
                    write!(f, " (requestId {})", one_line(id))?;
                }
                Ok(())
            }
            Error::Decode {
                method,
                path,
                json_path,
                reason,
                excerpt,
                response,
            } => {
                write!(
                    f,
                    "{method} {path}: unexpected response at `{}`: {}; body: {}",
                    one_line(json_path),
                    one_line(reason),
                    one_line(excerpt)
                )?;
                if let Some(id) = response.as_ref().and_then(|r| r.request_id.as_ref()) {
                    write!(f, " (requestId {})", one_line(id))?;
                }
                Ok(())
            }
            Error::HttpStatus {
                method,
                path,
                status,
                excerpt,
            } => write!(
                f,
                "{method} {path}: HTTP {status} without an Authing envelope; body: {}",
                one_line(excerpt)
            ),
            Error::Transport {
                method,
                path,
                stage,
                ..
            } => write!(f, "{method} {path}: {stage}"),
            Error::UntrustedCertificate {
                method,
                path,
                server,
                reason,
            } => write!(
                f,
                "{method} {path}: the TLS certificate of {} is not trusted: {}",
                one_line(server),
                one_line(reason)
            ),
            Error::Timeout {
                method,
                path,
                timeout,
            } => write!(f, "{method} {path}: timed out after {timeout:?}"),
            Error::DeadlineExceeded {
                method,
                path,
                deadline,
                attempts,
            } => write!(
                f,
                "{method} {path}: the call's deadline of {deadline:?} passed ({attempts} attempts started)"
            ),
            Error::RetriesExhausted { attempts, last } => {
                write!(f, "gave up after {attempts} attempts: {last}")
            }
            Error::ResponseTooLarge {
                method,
                path,
                limit,
            } => write!(
                f,
                "{method} {path}: the response is larger than the limit of {limit} bytes"
            ),
            Error::Encode { what, .. } => write!(f, "could not encode the {what} as JSON"),
            Error::Pagination {
                method,
                path,
                pages,
            } => write!(
                f,
                "{method} {path}: stopped paging after {pages} pages: the server kept answering \
                 full pages past the end of the listing"
            ),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport { source, .. } => Some(source.as_ref()),
            Error::Encode { source, .. } => Some(source),
            Error::RetriesExhausted { last, .. } => Some(last.as_ref()),
            _ => None,
        }
    }
}

/// Keeps `Display` on one line whatever the server put in a message.
fn one_line(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['\n', '\r']) {
        text.replace(['\n', '\r'], " ").into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_display_is_one_line_with_codes_and_request_id() {
        let e = Error::Api {
            method: "GET",
            path: "/api/v3/get-user",
            status_code: 404,
            api_code: Some(2004),
            message: "用户\n不存在".into(),
            request_id: Some("r-1".into()),
            data: None,
            http_status: 200,
        };
        assert_eq!(
            e.to_string(),
            "GET /api/v3/get-user failed: statusCode 404, apiCode 2004: 用户 不存在 (requestId r-1)"
        );
        assert_eq!(e.request_id(), Some("r-1"));
    }

    #[test]
    fn retries_exhausted_shows_the_count_and_the_last_error_and_chains_it() {
        let last = Error::HttpStatus {
            method: "GET",
            path: "/api/v3/get-user",
            status: 503,
            excerpt: "busy".into(),
        };
        let e = Error::RetriesExhausted {
            attempts: 3,
            last: Box::new(last),
        };
        assert_eq!(
            e.to_string(),
            "gave up after 3 attempts: GET /api/v3/get-user: HTTP 503 without an Authing envelope; body: busy"
        );
        assert!(e.is_transient());
        assert_eq!(e.attempts(), 3);
        let source = std::error::Error::source(&e).unwrap().to_string();
        assert!(
            source.starts_with("GET /api/v3/get-user: HTTP 503"),
            "{source}"
        );
    }

    #[test]
    fn transient_or_not() {
        let api = |status_code| Error::Api {
            method: "GET",
            path: "/p",
            status_code,
            api_code: None,
            message: String::new(),
            request_id: None,
            data: None,
            http_status: 200,
        };
        assert!(api(429).is_transient());
        assert!(!api(404).is_transient());
        assert!(!api(401).is_transient());
        assert!(!Error::config("x").is_transient());
        assert_eq!(Error::config("x").attempts(), 0);
        assert_eq!(api(404).attempts(), 1);
        let too_large = Error::ResponseTooLarge {
            method: "GET",
            path: "/p",
            limit: 10,
        };
        assert!(!too_large.is_transient());
        assert_eq!(
            too_large.to_string(),
            "GET /p: the response is larger than the limit of 10 bytes"
        );
    }

    #[test]
    fn keys_and_ids_from_the_body_cannot_break_the_line() {
        // Found by fuzzing: a JSON key holding an escaped newline becomes part of the path.
        let decode = Error::Decode {
            method: "GET",
            path: "/p",
            json_path: "data.a\nb".into(),
            reason: "r\r".into(),
            excerpt: "x".into(),
            response: None,
        };
        assert_eq!(
            decode.to_string(),
            "GET /p: unexpected response at `data.a b`: r ; body: x"
        );
        let api = Error::Api {
            method: "GET",
            path: "/p",
            status_code: 500,
            api_code: None,
            message: "m".into(),
            request_id: Some("r\n1".into()),
            data: None,
            http_status: 200,
        };
        assert_eq!(
            api.to_string(),
            "GET /p failed: statusCode 500: m (requestId r 1)"
        );
    }

    #[test]
    fn error_stays_small_enough_for_results() {
        // clippy's `result_large_err` flags 128 bytes and more, in callers' code too.
        assert!(
            std::mem::size_of::<Error>() < 128,
            "{}",
            std::mem::size_of::<Error>()
        );
    }

    #[test]
    fn error_is_send_sync_static() {
        fn check<T: Send + Sync + 'static>() {}
        check::<Error>();
    }
}
