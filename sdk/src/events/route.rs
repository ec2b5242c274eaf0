//! How an event subscription reaches the events host: the TCP connection, made directly or
//! through an HTTP proxy's `CONNECT` tunnel (with `Proxy-Authorization: Basic` when the proxy URL
//! has a credential), as the client's proxy setting and `NO_PROXY` say (the rules reqwest applies
//! to HTTP calls, with the same matcher); and the client's rustls configuration for the TLS on
//! top. Built once at the client's `build()`.

use std::sync::Arc;

use hyper_util::client::proxy::matcher::Matcher;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::http::Uri;

use crate::proxy::ResolvedProxy;

/// The trust and proxy of a client's event subscriptions. Clones share them.
#[derive(Clone)]
pub(crate) struct Route {
    pub(crate) tls: Arc<rustls::ClientConfig>,
    proxy: Arc<Matcher>,
}

/// Why the connection could not be opened.
pub(crate) enum OpenFailed {
    /// The proxy refused the tunnel (HTTP 4xx), or it is not an HTTP proxy: the same will
    /// happen again.
    Refused { status: Option<u16>, reason: String },
    /// The network or the proxy failed: worth another attempt.
    Retry(String),
}

/// The longest answer to `CONNECT` read (its status line and headers).
const MAX_CONNECT_ANSWER: usize = 16 * 1024;

impl Route {
    pub(crate) fn new(tls: Arc<rustls::ClientConfig>, proxy: &ResolvedProxy) -> Self {
        Route {
            tls,
            proxy: Arc::new(proxy.matcher()),
        }
    }

    /// A TCP connection to the host and port of `uri` (`ws://` or `wss://`), through the proxy
    /// when one applies to it.
    pub(crate) async fn open(&self, uri: &Uri) -> Result<TcpStream, OpenFailed> {
        let host = uri
            .host()
            .ok_or_else(|| OpenFailed::Refused {
                status: None,
                reason: "the events URL has no host".to_owned(),
            })?
            .to_owned();
        let secure = uri.scheme_str() == Some("wss");
        let port = uri.port_u16().unwrap_or(if secure { 443 } else { 80 });
        let authority = format!("{host}:{port}");
        // The proxy rules are written for http:// and https://: ws:// is the one, wss:// the other.
        let as_http: Uri = format!("{}://{authority}/", if secure { "https" } else { "http" })
            .parse()
            .map_err(|_| OpenFailed::Refused {
                status: None,
                reason: format!("the events host {authority} is not a valid authority"),
            })?;
        let Some(proxy) = self.proxy.intercept(&as_http) else {
            return connect(&host, port).await;
        };
        let via = proxy.uri();
        let proxy_authority = via
            .authority()
            .map(|a| a.as_str().rsplit('@').next().unwrap_or_default().to_owned())
            .unwrap_or_default();
        if via.scheme_str() != Some("http") {
            return Err(OpenFailed::Refused {
                status: None,
                reason: format!(
                    "event subscriptions go through http:// proxies only, not {}://{proxy_authority}",
                    via.scheme_str().unwrap_or_default()
                ),
            });
        }
        let proxy_host = via.host().unwrap_or_default();
        let proxy_port = via.port_u16().unwrap_or(80);
        let mut stream = connect(proxy_host, proxy_port).await.map_err(|e| match e {
            OpenFailed::Retry(why) => {
                OpenFailed::Retry(format!("the proxy {proxy_authority}: {why}"))
            }
            refused => refused,
        })?;
        let mut request =
            format!("CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n").into_bytes();
        if let Some(credential) = proxy.basic_auth() {
            request.extend_from_slice(b"Proxy-Authorization: ");
            request.extend_from_slice(credential.as_bytes());
            request.extend_from_slice(b"\r\n");
        }
        request.extend_from_slice(b"\r\n");
        let lost = |e: std::io::Error| {
            OpenFailed::Retry(format!(
                "the proxy {proxy_authority} dropped the tunnel ({e})"
            ))
        };
        stream.write_all(&request).await.map_err(lost)?;
        let status = read_connect_answer(&mut stream).await.map_err(lost)?;
        match status {
            Some(200..=299) => Ok(stream),
            Some(status) if (400..500).contains(&status) && status != 408 && status != 429 => {
                Err(OpenFailed::Refused {
                    status: Some(status),
                    reason: format!(
                        "the proxy {proxy_authority} refused the tunnel to {authority} (HTTP {status}{})",
                        if status == 407 {
                            ": its credentials are missing or wrong"
                        } else {
                            ""
                        }
                    ),
                })
            }
            Some(status) => Err(OpenFailed::Retry(format!(
                "the proxy {proxy_authority} answered HTTP {status} to the tunnel"
            ))),
            None => Err(OpenFailed::Retry(format!(
                "the proxy {proxy_authority} did not answer the tunnel request with HTTP"
            ))),
        }
    }
}

async fn connect(host: &str, port: u16) -> Result<TcpStream, OpenFailed> {
    // An IPv6 literal comes bracketed in a URL, bare in a socket address.
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    TcpStream::connect((bare, port))
        .await
        .map_err(|e| OpenFailed::Retry(format!("could not connect to {host}:{port} ({e})")))
}

/// Reads the proxy's answer to `CONNECT` up to its blank line, byte by byte (nothing past it
/// may be taken from the tunnel), and returns its status; `None` when it is not HTTP.
async fn read_connect_answer(stream: &mut TcpStream) -> std::io::Result<Option<u16>> {
    let mut answer = Vec::with_capacity(256);
    while !answer.ends_with(b"\r\n\r\n") {
        if answer.len() >= MAX_CONNECT_ANSWER {
            return Ok(None);
        }
        answer.push(stream.read_u8().await?);
    }
    let line = answer.split(|&b| b == b'\r').next().unwrap_or_default();
    let line = std::str::from_utf8(line).unwrap_or_default();
    let mut parts = line.split(' ');
    Ok(match (parts.next(), parts.next()) {
        (Some(version), Some(code)) if version.starts_with("HTTP/1.") => code.parse().ok(),
        _ => None,
    })
}
