//! A static JWKS (`TokenVerification::static_jwks`): ID tokens verify with it while the
//! server's JWKS endpoint is never asked, an unknown `kid` fails at once without a fetch (even
//! with no refetch cooldown), keys past the maximum age still verify, and JSON that is not a
//! JWKS is refused at `build()` naming the setting.

use std::time::Duration;

use authing::authentication::TokenVerification;
use authing::{AuthenticationClient, Error, ProtocolError};
use authing_local::LocalAuthing;
use serde_json::json;

use super::id_token::{b64, claims, refused};
use super::{client_builder, server};

const JWKS: &str = "/oidc/.well-known/jwks.json";

fn fetches(server: &LocalAuthing) -> usize {
    server.requests_to(JWKS).len()
}

/// A client verifying with the server's JWKS given as JSON, that would otherwise fetch for
/// every unknown `kid` and never trust cached keys (no cooldown, a maximum age of zero).
fn static_client(server: &LocalAuthing) -> AuthenticationClient {
    client_builder(server)
        .token_verification(
            TokenVerification::default()
                .static_jwks(server.published_jwks().to_string())
                .jwks_refetch_interval(Duration::ZERO)
                .jwks_max_age(Duration::ZERO),
        )
        .build()
        .expect("client builds")
}

#[tokio::test]
async fn an_id_token_verifies_with_a_static_jwks_and_the_jwks_endpoint_is_never_asked() {
    let server = server().await;
    let client = static_client(&server);
    let token = server.sign_token(&claims(&server, json!({})));
    for _ in 0..3 {
        let verified = client.verify_id_token(&token, Some("nonce-1")).await;
        assert!(verified.is_ok(), "{verified:?}");
    }
    assert_eq!(fetches(&server), 0);
}

#[tokio::test]
async fn an_unknown_kid_with_a_static_jwks_fails_without_a_fetch() {
    let server = server().await;
    let client = static_client(&server);
    let header = json!({"alg": "RS256", "typ": "JWT", "kid": "not-in-the-static-jwks"});
    let token = format!("{}.{}.c2ln", b64(&header), b64(&claims(&server, json!({}))));
    let reason = refused(&client, &token, None).await;
    assert!(
        matches!(&reason, ProtocolError::UnknownKey { kid: Some(kid) } if kid == "not-in-the-static-jwks"),
        "{reason:?}"
    );
    // A rotated key the static JWKS does not have: also refused, still no fetch.
    server.rotate_signing_key();
    let rotated = server.sign_token(&claims(&server, json!({})));
    assert!(matches!(
        refused(&client, &rotated, None).await,
        ProtocolError::UnknownKey { .. }
    ));
    assert_eq!(fetches(&server), 0);
}

#[tokio::test]
async fn a_static_jwks_verifies_past_the_max_age() {
    let server = server().await;
    // A maximum age of zero: a fetched JWKS would be stale at once and fetched again.
    let client = static_client(&server);
    let token = server.sign_token(&claims(&server, json!({})));
    client.verify_id_token(&token, None).await.unwrap();
    tokio::task::yield_now().await;
    client.verify_id_token(&token, None).await.unwrap();
    assert_eq!(fetches(&server), 0);
}

#[tokio::test]
async fn a_static_jwks_that_is_not_a_jwks_is_refused_at_build_naming_the_setting() {
    let server = server().await;
    for bad in ["{not json", r#"{"keys": "no"}"#, r#"{"keys": []}"#] {
        let built = client_builder(&server)
            .token_verification(TokenVerification::default().static_jwks(bad))
            .build();
        match built {
            Err(Error::Config { reason, .. }) => {
                assert!(
                    reason.contains("TokenVerification::static_jwks"),
                    "{bad}: {reason}"
                )
            }
            other => panic!("{bad}: {other:?}"),
        }
    }
    assert!(server.requests().is_empty());
}
