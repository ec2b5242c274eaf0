//! One request to a protocol endpoint (OAuth 2.0, OIDC, CAS): sent once, without Authing's
//! envelope and without retries (codes, refresh tokens and revocations must not be sent
//! twice), its answer read as the body of a 2xx or the endpoint's OAuth error. Which endpoint
//! and what the body holds is the caller's (`token_endpoint.rs`, `protocol/`).

use bytes::Bytes;
use reqwest::header::HeaderMap;

use crate::runtime::{excerpt::excerpt, Method};
use crate::transport::{Outgoing, Transport};
use crate::Error;

/// POSTs a form to an OAuth 2.0 endpoint once; the body of a 2xx answer, else the endpoint's
/// OAuth error ([`Error::OAuth`]) or, without one, [`Error::HttpStatus`].
pub(crate) async fn post_form(
    transport: &Transport,
    path: &'static str,
    body: Bytes,
    headers: HeaderMap,
) -> Result<Vec<u8>, Error> {
    send_once(transport, Method::Post, path, Some(body), headers).await
}

/// Sends one request to a protocol endpoint (no envelope, no retry: codes, refresh tokens and
/// revocations must not be sent twice) and reads its [`answer`]. A body is form-encoded.
pub(crate) async fn send_once(
    transport: &Transport,
    method: Method,
    path: &'static str,
    body: Option<Bytes>,
    headers: HeaderMap,
) -> Result<Vec<u8>, Error> {
    send_once_within(transport, method, path, body, headers, None).await
}

/// [`send_once`] within `timeout` instead of the client's per-attempt timeout, when given (a
/// call's own [`attempt_timeout`](crate::RequestOptions::attempt_timeout)).
pub(crate) async fn send_once_within(
    transport: &Transport,
    method: Method,
    path: &'static str,
    body: Option<Bytes>,
    headers: HeaderMap,
    timeout: Option<std::time::Duration>,
) -> Result<Vec<u8>, Error> {
    let form = body.is_some();
    let incoming = transport
        .send(Outgoing {
            method,
            path,
            query: &[],
            body,
            form,
            headers,
            timeout,
        })
        .await?;
    answer(method.as_str(), path, incoming.status, incoming.body)
}

/// A protocol endpoint's answer: the body when the status is 2xx, else its error.
pub(crate) fn answer(
    method: &'static str,
    path: &'static str,
    status: u16,
    body: Vec<u8>,
) -> Result<Vec<u8>, Error> {
    if (200..300).contains(&status) {
        return Ok(body);
    }
    #[derive(serde::Deserialize)]
    struct OAuthError {
        error: String,
        #[serde(default)]
        error_description: Option<String>,
    }
    match serde_json::from_slice::<OAuthError>(&body) {
        Ok(e) => Err(Error::OAuth {
            method,
            path,
            status,
            error: e.error,
            description: e.error_description,
        }),
        Err(_) => Err(Error::HttpStatus {
            method,
            path,
            status,
            excerpt: excerpt(&body),
        }),
    }
}
