//! Building a client: defaults, settings, and the clear errors `build()` gives for bad ones.

use std::time::Duration;

use authing::{Error, ManagementClient};

fn build_error(builder: authing::ManagementClientBuilder) -> String {
    match builder.build() {
        Err(err @ Error::Config { .. }) => err.to_string(),
        other => panic!("expected a config error, got {other:?}"),
    }
}

fn valid() -> authing::ManagementClientBuilder {
    ManagementClient::builder()
        .access_key_id("id")
        .access_key_secret("secret")
}

#[test]
fn defaults() {
    let client = valid().build().unwrap();
    assert_eq!(client.host(), "https://api.authing.cn");
    assert_eq!(ManagementClient::DEFAULT_TIMEOUT, Duration::from_secs(10));
    let shown = format!("{client:?}");
    assert!(shown.contains("lang: \"zh-CN\""), "{shown}");
    assert!(shown.contains("timeout: 10s"), "{shown}");
    assert!(
        shown.contains("host: \"https://api.authing.cn\""),
        "{shown}"
    );
}

#[test]
fn host_is_normalised() {
    let client = valid().host("http://127.0.0.1:9/prefix/").build().unwrap();
    assert_eq!(client.host(), "http://127.0.0.1:9/prefix");
}

#[test]
fn missing_or_empty_keys_are_rejected_by_name() {
    let e = build_error(ManagementClient::builder().access_key_secret("s"));
    assert_eq!(e, "invalid client configuration: access_key_id is empty");
    let e = build_error(valid().access_key_id("  "));
    assert_eq!(e, "invalid client configuration: access_key_id is empty");
    let e = build_error(ManagementClient::builder().access_key_id("id"));
    assert_eq!(
        e,
        "invalid client configuration: access_key_secret is empty"
    );
    let e = build_error(valid().access_key_secret(""));
    assert_eq!(
        e,
        "invalid client configuration: access_key_secret is empty"
    );
}

#[test]
fn an_unparsable_host_is_rejected_with_the_value() {
    for host in [
        "api.authing.cn",
        "ftp://api.authing.cn",
        "https://",
        "http://h?x=1",
        "https://u:p@h",
    ] {
        let e = build_error(valid().host(host));
        assert!(
            e.starts_with(&format!("invalid client configuration: host {host:?}")),
            "{e}"
        );
        assert!(
            e.contains("https://api.authing.cn"),
            "says what is expected: {e}"
        );
    }
}

#[test]
fn a_zero_timeout_and_a_bad_lang_are_rejected() {
    let e = build_error(valid().timeout(Duration::ZERO));
    assert_eq!(
        e,
        "invalid client configuration: timeout must be more than zero"
    );
    let e = build_error(valid().lang("zh\nCN"));
    assert!(e.contains("lang"), "{e}");
    let e = build_error(valid().lang(""));
    assert_eq!(e, "invalid client configuration: lang is empty");
}

#[tokio::test]
async fn a_built_client_sends_nothing_until_called() {
    let server = crate::common::server().await;
    let _client = crate::common::client(&server);
    assert!(server.requests().is_empty());
}

fn insecure(result: Result<impl std::fmt::Debug, Error>) -> (&'static str, String) {
    match result {
        Err(Error::InsecureHost { setting, host, .. }) => (setting, host),
        other => panic!("expected InsecureHost, got {other:?}"),
    }
}

#[test]
fn plain_http_host_is_refused_unless_loopback_or_opted_in() {
    let (setting, host) = insecure(valid().host("http://example.com").build());
    assert_eq!((setting, host.as_str()), ("host", "http://example.com"));
    let shown = valid()
        .host("http://example.com")
        .build()
        .unwrap_err()
        .to_string();
    assert!(
        shown.contains("`host`") && shown.contains("allow_insecure_http"),
        "{shown}"
    );
    for loopback in [
        "http://127.0.0.1:9",
        "http://127.9.9.9",
        "http://[::1]:9",
        "http://localhost:9",
    ] {
        valid()
            .host(loopback)
            .build()
            .unwrap_or_else(|e| panic!("{loopback}: {e}"));
    }
    valid()
        .host("http://example.com")
        .allow_insecure_http(true)
        .build()
        .expect("opted in");
    valid().host("https://example.com").build().expect("https");

    let app = || {
        authing::AuthenticationClient::builder()
            .app_id("app")
            .app_secret("an application secret of at least 32 bytes")
    };
    let (setting, _) = insecure(app().host("http://example.com").build());
    assert_eq!(setting, "host");
    app().host("http://127.0.0.1:9").build().expect("loopback");
    app()
        .host("http://example.com")
        .allow_insecure_http(true)
        .build()
        .expect("opted in");
}
