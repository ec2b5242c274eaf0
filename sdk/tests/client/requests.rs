//! What goes on the wire: the token call and API calls as they arrive at a local Authing
//! (method, path, query encoding, headers, body).

use crate::common::*;
use authing::types::UserIdType;

const SDK_VERSION: &str = concat!("authing-rust-sdk:", env!("CARGO_PKG_VERSION"));

#[tokio::test]
async fn token_call_posts_the_access_key_as_json() {
    let (server, client) = setup().await;
    client.get_user(USER_ID).send().await.unwrap();

    let token_call = &server.requests()[0];
    assert_eq!(token_call.method, "POST");
    assert_eq!(token_call.path, "/api/v3/get-management-token");
    assert_eq!(token_call.query, None);
    assert_eq!(token_call.header("content-type"), Some("application/json"));
    assert_eq!(
        token_call.header("x-authing-sdk-version"),
        Some(SDK_VERSION)
    );
    assert_eq!(token_call.header("x-authing-lang"), Some("zh-CN"));
    assert_eq!(token_call.header("authorization"), None);
    assert_eq!(
        token_call.body_json(),
        Some(
            serde_json::json!({"accessKeyId": "ak-id-test", "accessKeySecret": ACCESS_KEY_SECRET})
        )
    );
}

#[tokio::test]
async fn api_call_carries_token_userpool_version_and_lang_headers() {
    let (server, client) = setup().await;
    client.get_user(USER_ID).send().await.unwrap();

    let call = server.last_request().unwrap();
    assert_eq!(call.method, "GET");
    assert_eq!(call.path, "/api/v3/get-user");
    let token = last_token(&server);
    assert_eq!(token.split('.').count(), 3, "a JWT");
    assert_eq!(
        call.header("authorization"),
        Some(format!("Bearer {token}").as_str())
    );
    assert_eq!(
        call.header("x-authing-userpool-id"),
        Some(server.userpool_id())
    );
    assert_eq!(call.header("x-authing-sdk-version"), Some(SDK_VERSION));
    assert_eq!(call.header("x-authing-lang"), Some("zh-CN"));
}

#[tokio::test]
async fn query_is_percent_encoded_in_order_with_booleans_as_words() {
    let (server, client) = setup().await;
    let _ = client
        .get_user("a b/é&c=d+e")
        .user_id_type(UserIdType::Email)
        .with_custom_data(true)
        .with_identities(false)
        .send()
        .await;

    let call = server.last_request().unwrap();
    assert_eq!(
        call.query.as_deref(),
        Some("userId=a%20b%2F%C3%A9%26c%3Dd%2Be&userIdType=email&withCustomData=true&withIdentities=false")
    );
    assert_eq!(call.query_param("userId").as_deref(), Some("a b/é&c=d+e"));
}

#[tokio::test]
async fn unset_optional_parameters_are_omitted() {
    let (server, client) = setup().await;
    client.get_user_identities(USER_ID).send().await.unwrap();
    client.get_otp_secret_by_user(USER_ID).await.unwrap();

    let calls = server.requests();
    assert_eq!(calls[1].path, "/api/v3/get-user-identities");
    assert_eq!(
        calls[1].query.as_deref(),
        Some("userId=6229ffaxxxxxxxxcade3e3d9")
    );
    assert_eq!(calls[2].path, "/api/v3/get-otp-secret-by-user");
    assert_eq!(
        calls[2].query.as_deref(),
        Some("userId=6229ffaxxxxxxxxcade3e3d9")
    );
}

#[tokio::test]
async fn lang_is_settable_and_reaches_every_call() {
    let server = server().await;
    let client = client_builder(&server).lang("en-US").build().unwrap();
    let err = client.get_user("nobody").await.unwrap_err();

    for call in server.requests() {
        assert_eq!(
            call.header("x-authing-lang"),
            Some("en-US"),
            "{}",
            call.path
        );
    }
    match err {
        authing::Error::Api { message, .. } => assert_eq!(message, "User does not exist"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn set_setters_pass_an_optional_value_through() {
    let (server, client) = setup().await;
    let wanted: Option<UserIdType> = None;
    client
        .get_user(USER_ID)
        .user_id_type(UserIdType::Email)
        .set_user_id_type(wanted)
        .set_with_custom_data(Some(true))
        .send()
        .await
        .unwrap();
    let call = server.last_request().unwrap();
    assert_eq!(
        call.query.as_deref(),
        Some(format!("userId={USER_ID}&withCustomData=true").as_str()),
        "`None` cleared the earlier value; `Some` set one"
    );

    let user = authing::types::CreateUserInfoDto::new()
        .set_email(Some("a@example.com".to_owned()))
        .set_phone(None);
    assert_eq!(user.email.as_deref(), Some("a@example.com"));
    assert_eq!(user.phone, None);
}

#[tokio::test]
async fn a_body_arrives_with_its_members_by_wire_name_in_docs_order() {
    use authing::types::{
        CreateIdentityDto, CreateUserOptionsDto, CreateUserOtpDto, IdentityProvider,
        SendCreateAccountNotificationDto,
    };
    let (server, client) = setup().await;
    client
        .create_user()
        .email("a\"b@example.com")
        .email_verified(true)
        .password("pw-Body-1")
        .tenant_ids(vec!["t1".to_owned(), "t2".to_owned()])
        .otp(CreateUserOtpDto::new("otp-secret").recovery_code("rc"))
        .custom_data(serde_json::json!({"age": 22, "tags": ["x"], "nested": {"k": null}}))
        .identities(vec![CreateIdentityDto::new(
            "idp-1",
            IdentityProvider::Wechat,
            "openid",
            "u-in-idp",
            serde_json::json!({"nickname": "n"}),
            Vec::<String>::new(),
        )])
        .options(
            CreateUserOptionsDto::new()
                .reset_password_on_first_login(false)
                .send_notification(SendCreateAccountNotificationDto::new().app_id("app")),
        )
        .await
        .unwrap();
    let call = server.last_request().unwrap();
    assert_eq!(call.path, "/api/v3/create-user");
    assert_eq!(call.header("content-type"), Some("application/json"));
    let body = String::from_utf8(call.body.clone()).unwrap();
    assert_eq!(
        body,
        concat!(
            r#"{"email":"a\"b@example.com","emailVerified":true,"password":"pw-Body-1","#,
            r#""tenantIds":["t1","t2"],"otp":{"secret":"otp-secret","recoveryCode":"rc"},"#,
            r#""customData":{"age":22,"nested":{"k":null},"tags":["x"]},"#,
            r#""identities":[{"extIdpId":"idp-1","provider":"wechat","type":"openid","#,
            r#""userIdInIdp":"u-in-idp","userInfoInIdp":{"nickname":"n"},"originConnIds":[]}],"#,
            r#""options":{"resetPasswordOnFirstLogin":false,"sendNotification":{"appId":"app"}}}"#
        )
    );
}
