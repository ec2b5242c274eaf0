//! Raw calls on `ManagementClient`.

use std::sync::atomic::{AtomicUsize, Ordering};

use authing::{Error, Method};
use serde::Deserialize;
use serde_json::json;

use super::{arrived, common, fast_client, ok};
use authing_local::Reply;

const HOSTILE: &str = "/api/v3/ip-list/a%2Fb%3Fc%23d";

#[derive(Debug, Deserialize, PartialEq)]
struct IpList {
    id: String,
    ips: Vec<String>,
}

#[tokio::test]
async fn a_raw_get_sends_the_encoded_path_its_query_and_the_management_token() {
    let server = common::server().await;
    server.intercept(|r| {
        (r.path.starts_with("/api/v3/ip-list/"))
            .then(|| ok(json!({"id": "a/b?c#d", "ips": ["10.0.0.1"]})))
    });
    let client = fast_client(&server);
    let list: IpList = client
        .raw(Method::Get, "/api/v3/ip-list/{id}")
        .path_param("id", "a/b?c#d")
        .query("kind", "ip v4&x=1")
        .query("tag", "a")
        .query("tag", 2)
        .send()
        .await
        .unwrap();
    assert_eq!(
        list,
        IpList {
            id: "a/b?c#d".into(),
            ips: vec!["10.0.0.1".into()]
        }
    );
    let request = server.last_request().unwrap();
    assert_eq!(request.method, "GET");
    assert_eq!(request.path, HOSTILE, "one segment, exactly as encoded");
    assert_eq!(
        request.query.as_deref(),
        Some("kind=ip%20v4%26x%3D1&tag=a&tag=2")
    );
    assert_eq!(
        request.header("authorization"),
        Some(format!("Bearer {}", common::last_token(&server)).as_str())
    );
    assert_eq!(
        request.header("x-authing-userpool-id"),
        Some(server.userpool_id())
    );
    assert_eq!(request.body, b"", "a GET without a body");
}

#[tokio::test]
async fn other_characters_outside_the_unreserved_set_are_encoded_too() {
    let server = common::server().await;
    server.intercept(|r| {
        r.path
            .starts_with("/api/v3/ip-list/")
            .then(|| ok(json!(true)))
    });
    let client = fast_client(&server);
    let value = "100% ../x y+名";
    let sent: bool = client
        .raw(Method::Delete, "/api/v3/ip-list/{id}")
        .path_param("id", value)
        .send()
        .await
        .unwrap();
    assert!(sent);
    assert_eq!(
        server.last_request().unwrap().path,
        "/api/v3/ip-list/100%25%20..%2Fx%20y%2B%E5%90%8D"
    );
}

#[tokio::test]
async fn a_path_value_of_dots_or_nothing_is_refused_before_anything_is_sent() {
    let server = common::server().await;
    let client = fast_client(&server);
    for value in ["..", ".", ""] {
        let error = client
            .raw(Method::Get, "/api/v3/ip-list/{id}")
            .path_param("id", value)
            .send_json()
            .await
            .unwrap_err();
        match &error {
            Error::InvalidRequest {
                method,
                path,
                reason,
                ..
            } => {
                assert_eq!((*method, *path), ("GET", "/api/v3/ip-list/{id}"));
                assert!(reason.contains("path parameter `id`"), "{reason}");
            }
            other => panic!("{value:?}: {other:?}"),
        }
        assert_eq!(error.attempts(), 0);
    }
    assert!(
        server.requests().is_empty(),
        "nothing sent, not even the token call"
    );
}

#[tokio::test]
async fn a_missing_or_unknown_path_parameter_is_refused_naming_it() {
    let server = common::server().await;
    let client = fast_client(&server);
    let reason = |error: Error| match error {
        Error::InvalidRequest { reason, .. } => reason,
        other => panic!("{other:?}"),
    };
    let missing = client
        .raw(Method::Delete, "/api/v3/ip-list/{id}")
        .send::<()>()
        .await;
    assert_eq!(
        reason(missing.unwrap_err()),
        "no value for the path parameter `id`"
    );
    let unknown = client
        .raw(Method::Delete, "/api/v3/ip-list/{id}")
        .path_param("id", "1")
        .path_param("listId", "2")
        .send::<()>()
        .await;
    assert_eq!(
        reason(unknown.unwrap_err()),
        "a value for the path parameter `listId`, which the path has no `{listId}` for"
    );
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn an_absolute_url_or_a_route_outside_api_is_refused() {
    let server = common::server().await;
    let client = fast_client(&server);
    // Even one naming the configured host: credentials never follow a URL the caller passes.
    let absolute: &'static str =
        Box::leak(format!("{}/api/v3/get-user", server.url()).into_boxed_str());
    for route in [
        absolute,
        "//127.0.0.1/api/v3/get-user",
        "/oidc/token",
        "/api/../oidc/token",
        "/api/v3/x?y=1",
    ] {
        match client.raw(Method::Get, route).send_json().await {
            Err(Error::InvalidRequest { path, .. }) => assert_eq!(path, route),
            other => panic!("{route}: {other:?}"),
        }
    }
    assert!(server.requests().is_empty(), "nothing sent anywhere");
}

#[tokio::test]
async fn a_raw_post_with_a_json_body_that_may_have_been_carried_out_is_sent_once() {
    let server = common::server().await;
    let client = fast_client(&server);
    let route = "/api/v3/ip-list/{id}/ips";
    let path = "/api/v3/ip-list/list-1/ips";
    // The request arrives, the server answers, and the answer is lost on the way.
    server.intercept(move |r| (r.path == path).then(|| ok(json!(true)).unanswered()));
    let error = client
        .raw(Method::Post, route)
        .path_param("id", "list-1")
        .json_body(json!({"ips": ["10.0.0.1"]}))
        .send::<bool>()
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Transport { path: p, .. } if p == route),
        "{error:?}"
    );
    assert_eq!(
        arrived(&server, path),
        1,
        "a POST that may have been carried out is sent once"
    );
    let request = server.last_request().unwrap();
    assert_eq!(request.body, br#"{"ips":["10.0.0.1"]}"#);
    assert_eq!(request.header("content-type"), Some("application/json"));
}

