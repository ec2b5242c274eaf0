//! The end-user API under the shared retry policy: a sign-in that reached the server is never
//! sent again (it may have signed the user in, or spent a one-time code), a lost connection
//! before it was sent is retried, and a GET is retried on a gateway error.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use authing::authentication::TokenEndpointAuthMethod;
use authing::{Error, TokenSet};
use authing_local::Reply;
use serde_json::json;

use super::{client, ok, scripted};

#[tokio::test]
async fn a_sign_in_whose_answer_is_lost_is_not_sent_again() {
    let server = scripted(|_| Reply::close()).await;
    let client = client(&server, TokenEndpointAuthMethod::ClientSecretPost);
    let error = client
        .sign_in_by_email_password("alice@example.com", "Passw0rd!")
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert_eq!(server.requests_to("/api/v3/signin").len(), 1);
    // The password is in no error text.
    assert!(!format!("{error} {error:?}").contains("Passw0rd!"));
}

#[tokio::test]
async fn a_failed_sign_in_is_an_api_error_sent_once() {
    let server = scripted(|_| {
        Reply::json(&json!({"statusCode": 400, "apiCode": 2333, "message": "账号或密码错误"}))
    })
    .await;
    let client = client(&server, TokenEndpointAuthMethod::ClientSecretPost);
    let error = client
        .sign_in_by_username_password("alice", "wrong")
        .await
        .unwrap_err();
    match error {
        Error::Api {
            status_code: 400,
            api_code: Some(2333),
            ..
        } => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(server.requests_to("/api/v3/signin").len(), 1);
}

#[tokio::test]
async fn a_get_for_the_user_is_retried_on_a_gateway_error() {
    let calls = Arc::new(AtomicUsize::new(0));
    let counted = Arc::clone(&calls);
    let server = scripted(move |_| {
        if counted.fetch_add(1, Ordering::SeqCst) == 0 {
            Reply::raw(503, "text/plain", "busy")
        } else {
            ok(json!({"userId": "u1"}))
        }
    })
    .await;
    let client = client(&server, TokenEndpointAuthMethod::ClientSecretPost);
    let session = client.session(TokenSet::from_access_token("user-access-token"));
    let user = session.get_profile().await.expect("retried");
    assert_eq!(user.user_id, "u1");
    let sent = server.requests_to("/api/v3/get-profile");
    assert_eq!(sent.len(), 2);
    assert!(sent
        .iter()
        .all(|r| r.header("authorization") == Some("user-access-token")));
}

#[tokio::test]
async fn a_basic_sign_in_refused_with_401_is_not_sent_again_and_renews_no_session() {
    let server =
        scripted(|_| Reply::json(&json!({"statusCode": 401, "message": "invalid client"}))).await;
    let client = client(&server, TokenEndpointAuthMethod::ClientSecretBasic);
    // A session has a token it could "renew", but sign-in is the application's call (a session
    // has no sign-in methods): the refusal was of the application's Basic credentials, so
    // nothing is renewed and the sign-in is not resent.
    let session = client.session(TokenSet {
        refresh_token: Some("rt".into()),
        ..TokenSet::from_access_token("at")
    });
    let error = session
        .client()
        .sign_in_by_email_password("alice@example.com", "Passw0rd!")
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::Api {
                status_code: 401,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(server.requests_to("/api/v3/signin").len(), 1);
    assert!(server.requests_to("/oidc/token").is_empty());
}
