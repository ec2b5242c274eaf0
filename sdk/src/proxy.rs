//! [`Proxy`]: whether and through which HTTP proxy a client connects, for HTTP calls and event
//! subscriptions alike: the environment (`HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`, `NO_PROXY`,
//! as curl reads them; the default), no proxy, or one given URL. Checked and resolved once at
//! `build()`. A credential in the proxy URL is never shown: `Debug` and errors print `***`.

use std::fmt;

use crate::{Error, SecretString};

/// The HTTP proxy a client connects through; set it with the builders' `proxy(...)`.
///
/// - [`Proxy::from_env`] (the default): the proxy the environment names, as curl reads it:
///   `HTTPS_PROXY` for `https://` hosts and `wss://` event hosts, `HTTP_PROXY` for `http://`
///   and `ws://` ones, `ALL_PROXY` for both, and the hosts in `NO_PROXY` reached directly.
///   Read once, at the client's `build()`.
/// - [`Proxy::none`]: every connection is direct, whatever the environment says.
/// - [`Proxy::url`]: every connection goes through this proxy (an `http://` URL, with
///   `user:password@` when the proxy wants Basic credentials), except the hosts in
///   [`no_proxy`](Self::no_proxy) (by default the environment's `NO_PROXY`).
///
/// HTTPS calls and event subscriptions (`wss://` and `ws://`) go through an HTTP `CONNECT`
/// tunnel; plain `http://` calls are sent to the proxy as absolute-form requests, as HTTP
/// proxies expect. Certificates are verified end to end either way: the proxy cannot read or
/// change the traffic of a TLS connection.
///
/// The credential in the URL is never shown: `Debug` and every error print the URL as
/// `http://***@proxy.example.com:3128`.
///
/// ```
/// use authing::Proxy;
///
/// let egress = Proxy::url("http://user:password@proxy.internal:3128")
///     .no_proxy("localhost, .internal, 10.0.0.0/8");
/// assert_eq!(
///     format!("{egress:?}"),
///     r#"Proxy::Url { url: "http://***@proxy.internal:3128/", no_proxy: Some("localhost, .internal, 10.0.0.0/8") }"#
/// );
/// ```
#[derive(Clone, Default)]
pub struct Proxy {
    mode: Mode,
}

#[derive(Clone, Default)]
enum Mode {
    #[default]
    Environment,
    Off,
    Url {
        url: SecretString,
        no_proxy: Option<String>,
    },
}

impl Proxy {
    /// The environment's proxy settings (the default); see the type's docs.
    pub fn from_env() -> Self {
        Proxy {
            mode: Mode::Environment,
        }
    }

    /// No proxy, whatever the environment says.
    pub fn none() -> Self {
        Proxy { mode: Mode::Off }
    }

    /// This proxy for every connection: `http://[user:password@]host:port`. Checked at the
    /// client's `build()` (an [`Error::Config`] naming `proxy`, with the credential masked).
    pub fn url(url: impl Into<String>) -> Self {
        Proxy {
            mode: Mode::Url {
                url: SecretString::new(url),
                no_proxy: None,
            },
        }
    }

    /// The hosts reached without the proxy given with [`url`](Self::url), in `NO_PROXY`'s
    /// format: comma-separated host names (each matching its subdomains too; a leading `.` is
    /// the same), IP addresses, CIDR ranges, or `*` for all. By default the environment's
    /// `NO_PROXY` (or `no_proxy`); `""` sends every connection through the proxy. No effect on
    /// [`from_env`](Self::from_env) or [`none`](Self::none).
    pub fn no_proxy(mut self, hosts: impl Into<String>) -> Self {
        if let Mode::Url { no_proxy, .. } = &mut self.mode {
            *no_proxy = Some(hosts.into());
        }
        self
    }