#[tokio::test]
async fn a_raw_post_marked_idempotent_is_sent_again_with_the_same_body() {
    let server = common::server().await;
    let client = fast_client(&server);
    let path = "/api/v3/ip-list/list-1/ips";
    let seen = AtomicUsize::new(0);
    server.intercept(move |r| {
        (r.path == path).then(|| match seen.fetch_add(1, Ordering::SeqCst) {
            0 => ok(json!(true)).unanswered(),
            _ => ok(json!(true)),
        })
    });
    let done: bool = client
        .raw(Method::Post, "/api/v3/ip-list/{id}/ips")
        .path_param("id", "list-1")
        .json_body(json!({"ips": ["10.0.0.1"]}))
        .idempotent(true)
        .send()
        .await
        .unwrap();
    assert!(done);
    let bodies: Vec<Vec<u8>> = server
        .requests_to(path)
        .into_iter()
        .map(|r| r.body)
        .collect();
    assert_eq!(bodies.len(), 2, "sent again after the lost answer");
    assert!(bodies.iter().all(|b| b == br#"{"ips":["10.0.0.1"]}"#));
}

#[tokio::test]
async fn a_raw_get_is_sent_again_after_a_lost_answer() {
    let server = common::server().await;
    let client = fast_client(&server);
    let seen = AtomicUsize::new(0);
    server.intercept(move |r| {
        (r.path == HOSTILE).then(|| match seen.fetch_add(1, Ordering::SeqCst) {
            0 => Reply::close(),
            _ => ok(json!({"id": "x", "ips": []})),
        })
    });
    let data = client
        .raw(Method::Get, "/api/v3/ip-list/{id}")
        .path_param("id", "a/b?c#d")
        .send_json()
        .await
        .unwrap();
    assert_eq!(data, json!({"id": "x", "ips": []}));
    assert_eq!(arrived(&server, HOSTILE), 2);
}

#[tokio::test]
async fn a_failed_envelope_is_the_same_api_error_a_generated_method_gives() {
    let server = common::server().await;
    let client = fast_client(&server);
    let generated = client.get_user("nobody").await.unwrap_err();
    let raw = client
        .raw(Method::Get, "/api/v3/get-user")
        .query("userId", "nobody")
        .send_json()
        .await
        .unwrap_err();
    let fields = |e: &Error| match e {
        Error::Api {
            method,
            path,
            status_code,
            api_code,
            message,
            ..
        } => (*method, *path, *status_code, *api_code, message.clone()),
        other => panic!("{other:?}"),
    };
    assert_eq!(fields(&raw), fields(&generated));
    assert_eq!(fields(&raw).2, 404);
    assert!(raw.request_id().is_some());
}

#[tokio::test]
async fn logs_and_errors_name_the_route_never_a_path_value() {
    let server = common::server().await;
    let client = fast_client(&server);
    server.intercept(|r| {
        r.path
            .starts_with("/api/v3/invitations/")
            .then(Reply::close)
    });
    let (logs, _guard) = common::logs::capture();
    let error = client
        .raw(Method::Get, "/api/v3/invitations/{token}")
        .path_param("token", "s3cr3t-Invite")
        .send_json()
        .await
        .unwrap_err();
    assert_eq!(
        arrived(&server, "/api/v3/invitations/s3cr3t-Invite"),
        3,
        "the value was sent"
    );
    let shown = format!("{error} {error:?} {}", logs.text());
    assert!(!shown.contains("s3cr3t-Invite"), "{shown}");
    assert!(
        error
            .to_string()
            .contains("GET /api/v3/invitations/{token}"),
        "{error}"
    );
    let retries = logs.with_message("retrying the call");
    assert_eq!(retries.len(), 2);
    assert!(retries
        .iter()
        .all(|l| l.get("path") == Some("/api/v3/invitations/{token}")));
}

#[tokio::test]
async fn data_that_does_not_decode_as_the_type_is_a_decode_error_whose_reason_quotes_no_value() {
    let server = common::server().await;
    let client = fast_client(&server);
    server.intercept(|r| (r.path == "/api/v3/get-thing").then(|| ok(json!("s3cr3t-Data"))));
    let error = client
        .raw(Method::Get, "/api/v3/get-thing")
        .send::<i64>()
        .await
        .unwrap_err();
    match &error {
        Error::Decode {
            json_path,
            path,
            reason,
            ..
        } => {
            assert_eq!((json_path.as_str(), *path), ("data", "/api/v3/get-thing"));
            assert_eq!(
                reason,
                "invalid type: string (value not shown), expected i64 at line 1 column 13"
            );
        }
        other => panic!("{other:?}"),
    }
    let raw = client.raw(Method::Get, "/api/v3/get-thing");
    let shown = format!("{raw:?}");
    assert!(shown.contains("/api/v3/get-thing"), "{shown}");
    let with_values = client
        .raw(Method::Post, "/api/v3/x/{id}")
        .path_param("id", "s3cr3t-Path")
        .query("q", "s3cr3t-Query")
        .json_body(json!({"password": "s3cr3t-Body"}));
    let shown = format!("{with_values:?}");
    assert!(!shown.contains("s3cr3t"), "{shown}");
    assert!(
        shown.contains("\"id\"") && shown.contains("\"q\""),
        "{shown}"
    );
}
