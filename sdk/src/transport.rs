//! HTTP for the SDK: sets up the `reqwest::Client` (the caller's hook, then the SDK's own
//! guarantees), builds the URL (percent-encoded query), adds the headers every call carries,
//! sends one attempt, and reads the body up to the size limit. No token logic and no retry
//! decisions live here.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, CONTENT_TYPE, RETRY_AFTER};

use crate::proxy::ResolvedProxy;
use crate::retry::{parse_retry_after, Failure, CONNECT_FAILED};
use crate::runtime::{self, Method, RawResponse};
use crate::Error;

/// Everything but RFC 3986's unreserved characters is percent-encoded in a query (and in a path
/// parameter's value, `runtime/route.rs`).
pub(crate) const QUERY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The `x-authing-sdk-version` header's value.
pub(crate) const SDK_VERSION: &str = concat!("authing-rust-sdk:", env!("CARGO_PKG_VERSION"));

/// One configured HTTP client for one Authing host. Clones share the connection pool.
#[derive(Clone)]
pub(crate) struct Transport {
    http: reqwest::Client,
    /// `scheme://host[:port][/prefix]`, no trailing slash.
    base: String,
    /// `host:port` of `base`, for the errors that name the server.
    server: String,
    timeout: Duration,
    max_response_bytes: usize,
}

/// The caller's changes to the SDK's `reqwest::ClientBuilder` (the builders' `configure_http`).
#[derive(Clone)]
pub(crate) struct ConfigureHttp(
    pub(crate) Arc<dyn Fn(reqwest::ClientBuilder) -> reqwest::ClientBuilder + Send + Sync>,
);

impl fmt::Debug for ConfigureHttp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ConfigureHttp(..)")
    }
}

/// How the HTTP client connects: the trust (one rustls configuration, shared with event
/// subscriptions), the proxy, and the caller's hook.
pub(crate) struct Connection<'a> {
    pub tls: &'a Arc<rustls::ClientConfig>,
    pub proxy: &'a ResolvedProxy,
    pub configure: Option<&'a ConfigureHttp>,
}

/// A call as the transport sees it.
pub(crate) struct Outgoing<'a> {
    pub method: Method,
    pub path: &'static str,
    pub query: &'a [(&'static str, String)],
    /// The body (cheap to clone: the same bytes go out on every attempt): JSON, or
    /// form-encoded when `form` is set.
    pub body: Option<Bytes>,
    /// The body is `application/x-www-form-urlencoded` (the OAuth 2.0 endpoints').
    pub form: bool,
    /// Per-call headers (authorization, userpool); mark credentials sensitive.
    pub headers: HeaderMap,
    /// This call's per-attempt timeout, when it is not the client's.
    pub timeout: Option<Duration>,
}

/// What came back: the HTTP status, a valid `Retry-After`, and the whole body.
pub(crate) struct Incoming {
    pub status: u16,
    pub retry_after: Option<Duration>,
    pub body: Vec<u8>,
}

impl Transport {
    /// `base` must already be validated; `lang` is the `x-authing-lang` value; `timeout` bounds
    /// each attempt (connecting included); a body over `max_response_bytes` is refused;
    /// `extra` (the tenant and the default headers, checked) goes on every request.
    ///
    /// The proxy is set first, then the caller's hook runs, then the SDK sets again what it
    /// guarantees whatever the hook did: its rustls configuration (so certificate and host-name
    /// verification stay on: `use_preconfigured_tls` replaces every TLS choice of the builder),
    /// no redirects, the per-attempt timeout, and its own headers (with `extra`).
    pub(crate) fn new(
        base: String,
        timeout: Duration,
        lang: &str,
        max_response_bytes: usize,
        extra: HeaderMap,
        connection: Connection<'_>,
    ) -> Result<Self, Error> {
        let lang = HeaderValue::from_str(lang)
            .map_err(|_| Error::config(format!("lang {lang:?} is not a valid header value")))?;
        let mut headers = extra;
        headers.insert(
            HeaderName::from_static("x-authing-sdk-version"),
            HeaderValue::from_static(SDK_VERSION),
        );
        headers.insert(HeaderName::from_static("x-authing-lang"), lang);
        let mut builder = connection.proxy.apply(reqwest::Client::builder())?;
        if let Some(configure) = connection.configure {
            builder = (configure.0)(builder);
        }
        let http = builder
            // The SDK's roots and verifier: replaces whatever TLS settings the hook made.
            .use_preconfigured_tls(rustls::ClientConfig::clone(connection.tls))
            .timeout(timeout)
            // A connect that times out is a connect failure: the request was never sent.
            .connect_timeout(timeout)
            .default_headers(headers)
            .user_agent(SDK_VERSION.replace(':', "/"))
            // Credentials go to the configured host only, never to wherever a redirect points.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::config(format!("could not set up the HTTP client: {e}")))?;
        let server = reqwest::Url::parse(&base)
            .ok()
            .and_then(|url| {
                let host = url.host_str()?.to_owned();
                Some(format!("{host}:{}", url.port_or_known_default()?))
            })
            .unwrap_or_else(|| base.clone());
        Ok(Transport {
            http,
            base,
            server,
            timeout,
            max_response_bytes,
        })
    }

    /// One attempt: sends the request, reads the answer and checks its envelope. The failure
    /// keeps the HTTP status and `Retry-After` for the retry decision.
    pub(crate) async fn call(&self, out: Outgoing<'_>) -> Result<RawResponse, Failure> {
        self.call_to(out.path, out).await
    }

