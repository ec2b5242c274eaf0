//! The management token: fetched with the access key (retried like a GET: asking for a token
//! changes nothing), read for its userpool claim, cached per client (single flight), refreshed
//! before expiry, dropped when the server rejects it. No request sending beyond the token call.

use std::time::{Duration, Instant};

use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, AUTHORIZATION};
use serde::Serialize;
use tokio::sync::Mutex;

use crate::credentials::{Attempt, CredentialFuture, Credentials};
use crate::retry::{Failure, Retrier, RetryConfig};
use crate::runtime::read::{self, Decode, Fault, Reader};
use crate::runtime::{self, excerpt::excerpt, Method};
use crate::transport::{Outgoing, Transport};
use crate::{Error, SecretString};

/// Path of the token call.
pub(crate) const TOKEN_PATH: &str = "/api/v3/get-management-token";

/// A token is refreshed this long before it expires (at most half its lifetime).
const REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// A longer `expires_in` is taken as this (the API gives hours; this keeps `Instant` math safe).
const MAX_LIFETIME: Duration = Duration::from_secs(30 * 24 * 3600);

/// JWT segments are base64url; accept them with or without padding.
const JWT_BASE64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::URL_SAFE,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The access key and the cached token: the management client's [`Credentials`]. Its `Debug` is
/// written by the client, which shows the id only.
pub(crate) struct AccessKey {
    access_key_id: String,
    access_key_secret: SecretString,
    slot: Mutex<Option<Token>>,
}

/// A usable token: the headers that carry it, and when to stop using it.
#[derive(Clone)]
struct Token {
    /// `authorization: Bearer ...` (marked sensitive) and `x-authing-userpool-id`.
    headers: HeaderMap,
    refresh_at: Instant,
}

#[derive(Serialize)]
struct TokenRequest<'a> {
    #[serde(rename = "accessKeyId")]
    access_key_id: &'a str,
    #[serde(rename = "accessKeySecret")]
    access_key_secret: &'a str,
}

struct TokenData {
    access_token: SecretString,
    expires_in: u64,
}

impl Decode for TokenData {
    fn decode(r: &mut Reader<'_>) -> Result<Self, Fault> {
        let (mut access_token, mut expires_in) = (None, None);
        r.object(
            "struct TokenData",
            &["access_token", "expires_in"],
            &mut |r, index| {
                match index {
                    0 => access_token = Some(SecretString::decode(r)?),
                    _ => {
                        let seconds = read::int(r)?;
                        let seconds = u64::try_from(seconds)
                            .map_err(|_| Fault::new(format!("a negative lifetime: {seconds}")))?;
                        expires_in = Some(seconds);
                    }
                }
                Ok(())
            },
        )?;
        Ok(TokenData {
            access_token: read::required(access_token, "access_token")?,
            expires_in: read::required(expires_in, "expires_in")?,
        })
    }
}

impl Credentials for AccessKey {
    fn headers<'a>(
        &'a self,
        attempt: Attempt<'a>,
    ) -> CredentialFuture<'a, Result<HeaderMap, Error>> {
        Box::pin(async move {
            let token = self
                .token(attempt.transport, attempt.retry, attempt.deadline)
                .await?;
            Ok(token.headers)
        })
    }

    fn forget<'a>(&'a self, sent: &'a HeaderMap) -> CredentialFuture<'a, bool> {
        Box::pin(async move {
            self.discard(sent).await;
            // A rejected management token is renewed with the access key.
            true
        })
    }
}

impl AccessKey {
    pub(crate) fn new(access_key_id: String, access_key_secret: SecretString) -> Self {
        AccessKey {
            access_key_id,
            access_key_secret,
            slot: Mutex::new(None),
        }
    }

    pub(crate) fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The event subscription's `authorization` header, as the official SDKs sign it:
    /// `authing <accessKeyId>:<base64(HMAC-SHA1(accessKeySecret, "websocket\n"))>`, marked
    /// sensitive.
    #[cfg(feature = "event-stream")]
    pub(crate) fn websocket_authorization(
        &self,
    ) -> tokio_tungstenite::tungstenite::http::HeaderValue {
        use ring::hmac;
        let key = hmac::Key::new(
            hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY,
            self.access_key_secret.expose().as_bytes(),
        );
        let signature = base64::engine::general_purpose::STANDARD
            .encode(hmac::sign(&key, b"websocket\n").as_ref());
        let value = format!("authing {}:{signature}", self.access_key_id);
        let mut header = tokio_tungstenite::tungstenite::http::HeaderValue::from_str(&value)
            .unwrap_or_else(|_| {
                tokio_tungstenite::tungstenite::http::HeaderValue::from_static("authing")
            });
        header.set_sensitive(true);
        header
    }

