//! The retry policy: [`RetryConfig`], which failed attempts are sent again (and which never are),
//! how long to wait before the next one (exponential backoff with full jitter, or the server's
//! `Retry-After`), and the log line each retry writes. No I/O beyond the wait's length lives here.

use std::fmt;
use std::time::{Duration, SystemTime};

use tokio::time::Instant;

use crate::Error;

/// How a [`ManagementClient`](crate::ManagementClient) retries a failed call; set it with
/// [`ManagementClientBuilder::retry`](crate::ManagementClientBuilder::retry).
///
/// The defaults: at most [`DEFAULT_MAX_ATTEMPTS`](Self::DEFAULT_MAX_ATTEMPTS) (3) attempts per
/// call, waits drawn uniformly from zero up to an exponential bound that starts at
/// [`DEFAULT_INITIAL_BACKOFF`](Self::DEFAULT_INITIAL_BACKOFF) (100 ms), doubles with each retry
/// and is capped at [`DEFAULT_MAX_BACKOFF`](Self::DEFAULT_MAX_BACKOFF) (5 s) ("full jitter",
/// which spreads out clients that failed together). A `Retry-After` header on the failed
/// answer replaces the drawn wait. `max_attempts(1)` turns retries off. Which failures are
/// retried is described on [`ManagementClient`](crate::ManagementClient#retries).
///
/// ```
/// use std::time::Duration;
/// use authing::RetryConfig;
///
/// let patient = RetryConfig::default()
///     .max_attempts(5)
///     .initial_backoff(Duration::from_millis(200))
///     .max_backoff(Duration::from_secs(10));
/// let off = RetryConfig::disabled();
/// assert_eq!(off.get_max_attempts(), 1);
/// # let _ = patient;
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryConfig {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig {
            max_attempts: Self::DEFAULT_MAX_ATTEMPTS,
            initial_backoff: Self::DEFAULT_INITIAL_BACKOFF,
            max_backoff: Self::DEFAULT_MAX_BACKOFF,
        }
    }
}

impl RetryConfig {
    /// Attempts per call by default (the first one included).
    pub const DEFAULT_MAX_ATTEMPTS: u32 = 3;
    /// The bound of the first wait by default.
    pub const DEFAULT_INITIAL_BACKOFF: Duration = Duration::from_millis(100);
    /// The cap of every wait's bound by default.
    pub const DEFAULT_MAX_BACKOFF: Duration = Duration::from_secs(5);

    /// The default policy (same as `RetryConfig::default()`).
    pub fn new() -> Self {
        Self::default()
    }

    /// No retries: every call is sent once (a rejected token is still renewed once; see
    /// [`ManagementClient`](crate::ManagementClient#token-lifecycle)).
    pub fn disabled() -> Self {
        Self::default().max_attempts(1)
    }

    /// Attempts per call, the first one included; at least 1 (`build()` refuses 0).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts;
        self
    }

    /// The bound of the wait before the first retry; each later retry doubles it.
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The cap of the wait's bound, however many retries came before.
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// The configured attempts per call.
    pub fn get_max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The upper bound of the wait before retry number `retry` (1 for the first retry):
    /// `min(max_backoff, initial_backoff * 2^(retry - 1))`. The wait itself is drawn uniformly
    /// from zero to this bound.
    pub fn backoff_bound(&self, retry: u32) -> Duration {
        let doublings = retry.saturating_sub(1).min(31);
        self.initial_backoff
            .saturating_mul(1 << doublings)
            .min(self.max_backoff)
    }

    pub(crate) fn validate(&self) -> Result<(), Error> {
        if self.max_attempts == 0 {
            return Err(Error::config(
                "retry max_attempts must be at least 1 (1 turns retries off)",
            ));
        }
        Ok(())
    }

    /// A wait drawn uniformly from zero to [`backoff_bound`](Self::backoff_bound).
    fn jittered(&self, retry: u32) -> Duration {
        self.backoff_bound(retry).mul_f64(fastrand::f64())
    }
}

/// Path-independent facts about a failed attempt, for the retry decision.
pub(crate) struct Failure {
    pub error: Error,
    /// The HTTP status, when an answer arrived.
    pub http_status: Option<u16>,
    /// The answer's `Retry-After`, when it had a valid one.
    pub retry_after: Option<Duration>,
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Failure {
            error,
            http_status: None,
            retry_after: None,
        }
    }
}

