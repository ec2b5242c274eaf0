//! No secret in `Debug`, `Display` or error output: not the access key secret, not the token,
//! not the OTP secret, whatever path the value took (client, builder, DTO, each error kind).

mod common;

use authing::{Error, ManagementClient};
use authing_local::Reply;
use common::*;

fn assert_clean(what: &str, shown: &str, secrets: &[&str]) {
    for secret in secrets {
        assert!(!shown.contains(secret), "{what} shows a secret: {shown}");
    }
}

fn both(err: &Error) -> String {
    format!("{err} {err:?}")
}

#[tokio::test]
async fn client_builder_dto_and_errors_never_show_secrets() {
    let (server, client) = setup().await;
    let builder = client_builder(&server);
    let otp = client.get_otp_secret_by_user(USER_ID).await.unwrap();
    assert_eq!(
        otp.secret.expose(),
        OTP_SECRET,
        "the test checks the real value"
    );
    let token = last_token(&server);
    let secrets = [ACCESS_KEY_SECRET, token.as_str(), OTP_SECRET];

    assert_clean("client", &format!("{client:?}"), &secrets);
    assert_clean("builder", &format!("{builder:?}"), &secrets);
    assert_clean("OTP DTO", &format!("{otp:?}"), &secrets);
    assert_clean(
        "request",
        &format!("{:?}", client.get_user(USER_ID)),
        &secrets,
    );

    let not_found = client.get_user("nobody").await.unwrap_err();
    assert_clean("api error", &both(&not_found), &secrets);
}

#[tokio::test]
async fn decode_errors_mask_credentials_in_their_excerpt_and_reason() {
    let (server, client) = setup().await;
    // An OTP secret of the wrong type, and a token answer that is not a JWT.
    server.intercept(|request| match request.path.as_str() {
        "/api/v3/get-otp-secret-by-user" => Some(Reply::json(&serde_json::json!({
            "statusCode": 200, "data": {"secret": ["e2345asdfwagw13424"]}
        }))),
        _ => None,
    });
    let err = client.get_otp_secret_by_user(USER_ID).await.unwrap_err();
    assert!(matches!(&err, Error::Decode { json_path, .. } if json_path == "data.secret"));
    assert_clean("otp decode error", &both(&err), &[OTP_SECRET]);

    let server = server_builder().start().await.unwrap();
    server.intercept(|request| {
        (request.path == "/api/v3/get-management-token").then(|| {
            Reply::json(&serde_json::json!({
                "statusCode": 200,
                "data": {"access_token": "opaque-Tk-8d2f1c", "expires_in": 60}
            }))
        })
    });
    let err = client_builder(&server)
        .build()
        .unwrap()
        .get_user(USER_ID)
        .await
        .unwrap_err();
    assert!(matches!(&err, Error::Decode { .. }), "{err:?}");
    assert_clean(
        "token decode error",
        &both(&err),
        &["opaque-Tk-8d2f1c", ACCESS_KEY_SECRET],
    );
}

#[tokio::test]
async fn transport_errors_do_not_show_the_query_or_key() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let client = ManagementClient::builder()
        .access_key_id("id")
        .access_key_secret(ACCESS_KEY_SECRET)
        .host(url)
        .build()
        .unwrap();
    let err = client.get_user(USER_ID).await.unwrap_err();
    let mut shown = both(&err);
    let mut source = std::error::Error::source(&err);
    while let Some(cause) = source {
        shown.push_str(&format!(" {cause} {cause:?}"));
        source = cause.source();
    }
    assert_clean("transport error", &shown, &[ACCESS_KEY_SECRET]);
}
