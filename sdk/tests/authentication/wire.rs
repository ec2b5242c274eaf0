//! The protocol layer's requests and URLs compared with the official SDKs' captured wire
//! (`tests/fixtures/official_wire/`, see its README): what should match does (the token
//! endpoint's forms and client authentication, the authorize URL's parameters and encoding, the
//! logout URL's parameters), and where this SDK differs on purpose the test asserts the choice
//! (PKCE, 256-bit state and nonce, userinfo's header form).

use std::collections::BTreeMap;

use authing::authentication::TokenEndpointAuthMethod;
use authing::{AuthenticationClient, TokenSet};
use authing_local::{LocalAuthing, RecordedRequest, Reply};
use serde_json::Value;

use super::{APP_ID, FIXTURE_APP_SECRET, REDIRECT_URI};

/// A fixture: `official_wire/<sdk>/<case>.json`.
fn fixture(sdk: &str, case: &str) -> Value {
    let path = format!(
        "{}/tests/fixtures/official_wire/{sdk}/{case}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap()
}

/// The fixture's one request.
fn fixture_request(sdk: &str, case: &str) -> Value {
    let fixture = fixture(sdk, case);
    let requests = fixture["requests"].as_array().unwrap();
    assert_eq!(requests.len(), 1, "{sdk}/{case}");
    requests[0].clone()
}

/// A server answering the protocol endpoints plausibly, as the capture server did.
async fn scripted() -> LocalAuthing {
    let server = LocalAuthing::start().await.unwrap();
    server.intercept(|request| {
        let json = |body: &str| Reply::raw(200, "application/json", body.to_owned());
        Some(match request.path.as_str() {
            "/oidc/token" => json(
                r#"{"access_token":"at-1","token_type":"Bearer","expires_in":3600,"refresh_token":"rt-2"}"#,
            ),
            "/oidc/token/introspection" => json(r#"{"active":true}"#),
            "/oidc/token/revocation" => Reply::raw(200, "text/plain", ""),
            "/oidc/me" => json(r#"{"sub":"u1"}"#),
            _ => Reply::raw(404, "text/plain", "not scripted"),
        })
    });
    server
}

/// The fixtures' application at `host`.
fn client(host: &str, method: TokenEndpointAuthMethod) -> AuthenticationClient {
    AuthenticationClient::builder()
        .app_id(APP_ID)
        .app_secret(FIXTURE_APP_SECRET)
        .host(host)
        .redirect_uri(REDIRECT_URI)
        .token_endpoint_auth_method(method)
        .build()
        .unwrap()
}

/// A form body or query as a sorted map (the fixtures' forms have sorted keys).
fn form(text: &[u8]) -> BTreeMap<String, String> {
    url::form_urlencoded::parse(text)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn fixture_form(request: &Value) -> BTreeMap<String, String> {
    request["body"]["form"]
        .as_object()
        .expect("a form body")
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_owned()))
        .collect()
}

/// `sent` is the fixture's request of both SDKs: method, path, query, content type, client
/// authentication and form; `x-authing-app-id` as Node sends it (Python's protocol client
/// sends none).
fn assert_like_official(sent: &RecordedRequest, case: &str) {
    for sdk in ["python", "node"] {
        let expected = fixture_request(sdk, case);
        let what = format!("{sdk}/{case}");
        assert_eq!(sent.method, expected["method"].as_str().unwrap(), "{what}");
        assert_eq!(sent.path, expected["path"].as_str().unwrap(), "{what}");
        assert_eq!(
            sent.query.as_deref().unwrap_or(""),
            expected["query"],
            "{what}"
        );
        let headers = &expected["headers"];
        assert_eq!(
            sent.header("content-type"),
            headers["content-type"].as_str(),
            "{what}"
        );
        assert_eq!(
            sent.header("authorization"),
            headers["authorization"].as_str(),
            "{what}"
        );
        assert_eq!(form(&sent.body), fixture_form(&expected), "{what}");
    }
    let node = fixture_request("node", case);
    assert_eq!(
        sent.header("x-authing-app-id"),
        node["headers"]["x-authing-app-id"].as_str()
    );
}

fn last(server: &LocalAuthing, path: &str) -> RecordedRequest {
    server.requests_to(path).pop().expect("a request")
}

#[tokio::test]
async fn the_token_endpoint_requests_match_the_official_sdks() {
    let server = scripted().await;
    for (case, method) in [
        (
            "get_access_token_by_code",
            TokenEndpointAuthMethod::ClientSecretPost,
        ),
        (
            "get_access_token_by_code_client_secret_basic",
            TokenEndpointAuthMethod::ClientSecretBasic,
        ),
    ] {
        let client = client(server.url(), method);
        client.exchange_code("auth-code").await.unwrap();
        assert_like_official(&last(&server, "/oidc/token"), case);
    }

    let client = client(server.url(), TokenEndpointAuthMethod::ClientSecretPost);
    let mut stored = TokenSet::from_access_token("user-access-token");
    stored.refresh_token = Some("user-refresh-token".into());
    let renewed = client.refresh_tokens(&stored).await.unwrap();
    assert_eq!(renewed.refresh_token.unwrap().expose(), "rt-2");
    assert_like_official(&last(&server, "/oidc/token"), "refresh_token");

    client.introspect_token("user-access-token").await.unwrap();
    assert_like_official(
        &last(&server, "/oidc/token/introspection"),
        "introspect_token",
    );
    client.revoke_token("user-access-token").await.unwrap();
    assert_like_official(&last(&server, "/oidc/token/revocation"), "revoke_token");
}

#[tokio::test]
async fn a_pkce_exchange_adds_only_the_verifier() {
    let server = scripted().await;
    let client = client(server.url(), TokenEndpointAuthMethod::ClientSecretPost);
    let verifier = "v".repeat(43);
    client
        .exchange_code("auth-code")
        .code_verifier(&verifier)
        .send()
        .await
        .unwrap();
    let mut sent = form(&last(&server, "/oidc/token").body);
    assert_eq!(sent.remove("code_verifier"), Some(verifier));
    let official = fixture_request("node", "get_access_token_by_code");
    assert_eq!(sent, fixture_form(&official));
}

#[tokio::test]
async fn userinfo_is_a_get_with_the_bearer_header() {
    let server = scripted().await;
    let client = client(server.url(), TokenEndpointAuthMethod::ClientSecretPost);
    client.user_info("user-access-token").await.unwrap();
    let sent = last(&server, "/oidc/me");
    let python = fixture_request("python", "get_user_info");
    let node = fixture_request("node", "get_user_info");
    // Node's method, Python's header; not Node's `?access_token=` (RFC 6750 §2.3 discourages it).
    assert_eq!(sent.method, node["method"].as_str().unwrap());
    assert_eq!(
        sent.header("authorization"),
        python["headers"]["authorization"].as_str()
    );
    assert_eq!(node["query"], "access_token=user-access-token");
    assert_eq!(sent.query, None);
    assert!(sent.body.is_empty());
}

/// `url` with `{host}` for `host`, and the values of `state` and `nonce` as `{random}` (as the
/// fixtures are normalised); also returns those values.
fn normalise(url: &str, host: &str) -> (String, Vec<String>) {
    let url = url.replacen(host, "{host}", 1);
    let (base, query) = url.split_once('?').unwrap();
    let mut randoms = Vec::new();
    let parts: Vec<String> = query
        .split('&')
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap();
            if name == "state" || name == "nonce" {
                randoms.push(value.to_owned());
                format!("{name}={{random}}")
            } else {
                pair.to_owned()
            }
        })
        .collect();
    (format!("{base}?{}", parts.join("&")), randoms)
}