/// The `stage` of an [`Error::Transport`] for a connection that could not be made: the request
/// never reached the server.
pub(crate) const CONNECT_FAILED: &str = "could not connect";

/// Why an attempt failed, for the failures that may pass on another attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cause {
    /// No connection: the request was not sent.
    ConnectFailed,
    /// The per-attempt timeout passed after the request went out.
    Timeout,
    /// The connection broke after the request went out (before or during the answer).
    Broken,
    /// HTTP 429, 502, 503 or 504.
    HttpStatus(u16),
    /// HTTP 200 with `statusCode` 429: Authing throttling.
    Throttled,
}

impl Cause {
    fn of(failure: &Failure) -> Option<Cause> {
        if let Some(status @ (429 | 502 | 503 | 504)) = failure.http_status {
            return Some(Cause::HttpStatus(status));
        }
        match &failure.error {
            Error::Transport { stage, .. } if *stage == CONNECT_FAILED => {
                Some(Cause::ConnectFailed)
            }
            Error::Transport { .. } => Some(Cause::Broken),
            Error::Timeout { .. } => Some(Cause::Timeout),
            Error::Api {
                status_code: 429, ..
            } => Some(Cause::Throttled),
            _ => None,
        }
    }

    /// Whether the request may have reached the server (and so may have been carried out).
    fn reached_server(self) -> bool {
        self != Cause::ConnectFailed
    }
}

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cause::ConnectFailed => f.write_str("could not connect"),
            Cause::Timeout => f.write_str("attempt timed out"),
            Cause::Broken => f.write_str("connection broke"),
            Cause::HttpStatus(status) => write!(f, "HTTP {status}"),
            Cause::Throttled => f.write_str("throttled (statusCode 429)"),
        }
    }
}

/// The retry decisions of one call.
pub(crate) struct Retrier<'a> {
    config: &'a RetryConfig,
    method: &'static str,
    path: &'static str,
    /// GET, or marked idempotent: may be sent again after it reached the server.
    safe: bool,
    deadline: Option<Instant>,
    /// Failed attempts the policy has seen.
    failures: u32,
    /// Retries granted.
    retried: u32,
}

impl<'a> Retrier<'a> {
    pub(crate) fn new(
        config: &'a RetryConfig,
        method: &'static str,
        path: &'static str,
        safe: bool,
        deadline: Option<Instant>,
    ) -> Self {
        Retrier {
            config,
            method,
            path,
            safe,
            deadline,
            failures: 0,
            retried: 0,
        }
    }

    /// After the call's attempt number `attempt` failed: how long to wait before sending it
    /// again, or `None` to give up (logged at debug level, each retry at info level).
    pub(crate) fn next(&mut self, failure: &Failure, attempt: u32) -> Option<Duration> {
        let (method, path) = (self.method, self.path);
        let cause = Cause::of(failure)?;
        if cause.reached_server() && !self.safe {
            tracing::debug!(method, path, attempt, %cause, "not retried: the request may have been carried out");
            return None;
        }
        self.failures += 1;
        if self.failures >= self.config.max_attempts {
            tracing::debug!(method, path, attempt, %cause, "not retried: no attempts left");
            return None;
        }
        let delay = failure
            .retry_after
            .unwrap_or_else(|| self.config.jittered(self.failures));
        let fits = match self.deadline {
            None => true,
            Some(deadline) => Instant::now()
                .checked_add(delay)
                .is_some_and(|at| at < deadline),
        };
        if !fits {
            tracing::debug!(method, path, attempt, %cause, ?delay, "not retried: the wait would pass the deadline");
            return None;
        }
        self.retried += 1;
        tracing::info!(
            method,
            path,
            attempt,
            max_attempts = self.config.max_attempts,
            reason = %cause,
            delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
            retry_after = failure.retry_after.is_some(),
            "retrying the call"
        );
        Some(delay)
    }

    /// The error the call ends with after `attempts` sends: [`Error::RetriesExhausted`] when it
    /// was retried and the last failure was of a retryable kind, else the failure's own error.
    pub(crate) fn give_up(&self, failure: Failure, attempts: u32) -> Error {
        if self.retried > 0 && Cause::of(&failure).is_some() {
            Error::RetriesExhausted {
                attempts,
                last: Box::new(failure.error),
            }
        } else {
            failure.error
        }
    }
}

