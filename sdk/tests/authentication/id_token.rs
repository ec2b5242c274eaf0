//! What offline ID token verification refuses, each with its own [`ProtocolError`] and never
//! the token in the error: a tampered signature, another audience or issuer, an expired or
//! not-yet-valid token, a wrong nonce, `alg: none`, HS256 signed with the RSA public key
//! (algorithm confusion), malformed tokens; a callback with another state; and the JWKS cache:
//! a key rotation is picked up by one fetch, an unknown `kid` is [`ProtocolError::UnknownKey`],
//! fetches for unknown keys are rate-limited, and clones share one fetch.

use authing::{Error, ProtocolError};
use authing_local::{LocalAuthing, SEEDED_USER_ID};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{json, Value};

use super::{assert_hides, client, eager_client, now, server, APP_ID, APP_SECRET, EMAIL, PASSWORD};

const JWKS: &str = "/oidc/.well-known/jwks.json";

/// Valid ID token claims for `server`, with `changes` merged in (`null` removes a claim).
pub fn claims(server: &LocalAuthing, changes: Value) -> Value {
    let mut claims = json!({
        "iss": server.issuer(),
        "sub": SEEDED_USER_ID,
        "aud": APP_ID,
        "iat": now(),
        "exp": now() + 600,
        "nonce": "nonce-1",
        "email": EMAIL,
    });
    for (name, value) in changes.as_object().unwrap() {
        match value {
            Value::Null => claims.as_object_mut().unwrap().remove(name),
            value => claims
                .as_object_mut()
                .unwrap()
                .insert(name.clone(), value.clone()),
        };
    }
    claims
}

/// Verifies `token` and returns the protocol error, checking the error does not show it.
pub async fn refused(
    client: &authing::AuthenticationClient,
    token: &str,
    nonce: Option<&str>,
) -> ProtocolError {
    let error = client.verify_id_token(token, nonce).await.unwrap_err();
    assert_hides(&error, &[token]);
    match error {
        Error::Protocol(reason) => reason,
        other => panic!("not a protocol error: {other:?}"),
    }
}

pub fn b64(value: &Value) -> String {
    URL_SAFE_NO_PAD.encode(value.to_string())
}

#[tokio::test]
async fn a_valid_token_verifies_and_each_bad_claim_has_its_error() {
    let server = server().await;
    let client = client(&server);
    let good = server.sign_token(&claims(&server, json!({})));
    let verified = client
        .verify_id_token(&good, Some("nonce-1"))
        .await
        .unwrap();
    assert_eq!(verified.sub, SEEDED_USER_ID);
    assert_eq!(verified.email(), Some(EMAIL));

    let other_aud = server.sign_token(&claims(&server, json!({"aud": "another-app"})));
    assert_eq!(
        refused(&client, &other_aud, None).await,
        ProtocolError::WrongAudience {
            expected: APP_ID.to_owned()
        }
    );
    let in_list = server.sign_token(&claims(
        &server,
        json!({"aud": ["x", APP_ID], "azp": APP_ID}),
    ));
    assert_eq!(
        client.verify_id_token(&in_list, None).await.unwrap().aud,
        ["x", APP_ID]
    );

    let other_iss = server.sign_token(&claims(
        &server,
        json!({"iss": "https://evil.example/oidc"}),
    ));
    assert_eq!(
        refused(&client, &other_iss, None).await,
        ProtocolError::WrongIssuer {
            expected: server.issuer().to_owned(),
            found: "https://evil.example/oidc".to_owned(),
        }
    );
    // The issuer can be configured.
    let configured = super::client_builder(&server)
        .token_verification(
            authing::authentication::TokenVerification::default()
                .issuer("https://evil.example/oidc"),
        )
        .build()
        .unwrap();
    configured.verify_id_token(&other_iss, None).await.unwrap();

    let expired = server.sign_token(&claims(
        &server,
        json!({"iat": now() - 7200, "exp": now() - 3600}),
    ));
    assert_eq!(
        refused(&client, &expired, None).await,
        ProtocolError::TokenExpired
    );
    // Within the leeway (60 s) an expired token still verifies.
    let just = server.sign_token(&claims(&server, json!({"exp": now() - 5})));
    client.verify_id_token(&just, None).await.unwrap();

    let early = server.sign_token(&claims(&server, json!({"nbf": now() + 3600})));
    assert_eq!(
        refused(&client, &early, None).await,
        ProtocolError::TokenNotYetValid
    );
    let future = server.sign_token(&claims(&server, json!({"iat": now() + 3600})));
    assert_eq!(
        refused(&client, &future, None).await,
        ProtocolError::TokenNotYetValid
    );

    assert_eq!(
        refused(&client, &good, Some("nonce-2")).await,
        ProtocolError::NonceMismatch
    );
    let no_nonce = server.sign_token(&claims(&server, json!({"nonce": null})));
    assert_eq!(
        refused(&client, &no_nonce, Some("nonce-1")).await,
        ProtocolError::NonceMismatch
    );

    let no_exp = server.sign_token(&claims(&server, json!({"exp": null})));
    assert!(matches!(
        refused(&client, &no_exp, None).await,
        ProtocolError::MalformedToken { .. }
    ));
}

