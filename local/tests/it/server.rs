//! The local server's own contract, spoken to in raw HTTP/1.1: the checks it makes on the token
//! call and on API calls, and the envelope and codes it answers with.

use authing_local::{LocalAuthing, Reply, SEEDED_USER_ID};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Sends one request and returns the HTTP status and the body.
async fn send(server: &LocalAuthing, head: &str, body: &str) -> (u16, String) {
    let addr = server.url().trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let request = format!(
        "{head}\r\nhost: {addr}\r\nconnection: close\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    let status = response[9..12].parse().unwrap();
    let body = response.split_once("\r\n\r\n").unwrap().1.to_owned();
    (status, body)
}

async fn envelope(server: &LocalAuthing, head: &str, body: &str) -> Value {
    let (status, body) = send(server, head, body).await;
    assert_eq!(status, 200, "Authing answers HTTP 200 even on failure");
    serde_json::from_str(&body).unwrap()
}

async fn token(server: &LocalAuthing) -> String {
    let body = json!({"accessKeyId": server.access_key_id(), "accessKeySecret": server.access_key_secret()});
    let answer = envelope(
        server,
        "POST /api/v3/get-management-token HTTP/1.1",
        &body.to_string(),
    )
    .await;
    assert_eq!(answer["statusCode"], 200);
    assert_eq!(answer["data"]["expires_in"], 7200);
    answer["data"]["access_token"].as_str().unwrap().to_owned()
}

fn codes(answer: &Value) -> (i64, Option<i64>) {
    (
        answer["statusCode"].as_i64().unwrap(),
        answer["apiCode"].as_i64(),
    )
}

#[tokio::test]
async fn the_token_call_checks_the_access_key() {
    let server = LocalAuthing::start().await.unwrap();
    let call = "POST /api/v3/get-management-token HTTP/1.1";
    let wrong = json!({"accessKeyId": server.access_key_id(), "accessKeySecret": "nope"});
    assert_eq!(
        codes(&envelope(&server, call, &wrong.to_string()).await),
        (401, Some(1004))
    );
    let missing = json!({"accessKeyId": server.access_key_id()});
    let answer = envelope(&server, call, &missing.to_string()).await;
    assert_eq!(codes(&answer), (400, Some(1001)));
    assert_eq!(answer["message"], "缺少参数 accessKeySecret");
    assert_eq!(
        codes(&envelope(&server, call, "{not json").await),
        (400, Some(1001))
    );
    assert_eq!(server.tokens_issued(), 0);
    token(&server).await;
    assert_eq!(server.tokens_issued(), 1);
}

#[tokio::test]
async fn api_calls_need_a_valid_token_and_the_matching_userpool() {
    let server = LocalAuthing::start().await.unwrap();
    let token = token(&server).await;
    let get = format!("GET /api/v3/get-user?userId={SEEDED_USER_ID} HTTP/1.1");
    let pool = server.userpool_id();

    let no_token = envelope(
        &server,
        &format!("{get}\r\nx-authing-userpool-id: {pool}"),
        "",
    )
    .await;
    assert_eq!(codes(&no_token), (401, Some(1005)));
    let bad_token =
        format!("{get}\r\nauthorization: Bearer x.y.z\r\nx-authing-userpool-id: {pool}");
    assert_eq!(
        codes(&envelope(&server, &bad_token, "").await),
        (401, Some(1006))
    );
    let no_pool = format!("{get}\r\nauthorization: Bearer {token}");
    assert_eq!(
        codes(&envelope(&server, &no_pool, "").await),
        (403, Some(1007))
    );
    let other_pool = format!("{no_pool}\r\nx-authing-userpool-id: other");
    assert_eq!(
        codes(&envelope(&server, &other_pool, "").await),
        (403, Some(1007))
    );

    let good = format!("{no_pool}\r\nx-authing-userpool-id: {pool}");
    let answer = envelope(&server, &good, "").await;
    assert_eq!(codes(&answer), (200, None));
    assert_eq!(answer["data"]["userId"], SEEDED_USER_ID);
    assert!(answer["requestId"].is_string());
}

#[tokio::test]
async fn parameters_are_validated_by_name() {
    let server = LocalAuthing::start().await.unwrap();
    let token = token(&server).await;
    let auth = format!(
        "authorization: Bearer {token}\r\nx-authing-userpool-id: {}",
        server.userpool_id()
    );
    let call = |query: &str| {
        format!("GET /api/v3/get-user{query} HTTP/1.1\r\n{auth}\r\nx-authing-lang: en-US")
    };

    let answer = envelope(&server, &call(""), "").await;
    assert_eq!(codes(&answer), (400, Some(1001)));
    assert_eq!(answer["message"], "Missing parameter userId");
    let answer = envelope(&server, &call("?userId=u&userIdType=mail"), "").await;
    assert_eq!(codes(&answer), (400, Some(1001)));
    assert!(answer["message"]
        .as_str()
        .unwrap()
        .starts_with("Invalid parameter userIdType"));
    let answer = envelope(&server, &call("?userId=u&withIdentities=yes"), "").await;
    assert!(answer["message"]
        .as_str()
        .unwrap()
        .starts_with("Invalid parameter withIdentities"));
    let answer = envelope(&server, &call("?userId=nobody"), "").await;
    assert_eq!(codes(&answer), (404, Some(2004)));

    let answer = envelope(
        &server,
        &call("?userId=bob&userIdType=username&withDepartmentIds=true"),
        "",
    )
    .await;
    assert_eq!(
        answer["data"]["departmentIds"],
        "[\"624d930c3xxxx5c08dd4986e\",\"624d93102xxxx012f33cd2fe\"]",
        "served as documented"
    );
    assert!(answer["data"].get("customData").is_none());
}

#[tokio::test]
async fn unknown_routes_are_404_envelopes_and_every_request_is_recorded() {
    let server = LocalAuthing::start().await.unwrap();
    let answer = envelope(
        &server,
        "GET /api/v3/nothing-here?a=%20b HTTP/1.1\r\nx-test: 1",
        "",
    )
    .await;
    assert_eq!(codes(&answer), (404, None));
    let recorded = server.last_request().unwrap();
    assert_eq!(
        (recorded.method.as_str(), recorded.path.as_str()),
        ("GET", "/api/v3/nothing-here")
    );
    assert_eq!(recorded.query.as_deref(), Some("a=%20b"));
    assert_eq!(recorded.query_param("a").as_deref(), Some(" b"));
    assert_eq!(recorded.header("X-Test"), Some("1"));
}

#[tokio::test]
async fn the_intercept_hook_answers_first() {
    let server = LocalAuthing::start().await.unwrap();
    server
        .intercept(|request| (request.path == "/x").then(|| Reply::raw(503, "text/plain", "busy")));
    assert_eq!(
        send(&server, "GET /x HTTP/1.1", "").await,
        (503, "busy".to_owned())
    );
    server.clear_intercept();
    assert_eq!(
        codes(&envelope(&server, "GET /x HTTP/1.1", "").await),
        (404, None)
    );
    assert_eq!(server.requests_to("/x").len(), 2);
}

#[tokio::test]
async fn dropping_the_handle_stops_the_server() {
    let server = LocalAuthing::start().await.unwrap();
    let addr = server.url().trim_start_matches("http://").to_owned();
    drop(server);
    let mut refused = false;
    for _ in 0..50 {
        if TcpStream::connect(&addr).await.is_err() {
            refused = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(refused, "the port still accepts connections");
}

#[tokio::test]
async fn every_documented_endpoint_checks_its_parameters_from_the_spec() {
    let server = LocalAuthing::start().await.unwrap();
    let token = token(&server).await;
    let auth = format!(
        "authorization: Bearer {token}\r\nx-authing-userpool-id: {}\r\nx-authing-lang: en-US",
        server.userpool_id()
    );

    // A query endpoint served from its documented example.
    let get_role = |query: &str| format!("GET /api/v3/get-role{query} HTTP/1.1\r\n{auth}");
    let answer = envelope(&server, &get_role("?namespace=default"), "").await;
    assert_eq!(codes(&answer), (400, Some(1001)));
    assert_eq!(answer["message"], "Missing parameter code");
    let answer = envelope(&server, &get_role("?code=manager"), "").await;
    assert_eq!(codes(&answer), (200, None));
    assert_eq!(answer["data"]["code"], "role1", "the documented example");

    // A body endpoint: required members, their kinds, the items of a list.
    let kick =
        format!("POST /api/v3/kick-users HTTP/1.1\r\n{auth}\r\ncontent-type: application/json");
    let answer = envelope(&server, &kick, &json!({"appIds": ["a"]}).to_string()).await;
    assert_eq!(answer["message"], "Missing parameter userId");
    let answer = envelope(
        &server,
        &kick,
        &json!({"appIds": "a", "userId": "u"}).to_string(),
    )
    .await;
    assert_eq!(codes(&answer), (400, Some(1001)));
    assert!(
        answer["message"]
            .as_str()
            .unwrap()
            .starts_with("Invalid parameter appIds"),
        "{answer}"
    );
    let answer = envelope(
        &server,
        &kick,
        &json!({"appIds": [1], "userId": "u"}).to_string(),
    )
    .await;
    assert!(
        answer["message"]
            .as_str()
            .unwrap()
            .starts_with("Invalid parameter appIds"),
        "{answer}"
    );
    let answer = envelope(
        &server,
        &kick,
        &json!({"appIds": ["a"], "userId": "u"}).to_string(),
    )
    .await;
    assert_eq!(codes(&answer), (200, None), "{answer}");

    // get-user knows every documented parameter, including those added after the seed pages.
    let get_user =
        format!("GET /api/v3/get-user?userId={SEEDED_USER_ID}&withPost=maybe HTTP/1.1\r\n{auth}");
    let answer = envelope(&server, &get_user, "").await;
    assert!(
        answer["message"]
            .as_str()
            .unwrap()
            .starts_with("Invalid parameter withPost"),
        "{answer}"
    );
}