#[test]
fn the_authorize_url_is_nodes_plus_pkce_with_longer_random_values() {
    let host = "http://127.0.0.1:3";
    let client = client(host, TokenEndpointAuthMethod::ClientSecretPost);
    let request = client.authorize_url().build().unwrap();
    let (ours, randoms) = normalise(request.url(), host);
    let node = fixture("node", "build_authorize_url")["url"]
        .as_str()
        .unwrap()
        .to_owned();
    // Node's URL verbatim (order, `%20` for spaces, `response_mode=query`, scope
    // `openid profile`), then the PKCE challenge.
    let rest = ours
        .strip_prefix(&node)
        .unwrap_or_else(|| panic!("{ours}\ndoes not start with\n{node}"));
    let pkce = form(rest.trim_start_matches('&').as_bytes());
    assert_eq!(pkce.len(), 2, "{rest}");
    assert_eq!(pkce["code_challenge_method"], "S256");
    assert_eq!(pkce["code_challenge"].len(), 43);

    // State and nonce: 32 bytes from the CSPRNG, base64url (Python: 10 letters, Node: 16
    // alphanumerics, both from a non-cryptographic generator).
    assert_eq!(randoms.len(), 2);
    for value in &randoms {
        assert_eq!(value.len(), 43);
        assert!(value
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
    }
    assert_ne!(randoms[0], randoms[1]);
    assert_eq!(request.state(), randoms[0]);
    assert_eq!(request.nonce(), Some(randoms[1].as_str()));

    // Every parameter Python sends is there too; only the default scope differs (Node's).
    let python = fixture("python", "build_authorize_url")["url"]
        .as_str()
        .unwrap()
        .to_owned();
    let python = form(python.split_once('?').unwrap().1.as_bytes());
    let ours = form(request.url().split_once('?').unwrap().1.as_bytes());
    for (name, value) in &python {
        match name.as_str() {
            "state" | "nonce" => assert!(ours.contains_key(name)),
            "scope" => {
                assert_eq!(value, "openid profile email phone address");
                assert_eq!(ours[name], "openid profile");
            }
            _ => assert_eq!(ours.get(name), Some(value), "{name}"),
        }
    }
    // `Debug` does not show the PKCE verifier.
    let verifier = request.code_verifier().unwrap().expose().to_owned();
    assert!(!format!("{request:?}").contains(&verifier));
    // Stored and restored, the request is the same.
    let stored = serde_json::to_string(&request).unwrap();
    let restored: authing::authentication::AuthorizationRequest =
        serde_json::from_str(&stored).unwrap();
    assert_eq!(restored, request);
}

#[test]
fn the_logout_url_has_the_official_parameters() {
    let host = "http://127.0.0.1:3";
    let client = client(host, TokenEndpointAuthMethod::ClientSecretPost);
    let ours = client.logout_url("user-id-token", Some(REDIRECT_URI), None);
    // Python's order, Node's encoding.
    assert_eq!(
        ours.replacen(host, "{host}", 1),
        "{host}/oidc/session/end?id_token_hint=user-id-token\
         &post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcallback"
    );
    let params = |url: &str| form(url.split_once('?').unwrap().1.as_bytes());
    for sdk in ["python", "node"] {
        let official = fixture(sdk, "build_logout_url")["url"]
            .as_str()
            .unwrap()
            .to_owned();
        assert_eq!(params(&ours), params(&official), "{sdk}");
    }
    let with_state = client.logout_url("t", Some(REDIRECT_URI), Some("s 1"));
    assert!(with_state.ends_with("&state=s%201"), "{with_state}");
}

#[test]
fn cas_and_saml_urls_are_the_documented_ones() {
    let host = "https://oidc1.authing.cn";
    let client = client(host, TokenEndpointAuthMethod::ClientSecretPost);
    assert_eq!(
        client.cas_login_url("https://example.com"),
        format!("{host}/cas-idp/{APP_ID}/login?service=https%3A%2F%2Fexample.com")
    );
    assert_eq!(
        client.cas_logout_url(Some("https://example.com")),
        format!("{host}/cas-idp/{APP_ID}/logout?service=https%3A%2F%2Fexample.com")
    );
    assert_eq!(
        client.saml_login_url(),
        format!("{host}/api/v2/saml-idp/{APP_ID}")
    );
    assert_eq!(
        client.saml_logout_url(Some("https://authing.cn")),
        format!("{host}/login/profile/logout?redirect_uri=https%3A%2F%2Fauthing.cn")
    );
}
