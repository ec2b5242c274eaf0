//! The rest of the ID token rules: `iat` is required; with several audiences `azp` must be the
//! application; `max_age` is sent, kept in the stored request (older stored requests still
//! read) and checked against `auth_time` on the callback; a refreshed ID token (an explicit
//! refresh and a session's own) is verified and must be about the same user; userinfo can be
//! bound to a subject, and a session binds it to its ID token's.

use std::time::Duration;

use authing::authentication::AuthorizationRequest;
use authing::{Error, ProtocolError, SecretString, TokenSet};
use authing_local::{LocalAuthing, Reply, SEEDED_USER_ID};
use serde_json::json;

use super::id_token::{claims, refused};
use super::{client, now, server, sign_in, APP_ID, EMAIL, PASSWORD};

const TOKEN: &str = "/oidc/token";

/// Makes the token endpoint answer `answer` from now on.
fn token_answer(server: &LocalAuthing, answer: serde_json::Value) {
    server.intercept(move |request| (request.path == TOKEN).then(|| Reply::json(&answer)));
}

#[tokio::test]
async fn an_id_token_without_iat_is_refused() {
    let server = server().await;
    let client = client(&server);
    let no_iat = server.sign_token(&claims(&server, json!({"iat": null})));
    match refused(&client, &no_iat, None).await {
        ProtocolError::MalformedToken { reason } => assert!(reason.contains("iat"), "{reason}"),
        other => panic!("{other:?}"),
    }
    // Access tokens too (RFC 9068 §2.2).
    let access = server.sign_token(&claims(
        &server,
        json!({"iat": null, "nonce": null, "scope": "openid"}),
    ));
    assert!(matches!(
        client.verify_access_token(&access).await,
        Err(Error::Protocol(ProtocolError::MalformedToken { .. }))
    ));
}

#[tokio::test]
async fn several_audiences_need_azp_to_be_the_application() {
    let server = server().await;
    let client = client(&server);
    let wrong = ProtocolError::WrongAuthorizedParty {
        expected: APP_ID.to_owned(),
    };
    for changes in [
        json!({"aud": ["another-app", APP_ID]}),
        json!({"aud": ["another-app", APP_ID], "azp": "another-app"}),
        json!({"aud": APP_ID, "azp": "another-app"}),
    ] {
        let token = server.sign_token(&claims(&server, changes.clone()));
        assert_eq!(refused(&client, &token, None).await, wrong, "{changes}");
    }
    let good = server.sign_token(&claims(
        &server,
        json!({"aud": ["another-app", APP_ID], "azp": APP_ID}),
    ));
    client.verify_id_token(&good, None).await.unwrap();
}

#[tokio::test]
async fn max_age_is_sent_and_kept_in_the_stored_request() {
    let server = server().await;
    let client = client(&server);
    let request = client
        .authorize_url()
        .max_age(Duration::from_secs(300))
        .build()
        .unwrap();
    let url = reqwest::Url::parse(request.url()).unwrap();
    assert!(url.query_pairs().any(|(k, v)| k == "max_age" && v == "300"));
    assert_eq!(request.max_age(), Some(Duration::from_secs(300)));
    let stored = serde_json::to_string(&request).unwrap();
    assert!(stored.contains("\"max_age\":300"), "{stored}");
    let back: AuthorizationRequest = serde_json::from_str(&stored).unwrap();
    assert_eq!(back, request);
    // The builder owns the parameter.
    assert!(matches!(
        client.authorize_url().param("max_age", "1").build(),
        Err(Error::Config { .. })
    ));
    // Without it, nothing is sent or stored.
    let plain = client.authorize_url().build().unwrap();
    assert!(!plain.url().contains("max_age"));
    assert!(!serde_json::to_string(&plain).unwrap().contains("max_age"));
    // With the local Authing (the user signs in now), the callback completes.
    let callback = server.authorize(EMAIL, PASSWORD, request.url()).unwrap();
    let signed_in = client.handle_callback(&request, &callback).await.unwrap();
    assert!(signed_in.claims.unwrap().auth_time.is_some());
}