    /// Checks the setting and reads what it needs from the environment (`NO_PROXY` for a URL
    /// without its own list).
    pub(crate) fn resolve(&self) -> Result<ResolvedProxy, Error> {
        Ok(match &self.mode {
            Mode::Environment => ResolvedProxy::Environment,
            Mode::Off => ResolvedProxy::Off,
            Mode::Url { url, no_proxy } => {
                let parsed = reqwest::Url::parse(url.expose().trim()).map_err(|e| {
                    Error::config(format!("proxy {} is not a URL ({e})", shown(url.expose())))
                })?;
                if parsed.scheme() != "http" {
                    return Err(Error::config(format!(
                        "proxy {} must be an http:// URL",
                        shown(url.expose())
                    )));
                }
                if parsed.host_str().is_none_or(str::is_empty) {
                    return Err(Error::config(format!(
                        "proxy {} has no host name",
                        shown(url.expose())
                    )));
                }
                let no_proxy = match no_proxy {
                    Some(list) => list.clone(),
                    None => crate::call::env("NO_PROXY")?
                        .or(crate::call::env("no_proxy")?)
                        .unwrap_or_default(),
                };
                ResolvedProxy::Url {
                    url: SecretString::new(url.expose().trim()),
                    no_proxy,
                }
            }
        })
    }
}

/// A checked [`Proxy`], with the environment's `NO_PROXY` read.
pub(crate) enum ResolvedProxy {
    Environment,
    Off,
    Url { url: SecretString, no_proxy: String },
}

impl ResolvedProxy {
    /// Sets the proxy on the HTTP client (the environment is reqwest's default).
    pub(crate) fn apply(
        &self,
        builder: reqwest::ClientBuilder,
    ) -> Result<reqwest::ClientBuilder, Error> {
        Ok(match self {
            ResolvedProxy::Environment => builder,
            ResolvedProxy::Off => builder.no_proxy(),
            ResolvedProxy::Url { url, no_proxy } => {
                let proxy = reqwest::Proxy::all(url.expose())
                    .map_err(|_| {
                        Error::config(format!("proxy {} is not usable", shown(url.expose())))
                    })?
                    .no_proxy(reqwest::NoProxy::from_string(no_proxy));
                builder.proxy(proxy)
            }
        })
    }

    /// The same rules for event subscriptions, with the matcher reqwest itself uses.
    #[cfg(feature = "event-stream")]
    pub(crate) fn matcher(&self) -> hyper_util::client::proxy::matcher::Matcher {
        use hyper_util::client::proxy::matcher::Matcher;
        match self {
            ResolvedProxy::Environment => Matcher::from_system(),
            ResolvedProxy::Off => Matcher::builder().build(),
            ResolvedProxy::Url { url, no_proxy } => Matcher::builder()
                .all(url.expose().to_owned())
                .no(no_proxy.clone())
                .build(),
        }
    }
}

/// `url` as `scheme://host:port/`, quoted, with `***@` where it has a user or password (its
/// path and query are left out); `"***"` when it has no host.
pub(crate) fn shown(url: &str) -> String {
    let Ok(parsed) = reqwest::Url::parse(url.trim()) else {
        return "\"***\"".to_owned();
    };
    let Some(host) = parsed.host_str() else {
        return "\"***\"".to_owned();
    };
    let credential = if parsed.username().is_empty() && parsed.password().is_none() {
        ""
    } else {
        "***@"
    };
    let port = parsed.port().map(|p| format!(":{p}")).unwrap_or_default();
    format!("\"{}://{credential}{host}{port}/\"", parsed.scheme())
}

impl fmt::Debug for Proxy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.mode {
            Mode::Environment => f.write_str("Proxy::FromEnv"),
            Mode::Off => f.write_str("Proxy::None"),
            Mode::Url { url, no_proxy } => write!(
                f,
                "Proxy::Url {{ url: {}, no_proxy: {no_proxy:?} }}",
                shown(url.expose())
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_credential_is_masked_in_debug_and_errors() {
        let p = Proxy::url("http://alice:s3cret-pw@proxy.example:3128");
        let debug = format!("{p:?}");
        assert!(
            !debug.contains("s3cret-pw") && !debug.contains("alice"),
            "{debug}"
        );
        assert!(debug.contains("http://***@proxy.example:3128/"), "{debug}");
        for bad in [
            "https://alice:s3cret-pw@proxy.example:3128",
            "socks5://alice:s3cret-pw@proxy.example:1080",
            "alice:s3cret-pw@@:",
        ] {
            let Err(Error::Config { reason }) = Proxy::url(bad).resolve() else {
                panic!("{bad} accepted");
            };
            assert!(reason.starts_with("proxy "), "{reason}");
            assert!(!reason.contains("s3cret-pw"), "{reason}");
        }
    }
}