#[tokio::test]
async fn a_tampered_token_fails_its_signature() {
    let server = server().await;
    let client = client(&server);
    let good = server.sign_token(&claims(&server, json!({})));
    let parts: Vec<&str> = good.split('.').collect();

    // Another payload under the original signature.
    let forged_payload = b64(&claims(&server, json!({"sub": "admin"})));
    let forged = format!("{}.{forged_payload}.{}", parts[0], parts[2]);
    assert_eq!(
        refused(&client, &forged, None).await,
        ProtocolError::InvalidSignature
    );

    // One changed signature character (in the middle: the last one also holds padding bits).
    let mut signature: Vec<char> = parts[2].chars().collect();
    let middle = signature.len() / 2;
    signature[middle] = if signature[middle] == 'A' { 'B' } else { 'A' };
    let signature: String = signature.into_iter().collect();
    let tampered = format!("{}.{}.{signature}", parts[0], parts[1]);
    assert_eq!(
        refused(&client, &tampered, None).await,
        ProtocolError::InvalidSignature
    );

    // A signature by another key under this server's kid.
    let other = LocalAuthing::builder()
        .app(APP_ID, APP_SECRET)
        .start()
        .await
        .unwrap();
    let foreign = other.sign_token_with_kid(&server.signing_key_id(), &claims(&server, json!({})));
    assert_eq!(
        refused(&client, &foreign, None).await,
        ProtocolError::InvalidSignature
    );
}

#[tokio::test]
async fn alg_none_and_algorithm_confusion_are_refused() {
    let server = server().await;
    let client = client(&server);
    let body = claims(&server, json!({}));

    for alg in ["none", "None", "NONE"] {
        let header = json!({"alg": alg, "typ": "JWT"});
        let unsigned = format!("{}.{}.", b64(&header), b64(&body));
        assert_eq!(
            refused(&client, &unsigned, None).await,
            ProtocolError::DisallowedAlgorithm {
                alg: alg.to_owned()
            }
        );
    }

    // HS256 "signed" with the RSA public key, naming the server's key: the key is RSA, so
    // HS256 is refused whatever the signature.
    let public_key = server.signing_public_key_der();
    let mut header = Header::new(Algorithm::HS256);
    header.kid = Some(server.signing_key_id());
    let confused =
        jsonwebtoken::encode(&header, &body, &EncodingKey::from_secret(&public_key)).unwrap();
    assert_eq!(
        refused(&client, &confused, None).await,
        ProtocolError::DisallowedAlgorithm {
            alg: "HS256".to_owned()
        }
    );
    assert!(matches!(
        client.verify_access_token(&confused).await,
        Err(Error::Protocol(ProtocolError::DisallowedAlgorithm { .. }))
    ));
    // Without a kid an HS256 ID token is checked with the application secret only.
    let no_kid = jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        &body,
        &EncodingKey::from_secret(&public_key),
    )
    .unwrap();
    assert_eq!(
        refused(&client, &no_kid, None).await,
        ProtocolError::InvalidSignature
    );
    let with_secret = jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        &body,
        &EncodingKey::from_secret(APP_SECRET.as_bytes()),
    )
    .unwrap();
    client.verify_id_token(&with_secret, None).await.unwrap();
    // A public application has no secret: HS256 has no key at all.
    let public = authing::AuthenticationClient::builder()
        .app_id(APP_ID)
        .host(server.url())
        .token_endpoint_auth_method(authing::authentication::TokenEndpointAuthMethod::None)
        .build()
        .unwrap();
    assert_eq!(
        refused(&public, &with_secret, None).await,
        ProtocolError::DisallowedAlgorithm {
            alg: "HS256".to_owned()
        }
    );

    // Other algorithms are refused before any key is looked up.
    let rs512 = format!("{}.{}.c2ln", b64(&json!({"alg": "RS512"})), b64(&body));
    assert_eq!(
        refused(&client, &rs512, None).await,
        ProtocolError::DisallowedAlgorithm {
            alg: "RS512".to_owned()
        }
    );
}