#[test]
fn a_request_stored_before_max_age_existed_still_deserializes() {
    // The shape an application stored before `max_age` was added.
    let old = r#"{"protocol":"oidc","url":"https://example.authing.cn/oidc/auth?client_id=a","redirect_uri":"http://localhost:3000/callback","scope":"openid profile","state":"s-1","nonce":"n-1","code_verifier":"v-1"}"#;
    let request: AuthorizationRequest = serde_json::from_str(old).unwrap();
    assert_eq!(request.max_age(), None);
    assert_eq!(request.state(), "s-1");
    assert_eq!(request.nonce(), Some("n-1"));
    assert_eq!(
        request.code_verifier().map(SecretString::expose),
        Some("v-1")
    );
}

#[tokio::test]
async fn auth_time_older_than_max_age_is_refused_on_the_callback() {
    let server = server().await;
    let client = client(&server);
    let max_age = Duration::from_secs(300);
    // `auth_time` within `max_age` plus the leeway (60 s) passes; beyond it, or missing, fails.
    for (auth_time, expected) in [
        (Some(now() - 330), None),
        (
            Some(now() - 400),
            Some(ProtocolError::AuthenticationTooOld { max_age }),
        ),
        (
            None,
            Some(ProtocolError::MalformedToken {
                reason: String::new(),
            }),
        ),
    ] {
        let request = client.authorize_url().max_age(max_age).build().unwrap();
        let callback = server.authorize(EMAIL, PASSWORD, request.url()).unwrap();
        let id_token = server.sign_token(&claims(
            &server,
            json!({"nonce": request.nonce(), "auth_time": auth_time}),
        ));
        token_answer(
            &server,
            json!({"access_token": "at", "expires_in": 3600, "id_token": id_token}),
        );
        let result = client.handle_callback(&request, &callback).await;
        match (result, expected) {
            (Ok(_), None) => {}
            (Err(Error::Protocol(found)), Some(expected)) => assert_eq!(
                std::mem::discriminant(&found),
                std::mem::discriminant(&expected),
                "{found:?}"
            ),
            (other, expected) => panic!("{other:?}, expected {expected:?}"),
        }
    }
    // Without max_age in the request, an old auth_time is the application's business.
    let request = client.authorize_url().build().unwrap();
    let callback = server.authorize(EMAIL, PASSWORD, request.url()).unwrap();
    let id_token = server.sign_token(&claims(
        &server,
        json!({"nonce": request.nonce(), "auth_time": now() - 86_400}),
    ));
    token_answer(
        &server,
        json!({"access_token": "at", "expires_in": 3600, "id_token": id_token}),
    );
    client.handle_callback(&request, &callback).await.unwrap();
}

/// A token set for the seeded user with a valid ID token, a refresh token and an access token
/// about to expire.
fn seeded_tokens(server: &LocalAuthing) -> TokenSet {
    let id_token = server.sign_token(&claims(server, json!({})));
    TokenSet {
        refresh_token: Some(SecretString::new("rt-0")),
        id_token: Some(SecretString::new(id_token)),
        expires_at: Some(now() + 5),
        ..TokenSet::from_access_token("at-0")
    }
}

/// A refresh answer whose ID token is about `sub`.
fn refresh_answer(server: &LocalAuthing, sub: &str) -> serde_json::Value {
    let id_token = server.sign_token(&claims(server, json!({"sub": sub, "nonce": null})));
    json!({"access_token": "at-1", "refresh_token": "rt-1", "expires_in": 3600, "id_token": id_token})
}

