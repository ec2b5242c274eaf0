//! Per-call options on every request builder: extra headers, a per-attempt timeout and an
//! attempt limit ([`RequestOptions`], whose methods every builder gets from one small generated
//! accessor), and the list of headers the SDK owns, which neither a builder's default headers
//! nor a call's may set. The call path (`crate::client`) applies them; nothing is sent here.

use std::fmt;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::Error;

/// The `x-authing-app-tenant-id` header: the tenant a client's calls act in.
pub(crate) const TENANT_HEADER: &str = "x-authing-app-tenant-id";

/// The headers the SDK sets itself, lower case: the credentials (`authorization`, the user pool
/// and the application), the tenant and language (their own builder settings), the SDK's
/// version and user agent, and HTTP framing. A default header or a call's header may not set
/// one of them.
pub const OWNED_HEADERS: &[&str] = &[
    "authorization",
    "x-authing-userpool-id",
    "x-authing-app-id",
    TENANT_HEADER,
    "x-authing-lang",
    "x-authing-sdk-version",
    "user-agent",
    "content-type",
    "content-length",
    "transfer-encoding",
    "host",
    "connection",
];

/// A header as given by a caller, checked: a valid HTTP name and value, and not one the SDK
/// owns. `setting` names where it was given (`default_header`, `header`) in the error; the
/// value is never quoted (it may be a credential).
pub(crate) fn checked_header(
    setting: &str,
    name: &str,
    value: &str,
) -> Result<(HeaderName, HeaderValue), Error> {
    let header = HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
        Error::config(format!(
            "{setting}: {:?} is not a valid HTTP header name",
            name.escape_debug().to_string()
        ))
    })?;
    refuse_owned(setting, &header)?;
    let value = HeaderValue::from_str(value).map_err(|_| {
        Error::config(format!(
            "{setting}: the value of header `{header}` is not a valid HTTP header value"
        ))
    })?;
    Ok((header, value))
}

/// [`Error::Config`] when `name` is one of the [`OWNED_HEADERS`].
pub(crate) fn refuse_owned(setting: &str, name: &HeaderName) -> Result<(), Error> {
    if OWNED_HEADERS.contains(&name.as_str()) {
        return Err(Error::config(format!(
            "{setting}: header `{name}` is set by the SDK and cannot be overridden (the SDK's \
             headers: {}; the tenant and language have builder settings of their own)",
            OWNED_HEADERS.join(", ")
        )));
    }
    Ok(())
}

/// The reason of a configuration error (what the header checks return).
fn reason(error: Error) -> String {
    match error {
        Error::Config { reason } => reason,
        other => other.to_string(),
    }
}

/// A client builder's default headers (sent on every call of the client and its sessions),
/// checked as they are added; `build()` refuses the first bad one. `Debug` shows names only.
#[derive(Clone, Default)]
pub(crate) struct DefaultHeaders {
    pub(crate) map: HeaderMap,
    /// Why the first refused header was refused.
    pub(crate) refused: Option<String>,
}

impl DefaultHeaders {
    pub(crate) fn insert(&mut self, name: &str, value: &str) {
        match checked_header("default_header", name, value) {
            Ok((name, value)) => {
                self.map.insert(name, value);
            }
            Err(error) => {
                self.refused.get_or_insert_with(|| reason(error));
            }
        }
    }

    pub(crate) fn extend(&mut self, headers: HeaderMap) {
        let mut last: Option<HeaderName> = None;
        for (name, value) in headers {
            let Some(name) = name.or_else(|| last.clone()) else {
                continue;
            };
            match refuse_owned("default_headers", &name) {
                Ok(()) => {
                    self.map.append(name.clone(), value);
                }
                Err(error) => {
                    self.refused.get_or_insert_with(|| reason(error));
                }
            }
            last = Some(name);
        }
    }
}

impl fmt::Debug for DefaultHeaders {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.map.keys().map(HeaderName::as_str))
            .finish()
    }
}

/// A request builder's per-call options. Empty (no allocation) unless one was set.
#[derive(Clone, Default)]
pub struct CallOptions(Option<Box<Overrides>>);