    /// [`call`](Self::call) to a path with its parameters filled in (`/api/v3/ip-list/a%2Fb`);
    /// `out.path`, the route, names the call in errors.
    pub(crate) async fn call_to(
        &self,
        url_path: &str,
        out: Outgoing<'_>,
    ) -> Result<RawResponse, Failure> {
        let (method, path) = (out.method.as_str(), out.path);
        let incoming = self.send_to(url_path, out).await?;
        runtime::check_envelope(method, path, incoming.status, incoming.body).map_err(|error| {
            Failure {
                error,
                http_status: Some(incoming.status),
                retry_after: incoming.retry_after,
            }
        })
    }

    /// Sends one request and reads the whole response body (up to the limit), whatever its
    /// status: for the protocol endpoints, which answer without the envelope.
    pub(crate) async fn send(&self, out: Outgoing<'_>) -> Result<Incoming, Error> {
        let path = out.path;
        self.send_to(path, out).await
    }

    /// [`send`](Self::send) to a path made at run time (`/cas-idp/{appId}/validate`);
    /// `out.path` names the endpoint in errors.
    pub(crate) async fn send_to(
        &self,
        url_path: &str,
        out: Outgoing<'_>,
    ) -> Result<Incoming, Error> {
        let (method, path) = (out.method.as_str(), out.path);
        let timeout = out.timeout.unwrap_or(self.timeout);
        let mut request = self
            .http
            .request(http_method(out.method), self.url(url_path, out.query))
            .headers(out.headers);
        if let Some(timeout) = out.timeout {
            request = request.timeout(timeout);
        }
        if let Some(body) = out.body {
            let content_type = if out.form {
                "application/x-www-form-urlencoded"
            } else {
                "application/json"
            };
            request = request
                .header(CONTENT_TYPE, HeaderValue::from_static(content_type))
                .body(body);
        }
        let fail =
            |e: reqwest::Error, stage| with_timeout(self.error(method, path, stage, e), timeout);
        let mut response = request
            .send()
            .await
            .map_err(|e| fail(e, "could not send the request"))?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| parse_retry_after(v, SystemTime::now()));
        let too_large = || Error::ResponseTooLarge {
            method,
            path,
            limit: self.max_response_bytes,
        };
        let limit = self.max_response_bytes;
        let announced = response.content_length().unwrap_or(0);
        if usize::try_from(announced).map_or(true, |n| n > limit) {
            return Err(too_large());
        }
        // Read chunk by chunk so a body without a length cannot grow past the limit either.
        let mut body = Vec::with_capacity(usize::try_from(announced).unwrap_or(0));
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| fail(e, "could not read the response body"))?
        {
            if chunk.len() > limit - body.len() {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Incoming {
            status,
            retry_after,
            body,
        })
    }

    /// `base + path`, then `?k=v&...` percent-encoded, in the given order.
    pub(crate) fn url(&self, path: &str, query: &[(&str, String)]) -> String {
        let mut url = format!("{}{path}", self.base);
        for (i, (key, value)) in query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.extend(utf8_percent_encode(key, QUERY));
            url.push('=');
            url.extend(utf8_percent_encode(value, QUERY));
        }
        url
    }

    fn error(
        &self,
        method: &'static str,
        path: &'static str,
        stage: &'static str,
        e: reqwest::Error,
    ) -> Error {
        // A connect that timed out never sent the request: it is a connect failure below.
        if e.is_timeout() && !e.is_connect() {
            return Error::Timeout {
                method,
                path,
                timeout: self.timeout,
            };
        }
        if let Some(reason) = crate::trust::certificate_problem(&e) {
            return Error::UntrustedCertificate {
                method,
                path,
                server: self.server.clone(),
                reason,
            };
        }
        let stage = if e.is_connect() {
            CONNECT_FAILED
        } else {
            stage
        };
        // The URL in reqwest's message holds the query (user ids); the path is already known.
        Error::Transport {
            method,
            path,
            stage,
            source: Box::new(e.without_url()),
        }
    }
}

/// `error` with the timeout of the call that timed out (a call's own, when it had one).
fn with_timeout(mut error: Error, call_timeout: Duration) -> Error {
    if let Error::Timeout { timeout, .. } = &mut error {
        *timeout = call_timeout;
    }
    error
}

fn http_method(method: Method) -> reqwest::Method {
    match method {
        Method::Get => reqwest::Method::GET,
        Method::Post => reqwest::Method::POST,
        Method::Put => reqwest::Method::PUT,
        Method::Delete => reqwest::Method::DELETE,
        Method::Patch => reqwest::Method::PATCH,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_is_percent_encoded_in_order() {
        let tls = crate::Trust::default().client_config().unwrap();
        let connection = Connection {
            tls: &tls,
            proxy: &ResolvedProxy::Off,
            configure: None,
        };
        let t = Transport::new(
            "http://h:1/x".into(),
            Duration::from_secs(1),
            "zh-CN",
            1,
            HeaderMap::new(),
            connection,
        )
        .unwrap();
        let q = [
            ("userId", "a b&c=d/é+~".to_owned()),
            ("withCustomData", "true".to_owned()),
        ];
        assert_eq!(
            t.url("/api/v3/get-user", &q),
            "http://h:1/x/api/v3/get-user?userId=a%20b%26c%3Dd%2F%C3%A9%2B~&withCustomData=true"
        );
        assert_eq!(t.url("/p", &[]), "http://h:1/x/p");
    }
}
