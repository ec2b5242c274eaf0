//! The baseline client: the `get-user` request exactly as the SDK sends it (path, query and
//! every header, token included), captured from an SDK call the local Authing recorded, then
//! sent with a bare `reqwest::Client` that reads the whole body and does nothing else: no
//! envelope check, no decoding, no retries, no deadline. A second variant also decodes the
//! body with the SDK's own decode path, to tell decoding apart from the rest of the overhead.

use authing::internal::decode_body;
use authing::types::UserDto;
use authing_local::{LocalAuthing, RecordedRequest};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

/// A request as the SDK sent it: its path with the query, and every header but `host`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Captured {
    pub path_and_query: String,
    pub headers: Vec<(String, String)>,
}

impl Captured {
    /// The last request `server` recorded.
    pub fn last(server: &LocalAuthing) -> Option<Self> {
        server.last_request().as_ref().map(Self::from_recorded)
    }

    pub fn from_recorded(r: &RecordedRequest) -> Self {
        let mut headers: Vec<(String, String)> = r
            .headers
            .iter()
            .filter(|(name, _)| name != "host")
            .cloned()
            .collect();
        headers.sort();
        let query = r
            .query
            .as_deref()
            .map(|q| format!("?{q}"))
            .unwrap_or_default();
        Captured {
            path_and_query: format!("{}{query}", r.path),
            headers,
        }
    }

    /// The same request carrying another token (for a server the SDK's token is not from).
    pub fn with_token(mut self, token: &str, userpool_id: &str) -> Self {
        for (name, value) in &mut self.headers {
            match name.as_str() {
                "authorization" => *value = format!("Bearer {token}"),
                "x-authing-userpool-id" => *value = userpool_id.to_owned(),
                _ => {}
            }
        }
        self
    }
}

/// The bare client, bound to one request.
#[derive(Debug, Clone)]
pub struct Bare {
    http: reqwest::Client,
    url: String,
    headers: HeaderMap,
    decode: bool,
}

impl Bare {
    /// Sends `captured` to `host` (e.g. `http://127.0.0.1:8080`).
    pub fn new(host: &str, captured: &Captured) -> Result<Self, String> {
        let mut headers = HeaderMap::new();
        for (name, value) in &captured.headers {
            let name = HeaderName::try_from(name.as_str()).map_err(|e| e.to_string())?;
            let value = HeaderValue::try_from(value.as_str()).map_err(|e| e.to_string())?;
            headers.append(name, value);
        }
        Ok(Bare {
            http: reqwest::Client::new(),
            url: format!("{host}{}", captured.path_and_query),
            headers,
            decode: false,
        })
    }

    /// The same client, also decoding each body as the SDK does (envelope check, then
    /// `UserDto`), with a connection pool of its own.
    pub fn decoding(&self) -> Self {
        Bare {
            http: reqwest::Client::new(),
            decode: true,
            ..self.clone()
        }
    }

    /// One call: sends the request and reads the whole body.
    pub async fn call(&self) -> Result<(), String> {
        let response = self
            .http
            .get(&self.url)
            .headers(self.headers.clone())
            .send()
            .await
            .map_err(|e| e.to_string())?;
        if !response.status().is_success() {
            return Err(format!("HTTP {}", response.status()));
        }
        let body = response.bytes().await.map_err(|e| e.to_string())?;
        if self.decode {
            let user: UserDto =
                decode_body("/api/v3/get-user", 200, &body).map_err(|e| e.to_string())?;
            std::hint::black_box(user);
        }
        Ok(())
    }
}

/// A management token and its userpool id from `host`, fetched with one bare POST.
pub async fn fetch_token(host: &str, id: &str, secret: &str) -> Result<(String, String), String> {
    let body = serde_json::json!({"accessKeyId": id, "accessKeySecret": secret});
    let bytes = reqwest::Client::new()
        .post(format!("{host}/api/v3/get-management-token"))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .map_err(|e| e.to_string())?
        .bytes()
        .await
        .map_err(|e| e.to_string())?;
    let answer: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| e.to_string())?;
    let token = answer["data"]["access_token"]
        .as_str()
        .ok_or_else(|| format!("no token in {answer}"))?;
    let claims = token
        .split('.')
        .nth(1)
        .and_then(|p| URL_SAFE_NO_PAD.decode(p.trim_end_matches('=')).ok())
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        .ok_or("the token is not a JWT")?;
    let pool = claims["scoped_userpool_id"]
        .as_str()
        .ok_or("the token has no scoped_userpool_id")?;
    Ok((token.to_owned(), pool.to_owned()))
}
