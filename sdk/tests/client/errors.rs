//! Each error variant as a caller meets it on a single attempt: Authing failures (user not found,
//! bad token, bad parameter, bad access key), bodies that do not decode, HTTP errors, refused
//! connections, timeouts; and that every `Display` is one line. Retries are in `faults.rs`.

use std::error::Error as _;
use std::time::Duration;

use crate::common::*;
use authing::types::UserIdType;
use authing::{Error, RetryConfig};
use authing_local::Reply;

fn assert_one_line(err: &Error) {
    let shown = err.to_string();
    assert!(!shown.contains('\n'), "{shown}");
}

#[tokio::test]
async fn user_not_found_is_an_api_error_with_codes_and_request_id() {
    let (_server, client) = setup().await;
    let err = client.get_user("nobody").await.unwrap_err();
    assert_one_line(&err);
    match &err {
        Error::Api {
            method,
            path,
            status_code,
            api_code,
            message,
            request_id,
            ..
        } => {
            assert_eq!((*method, *path), ("GET", "/api/v3/get-user"));
            assert_eq!(*status_code, 404);
            assert_eq!(*api_code, Some(2004));
            assert_eq!(message, "用户不存在");
            assert!(request_id
                .as_deref()
                .is_some_and(|id| id.starts_with("local-")));
            assert_eq!(err.request_id(), request_id.as_deref());
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().starts_with(
        "GET /api/v3/get-user failed: statusCode 404, apiCode 2004: 用户不存在 (requestId local-"
    ));
}

#[tokio::test]
async fn a_token_rejected_again_after_renewal_is_an_api_error() {
    let (server, client) = setup().await;
    client.get_user(USER_ID).await.unwrap();
    // Every token is refused: the client renews once, then gives the rejection to the caller.
    server.intercept(|request| {
        (request.path == "/api/v3/get-user").then(|| {
            Reply::json(&serde_json::json!({
                "statusCode": 401, "apiCode": 1006, "message": "token 无效或已过期"
            }))
        })
    });
    match client.get_user(USER_ID).await.unwrap_err() {
        Error::Api {
            status_code: 401,
            api_code: Some(1006),
            ..
        } => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(server.token_requests(), 2, "renewed once");
    assert_eq!(
        server.requests_to("/api/v3/get-user").len(),
        3,
        "1 + sent once more"
    );
}

#[tokio::test]
async fn an_unknown_enum_value_is_refused_naming_the_parameter() {
    let (_server, client) = setup().await;
    let err = client
        .get_user(USER_ID)
        .user_id_type(UserIdType::from("mail"))
        .await
        .unwrap_err();
    match &err {
        Error::Api {
            status_code: 400,
            api_code: Some(1001),
            message,
            ..
        } => {
            assert!(message.contains("userIdType"), "{message}");
            assert!(message.contains("\"mail\""), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_wrong_access_key_fails_the_token_call_and_reaches_the_caller() {
    let server = server().await;
    let client = client_builder(&server)
        .access_key_secret("wrong")
        .build()
        .unwrap();
    for _ in 0..2 {
        match client.get_user(USER_ID).await.unwrap_err() {
            Error::Api {
                path,
                status_code: 401,
                api_code: Some(1004),
                ..
            } => {
                assert_eq!(path, "/api/v3/get-management-token")
            }
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(
        server.token_requests(),
        2,
        "a failed token call is not cached"
    );
    assert!(server.requests_to("/api/v3/get-user").is_empty());
}

#[tokio::test]
async fn a_bad_field_is_a_decode_error_with_its_json_path() {
    let (server, client) = setup().await;
    server
        .insert_user(serde_json::json!({
            "userId": "u-bad", "createdAt": "t", "updatedAt": "t", "status": "Activated",
            "gender": "M", "emailVerified": true, "phoneVerified": true,
            "identities": [{
                "identityId": "i", "extIdpId": "e", "provider": 42, "type": "openid",
                "userIdInIdp": "u", "originConnIds": []
            }]
        }))
        .unwrap();

    let err = client
        .get_user("u-bad")
        .with_identities(true)
        .await
        .unwrap_err();
    assert_one_line(&err);
    match &err {
        Error::Decode {
            path,
            json_path,
            reason,
            excerpt,
            ..
        } => {
            assert_eq!(*path, "/api/v3/get-user");
            assert_eq!(json_path, "data.identities[0].provider");
            assert!(reason.contains("invalid type: integer `42`"), "{reason}");
            assert!(excerpt.contains("\"provider\":42"), "{excerpt}");
            assert!(excerpt.chars().count() <= 201, "bounded: {excerpt}");
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("data.identities[0].provider"));

    match client.get_user_identities("u-bad").await.unwrap_err() {
        Error::Decode { json_path, .. } => assert_eq!(json_path, "data[0].provider"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_body_that_is_not_json_is_a_decode_error() {
    let (server, client) = setup().await;
    server.intercept(|request| {
        (request.path == "/api/v3/get-user")
            .then(|| Reply::raw(200, "text/html", "<html>\n<b>maintenance</b></html>"))
    });
    match client.get_user(USER_ID).await.unwrap_err() {
        Error::Decode {
            json_path, excerpt, ..
        } => {
            assert_eq!(json_path, ".");
            assert_eq!(excerpt, "<html> <b>maintenance</b></html>");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn missing_data_is_decoded_as_null() {
    let (server, client) = setup().await;
    server.intercept(|request| {
        (request.path == "/api/v3/get-user")
            .then(|| Reply::json(&serde_json::json!({"statusCode": 200, "message": "ok"})))
    });
    match client.get_user(USER_ID).await.unwrap_err() {
        Error::Decode {
            json_path, reason, ..
        } => {
            assert_eq!(json_path, "data");
            assert!(reason.contains("null"), "{reason}");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn an_http_error_without_an_envelope_is_http_status() {
    let server = server().await;
    let client = client_builder(&server)
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    server.intercept(|request| {
        (request.path == "/api/v3/get-user").then(|| Reply::raw(502, "text/html", "Bad Gateway"))
    });
    match client.get_user(USER_ID).await.unwrap_err() {
        Error::HttpStatus {
            status: 502,
            excerpt,
            ..
        } => assert_eq!(excerpt, "Bad Gateway"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_refused_connection_is_a_transport_error_with_a_source() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let client = authing::ManagementClient::builder()
        .access_key_id("id")
        .access_key_secret(ACCESS_KEY_SECRET)
        .host(url)
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();

    let err = client.get_user(USER_ID).await.unwrap_err();
    assert_one_line(&err);
    match &err {
        Error::Transport {
            method,
            path,
            stage,
            ..
        } => {
            assert_eq!((*method, *path), ("POST", "/api/v3/get-management-token"));
            assert_eq!(*stage, "could not connect");
        }
        other => panic!("{other:?}"),
    }
    assert!(err.source().is_some());
    assert_eq!(
        err.to_string(),
        "POST /api/v3/get-management-token: could not connect"
    );
}

#[tokio::test]
async fn a_slow_answer_is_a_timeout() {
    let server = server().await;
    let client = client_builder(&server)
        .timeout(Duration::from_millis(300))
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    server.intercept(|request| {
        (request.path == "/api/v3/get-user")
            .then(|| Reply::usual().delayed(Duration::from_secs(30)))
    });
    let err = client.get_user(USER_ID).await.unwrap_err();
    match &err {
        Error::Timeout { path, timeout, .. } => {
            assert_eq!(*path, "/api/v3/get-user");
            assert_eq!(*timeout, Duration::from_millis(300));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        err.to_string(),
        "GET /api/v3/get-user: timed out after 300ms"
    );
}