/// What a call overrides.
#[derive(Clone, Default)]
pub(crate) struct Overrides {
    pub(crate) headers: HeaderMap,
    pub(crate) attempt_timeout: Option<Duration>,
    pub(crate) max_attempts: Option<u32>,
    /// The first option refused: the call fails with it before anything is sent.
    pub(crate) refused: Option<String>,
}

impl CallOptions {
    fn overrides(&mut self) -> &mut Overrides {
        self.0.get_or_insert_with(Box::default)
    }

    /// Records `error` as the call's, unless an earlier one was recorded.
    fn refuse(&mut self, error: Error) {
        let overrides = self.overrides();
        if overrides.refused.is_none() {
            overrides.refused = Some(reason(error));
        }
    }

    /// The overrides, or an [`Error::Config`] naming the first refused option.
    pub(crate) fn checked(self) -> Result<Option<Box<Overrides>>, Error> {
        match self.0 {
            Some(overrides) => match &overrides.refused {
                Some(reason) => Err(Error::config(reason.clone())),
                None => Ok(Some(overrides)),
            },
            None => Ok(None),
        }
    }
}

impl fmt::Debug for CallOptions {
    /// Header names only: a value may be a credential.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(o) = &self.0 else {
            return f.write_str("CallOptions(default)");
        };
        let names: Vec<&str> = o.headers.keys().map(HeaderName::as_str).collect();
        f.debug_struct("CallOptions")
            .field("headers", &names)
            .field("attempt_timeout", &o.attempt_timeout)
            .field("max_attempts", &o.max_attempts)
            .field("refused", &o.refused.is_some())
            .finish()
    }
}

/// Per-call options on every request builder (the generated endpoint builders, whose paginators
/// keep them for every page): extra headers, a per-attempt timeout and an attempt limit, for
/// this call only. Bring it into scope with `use authing::RequestOptions;`.
///
/// A header the SDK owns ([`OWNED_HEADERS`]: authorization, user pool, application, tenant,
/// language, SDK version, user agent, content type and HTTP framing) or an invalid header name
/// or value makes the call fail with [`Error::Config`] naming the header, before anything is
/// sent; so do a zero timeout and a zero attempt limit.
///
/// ```no_run
/// use std::time::Duration;
/// use authing::{AuthenticationClient, ManagementClient, RequestOptions};
///
/// # async fn run(end_user_ip: &str) -> authing::Result<()> {
/// // A private deployment with tenants: the tenant and a gateway header on every call.
/// let management = ManagementClient::builder()
///     .access_key_id("YOUR_ACCESS_KEY_ID")
///     .access_key_secret("YOUR_ACCESS_KEY_SECRET")
///     .host("https://authing.example.internal")
///     .tenant_id("YOUR_TENANT_ID")
///     .default_header("x-gateway-route", "identity")
///     .build()?;
/// let app = AuthenticationClient::builder()
///     .app_id("YOUR_APP_ID")
///     .app_secret("YOUR_APP_SECRET")
///     .host("https://my-app.authing.example.internal")
///     .tenant_id("YOUR_TENANT_ID")
///     .build()?;
///
/// // An end-user call made from a server, for the end user's address (Authing rate-limits
/// // SMS by it, as the Python SDK's `real_ip` sends it), with a shorter timeout and no retry.
/// app.send_sms(authing::types::Channel::ChannelLogin, "+8613800000000")
///     .header("x-real-ip", end_user_ip)
///     .attempt_timeout(Duration::from_secs(3))
///     .max_attempts(1)
///     .await?;
///
/// let user = management
///     .get_user("USER_ID")
///     .header("x-request-source", "admin-console")
///     .await?;
/// # let _ = user;
/// # Ok(())
/// # }
/// ```
pub trait RequestOptions: Sized {
    /// The builder's options (not part of the API: the SDK's builders implement this trait).
    #[doc(hidden)]
    fn call_options(&mut self) -> &mut CallOptions;