#[tokio::test]
async fn malformed_tokens_are_malformed_never_a_panic() {
    let server = server().await;
    let client = client(&server);
    for token in [
        "",
        "abc",
        "a.b",
        "a.b.c.d",
        "!!!.e30.e30",
        "e30.e30.e30",
        "bm90IGpzb24.e30.e30",
    ] {
        let reason = refused(&client, token, None).await;
        assert!(
            matches!(reason, ProtocolError::MalformedToken { .. }),
            "{token:?}: {reason:?}"
        );
    }
    // A correctly signed token whose payload is not JSON.
    let header = json!({"alg": "HS256"});
    let garbage = format!("{}.{}", b64(&header), URL_SAFE_NO_PAD.encode("not json"));
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, APP_SECRET.as_bytes());
    let tag = ring::hmac::sign(&key, garbage.as_bytes());
    let token = format!("{garbage}.{}", URL_SAFE_NO_PAD.encode(tag.as_ref()));
    assert!(matches!(
        refused(&client, &token, None).await,
        ProtocolError::MalformedToken { .. }
    ));
}

#[tokio::test]
async fn a_callback_with_another_state_is_refused_before_the_exchange() {
    let server = server().await;
    let client = client(&server);
    let request = client.authorize_url().build().unwrap();
    let callback = server.authorize(EMAIL, PASSWORD, request.url()).unwrap();
    let forged = callback.replace(request.state(), "forged-state");
    let error = client.handle_callback(&request, &forged).await.unwrap_err();
    assert!(
        matches!(error, Error::Protocol(ProtocolError::InvalidState)),
        "{error:?}"
    );
    assert!(server.requests_to("/oidc/token").is_empty());
    // Without any state at all.
    let stateless = callback.replace(&format!("state={}", request.state()), "x=y");
    assert!(matches!(
        client.handle_callback(&request, &stateless).await,
        Err(Error::Protocol(ProtocolError::InvalidState))
    ));
}

#[tokio::test]
async fn a_rotated_key_is_fetched_once_and_an_unknown_kid_is_unknown() {
    let server = server().await;
    let client = eager_client(&server);
    let before = server.sign_token(&claims(&server, json!({})));
    client.verify_id_token(&before, None).await.unwrap();
    assert_eq!(server.requests_to(JWKS).len(), 1);
    client.verify_id_token(&before, None).await.unwrap();
    assert_eq!(server.requests_to(JWKS).len(), 1, "cached");

    let new_kid = server.rotate_signing_key();
    let after = server.sign_token(&claims(&server, json!({})));
    client.verify_id_token(&after, None).await.unwrap();
    assert_eq!(
        server.requests_to(JWKS).len(),
        2,
        "one fetch for the new kid"
    );
    // The previous key is still published: older tokens keep verifying, from the cache.
    client.verify_id_token(&before, None).await.unwrap();
    assert_eq!(server.requests_to(JWKS).len(), 2);

    let stray = server.sign_token_with_kid("kid-in-neither", &claims(&server, json!({})));
    assert_eq!(
        refused(&client, &stray, None).await,
        ProtocolError::UnknownKey {
            kid: Some("kid-in-neither".to_owned())
        }
    );
    assert_eq!(
        server.requests_to(JWKS).len(),
        3,
        "looked once more, then gave up"
    );
    assert!(new_kid != "kid-in-neither");
}

#[tokio::test]
async fn fetches_for_unknown_kids_are_rate_limited_and_shared_by_clones() {
    let server = server().await;
    // The default interval: 60 s between fetches for unknown keys.
    let client = client(&server);
    let before = server.sign_token(&claims(&server, json!({})));
    // Concurrent first verifications on clones wait for one fetch.
    let clones: Vec<_> = (0..8).map(|_| client.clone()).collect();
    let results =
        futures_util::future::join_all(clones.iter().map(|c| c.verify_id_token(&before, None)))
            .await;
    assert!(results.iter().all(Result::is_ok));
    assert_eq!(server.requests_to(JWKS).len(), 1);

    server.rotate_signing_key();
    let after = server.sign_token(&claims(&server, json!({})));
    for _ in 0..5 {
        let reason = refused(&client, &after, None).await;
        assert!(
            matches!(reason, ProtocolError::UnknownKey { .. }),
            "{reason:?}"
        );
    }
    let stray = server.sign_token_with_kid("stray", &claims(&server, json!({})));
    assert!(matches!(
        refused(&client.clone(), &stray, None).await,
        ProtocolError::UnknownKey { .. }
    ));
    assert_eq!(
        server.requests_to(JWKS).len(),
        1,
        "no fetch within the interval of the last one"
    );
    // A session shares its client's cache too.
    let session = client.session(authing::TokenSet::from_access_token("t"));
    session
        .client()
        .verify_id_token(&before, None)
        .await
        .unwrap();
    assert_eq!(server.requests_to(JWKS).len(), 1);
}
