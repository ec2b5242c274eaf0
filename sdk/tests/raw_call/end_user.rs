//! Raw calls on `AuthenticationClient` (the application's) and `UserSession` (the user's).

use authing::{AuthenticationClient, Method, TokenSet};
use serde_json::json;

use super::{common, ok};
use authing_local::LocalAuthing;

const APP_ID: &str = "6322ab2c4a0d6d3c1b2a1f10";

fn app_client(server: &LocalAuthing) -> AuthenticationClient {
    AuthenticationClient::builder()
        .app_id(APP_ID)
        .app_secret("app-secret-Kq2")
        .host(server.url())
        .build()
        .expect("client builds")
}

#[tokio::test]
async fn a_raw_call_on_a_session_sends_the_app_id_and_the_users_token() {
    let server = common::server().await;
    server.intercept(|r| {
        r.path
            .starts_with("/api/v3/webauthn/")
            .then(|| ok(json!({"removed": true})))
    });
    let session = app_client(&server).session(TokenSet::from_access_token("at-user-1"));
    let data = session
        .raw(Method::Post, "/api/v3/webauthn/remove-credential/{id}")
        .path_param("id", "cred/1")
        .send_json()
        .await
        .unwrap();
    assert_eq!(data, json!({"removed": true}));
    let request = server.last_request().unwrap();
    assert_eq!(request.path, "/api/v3/webauthn/remove-credential/cred%2F1");
    assert_eq!(request.header("x-authing-app-id"), Some(APP_ID));
    assert_eq!(
        request.header("authorization"),
        Some("at-user-1"),
        "the bare token, as the official SDKs send it"
    );
}

#[tokio::test]
async fn a_raw_call_on_the_client_sends_the_app_id_and_no_token() {
    let server = common::server().await;
    server.intercept(|r| {
        (r.path == "/api/v3/get-app-login-qrcode").then(|| ok(json!({"ticket": "t"})))
    });
    let data = app_client(&server)
        .raw(Method::Get, "/api/v3/get-app-login-qrcode")
        .query("lang", "en")
        .send_json()
        .await
        .unwrap();
    assert_eq!(data["ticket"], "t");
    let request = server.last_request().unwrap();
    assert_eq!(request.query.as_deref(), Some("lang=en"));
    assert_eq!(request.header("x-authing-app-id"), Some(APP_ID));
    assert_eq!(request.header("authorization"), None);
}
