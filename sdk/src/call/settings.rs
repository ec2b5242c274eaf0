//! [`Settings`]: the settings both clients' builders share (host, language, timeout, deadline,
//! retries, size limit, plain transport, events), their setters (`settings_setters!`), defaults
//! and checks, and the shared call state they build; reading an environment variable; the
//! host's URL check. No request is sent from here.

use std::sync::Arc;
use std::time::Duration;

use super::Inner;
use crate::credentials::Credentials;
use crate::transport::{Connection, Transport};
use crate::{Error, RetryConfig};

/// The defaults of the settings (the management client's public constants name them).
pub(crate) mod defaults {
    use std::time::Duration;

    /// The Management API's host (`ManagementClient::DEFAULT_HOST`), also the example a bad host's
    /// error gives.
    pub(crate) const DEFAULT_HOST: &str = "https://api.authing.cn";
    /// The per-attempt timeout unless set.
    pub(crate) const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
    /// The overall deadline of a call unless set.
    pub(crate) const DEFAULT_DEADLINE: Duration = Duration::from_secs(30);
    /// The response size limit unless set (16 MiB).
    pub(crate) const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 << 20;
    /// The `x-authing-lang` unless set.
    pub(crate) const DEFAULT_LANG: &str = "zh-CN";
}
use defaults::*;

