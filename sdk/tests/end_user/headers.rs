//! The headers an end-user call carries besides the SDK's own, as they arrive: the tenant and
//! the default headers on the application's calls and on a user session's (which inherits
//! them), `x-real-ip` on one call made from a server for an end user, and a header the SDK owns
//! refused on a call with nothing sent.

use authing::authentication::TokenEndpointAuthMethod;
use authing::types::Channel;
use authing::{AuthenticationClient, Error, RequestOptions, TokenSet};
use authing_local::LocalAuthing;
use serde_json::json;

use super::{ok, scripted, APP_ID, APP_SECRET};

const TENANT: &str = "x-authing-app-tenant-id";

fn client_with_tenant(server: &LocalAuthing) -> AuthenticationClient {
    AuthenticationClient::builder()
        .app_id(APP_ID)
        .app_secret(APP_SECRET)
        .host(server.url())
        .token_endpoint_auth_method(TokenEndpointAuthMethod::ClientSecretPost)
        .tenant_id("tenant-7")
        .default_header("x-service", "checkout")
        .build()
        .expect("client builds")
}

#[tokio::test]
async fn the_tenant_and_default_headers_go_on_application_and_session_calls() {
    let server = scripted(|_| ok(json!({"userId": "u1"}))).await;
    let client = client_with_tenant(&server);

    client
        .send_sms(Channel::ChannelLogin, "+8613800000000")
        .await
        .expect("sent");
    let sent = server.last_request().unwrap();
    assert_eq!(sent.path, "/api/v3/send-sms");
    assert_eq!(sent.header(TENANT), Some("tenant-7"));
    assert_eq!(sent.header("x-service"), Some("checkout"));
    assert_eq!(sent.header("x-authing-app-id"), Some(APP_ID));

    let session = client.session(TokenSet::from_access_token("user-access-token"));
    session.get_profile().await.expect("profile");
    let sent = server.last_request().unwrap();
    assert_eq!(sent.path, "/api/v3/get-profile");
    assert_eq!(sent.header(TENANT), Some("tenant-7"));
    assert_eq!(sent.header("x-service"), Some("checkout"));
    assert_eq!(sent.header("authorization"), Some("user-access-token"));
}

#[tokio::test]
async fn x_real_ip_goes_on_the_one_call_made_for_an_end_user() {
    let server = scripted(|_| ok(json!({"userId": "u1"}))).await;
    let client = client_with_tenant(&server);
    client
        .send_sms(Channel::ChannelLogin, "+8613800000000")
        .header("x-real-ip", "198.51.100.23")
        .await
        .expect("sent");
    assert_eq!(
        server.last_request().unwrap().header("x-real-ip"),
        Some("198.51.100.23")
    );
    let session = client.session(TokenSet::from_access_token("user-access-token"));
    session
        .get_profile()
        .header("x-real-ip", "198.51.100.24")
        .await
        .expect("profile");
    assert_eq!(
        server.last_request().unwrap().header("x-real-ip"),
        Some("198.51.100.24")
    );
    client
        .send_sms(Channel::ChannelLogin, "+8613800000000")
        .await
        .expect("sent");
    assert_eq!(server.last_request().unwrap().header("x-real-ip"), None);
}

#[tokio::test]
async fn an_owned_header_on_an_end_user_call_fails_it_before_anything_is_sent() {
    let server = scripted(|_| ok(json!({}))).await;
    let client = client_with_tenant(&server);
    let session = client.session(TokenSet::from_access_token("user-access-token"));
    for name in [
        "x-authing-app-id",
        "Authorization",
        TENANT,
        "x-authing-lang",
    ] {
        let error = session
            .get_profile()
            .header(name, "someone-else")
            .await
            .unwrap_err();
        match &error {
            Error::Config { reason, .. } => assert!(
                reason.contains(&format!("`{}`", name.to_ascii_lowercase())),
                "{reason}"
            ),
            other => panic!("{other:?}"),
        }
    }
    assert!(server.requests().is_empty(), "{:?}", server.requests());
}

#[tokio::test]
async fn a_typed_sign_in_carries_its_per_call_header_and_attempt_limit() {
    let server = scripted(|_| {
        ok(json!({
            "access_token": "at",
            "id_token": null,
            "expires_in": 7200,
            "token_type": "Bearer",
        }))
    })
    .await;
    let client = client_with_tenant(&server);
    client
        .sign_in_by_email_password("a@example.com", "secret-password")
        .header("x-real-ip", "198.51.100.25")
        .max_attempts(1)
        .await
        .expect("signed in");
    let sent = server.last_request().unwrap();
    assert_eq!(sent.path, "/api/v3/signin");
    assert_eq!(sent.header("x-real-ip"), Some("198.51.100.25"));
    assert_eq!(sent.header(TENANT), Some("tenant-7"));

    // An owned header on a sign-in fails it before anything is sent.
    let before = server.requests().len();
    let error = client
        .sign_in_by_email_password("a@example.com", "secret-password")
        .header("authorization", "Bearer forged")
        .await
        .expect_err("refused");
    assert!(matches!(error, Error::Config { .. }), "{error:?}");
    assert_eq!(server.requests().len(), before);
}
