//! A private deployment behind its own certificate authority: the local Authing serves HTTPS and
//! its event hub WSS with a certificate from a CA made in the test. A default client refuses it
//! with a typed error and does not retry; a client given the CA calls, signs in and subscribes;
//! the HTTP hook cannot turn verification (or the SDK's other guarantees) off; bad trust input is
//! a configuration error.

#[path = "../common/mod.rs"]
mod common;
#[path = "../common/pki.rs"]
mod pki;

use std::time::Duration;

use authing::events::{EventStream, EventsConfig};
use authing::{AuthenticationClient, Error, ManagementClient, Trust};
use authing_local::{LocalAuthing, Reply};
use futures_util::StreamExt;
use pki::TestCa;
use serde_json::json;

async fn tls_server(ca: &TestCa) -> LocalAuthing {
    pki::start_tls(common::server_builder(), ca, &["127.0.0.1"]).await
}

fn events(server: &LocalAuthing) -> EventsConfig {
    EventsConfig::default()
        .host(server.url().replace("https://", "wss://"))
        .backoff(Duration::from_millis(10), Duration::from_millis(50))
}

/// The error a call ended with, for a client that must fail.
async fn call_error(client: &ManagementClient) -> Error {
    client
        .get_user(common::USER_ID)
        .await
        .expect_err("the call must fail")
}

async fn next_item(stream: &mut EventStream) -> Option<Result<authing::events::Event, Error>> {
    tokio::time::timeout(Duration::from_secs(10), stream.next())
        .await
        .expect("an item within 10 s")
}