/// The setters of [`Settings`] on a client builder with a `settings` field (both clients').
macro_rules! settings_setters {
    () => {
        /// The `x-authing-lang` header: the language of Authing's messages (`zh-CN` by default,
        /// `en-US`, ...).
        pub fn lang(mut self, value: impl Into<String>) -> Self {
            self.settings.lang = Some(value.into());
            self
        }

        /// The timeout of one attempt: one HTTP request, connecting and reading the whole body
        /// included, the token request too (10 s by default).
        pub fn timeout(mut self, value: std::time::Duration) -> Self {
            self.settings.timeout = Some(value);
            self
        }

        /// The deadline of a whole call: getting a token, every attempt and the waits between them
        /// (30 s by default). When it passes the call ends with [`crate::Error::DeadlineExceeded`].
        pub fn deadline(mut self, value: std::time::Duration) -> Self {
            self.settings.deadline = Some(value);
            self
        }

        /// The retry policy ([`RetryConfig::default`](crate::RetryConfig::default): 3 attempts); `RetryConfig::disabled()` sends
        /// every call once. Which failures are retried: see
        /// [`ManagementClient`](crate::ManagementClient#retries).
        pub fn retry(mut self, value: crate::RetryConfig) -> Self {
            self.settings.retry = Some(value);
            self
        }

        /// The largest response body read, in bytes (16 MiB by default); a larger one ends the call
        /// with [`crate::Error::ResponseTooLarge`] without being read.
        pub fn max_response_bytes(mut self, value: usize) -> Self {
            self.settings.max_response_bytes = Some(value);
            self
        }

        /// Allows a plain `http://` API host and a plain `ws://` events host that are not a
        /// loopback address (`false` by default: `build()` refuses them with
        /// [`crate::Error::InsecureHost`]; 127.0.0.0/8, `::1` and `localhost` are always allowed).
        /// Over plain transport the access key secret, tokens and the management WebSocket
        /// signature (replayable until the secret is rotated) can be read on the way.
        pub fn allow_insecure_http(mut self, allow: bool) -> Self {
            self.settings.allow_insecure_http = allow;
            self
        }

        /// The tenant the client's calls act in, sent as `x-authing-app-tenant-id` on every call
        /// (a [`UserSession`](crate::UserSession)'s too): for user pools with tenants
        /// (Authing's multi-tenant feature). Not set by default.
        pub fn tenant_id(mut self, value: impl Into<String>) -> Self {
            self.settings.tenant_id = Some(value.into());
            self
        }

        /// A header sent on every call of the client (and its sessions), such as a gateway's
        /// routing header; a call's own [`header`](crate::RequestOptions::header) replaces it.
        /// `build()` refuses a header the SDK owns ([`OWNED_HEADERS`](crate::OWNED_HEADERS)) or
        /// an invalid name or value with [`Error::Config`](crate::Error::Config) naming it.
        pub fn default_header(mut self, name: impl AsRef<str>, value: impl AsRef<str>) -> Self {
            self.settings
                .default_headers
                .insert(name.as_ref(), value.as_ref());
            self
        }

        /// Headers sent on every call, as [`default_header`](Self::default_header) each (values
        /// marked sensitive stay out of logs).
        pub fn default_headers(mut self, headers: reqwest::header::HeaderMap) -> Self {
            self.settings.default_headers.extend(headers);
            self
        }

        /// The certificate authorities the client trusts, for API calls and event subscriptions
        /// alike ([`Trust::default`](crate::Trust): the public web roots). A private deployment
        /// adds its own CA. Certificate and host-name verification cannot be turned off.
        ///
        /// ```no_run
        /// use authing::{ManagementClient, Proxy, Trust};
        ///
        /// # fn run() -> Result<(), Box<dyn std::error::Error>> {
        /// // The deployment's CA certificate, PEM (a DER file goes to `add_der`).
        /// let ca = std::fs::read("/etc/authing/ca.pem")?;
        /// let client = ManagementClient::builder()
        ///     .access_key_id("YOUR_ACCESS_KEY_ID")
        ///     .access_key_secret("YOUR_ACCESS_KEY_SECRET")
        ///     .host("https://authing.internal.example")
        ///     .trust(Trust::default().add_pem(&ca))
        ///     // Egress through the proxy; hosts in NO_PROXY are reached directly.
        ///     .proxy(Proxy::url("http://user:password@proxy.internal.example:3128"))
        ///     // The rest of reqwest's settings: the SDK's guarantees are applied after it.
        ///     .configure_http(|http| http.pool_max_idle_per_host(4))
        ///     .build()?;
        /// # let _ = client;
        /// # Ok(())
        /// # }
        /// ```
        pub fn trust(mut self, value: crate::Trust) -> Self {
            self.settings.trust = Some(value);
            self
        }

        /// The HTTP proxy for API calls and event subscriptions alike
        /// ([`Proxy::from_env`](crate::Proxy::from_env) by default: `HTTPS_PROXY`,
        /// `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY`, read at `build()`). See
        /// [`Proxy`](crate::Proxy); an example is on [`trust`](Self::trust).
        pub fn proxy(mut self, value: crate::Proxy) -> Self {
            self.settings.proxy = Some(value);
            self
        }

        /// Changes the `reqwest::ClientBuilder` the client's HTTP calls are made with: pool and
        /// keep-alive sizes, a local address, TCP settings, DNS overrides. Called once, at
        /// `build()`. (This makes reqwest's `ClientBuilder` part of this crate's API: a major
        /// version of reqwest is a major version of this crate.)
        ///
        /// After it, the SDK applies again what it guarantees, so the hook cannot undo it: its
        /// own TLS configuration (the [`trust`](Self::trust) roots with certificate and
        /// host-name verification; TLS settings made in the hook, such as
        /// `danger_accept_invalid_certs` or `add_root_certificate`, have no effect), no HTTP
        /// redirects, the per-attempt [`timeout`](Self::timeout) (as both `timeout` and
        /// `connect_timeout`), and the SDK's own headers (`x-authing-sdk-version`,
        /// `x-authing-lang`, `user-agent`). A proxy set in the hook applies to HTTP calls only;
        /// event subscriptions follow [`proxy`](Self::proxy). An example is on
        /// [`trust`](Self::trust).
        pub fn configure_http(
            mut self,
            hook: impl Fn(reqwest::ClientBuilder) -> reqwest::ClientBuilder + Send + Sync + 'static,
        ) -> Self {
            self.settings.configure_http =
                Some(crate::transport::ConfigureHttp(std::sync::Arc::new(hook)));
            self
        }

        /// Where event subscriptions connect and how they reconnect and buffer
        /// ([`EventsConfig::default`](crate::config::EventsConfig) otherwise).
        #[cfg(feature = "event-stream")]
        pub fn events(mut self, value: crate::events::EventsConfig) -> Self {
            self.settings.events = Some(value);
            self
        }
    };
}
pub(crate) use settings_setters;

/// The settings every client has: host, language, timeout, deadline, retries, size limit,
/// tenant, default headers, trust, proxy and the HTTP hook.
#[derive(Debug, Clone, Default)]
pub(crate) struct Settings {
    pub(crate) host: Option<String>,
    pub(crate) lang: Option<String>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) deadline: Option<Duration>,
    pub(crate) retry: Option<RetryConfig>,
    pub(crate) max_response_bytes: Option<usize>,
    pub(crate) allow_insecure_http: bool,
    pub(crate) tenant_id: Option<String>,
    pub(crate) default_headers: crate::runtime::DefaultHeaders,
    #[cfg(feature = "event-stream")]
    pub(crate) events: Option<crate::events::EventsConfig>,
    pub(crate) trust: Option<crate::Trust>,
    pub(crate) proxy: Option<crate::Proxy>,
    pub(crate) configure_http: Option<crate::transport::ConfigureHttp>,
}