/// The longest `Retry-After` taken as given; a longer one is cut to this (and the deadline
/// decides whether it is waited out).
const MAX_RETRY_AFTER: Duration = Duration::from_secs(24 * 3600);

/// A `Retry-After` value: delay-seconds, or an HTTP date (a past date is no wait). `None` when
/// it is neither.
pub(crate) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    let delay = if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // All digits: only an overflow fails, and that is "very long".
        Duration::from_secs(value.parse::<u64>().unwrap_or(u64::MAX))
    } else {
        let at = httpdate::parse_http_date(value).ok()?;
        at.duration_since(now).unwrap_or(Duration::ZERO)
    };
    Some(delay.min(MAX_RETRY_AFTER))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(error: Error, http_status: Option<u16>) -> Failure {
        Failure {
            error,
            http_status,
            retry_after: None,
        }
    }

    fn transport(stage: &'static str) -> Error {
        Error::Transport {
            method: "POST",
            path: "/p",
            stage,
            source: "x".into(),
        }
    }

    fn status(status: u16) -> Error {
        Error::HttpStatus {
            method: "POST",
            path: "/p",
            status,
            excerpt: String::new(),
        }
    }

    #[test]
    fn backoff_bound_doubles_and_is_capped() {
        let c = RetryConfig::default()
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(700));
        let bounds: Vec<_> = (1..=5).map(|r| c.backoff_bound(r).as_millis()).collect();
        assert_eq!(bounds, [100, 200, 400, 700, 700]);
        assert_eq!(c.backoff_bound(u32::MAX), Duration::from_millis(700));
        for retry in 1..50 {
            assert!(c.jittered(retry) <= c.backoff_bound(retry));
        }
        assert!(RetryConfig::default().max_attempts(0).validate().is_err());
    }

    #[test]
    fn an_unsafe_request_is_retried_only_when_it_never_reached_the_server() {
        let config = RetryConfig::default().max_attempts(5);
        let mut post = Retrier::new(&config, "POST", "/p", false, None);
        assert!(post
            .next(&failure(transport(CONNECT_FAILED), None), 1)
            .is_some());
        for reached in [
            failure(transport("could not read the response body"), None),
            failure(
                Error::Timeout {
                    method: "POST",
                    path: "/p",
                    timeout: Duration::from_secs(1),
                },
                None,
            ),
            failure(status(503), Some(503)),
            failure(status(429), Some(429)),
        ] {
            assert_eq!(post.next(&reached, 2), None);
        }
        let mut get = Retrier::new(&config, "GET", "/p", true, None);
        assert!(get.next(&failure(status(503), Some(503)), 1).is_some());
        assert!(get.next(&failure(status(500), Some(500)), 2).is_none());
    }

    #[test]
    fn attempts_and_the_deadline_bound_the_retries() {
        let config = RetryConfig::default()
            .max_attempts(3)
            .initial_backoff(Duration::ZERO);
        let mut r = Retrier::new(&config, "GET", "/p", true, None);
        let f = || failure(status(502), Some(502));
        assert!(r.next(&f(), 1).is_some());
        assert!(r.next(&f(), 2).is_some());
        assert!(r.next(&f(), 3).is_none());
        assert!(matches!(
            r.give_up(f(), 3),
            Error::RetriesExhausted { attempts: 3, .. }
        ));

        let soon = Instant::now() + Duration::from_millis(50);
        let mut r = Retrier::new(&config, "GET", "/p", true, Some(soon));
        let mut slow = f();
        slow.retry_after = Some(Duration::from_secs(1));
        assert!(
            r.next(&slow, 1).is_none(),
            "the wait would pass the deadline"
        );
        assert!(
            matches!(r.give_up(slow, 1), Error::HttpStatus { status: 502, .. }),
            "not retried: the plain error"
        );
    }

    #[test]
    fn retry_after_is_seconds_or_a_date() {
        let now = httpdate::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        assert_eq!(parse_retry_after("2", now), Some(Duration::from_secs(2)));
        assert_eq!(parse_retry_after(" 0 ", now), Some(Duration::ZERO));
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:40 GMT", now),
            Some(Duration::from_secs(3))
        );
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(
            parse_retry_after("99999999999999999999999", now),
            Some(MAX_RETRY_AFTER)
        );
        for bad in ["", "-1", "1.5", "soon"] {
            assert_eq!(parse_retry_after(bad, now), None, "{bad}");
        }
    }
}