#[tokio::test]
async fn the_default_client_refuses_a_private_ca_once_with_an_untrusted_certificate_error() {
    let ca = TestCa::new("Private CA");
    let server = tls_server(&ca).await;
    let client = common::client(&server); // the public roots only
    let error = call_error(&client).await;
    let Error::UntrustedCertificate {
        server: at, reason, ..
    } = &error
    else {
        panic!("not UntrustedCertificate: {error:?}");
    };
    assert_eq!(at, &server.addr().to_string());
    assert!(
        reason.contains("not signed by a trusted certificate authority"),
        "{reason}"
    );
    assert_eq!(
        error.to_string(),
        format!(
            "POST /api/v3/get-management-token: the TLS certificate of {} is not trusted: it is \
             not signed by a trusted certificate authority (a private CA is added with the \
             builder's `trust`)",
            server.addr()
        )
    );
    assert!(!error.is_transient());
    // Not retried: one handshake, and nothing reached the server.
    assert_eq!(server.tls_handshakes(), 1);
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn a_certificate_for_another_name_is_refused_even_from_a_trusted_ca() {
    let ca = TestCa::new("Private CA");
    let server = pki::start_tls(common::server_builder(), &ca, &["authing.test"]).await;
    let client = common::client_builder(&server)
        .trust(Trust::default().add_pem(ca.pem()))
        .build()
        .unwrap();
    match call_error(&client).await {
        Error::UntrustedCertificate { reason, .. } => {
            assert_eq!(reason, "it is not valid for the host name")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(server.tls_handshakes(), 1);
}

#[tokio::test]
async fn a_client_given_the_ca_calls_signs_in_and_subscribes() {
    let ca = TestCa::new("Private CA");
    let server = tls_server(&ca).await;
    // Management: a call, then an event through a WSS subscription.
    let client = common::client_builder(&server)
        .trust(Trust::default().add_pem(ca.pem()))
        .events(events(&server))
        .build()
        .expect("client builds");
    let user = client.get_user(common::USER_ID).await.expect("the call");
    assert_eq!(user.user_id, common::USER_ID);
    let mut stream = client.subscribe("myapp.tls");
    while server.event_subscriptions() < 1 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    client
        .publish_event("myapp.tls", &json!({"over": "wss"}))
        .await
        .expect("published");
    let event = next_item(&mut stream).await.unwrap().expect("an event");
    assert_eq!(event.payload, json!({"over": "wss"}));

    // End user, trusting only the CA (DER): sign-in, then a subscription as the user.
    assert!(server.set_password("test@example.com", "Tls-pw-1"));
    let app = AuthenticationClient::builder()
        .app_id(server.app_id())
        .app_secret(server.app_secret())
        .host(server.url())
        .trust(Trust::default().public_roots(false).add_der(ca.der()))
        .events(events(&server))
        .build()
        .expect("client builds");
    let tokens = app
        .sign_in_by_email_password("test@example.com", "Tls-pw-1")
        .await
        .expect("signed in over HTTPS");
    let session = app.session(tokens);
    let mut user_stream = session.subscribe("myapp.tls");
    while server.event_subscriptions() < 2 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    server.publish_event("myapp.tls", json!({"to": "both"}));
    let event = next_item(&mut user_stream)
        .await
        .unwrap()
        .expect("an event");
    assert_eq!(event.payload, json!({"to": "both"}));
}

#[tokio::test]
async fn an_event_subscription_refuses_an_untrusted_certificate_without_reconnecting() {
    let ca = TestCa::new("Private CA");
    let server = tls_server(&ca).await;
    let client = common::client_builder(&server)
        .events(events(&server))
        .build()
        .unwrap();
    let mut stream = client.subscribe("myapp.tls");
    match next_item(&mut stream).await {
        Some(Err(Error::UntrustedCertificate {
            method,
            path,
            server: at,
            ..
        })) => {
            assert_eq!((method, path), ("GET", "/events/v1/management/sub"));
            assert_eq!(at, server.addr().to_string());
        }
        other => panic!("{other:?}"),
    }
    assert!(next_item(&mut stream).await.is_none(), "the stream ended");
    assert_eq!(server.tls_handshakes(), 1);
    assert_eq!(stream.reconnects(), 0);
}

#[tokio::test]
async fn the_http_hook_cannot_turn_certificate_checks_off() {
    let ca = TestCa::new("Private CA");
    let server = tls_server(&ca).await;
    // Both ways reqwest offers: its switches, and a TLS configuration of the hook's own.
    let hooks: [fn(authing::reqwest::ClientBuilder) -> authing::reqwest::ClientBuilder; 2] = [
        |http| {
            http.danger_accept_invalid_certs(true)
                .danger_accept_invalid_hostnames(true)
        },
        |http| http.use_preconfigured_tls(accept_any_certificate()),
    ];
    for hook in hooks {
        let client = common::client_builder(&server)
            .configure_http(hook)
            .build()
            .unwrap();
        match call_error(&client).await {
            Error::UntrustedCertificate { .. } => {}
            other => panic!("the hook turned verification off: {other:?}"),
        }
    }
    assert!(server.requests().is_empty());
}

/// A rustls configuration that accepts any server certificate.
// ring's provider, as the SDK's (deprecated by rustls 0.23.48 for lacking post-quantum groups).
#[allow(deprecated)]
fn accept_any_certificate() -> rustls::ClientConfig {
    use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
    use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
    use rustls::{DigitallySignedStruct, SignatureScheme};

    #[derive(Debug)]
    struct AcceptAny;
    impl ServerCertVerifier for AcceptAny {
        fn verify_server_cert(
            &self,
            _: &CertificateDer<'_>,
            _: &[CertificateDer<'_>],
            _: &ServerName<'_>,
            _: &[u8],
            _: UnixTime,
        ) -> Result<ServerCertVerified, rustls::Error> {
            Ok(ServerCertVerified::assertion())
        }
        fn verify_tls12_signature(
            &self,
            _: &[u8],
            _: &CertificateDer<'_>,
            _: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            Ok(HandshakeSignatureValid::assertion())
        }
        fn verify_tls13_signature(
            &self,
            _: &[u8],
            _: &CertificateDer<'_>,
            _: &DigitallySignedStruct,
        ) -> Result<HandshakeSignatureValid, rustls::Error> {
            Ok(HandshakeSignatureValid::assertion())
        }
        fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
            rustls::crypto::ring::default_provider()
                .signature_verification_algorithms
                .supported_schemes()
        }
    }
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .dangerous()
        .with_custom_certificate_verifier(std::sync::Arc::new(AcceptAny))
        .with_no_client_auth()
}

#[tokio::test]
async fn the_http_hook_runs_and_the_sdk_applies_its_own_guarantees_after_it() {
    let ca = TestCa::new("Private CA");
    let server = tls_server(&ca).await;
    let client = common::client_builder(&server)
        .trust(Trust::default().add_pem(ca.pem()))
        .retry(authing::RetryConfig::disabled())
        .configure_http(|http| {
            let mut headers = authing::reqwest::header::HeaderMap::new();
            headers.insert("x-from-hook", "1".parse().unwrap());
            headers.insert("x-authing-lang", "fr-FR".parse().unwrap());
            http.default_headers(headers)
                .pool_max_idle_per_host(4)
                .redirect(authing::reqwest::redirect::Policy::limited(10))
                .timeout(Duration::from_secs(3600))
        })
        .build()
        .unwrap();
    client.get_user(common::USER_ID).await.expect("the call");
    let sent = server.last_request().unwrap();
    assert_eq!(sent.header("x-from-hook"), Some("1"), "the hook ran");
    assert_eq!(
        sent.header("x-authing-lang"),
        Some("zh-CN"),
        "the SDK's header"
    );

    // Redirects stay off: a 302 is the answer, not followed.
    let to = format!("{}/api/v3/get-user", server.url());
    server.intercept(move |r| {
        (r.path == "/api/v3/get-user-identities")
            .then(|| Reply::raw(302, "text/plain", "").header("location", to.clone()))
    });
    let error = client
        .get_user_identities(common::USER_ID)
        .await
        .expect_err("a redirect is not followed");
    assert!(
        matches!(error, Error::HttpStatus { status: 302, .. }),
        "{error:?}"
    );
    assert!(server.requests_to("/api/v3/get-user").len() == 1);
}

#[tokio::test]
async fn bad_trust_input_is_a_config_error_naming_the_setting() {
    for (trust, expected) in [
        (
            Trust::default().add_pem("not a certificate"),
            "invalid client configuration: trust: certificate #1 (add_pem) holds no CERTIFICATE block",
        ),
        (
            Trust::default().add_der(b"\x30\x01\x00".to_vec()),
            "invalid client configuration: trust: certificate #1 (add_der) is not a usable X.509 certificate",
        ),
    ] {
        let error = ManagementClient::builder()
            .access_key_id("id")
            .access_key_secret("secret")
            .trust(trust)
            .build()
            .expect_err("refused");
        assert!(matches!(error, Error::Config { .. }), "{error:?}");
        assert!(error.to_string().starts_with(expected), "{error}");
    }
}