#[tokio::test]
async fn a_refreshed_id_token_about_another_user_is_refused() {
    let server = server().await;
    let client = client(&server);
    let tokens = seeded_tokens(&server);

    token_answer(&server, refresh_answer(&server, "someone-else"));
    let error = client.refresh_tokens(&tokens).await.unwrap_err();
    assert!(
        matches!(error, Error::Protocol(ProtocolError::SubjectMismatch)),
        "{error:?}"
    );

    // A refreshed ID token that does not verify is refused too.
    let mut forged = refresh_answer(&server, SEEDED_USER_ID);
    let id_token = forged["id_token"].as_str().unwrap().to_owned();
    forged["id_token"] = format!("{id_token}x").into();
    token_answer(&server, forged);
    assert!(matches!(
        client.refresh_tokens(&tokens).await,
        Err(Error::Protocol(
            ProtocolError::InvalidSignature | ProtocolError::MalformedToken { .. }
        ))
    ));

    // The same user passes; an answer without an ID token keeps the old one.
    let same = refresh_answer(&server, SEEDED_USER_ID);
    token_answer(&server, same.clone());
    let renewed = client.refresh_tokens(&tokens).await.unwrap();
    assert_eq!(
        renewed.id_token.unwrap().expose(),
        same["id_token"].as_str().unwrap()
    );
    token_answer(
        &server,
        json!({"access_token": "at-2", "refresh_token": "rt-2", "expires_in": 3600}),
    );
    let renewed = client.refresh_tokens(&tokens).await.unwrap();
    assert_eq!(renewed.id_token, tokens.id_token);
}

#[tokio::test]
async fn a_session_refresh_refuses_an_id_token_about_another_user() {
    let server = server().await;
    let client = client(&server);
    let tokens = seeded_tokens(&server);

    token_answer(&server, refresh_answer(&server, "someone-else"));
    let session = client.session(tokens.clone());
    let error = session.refresh().await.unwrap_err();
    assert!(
        matches!(error, Error::Protocol(ProtocolError::SubjectMismatch)),
        "{error:?}"
    );
    // The renewed set was not taken, and the refresh token it spent is gone.
    let kept = session.tokens().await;
    assert_eq!(kept.access_token, tokens.access_token);
    assert_eq!(kept.id_token, tokens.id_token);
    assert_eq!(kept.refresh_token, None);

    let same = refresh_answer(&server, SEEDED_USER_ID);
    token_answer(&server, same.clone());
    let session = client.session(tokens);
    let renewed = session.refresh().await.unwrap();
    assert_eq!(renewed.access_token.expose(), "at-1");
    assert_eq!(
        renewed.id_token.unwrap().expose(),
        same["id_token"].as_str().unwrap()
    );
}

#[tokio::test]
async fn userinfo_can_be_bound_to_a_subject_and_a_session_binds_its_own() {
    let server = server().await;
    let client = client(&server);
    let (_, signed_in) = sign_in(&server, &client, "openid profile email").await;
    let tokens = signed_in.tokens;
    let access = tokens.access_token.expose();

    let info = client.user_info_for(access, SEEDED_USER_ID).await.unwrap();
    assert_eq!(info.email.as_deref(), Some(EMAIL));
    assert!(matches!(
        client.user_info_for(access, "someone-else").await,
        Err(Error::Protocol(ProtocolError::SubjectMismatch))
    ));

    // A session binds to its ID token's subject.
    let session = client.session(tokens.clone());
    assert_eq!(
        session.current_user_info().await.unwrap().sub,
        SEEDED_USER_ID
    );
    // Another user's ID token next to this access token (a substituted token): refused.
    let other = server.sign_token(&claims(&server, json!({"sub": "someone-else"})));
    let mixed = TokenSet {
        id_token: Some(SecretString::new(other)),
        ..tokens.clone()
    };
    assert!(matches!(
        client.session(mixed).current_user_info().await,
        Err(Error::Protocol(ProtocolError::SubjectMismatch))
    ));
    // Without an ID token there is no subject to bind to: the answer comes back unbound.
    let bare = client.session(TokenSet::from_access_token(access));
    assert_eq!(bare.current_user_info().await.unwrap().sub, SEEDED_USER_ID);
    // The session's call carries its access token in the RFC 6750 header.
    let me = server.requests_to("/oidc/me").pop().unwrap();
    assert_eq!(
        me.header("authorization"),
        Some(format!("Bearer {access}").as_str())
    );
}
