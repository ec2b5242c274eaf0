//! The ID token algorithm: unpinned, both of Authing's algorithms verify (HS256 is the default
//! of new applications, RS256 the other choice); pinned with
//! `TokenVerification::id_token_algorithm`, only that one does, and the refusal names the
//! setting; HS256 verifies only with an application secret of at least 32 bytes (RFC 7518
//! §3.2), and the refusal says so.

use authing::authentication::{IdTokenAlgorithm, TokenVerification};
use authing::{Error, ProtocolError};
use authing_local::IdTokenAlgorithm as LocalAlgorithm;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::json;

use super::id_token::{claims, refused};
use super::{client, client_builder, server, server_builder, sign_in, start, APP_SECRET};

/// `claims` as an HS256 token made with `secret`, no `kid` (as Authing signs them).
fn hs256(claims: &serde_json::Value, secret: &str) -> String {
    jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        claims,
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .unwrap()
}

fn pinned(
    server: &authing_local::LocalAuthing,
    algorithm: IdTokenAlgorithm,
) -> authing::AuthenticationClient {
    client_builder(server)
        .token_verification(TokenVerification::default().id_token_algorithm(algorithm))
        .build()
        .unwrap()
}

#[tokio::test]
async fn unpinned_both_authing_algorithms_verify_from_the_code_flow() {
    for algorithm in [LocalAlgorithm::Hs256, LocalAlgorithm::Rs256] {
        let server = start(server_builder().id_token_algorithm(algorithm)).await;
        let client = client(&server);
        let (_, signed_in) = sign_in(&server, &client, "openid profile").await;
        assert!(signed_in.claims.is_some(), "{algorithm:?}");
    }
    // And pinned to the application's own algorithm.
    let hs = start(server_builder().id_token_algorithm(LocalAlgorithm::Hs256)).await;
    sign_in(&hs, &pinned(&hs, IdTokenAlgorithm::Hs256), "openid").await;
    let rs = server().await;
    sign_in(&rs, &pinned(&rs, IdTokenAlgorithm::Rs256), "openid").await;
}

#[tokio::test]
async fn a_pinned_rs256_refuses_an_hs256_id_token_made_with_the_secret() {
    let server = server().await;
    let rs256_only = pinned(&server, IdTokenAlgorithm::Rs256);
    // Whoever learns the secret (it travels in every client_secret_post body) can make these.
    let forged = hs256(&claims(&server, json!({"sub": "admin"})), APP_SECRET);
    let reason = refused(&rs256_only, &forged, None).await;
    assert_eq!(
        reason,
        ProtocolError::UnexpectedAlgorithm {
            alg: "HS256".into(),
            expected: IdTokenAlgorithm::Rs256,
        }
    );
    let shown = Error::Protocol(reason).to_string();
    assert!(
        shown.contains("TokenVerification::id_token_algorithm"),
        "{shown}"
    );
    // Unpinned, the same token verifies: that is what pinning closes.
    client(&server)
        .verify_id_token(&forged, None)
        .await
        .expect("unpinned, HS256 with the secret verifies");
}

#[tokio::test]
async fn a_pinned_hs256_refuses_an_rs256_id_token() {
    let server = server().await;
    let client = pinned(&server, IdTokenAlgorithm::Hs256);
    let rs256 = server.sign_token(&claims(&server, json!({})));
    assert_eq!(
        refused(&client, &rs256, None).await,
        ProtocolError::UnexpectedAlgorithm {
            alg: "RS256".into(),
            expected: IdTokenAlgorithm::Hs256,
        }
    );
    // Nor `none`, whatever the pin.
    let none = format!(
        "{}.{}.",
        super::id_token::b64(&json!({"alg": "none"})),
        super::id_token::b64(&claims(&server, json!({})))
    );
    assert!(matches!(
        refused(&client, &none, None).await,
        ProtocolError::UnexpectedAlgorithm { .. }
    ));
    // Access tokens stay RS256-only, whatever the pin.
    let access = hs256(
        &claims(&server, json!({"nonce": null, "scope": "openid"})),
        APP_SECRET,
    );
    assert!(matches!(
        client.verify_access_token(&access).await,
        Err(Error::Protocol(ProtocolError::DisallowedAlgorithm { .. }))
    ));
}

#[tokio::test]
async fn hs256_verifies_only_with_a_secret_of_32_bytes() {
    let server = server().await;
    let short = "s".repeat(31);
    let client = client_builder(&server)
        .app_secret(short.as_str())
        .build()
        .unwrap();
    let token = hs256(&claims(&server, json!({})), &short);
    let reason = refused(&client, &token, None).await;
    assert_eq!(reason, ProtocolError::HmacSecretTooShort { min_bytes: 32 });
    let shown = Error::Protocol(reason).to_string();
    assert!(
        shown.contains("32 bytes") && shown.contains("RFC 7518"),
        "{shown}"
    );
    assert!(!shown.contains(&short));

    let exact = "s".repeat(32);
    let client = client_builder(&server)
        .app_secret(exact.as_str())
        .build()
        .unwrap();
    let token = hs256(&claims(&server, json!({})), &exact);
    client.verify_id_token(&token, None).await.unwrap();
    assert_eq!(TokenVerification::MIN_HS256_SECRET_BYTES, 32);
}

#[tokio::test]
async fn pinning_hs256_without_a_long_enough_secret_fails_at_build() {
    let server = server().await;
    let pinned = TokenVerification::default().id_token_algorithm(IdTokenAlgorithm::Hs256);
    let error = client_builder(&server)
        .app_secret("s".repeat(31))
        .token_verification(pinned.clone())
        .build()
        .unwrap_err();
    assert!(matches!(error, Error::Config { .. }), "{error:?}");
    let shown = error.to_string();
    assert!(
        shown.contains("id_token_algorithm") && shown.contains("32 bytes"),
        "{shown}"
    );
    // A public application has no secret at all.
    let error = authing::AuthenticationClient::builder()
        .app_id(super::APP_ID)
        .host(server.url())
        .token_endpoint_auth_method(authing::authentication::TokenEndpointAuthMethod::None)
        .token_verification(pinned)
        .build()
        .unwrap_err();
    assert!(matches!(error, Error::Config { .. }), "{error:?}");
}
