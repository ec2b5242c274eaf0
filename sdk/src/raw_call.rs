//! The escape hatch: [`RawRequest`], a call to any `/api/` route the SDK has no method for
//! (`client.raw(Method::Post, "/api/v3/...")`), with the guarantees of a generated method. It
//! builds the same plain `ApiRequest` and goes through the same one call path (credentials,
//! retries, deadline, envelope check, redaction); only the final decode of `data` with serde is
//! generic.

use std::fmt;
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::call::Inner;
use crate::runtime::excerpt::excerpt;
use crate::runtime::{self, ApiRequest, Method, RawResponse};
use crate::{Error, ManagementClient};

/// A call to any route of the API, for a route the SDK has no method for yet (Authing adds
/// routes before the docs describe them). Start one with `raw` on [`ManagementClient`],
/// [`AuthenticationClient`](crate::AuthenticationClient) or [`UserSession`](crate::UserSession),
/// set its path parameters, query and JSON body, then [`send`](Self::send) it.
///
/// It carries what a generated method's call carries, through the same call path:
/// - **Credentials**: the management token on a `ManagementClient`; `x-authing-app-id` on an
///   `AuthenticationClient`; the app id and the user's access token (renewed when due) on a
///   `UserSession`. They only go to the client's host: the route must start with `/api/`
///   (an absolute URL or any other path is refused).
/// - **Path parameters**: each `{name}` of the route is filled by [`path_param`](Self::path_param),
///   percent-encoded (everything but `A-Z a-z 0-9 - . _ ~`), so a value holding `/`, `?`, `#`, `%`
///   or spaces stays one segment. A placeholder without a value, a value for no placeholder, or
///   a value that would make its segment empty, `.` or `..` is [`Error::InvalidRequest`] naming
///   the parameter, and nothing is sent.
/// - **Retries**: a GET, or a call marked [`idempotent`](Self::idempotent), is sent again under
///   the client's retry policy like a generated GET; any other call is sent again only when it
///   never reached the server.
/// - **Deadline and errors**: the client's timeout and deadline; a failed envelope is the same
///   [`Error::Api`] a generated method returns.
/// - **Per-call options**: headers, a per-attempt timeout and an attempt limit through
///   [`RequestOptions`](crate::RequestOptions), as on every generated request builder.
/// - **Redaction**: logs and errors name the route as written (`/api/v3/ip-list/{id}`), never a
///   path parameter's value, a query value or the body; `Debug` shows names and sizes only.
///
/// The route and the parameter names are `&'static str` (literals): only values vary, and they
/// go through the setters, which encode them.
///
/// # Example
///
/// A route this SDK has no method for, with a path parameter, a query and a JSON body:
///
/// ```no_run
/// use authing::{ManagementClient, Method};
/// use serde::Deserialize;
///
/// #[derive(Deserialize)]
/// struct IpListEntry {
///     id: String,
///     ips: Vec<String>,
/// }
///
/// # async fn run(client: ManagementClient) -> Result<(), authing::Error> {
/// // The envelope's `data` as a typed value.
/// let entry: IpListEntry = client
///     .raw(Method::Get, "/api/v3/ip-list/{id}")
///     .path_param("id", "6229ffaxxxxxxxxcade3e3d9")
///     .send()
///     .await?;
/// println!("{}: {:?}", entry.id, entry.ips);
///
/// // Or as JSON; this write is safe to send twice, so it may be retried.
/// let data = client
///     .raw(Method::Post, "/api/v3/update-ip-list/{id}")
///     .path_param("id", &entry.id)
///     .query("force", true)
///     .json_body(serde_json::json!({ "ips": ["10.0.0.1"] }))
///     .idempotent(true)
///     .send_json()
///     .await?;
/// println!("{data}");
/// # Ok(())
/// # }
/// ```
#[must_use = "a request does nothing until it is sent with `.send().await`"]
pub struct RawRequest {
    inner: Arc<Inner>,
    method: Method,
    route: &'static str,
    path_params: Vec<(&'static str, String)>,
    query: Vec<(&'static str, String)>,
    body: Option<Vec<u8>>,
    /// The body that could not be serialised: returned by `send`, before anything is sent.
    body_error: Option<Error>,
    idempotent: bool,
    call: runtime::CallOptions,
}

impl RawRequest {
    fn new(inner: &Arc<Inner>, method: Method, route: &'static str) -> Self {
        RawRequest {
            inner: Arc::clone(inner),
            method,
            route,
            path_params: Vec::new(),
            query: Vec::new(),
            body: None,
            body_error: None,
            idempotent: false,
            call: runtime::CallOptions::default(),
        }
    }

    /// The value of the route's `{name}` placeholder (percent-encoded when sent).
    pub fn path_param(mut self, name: &'static str, value: impl fmt::Display) -> Self {
        self.path_params.push((name, value.to_string()));
        self
    }

    /// A query parameter `name=value` (percent-encoded when sent), in the order set; set a name
    /// once per item to send a list (`ids=a&ids=b`).
    pub fn query(mut self, name: &'static str, value: impl fmt::Display) -> Self {
        self.query.push((name, value.to_string()));
        self
    }

    /// The JSON body (`content-type: application/json`): a `serde_json::Value` or any
    /// `Serialize` value. One that cannot be serialised is [`Error::Encode`] from `send`.
    pub fn json_body(mut self, body: impl Serialize) -> Self {
        match runtime::json_body(&body) {
            Ok(bytes) => {
                self.body = Some(bytes);
                self.body_error = None;
            }
            Err(error) => self.body_error = Some(error),
        }
        self
    }

    /// Marks the call safe to send twice (a read sent as POST, a write that sets a value): it
    /// is then retried like a GET, also after it may have reached the server. A GET always is.
    pub fn idempotent(mut self, idempotent: bool) -> Self {
        self.idempotent = idempotent;
        self
    }

    /// Sends the call and decodes the envelope's `data` as `T` (`()` to ignore it, `Option<T>`
    /// when it may be `null`). A `data` that does not decode as `T` is [`Error::Decode`].
    pub async fn send<T: DeserializeOwned>(self) -> Result<T, Error> {
        let response = self.call().await?;
        let data = runtime::data_json(&response)?;
        serde_json::from_slice(data).map_err(|error| serde_error(&response, &error))
    }

    /// Sends the call and returns the envelope's `data` as JSON (`Value::Null` when absent).
    pub async fn send_json(self) -> Result<serde_json::Value, Error> {
        self.send().await
    }

    /// The checks, then the one call path (non-generic).
    fn call(self) -> runtime::BoxFuture<Result<RawResponse, Error>> {
        let inner = Arc::clone(&self.inner);
        match self.into_request() {
            Ok(request) => Inner::call(&inner, request),
            Err(error) => Box::pin(std::future::ready(Err(error))),
        }
    }

    /// The plain request, or why it is not sent: a route outside `/api/`, a body that did not
    /// serialise, a path parameter problem.
    fn into_request(self) -> Result<ApiRequest, Error> {
        check_route(self.method, self.route)?;
        if let Some(error) = self.body_error {
            return Err(error);
        }
        let filled = runtime::route::fill(self.method, self.route, &self.path_params)?;
        Ok(ApiRequest {
            method: self.method,
            path: self.route,
            filled_path: (filled != self.route).then_some(filled),
            query: self.query,
            body: self.body,
            idempotent: self.idempotent,
            options: self.call,
        })
    }
}

/// A raw call's route: below `/api/` on the client's host, its literal text RFC 3986
/// unreserved characters (no `%`, `?`, `#`, spaces) and no `.` or `..` segment, placeholders
/// aside (their values are encoded).
fn check_route(method: Method, route: &'static str) -> Result<(), Error> {
    let refuse = |reason: &str| Error::InvalidRequest {
        method: method.as_str(),
        path: route,
        reason: reason.to_owned(),
    };
    if !route.starts_with("/api/") {
        return Err(refuse(
            "a raw call's route starts with `/api/` (the host is the client's: no absolute URL)",
        ));
    }
    let mut in_placeholder = false;
    for c in route.chars() {
        match c {
            '{' if !in_placeholder => in_placeholder = true,
            '}' if in_placeholder => in_placeholder = false,
            _ if in_placeholder => {}
            'A'..='Z' | 'a'..='z' | '0'..='9' | '-' | '.' | '_' | '~' | '/' => {}
            _ => {
                return Err(refuse(
                    "the route holds a character other than `A-Z a-z 0-9 - . _ ~ /` outside a \
                     `{placeholder}`: pass values with `path_param` and `query`",
                ))
            }
        }
    }
    if route
        .split('/')
        .any(|segment| matches!(segment, "." | ".."))
    {
        return Err(refuse("the route has a `.` or `..` segment"));
    }
    Ok(())
}

/// A serde error decoding `data`, with any quoted value of the body taken out of its message
/// (the value may be a credential).
#[cold]
fn serde_error(response: &RawResponse, error: &serde_json::Error) -> Error {
    let message = error.to_string();
    let reason = match (message.find('"'), message.rfind('"')) {
        (Some(first), Some(last)) if first < last => {
            format!(
                "{}(value not shown){}",
                &message[..first],
                &message[last + 1..]
            )
        }
        _ => message,
    };
    Error::Decode {
        method: response.method,
        path: response.path,
        json_path: "data".to_owned(),
        reason,
        excerpt: excerpt(&response.body),
        response: crate::ResponseMeta::new(response.http_status, response.request_id.clone()),
    }
}

impl runtime::RequestOptions for RawRequest {
    #[inline]
    fn call_options(&mut self) -> &mut runtime::CallOptions {
        &mut self.call
    }
}

impl fmt::Debug for RawRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Names and sizes only: values may be credentials.
        let names = |pairs: &[(&'static str, String)]| -> Vec<&'static str> {
            pairs.iter().map(|(name, _)| *name).collect()
        };
        f.debug_struct("RawRequest")
            .field("method", &self.method)
            .field("route", &self.route)
            .field("path_params", &names(&self.path_params))
            .field("query", &names(&self.query))
            .field("body_bytes", &self.body.as_ref().map(Vec::len))
            .field("idempotent", &self.idempotent)
            .finish_non_exhaustive()
    }
}

impl ManagementClient {
    /// A call to any Management API route, with the management token: for a route this SDK
    /// has no method for. See [`RawRequest`].
    pub fn raw(&self, method: Method, route: &'static str) -> RawRequest {
        RawRequest::new(&self.inner, method, route)
    }
}

#[cfg(feature = "authentication")]
impl crate::AuthenticationClient {
    /// A call to any end-user API route, as the application (`x-authing-app-id`): for a route
    /// this SDK has no method for. See [`RawRequest`]; a call for a signed-in user is
    /// [`UserSession::raw`](crate::UserSession::raw).
    pub fn raw(&self, method: Method, route: &'static str) -> RawRequest {
        RawRequest::new(&self.inner, method, route)
    }
}

#[cfg(feature = "authentication")]
impl crate::UserSession {
    /// A call to any end-user API route for the signed-in user (the app id and the user's
    /// access token, renewed when due): for a route this SDK has no method for. See
    /// [`RawRequest`].
    pub fn raw(&self, method: Method, route: &'static str) -> RawRequest {
        RawRequest::new(&self.api_client().inner, method, route)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(route: &'static str) -> String {
        match check_route(Method::Get, route) {
            Err(Error::InvalidRequest { reason, .. }) => reason,
            other => panic!("{route}: {other:?}"),
        }
    }

    #[test]
    fn a_route_must_stay_below_api_on_the_clients_host() {
        assert!(check_route(Method::Get, "/api/v3/ip-list/{id}").is_ok());
        assert!(check_route(Method::Get, "/api/v3/{weird name?}").is_ok());
        for route in [
            "https://evil.example/api/v3/x",
            "//evil.example/api/v3/x",
            "api/v3/x",
            "/oidc/token",
            "/apix/v3",
        ] {
            assert!(refused(route).contains("starts with `/api/`"), "{route}");
        }
        for route in [
            "/api/v3/x?y=1",
            "/api/v3/x#y",
            "/api/v3/%2e%2e/x",
            "/api/v3/a b",
        ] {
            assert!(refused(route).contains("holds a character"), "{route}");
        }
        for route in ["/api/../oidc/token", "/api/v3/./x"] {
            assert!(refused(route).contains("`.` or `..` segment"), "{route}");
        }
    }

    #[test]
    fn a_raw_call_can_be_spawned() {
        fn send<T: Send + 'static>(_: &T) {}
        let client = ManagementClient::builder()
            .access_key_id("id")
            .access_key_secret("secret")
            .build()
            .unwrap();
        let request = client.raw(Method::Get, "/api/v3/x");
        send(&request);
        send(&request.send::<serde_json::Value>());
    }

    #[test]
    fn a_serde_message_does_not_quote_the_value() {
        let body = br#"{"statusCode":200,"data":"s3cr3t"}"#.to_vec();
        let response = runtime::check_envelope("GET", "/api/x", 200, body).unwrap();
        let error = serde_json::from_slice::<i64>(br#""s3cr3t""#).unwrap_err();
        match serde_error(&response, &error) {
            Error::Decode {
                json_path, reason, ..
            } => {
                assert_eq!(json_path, "data");
                assert!(
                    reason.starts_with("invalid type: string (value not shown), expected i64"),
                    "{reason}"
                );
            }
            other => panic!("{other:?}"),
        }
    }
}