impl Settings {
    /// Checks the settings (`host` when none was set) and sets up the shared call path with
    /// `credentials`.
    pub(crate) fn build(
        self,
        host_setting: &'static str,
        host: Option<&str>,
        credentials: Arc<dyn Credentials>,
    ) -> Result<Inner, Error> {
        let headers = self.headers()?;
        let host = match self.host.as_deref().or(host) {
            Some(host) => base_url(host)?,
            None => return Err(Error::config("the host is not set")),
        };
        super::insecure::check(host_setting, &host, "http", self.allow_insecure_http)?;
        let timeout = self.timeout.unwrap_or(DEFAULT_TIMEOUT);
        if timeout.is_zero() {
            return Err(Error::config("timeout must be more than zero"));
        }
        let deadline = self.deadline.unwrap_or(DEFAULT_DEADLINE);
        if deadline.is_zero() {
            return Err(Error::config("deadline must be more than zero"));
        }
        let max_response_bytes = self
            .max_response_bytes
            .unwrap_or(DEFAULT_MAX_RESPONSE_BYTES);
        if max_response_bytes == 0 {
            return Err(Error::config("max_response_bytes must be more than zero"));
        }
        let retry = self.retry.unwrap_or_default();
        retry.validate()?;
        let lang = self.lang.unwrap_or_else(|| DEFAULT_LANG.to_owned());
        if lang.trim().is_empty() {
            return Err(Error::config("lang is empty"));
        }
        #[cfg(feature = "event-stream")]
        let events = {
            let events = self.events.unwrap_or_default();
            events.validate()?;
            super::insecure::check("events.host", &events.host, "ws", self.allow_insecure_http)?;
            events
        };
        // Built once: HTTP calls and event subscriptions connect with the same trust and proxy.
        let tls = self.trust.unwrap_or_default().client_config()?;
        let proxy = self.proxy.unwrap_or_default().resolve()?;
        let connection = Connection {
            tls: &tls,
            proxy: &proxy,
            configure: self.configure_http.as_ref(),
        };
        let transport = Transport::new(
            host.clone(),
            timeout,
            &lang,
            max_response_bytes,
            headers,
            connection,
        )?;
        Ok(Inner {
            #[cfg(feature = "event-stream")]
            events,
            #[cfg(feature = "event-stream")]
            event_route: crate::events::Route::new(tls, &proxy),
            host,
            lang,
            timeout,
            deadline,
            retry,
            transport,
            credentials,
        })
    }
}

impl Settings {
    /// The headers every call carries besides the SDK's own: the tenant and the default
    /// headers, checked.
    fn headers(&self) -> Result<reqwest::header::HeaderMap, Error> {
        if let Some(reason) = &self.default_headers.refused {
            return Err(Error::config(reason.clone()));
        }
        let mut headers = self.default_headers.map.clone();
        if let Some(tenant) = &self.tenant_id {
            if tenant.trim().is_empty() {
                return Err(Error::config("tenant_id is empty"));
            }
            let value = reqwest::header::HeaderValue::from_str(tenant)
                .map_err(|_| Error::config("tenant_id holds characters a header cannot carry"))?;
            headers.insert(
                reqwest::header::HeaderName::from_static(crate::runtime::TENANT_HEADER),
                value,
            );
        }
        Ok(headers)
    }
}

/// An environment variable: `None` when unset, an error when not UTF-8.
pub(crate) fn env(name: &str) -> Result<Option<String>, Error> {
    match std::env::var(name) {
        Ok(value) => Ok(Some(value)),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => {
            Err(Error::config(format!("{name} is not valid UTF-8")))
        }
    }
}

/// Validates `host` as an absolute `http(s)` URL without credentials, query or fragment, and
/// returns it without a trailing slash.
pub(crate) fn base_url(host: &str) -> Result<String, Error> {
    let bad = |why: &str| {
        Error::config(format!(
            "host {host:?} {why}; expected an absolute URL such as {}",
            DEFAULT_HOST
        ))
    };
    let url =
        reqwest::Url::parse(host.trim()).map_err(|e| bad(&format!("does not parse ({e})")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(bad("is not http or https"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(bad("has no host name"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad("must not hold credentials"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad("must not have a query or fragment"));
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_normalises_and_rejects() {
        assert_eq!(
            base_url("https://api.authing.cn").unwrap(),
            "https://api.authing.cn"
        );
        assert_eq!(
            base_url("http://127.0.0.1:8080/").unwrap(),
            "http://127.0.0.1:8080"
        );
        assert_eq!(base_url(" https://h/prefix/ ").unwrap(), "https://h/prefix");
        for bad in [
            "api.authing.cn",
            "ftp://h",
            "https://",
            "https://u:p@h",
            "https://h?x=1",
            "",
        ] {
            let e = base_url(bad).unwrap_err().to_string();
            assert!(
                e.starts_with("invalid client configuration: host"),
                "{bad}: {e}"
            );
        }
    }
}
