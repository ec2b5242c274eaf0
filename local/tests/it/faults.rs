//! The fault replies a test can script (no answer, a cut body, extra headers, an answer lost
//! after the request was carried out), `create-user`, and refusing connections for a while,
//! spoken to in raw HTTP/1.1 so what goes over the wire is exactly what is asserted.

use std::time::Duration;

use authing_local::{LocalAuthing, Reply};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Sends one request and returns every byte the server sent before closing.
async fn exchange(server: &LocalAuthing, head: &str, body: &str) -> Vec<u8> {
    let addr = server.url().trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let request = format!(
        "{head}\r\nhost: {addr}\r\nconnection: close\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = Vec::new();
    // A reset connection ends the read with an error: what arrived before it is kept.
    let _ = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut response))
        .await
        .expect("the server closes the connection");
    response
}

async fn token(server: &LocalAuthing) -> String {
    let body = json!({"accessKeyId": server.access_key_id(), "accessKeySecret": server.access_key_secret()});
    let raw = exchange(
        server,
        "POST /api/v3/get-management-token HTTP/1.1",
        &body.to_string(),
    )
    .await;
    let text = String::from_utf8(raw).unwrap();
    let answer: Value = serde_json::from_str(text.split_once("\r\n\r\n").unwrap().1).unwrap();
    answer["data"]["access_token"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn close_sends_nothing_and_carries_nothing_out() {
    let server = LocalAuthing::start().await.unwrap();
    server.intercept(|_| Some(Reply::close()));
    let raw = exchange(&server, "GET /api/v3/get-user?userId=x HTTP/1.1", "").await;
    assert!(raw.is_empty(), "{:?}", String::from_utf8_lossy(&raw));
    assert_eq!(server.requests().len(), 1);
    assert_eq!(server.last_request().unwrap().status_code, None);
}

#[tokio::test]
async fn truncated_sends_the_head_and_a_prefix_then_closes() {
    let server = LocalAuthing::start().await.unwrap();
    server.intercept(|_| {
        Some(
            Reply::raw(
                200,
                "application/json",
                r#"{"statusCode":200,"data":{"a":1}}"#,
            )
            .truncated(10),
        )
    });
    let raw = exchange(&server, "GET /x HTTP/1.1", "").await;
    let text = String::from_utf8(raw).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert!(head.contains("content-length: 33"), "{head}");
    assert_eq!(body, r#"{"statusCo"#);
}

#[tokio::test]
async fn reply_headers_are_sent() {
    let server = LocalAuthing::start().await.unwrap();
    server.intercept(|_| {
        Some(
            Reply::json(&json!({"statusCode": 429, "message": "slow down"}))
                .header("retry-after", "2")
                .header("bad header", "skipped"),
        )
    });
    let text = String::from_utf8(exchange(&server, "GET /x HTTP/1.1", "").await).unwrap();
    assert!(text.contains("retry-after: 2\r\n"), "{text}");
    assert!(
        text.ends_with(r#"{"message":"slow down","statusCode":429}"#),
        "{text}"
    );
}

#[tokio::test]
async fn an_unanswered_usual_reply_carries_the_request_out_and_sends_nothing() {
    let server = LocalAuthing::start().await.unwrap();
    let token = token(&server).await;
    server.intercept(|r| (r.path == "/api/v3/create-user").then(|| Reply::usual().unanswered()));
    let head = format!(
        "POST /api/v3/create-user HTTP/1.1\r\nauthorization: Bearer {token}\r\nx-authing-userpool-id: {}",
        server.userpool_id()
    );
    let raw = exchange(&server, &head, r#"{"username":"carol"}"#).await;
    assert!(raw.is_empty(), "{:?}", String::from_utf8_lossy(&raw));
    assert_eq!(server.last_request().unwrap().status_code, Some(200));

    // Carried out: the same username is now taken.
    server.clear_intercept();
    let text =
        String::from_utf8(exchange(&server, &head, r#"{"username":"carol"}"#).await).unwrap();
    let answer: Value = serde_json::from_str(text.split_once("\r\n\r\n").unwrap().1).unwrap();
    assert_eq!(
        (answer["statusCode"].as_i64(), answer["apiCode"].as_i64()),
        (Some(400), Some(2006))
    );
    assert_eq!(server.last_request().unwrap().status_code, Some(400));
}

#[tokio::test]
async fn create_user_needs_a_token_and_an_identifier() {
    let server = LocalAuthing::start().await.unwrap();
    let call = |token: &str| {
        format!(
            "POST /api/v3/create-user HTTP/1.1\r\nauthorization: Bearer {token}\r\nx-authing-userpool-id: {}",
            server.userpool_id()
        )
    };
    let answer = |raw: Vec<u8>| -> Value {
        let text = String::from_utf8(raw).unwrap();
        serde_json::from_str(text.split_once("\r\n\r\n").unwrap().1).unwrap()
    };
    let refused = answer(exchange(&server, &call("x.y.z"), r#"{"username":"dave"}"#).await);
    assert_eq!(refused["statusCode"], 401);
    let token = token(&server).await;
    let missing = answer(exchange(&server, &call(&token), r#"{"name":"Dave"}"#).await);
    assert_eq!(
        (missing["statusCode"].as_i64(), missing["apiCode"].as_i64()),
        (Some(400), Some(1001))
    );
    let made = answer(
        exchange(
            &server,
            &call(&token),
            r#"{"username":"dave","name":"Dave"}"#,
        )
        .await,
    );
    assert_eq!(made["statusCode"], 200);
    assert_eq!(made["data"]["username"], "dave");
    assert_eq!(made["data"]["name"], "Dave");
    assert_eq!(made["data"]["userId"], "local-user-000001");
    assert_eq!(made["data"]["status"], "Activated");
}

#[tokio::test]
async fn a_stopped_server_refuses_connections_until_it_resumes_with_its_state() {
    let server = LocalAuthing::start().await.unwrap();
    let addr = server.url().trim_start_matches("http://").to_owned();
    token(&server).await;
    server.stop_listening().await;
    assert!(
        TcpStream::connect(&addr).await.is_err(),
        "refused while stopped"
    );
    server.resume_listening().await.unwrap();
    token(&server).await;
    assert_eq!(server.tokens_issued(), 2, "state kept");
    assert_eq!(server.token_requests(), 2);
}

#[tokio::test]
async fn chunked_sends_no_length() {
    let server = LocalAuthing::start().await.unwrap();
    let body = "x".repeat(3000);
    let sent = body.clone();
    server.intercept(move |_| Some(Reply::raw(200, "text/plain", sent.clone()).chunked()));
    let text = String::from_utf8(exchange(&server, "GET /x HTTP/1.1", "").await).unwrap();
    let (head, rest) = text.split_once("\r\n\r\n").unwrap();
    assert!(head.contains("transfer-encoding: chunked"), "{head}");
    assert!(!head.contains("content-length"), "{head}");
    assert!(
        rest.contains(&"x".repeat(1024)) && rest.len() > 3000,
        "{}",
        rest.len()
    );
}
