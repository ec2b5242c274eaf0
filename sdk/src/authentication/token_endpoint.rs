//! The token endpoint (`POST /oidc/token`, form-encoded; RFC 6749 §4.1.3, §6, §4.4): one request
//! per grant, the application authenticated as its token endpoint auth method says, the answer
//! read as a [`TokenSet`] or an OAuth error. Sent once: a grant that reached the server is never
//! sent again (codes are single-use, refresh tokens rotate). Nothing is cached here.

use base64::Engine;
use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, AUTHORIZATION};

use super::app::{App, TokenEndpointAuthMethod};
use super::send_once::send_once_within;
use super::tokens::TokenSet;
use crate::runtime::{self, CallOptions, Method};
use crate::transport::Transport;
use crate::{Error, SecretString};

/// The OIDC token endpoint's path.
pub(crate) const TOKEN_PATH: &str = "/oidc/token";

/// What the application asks the token endpoint for.
pub(crate) enum Grant<'a> {
    /// An authorization code from the callback, with the redirect URI it was sent to and the
    /// PKCE verifier when the authorize URL had a challenge.
    AuthorizationCode {
        code: &'a str,
        redirect_uri: &'a str,
        code_verifier: Option<&'a str>,
    },
    /// A refresh token.
    RefreshToken(&'a SecretString),
    /// The application's own token (machine to machine), for these scopes.
    ClientCredentials { scope: Option<&'a str> },
}

/// A form body and the headers that authenticate the application for a call to an OAuth 2.0
/// endpoint: `client_id` and, with a secret, `client_secret` first in the form (where the
/// official SDKs put them), or HTTP Basic; then `fields`.
pub(crate) fn client_form(app: &App, fields: &[(&str, &str)]) -> (Bytes, HeaderMap) {
    let mut form = url::form_urlencoded::Serializer::new(String::new());
    let mut headers = HeaderMap::new();
    if let Ok(id) = HeaderValue::from_str(&app.app_id) {
        headers.insert(HeaderName::from_static("x-authing-app-id"), id);
    }
    match (app.token_endpoint_auth_method, &app.app_secret) {
        (TokenEndpointAuthMethod::ClientSecretBasic, Some(secret)) => {
            headers.insert(AUTHORIZATION, basic_header(&app.app_id, secret));
        }
        (TokenEndpointAuthMethod::ClientSecretPost, Some(secret)) => {
            form.append_pair("client_id", &app.app_id);
            form.append_pair("client_secret", secret.expose());
        }
        _ => {
            form.append_pair("client_id", &app.app_id);
        }
    }
    form.extend_pairs(fields);
    (Bytes::from(form.finish()), headers)
}

/// `authorization: Basic base64(app_id:app_secret)` (RFC 6749 §2.3.1 as the official SDKs send
/// it: the id and secret not form-encoded first), marked sensitive. Built for each use and never
/// kept: the strings it is built from are zeroed here, and the header's own bytes belong to the
/// request that sends it.
pub(crate) fn basic_header(app_id: &str, secret: &SecretString) -> HeaderValue {
    use zeroize::Zeroizing;
    let pair = Zeroizing::new(format!("{app_id}:{}", secret.expose()));
    let basic = Zeroizing::new(base64::engine::general_purpose::STANDARD.encode(pair.as_bytes()));
    let line = Zeroizing::new(format!("Basic {}", basic.as_str()));
    // Base64 is always a valid header value.
    let mut value =
        HeaderValue::from_str(&line).unwrap_or_else(|_| HeaderValue::from_static("Basic"));
    value.set_sensitive(true);
    value
}

/// Sends `grant` to the token endpoint once and reads the token set.
pub(crate) async fn request(
    app: &App,
    transport: &Transport,
    grant: Grant<'_>,
) -> Result<TokenSet, Error> {
    request_at(app, transport, TOKEN_PATH, grant).await
}

/// [`request`] with a call's own options: its headers go with the form, its
/// [`attempt_timeout`](crate::RequestOptions::attempt_timeout) replaces the client's (the call
/// is sent once whatever its attempt limit). A refused option fails it before anything is sent.
pub(crate) async fn request_with(
    app: &App,
    transport: &Transport,
    grant: Grant<'_>,
    options: CallOptions,
) -> Result<TokenSet, Error> {
    send(app, transport, TOKEN_PATH, grant, options).await
}

/// [`request`] to the token endpoint at `path` (`/oauth/token` for OAuth 2.0 applications).
pub(crate) async fn request_at(
    app: &App,
    transport: &Transport,
    path: &'static str,
    grant: Grant<'_>,
) -> Result<TokenSet, Error> {
    send(app, transport, path, grant, CallOptions::default()).await
}

/// Sends `grant` to the token endpoint at `path` once, with the call's `options`.
async fn send(
    app: &App,
    transport: &Transport,
    path: &'static str,
    grant: Grant<'_>,
    options: CallOptions,
) -> Result<TokenSet, Error> {
    let overrides = options.checked()?;
    let (body, mut headers) = client_form(app, &grant_fields(&grant));
    let timeout = overrides.as_ref().and_then(|o| o.attempt_timeout);
    if let Some(overrides) = overrides {
        headers.extend(overrides.headers);
    }
    let answer =
        send_once_within(transport, Method::Post, path, Some(body), headers, timeout).await?;
    runtime::decode_json::<TokenSet>("POST", path, &answer)
}

/// The form fields of a grant.
fn grant_fields<'a>(grant: &Grant<'a>) -> Vec<(&'static str, &'a str)> {
    match grant {
        Grant::AuthorizationCode {
            code,
            redirect_uri,
            code_verifier,
        } => {
            let mut fields = vec![
                ("grant_type", "authorization_code"),
                ("code", *code),
                ("redirect_uri", *redirect_uri),
            ];
            if let Some(verifier) = code_verifier {
                fields.push(("code_verifier", *verifier));
            }
            fields
        }
        Grant::RefreshToken(token) => vec![
            ("grant_type", "refresh_token"),
            ("refresh_token", token.expose()),
        ],
        Grant::ClientCredentials { scope } => {
            let mut fields = vec![("grant_type", "client_credentials")];
            if let Some(scope) = scope {
                fields.push(("scope", *scope));
            }
            fields
        }
    }
}
