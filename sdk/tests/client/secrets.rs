//! No secret in `Debug`, `Display` or error output: not the access key secret, not the token,
//! not the OTP secret, whatever path the value took (client, builder, DTO, each error kind).

use crate::common::*;
use authing::{Error, ManagementClient};
use authing_local::Reply;

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

    let shown = format!("{client:?}");
    assert_clean("client", &shown, &secrets);
    // What the client does show: who it calls as.
    let id = format!("access_key_id: {:?}", server.access_key_id());
    assert!(shown.contains(&id), "{shown}");
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

/// The credential-name rule by example: these fields print `***`, and these, whose names only
/// mention a credential, print their values.
#[test]
fn credential_fields_are_masked_and_their_neighbours_stay_visible() {
    use authing::types::{
        CreateUserInfoDto, CreateUserOptionsDto, CreateUserOptionsPasswordEncryptType,
        CreateUserOtpDto, IdentityDto, UserDto,
    };

    let user = CreateUserInfoDto::new()
        .password("pw-Hunter2")
        .email("bob@example.com")
        .otp(CreateUserOtpDto::new("otp-Secret-77").recovery_code("rc-1234-5678"));
    let shown = format!("{user:?}");
    assert_clean(
        "CreateUserInfoDto",
        &shown,
        &["pw-Hunter2", "otp-Secret-77", "rc-1234-5678"],
    );
    assert!(
        shown.contains("password: Some(SecretString(***))"),
        "{shown}"
    );
    assert!(shown.contains("bob@example.com"), "{shown}");

    let options = CreateUserOptionsDto::new()
        .password_encrypt_type(CreateUserOptionsPasswordEncryptType::Rsa)
        .reset_password_on_first_login(true);
    let shown = format!("{options:?}");
    assert!(
        shown.contains("password_encrypt_type: Some(Rsa)"),
        "{shown}"
    );
    assert!(
        shown.contains("reset_password_on_first_login: Some(true)"),
        "{shown}"
    );

    // Decoded from a response: tokens of the identity masked, in fields and inside the IdP's
    // free-form profile; the rest as sent.
    let identity: IdentityDto = serde_json::from_value(serde_json::json!({
        "identityId": "62299d8b866d2dab79a89fc4",
        "extIdpId": "6229xxx",
        "provider": "github",
        "accessToken": "gho_AccessTk9",
        "refreshToken": "ghr_RefreshTk9",
        "userInfoInIdp": {"login": "octocat", "access_token": "gho_InProfile9", "nested": {"clientSecret": "cs-9"}},
    }))
    .unwrap();
    let shown = format!("{identity:?}");
    assert_clean(
        "IdentityDto",
        &shown,
        &["gho_AccessTk9", "ghr_RefreshTk9", "gho_InProfile9", "cs-9"],
    );
    assert!(
        shown.contains("octocat") && shown.contains("62299d8b866d2dab79a89fc4"),
        "{shown}"
    );

    let user: UserDto = serde_json::from_value(serde_json::json!({
        "userId": "u1",
        "passwordLastSetAt": "2022-07-03T02:20:30.000Z",
        "passwordSecurityLevel": 1,
    }))
    .unwrap();
    let shown = format!("{user:?}");
    assert!(shown.contains("2022-07-03T02:20:30.000Z"), "{shown}");
    assert!(
        shown.contains("password_security_level: Some(1.0)"),
        "{shown}"
    );
}

#[test]
fn request_builders_mask_credential_parameters() {
    let client = ManagementClient::builder()
        .access_key_id("id")
        .access_key_secret(ACCESS_KEY_SECRET)
        .host("http://127.0.0.1:9")
        .build()
        .unwrap();
    let request = client
        .create_user()
        .password("pw-Builder5")
        .email("a@example.com");
    let shown = format!("{request:?}");
    assert_clean("create_user", &shown, &["pw-Builder5", ACCESS_KEY_SECRET]);
    assert!(shown.contains("a@example.com"), "{shown}");
}