    /// The cached token, or a new one (the token call retried under `retry`, waits ending
    /// before `deadline`). Concurrent callers wait for the one request in flight; a failed
    /// request caches nothing and its error goes to the caller that made it. Dropping the
    /// future mid-request leaves the cache empty and unlocked.
    async fn token(
        &self,
        transport: &Transport,
        retry: &RetryConfig,
        deadline: Option<tokio::time::Instant>,
    ) -> Result<Token, Error> {
        let mut slot = self.slot.lock().await;
        if let Some(token) = slot.as_ref().filter(|t| Instant::now() < t.refresh_at) {
            return Ok(token.clone());
        }
        *slot = None;
        let mut retrier = Retrier::new(retry, Method::Post.as_str(), TOKEN_PATH, true, deadline);
        let mut attempt = 0;
        let token = loop {
            attempt += 1;
            match self.fetch(transport).await {
                Ok(token) => break token,
                Err(failure) => match retrier.next(&failure, attempt) {
                    Some(delay) => tokio::time::sleep(delay).await,
                    None => return Err(retrier.give_up(failure, attempt)),
                },
            }
        };
        *slot = Some(token.clone());
        Ok(token)
    }

    /// Drops the token `sent` carried from the cache (the server rejected it), unless it was
    /// already replaced.
    async fn discard(&self, sent: &HeaderMap) {
        let mut slot = self.slot.lock().await;
        if slot.as_ref().map(|t| &t.headers) == Some(sent) {
            *slot = None;
        }
    }

    /// One token request.
    async fn fetch(&self, transport: &Transport) -> Result<Token, Failure> {
        let (method, path) = (Method::Post, TOKEN_PATH);
        let body = runtime::json_body(&TokenRequest {
            access_key_id: &self.access_key_id,
            access_key_secret: self.access_key_secret.expose(),
        })?;
        let requested_at = Instant::now();
        let response = transport
            .call(Outgoing {
                method,
                path,
                query: &[],
                body: Some(body.into()),
                form: false,
                headers: HeaderMap::new(),
                timeout: None,
            })
            .await?;
        let data: TokenData = runtime::decode_data(&response)?;
        let bad_token = |reason: &str| Error::Decode {
            method: method.as_str(),
            path,
            json_path: "data.access_token".to_owned(),
            reason: reason.to_owned(),
            excerpt: excerpt(response.body()),
            response: crate::ResponseMeta::new(response.http_status, response.request_id.clone()),
        };
        let userpool_id = userpool_claim(data.access_token.expose())
            .ok_or_else(|| bad_token("not a JWT with a `scoped_userpool_id` claim"))?;
        let mut bearer = HeaderValue::try_from(format!("Bearer {}", data.access_token.expose()))
            .map_err(|_| bad_token("the token holds characters a header cannot carry"))?;
        bearer.set_sensitive(true);
        let userpool = HeaderValue::try_from(userpool_id)
            .map_err(|_| bad_token("the `scoped_userpool_id` claim is not a valid header value"))?;
        let mut headers = HeaderMap::with_capacity(2);
        headers.insert(AUTHORIZATION, bearer);
        headers.insert(HeaderName::from_static("x-authing-userpool-id"), userpool);
        let lifetime = Duration::from_secs(data.expires_in).min(MAX_LIFETIME);
        tracing::debug!(expires_in = data.expires_in, "fetched a management token");
        Ok(Token {
            headers,
            refresh_at: requested_at + lifetime - REFRESH_MARGIN.min(lifetime / 2),
        })
    }
}

/// The JWT's `scoped_userpool_id` claim. The signature is not checked: the server that issued
/// the token checks it on every call.
fn userpool_claim(jwt: &str) -> Option<String> {
    let payload = jwt.split('.').nth(1)?;
    let claims: serde_json::Value =
        serde_json::from_slice(&JWT_BASE64.decode(payload).ok()?).ok()?;
    Some(claims.get("scoped_userpool_id")?.as_str()?.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(payload: &str) -> String {
        let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        format!(
            "{}.{}.sig",
            b64.encode(r#"{"alg":"HS256"}"#),
            b64.encode(payload)
        )
    }

    #[cfg(feature = "event-stream")]
    #[test]
    fn the_websocket_signature_is_the_official_sdks() {
        // HMAC-SHA1("SECRET", "websocket\n"), base64: computed with the official SDKs' code.
        let auth = AccessKey::new("AK".into(), SecretString::new("SECRET"));
        let header = auth.websocket_authorization();
        assert_eq!(
            header.to_str().unwrap(),
            "authing AK:YzTdlylGJ09UpLO60lST6cmlNGY="
        );
        assert!(header.is_sensitive());
    }

    #[test]
    fn reads_the_userpool_claim() {
        let token = jwt(r#"{"scoped_userpool_id":"62e221xxxx","exp":1}"#);
        assert_eq!(userpool_claim(&token).as_deref(), Some("62e221xxxx"));
        assert_eq!(userpool_claim(&jwt(r#"{"sub":"x"}"#)), None);
        assert_eq!(userpool_claim(&jwt(r#"{"scoped_userpool_id":1}"#)), None);
        assert_eq!(userpool_claim("not-a-jwt"), None);
        assert_eq!(userpool_claim("a.!!!.c"), None);
    }
}