    /// Sends this header on this call (after the client's default headers, replacing one of
    /// the same name). `x-real-ip` with the end user's address is the usual one.
    fn header(mut self, name: impl AsRef<str>, value: impl AsRef<str>) -> Self {
        let options = self.call_options();
        match checked_header("header", name.as_ref(), value.as_ref()) {
            Ok((name, value)) => {
                options.overrides().headers.insert(name, value);
            }
            Err(error) => options.refuse(error),
        }
        self
    }

    /// Sends these headers on this call (as [`header`](Self::header) each); values marked
    /// sensitive stay out of `Debug` and logs.
    fn headers(mut self, headers: HeaderMap) -> Self {
        let options = self.call_options();
        let mut last: Option<HeaderName> = None;
        for (name, value) in headers {
            let Some(name) = name.or_else(|| last.clone()) else {
                continue;
            };
            match refuse_owned("headers", &name) {
                Ok(()) => {
                    options.overrides().headers.append(name.clone(), value);
                }
                Err(error) => options.refuse(error),
            }
            last = Some(name);
        }
        self
    }

    /// The timeout of each attempt of this call, instead of the client's
    /// [`timeout`](crate::ManagementClientBuilder::timeout) (connecting is still bounded by the
    /// client's, and so is a management token request the call makes first). The call's
    /// deadline stays the client's.
    fn attempt_timeout(mut self, timeout: Duration) -> Self {
        let options = self.call_options();
        if timeout.is_zero() {
            options.refuse(Error::config("attempt_timeout must be more than zero"));
        } else {
            options.overrides().attempt_timeout = Some(timeout);
        }
        self
    }

    /// The most attempts of this call (the first one included; 1 sends it once), instead of
    /// the client's [`RetryConfig`](crate::RetryConfig)'s. Which failures are retried stays the
    /// same.
    fn max_attempts(mut self, attempts: u32) -> Self {
        let options = self.call_options();
        if attempts == 0 {
            options.refuse(Error::config(
                "max_attempts must be at least 1 (1 sends the call once)",
            ));
        } else {
            options.overrides().max_attempts = Some(attempts);
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Builder(CallOptions);

    impl RequestOptions for Builder {
        fn call_options(&mut self) -> &mut CallOptions {
            &mut self.0
        }
    }

    fn refused(builder: Builder) -> String {
        match builder.0.checked() {
            Err(error) => error.to_string(),
            Ok(_) => panic!("not refused"),
        }
    }

    #[test]
    fn an_owned_header_is_refused_by_name_in_any_case() {
        for name in ["Authorization", "X-Authing-App-Tenant-Id", "content-type"] {
            let shown = refused(Builder::default().header(name, "x"));
            assert!(
                shown.contains(&format!("`{}`", name.to_ascii_lowercase())),
                "{shown}"
            );
        }
        let mut map = HeaderMap::new();
        map.insert("x-authing-userpool-id", HeaderValue::from_static("p"));
        assert!(refused(Builder::default().headers(map)).contains("`x-authing-userpool-id`"));
    }

    #[test]
    fn invalid_names_and_values_are_errors_naming_the_header_not_the_value() {
        let shown = refused(Builder::default().header("bad name", "v"));
        assert!(shown.contains("\"bad name\""), "{shown}");
        let shown = refused(Builder::default().header("x-note", "line\nbreak-secret"));
        assert!(
            shown.contains("`x-note`") && !shown.contains("secret"),
            "{shown}"
        );
    }

    #[test]
    fn the_first_refusal_wins_and_a_default_is_empty() {
        let builder = Builder::default()
            .header("host", "h")
            .attempt_timeout(Duration::ZERO);
        assert!(refused(builder).contains("`host`"));
        assert!(Builder::default().0.checked().unwrap().is_none());
        let set = Builder::default()
            .header("x-real-ip", "203.0.113.7")
            .max_attempts(2)
            .0
            .checked()
            .unwrap()
            .unwrap();
        assert_eq!(set.headers["x-real-ip"], "203.0.113.7");
        assert_eq!(set.max_attempts, Some(2));
    }
}
