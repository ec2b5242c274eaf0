//! Signed calls, as the official Node SDK makes them (no token call: every request carries
//! `authorization: authing <accessKeyId>:<HMAC-SHA1 signature>`), spoken to in raw HTTP/1.1.

use authing_local::{LocalAuthing, SEEDED_USER_ID};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use ring::hmac;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// The signed headers the Node SDK sends (already sorted by name).
const SIGNED_HEADERS: &[(&str, &str)] = &[
    ("date", "Mon, 06 Jan 2025 08:00:00 GMT"),
    ("x-authing-lang", "zh-CN"),
    ("x-authing-sdk-version", "authing-node-sdk:4.0.1"),
    ("x-authing-signature-method", "HMAC-SHA1"),
    (
        "x-authing-signature-nonce",
        "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
    ),
    ("x-authing-signature-version", "1.0"),
];

/// The `authorization` value for a call with `params` (sorted, not encoded) under `secret`.
fn sign(key_id: &str, secret: &str, method: &str, path: &str, params: &str) -> String {
    let mut text = format!("{method}\n");
    for (name, value) in SIGNED_HEADERS {
        text.push_str(&format!("{name}:{value}\n"));
    }
    text.push_str(path);
    if !params.is_empty() {
        text.push_str(&format!("?{params}"));
    }
    let key = hmac::Key::new(hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, secret.as_bytes());
    let signature = STANDARD.encode(hmac::sign(&key, text.as_bytes()).as_ref());
    format!("authing {key_id}:{signature}")
}

/// Sends one request with the signed headers and `authorization`; returns the envelope.
async fn call(server: &LocalAuthing, head: &str, authorization: &str, body: &str) -> Value {
    let addr = server.url().trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let mut request = format!("{head}\r\nhost: {addr}\r\nconnection: close\r\n");
    for (name, value) in SIGNED_HEADERS {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str(&format!(
        "authorization: {authorization}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    ));
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    serde_json::from_str(response.split_once("\r\n\r\n").unwrap().1).unwrap()
}

fn codes(answer: &Value) -> (i64, Option<i64>) {
    (
        answer["statusCode"].as_i64().unwrap(),
        answer["apiCode"].as_i64(),
    )
}

#[tokio::test]
async fn a_signed_get_is_served_without_a_token() {
    let server = LocalAuthing::start().await.unwrap();
    let (id, secret) = (server.access_key_id(), server.access_key_secret());
    let head = format!(
        "GET /api/v3/get-user?userId={SEEDED_USER_ID}&withPost=false&withIdentities=true HTTP/1.1"
    );
    let params = format!("userId={SEEDED_USER_ID}&withIdentities=true&withPost=false");
    let good = sign(id, secret, "GET", "/api/v3/get-user", &params);
    let answer = call(&server, &head, &good, "").await;
    assert_eq!(codes(&answer), (200, None));
    assert_eq!(answer["data"]["userId"], SEEDED_USER_ID);
    assert!(answer["data"].get("identities").is_some());
    assert_eq!(server.tokens_issued(), 0);

    let wrong_secret = sign(id, "not-the-secret", "GET", "/api/v3/get-user", &params);
    let wrong_id = sign("other-id", secret, "GET", "/api/v3/get-user", &params);
    let other_params = sign(id, secret, "GET", "/api/v3/get-user", "userId=someone-else");
    for bad in [wrong_secret, wrong_id, other_params, "authing x".to_owned()] {
        let answer = call(&server, &head, &bad, "").await;
        assert_eq!(codes(&answer), (401, Some(1008)), "{bad}");
        assert_eq!(answer["message"], "签名无效");
    }
}

#[tokio::test]
async fn a_signed_body_call_signs_the_body_members() {
    let server = LocalAuthing::start().await.unwrap();
    let (id, secret) = (server.access_key_id(), server.access_key_secret());
    let head = "POST /api/v3/create-user HTTP/1.1";
    let body = r#"{"username":"signed-bob","customData":{"b":1,"a":2}}"#;
    let params = r#"customData={"b":1,"a":2}&username=signed-bob"#;
    let good = sign(id, secret, "POST", "/api/v3/create-user", params);
    let answer = call(&server, head, &good, body).await;
    assert_eq!(codes(&answer), (200, None));
    assert_eq!(answer["data"]["username"], "signed-bob");

    let tampered = r#"{"username":"mallory","customData":{"b":1,"a":2}}"#;
    let answer = call(&server, head, &good, tampered).await;
    assert_eq!(codes(&answer), (401, Some(1008)));
}
