//! The plain-transport rule of `build()`: an `http://` API host or a `ws://` events host is
//! refused unless it is a loopback address (127.0.0.0/8, ::1, `localhost`) or the builder opted
//! in with `allow_insecure_http(true)`. Over plain transport a bearer token, an app secret or
//! the management WebSocket signature (an HMAC over a constant, replayable) could be read.

use crate::Error;

/// Whether `host` (an absolute URL) names this machine.
pub(crate) fn is_loopback(url: &reqwest::Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Refuses `value` (the URL given to `setting`) when its scheme is `plain` and it is not a
/// loopback address, unless `allowed`.
pub(crate) fn check(
    setting: &'static str,
    value: &str,
    plain: &str,
    allowed: bool,
) -> Result<(), Error> {
    let Ok(url) = reqwest::Url::parse(value.trim()) else {
        return Ok(()); // the setting's own check names what is wrong
    };
    if allowed || url.scheme() != plain || is_loopback(&url) {
        return Ok(());
    }
    Err(Error::InsecureHost {
        setting,
        host: value.trim().to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_is_127_8_ipv6_one_and_localhost_only() {
        for yes in [
            "http://127.0.0.1:8080",
            "http://127.3.2.1",
            "http://[::1]:80",
            "ws://LOCALHOST:9",
        ] {
            assert!(is_loopback(&reqwest::Url::parse(yes).unwrap()), "{yes}");
        }
        for no in [
            "http://example.com",
            "http://10.0.0.1",
            "http://localhost.example.com",
            "http://128.0.0.1",
        ] {
            assert!(!is_loopback(&reqwest::Url::parse(no).unwrap()), "{no}");
        }
    }
}
