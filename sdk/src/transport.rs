//! HTTP for the SDK: builds the URL (percent-encoded query), adds the headers every call carries,
//! sends, and reads the whole body. No token logic and no envelope parsing live here.

use std::time::Duration;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, CONTENT_TYPE};

use crate::runtime::Method;
use crate::Error;

/// Everything but RFC 3986's unreserved characters is percent-encoded in a query.
const QUERY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The `x-authing-sdk-version` header's value.
pub(crate) const SDK_VERSION: &str = concat!("authing-rust-sdk:", env!("CARGO_PKG_VERSION"));

/// One configured HTTP client for one Authing host.
pub(crate) struct Transport {
    http: reqwest::Client,
    /// `scheme://host[:port][/prefix]`, no trailing slash.
    base: String,
    timeout: Duration,
}

/// A call as the transport sees it.
pub(crate) struct Outgoing<'a> {
    pub method: Method,
    pub path: &'static str,
    pub query: &'a [(&'static str, String)],
    pub body: Option<Vec<u8>>,
    /// Per-call headers (authorization, userpool); mark credentials sensitive.
    pub headers: HeaderMap,
}

/// What came back: the HTTP status and the whole body.
pub(crate) struct Incoming {
    pub status: u16,
    pub body: Vec<u8>,
}

impl Transport {
    /// `base` must already be validated; `lang` is the `x-authing-lang` value.
    pub(crate) fn new(base: String, timeout: Duration, lang: &str) -> Result<Self, Error> {
        let lang = HeaderValue::from_str(lang)
            .map_err(|_| Error::config(format!("lang {lang:?} is not a valid header value")))?;
        let mut headers = HeaderMap::new();
        headers.insert(
            HeaderName::from_static("x-authing-sdk-version"),
            HeaderValue::from_static(SDK_VERSION),
        );
        headers.insert(HeaderName::from_static("x-authing-lang"), lang);
        let http = reqwest::Client::builder()
            .use_rustls_tls()
            .timeout(timeout)
            .default_headers(headers)
            .user_agent(SDK_VERSION.replace(':', "/"))
            // Credentials go to the configured host only, never to wherever a redirect points.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::config(format!("could not set up the HTTP client: {e}")))?;
        Ok(Transport {
            http,
            base,
            timeout,
        })
    }

    /// Sends one request and reads the whole response body.
    pub(crate) async fn send(&self, out: Outgoing<'_>) -> Result<Incoming, Error> {
        let (method, path) = (out.method.as_str(), out.path);
        let mut request = self
            .http
            .request(http_method(out.method), self.url(path, out.query))
            .headers(out.headers);
        if let Some(body) = out.body {
            request = request
                .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
                .body(body);
        }
        let fail = |e: reqwest::Error, stage| self.error(method, path, stage, e);
        let response = request
            .send()
            .await
            .map_err(|e| fail(e, "could not send the request"))?;
        let status = response.status().as_u16();
        let body = response
            .bytes()
            .await
            .map_err(|e| fail(e, "could not read the response body"))?;
        Ok(Incoming {
            status,
            body: body.into(),
        })
    }

    /// `base + path`, then `?k=v&...` percent-encoded, in the given order.
    fn url(&self, path: &str, query: &[(&str, String)]) -> String {
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
        if e.is_timeout() {
            return Error::Timeout {
                method,
                path,
                timeout: self.timeout,
            };
        }
        let stage = if e.is_connect() {
            "could not connect"
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
        let t = Transport::new("http://h:1/x".into(), Duration::from_secs(1), "zh-CN").unwrap();
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
