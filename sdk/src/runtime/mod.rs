//! What generated code calls: the plain request value an endpoint builds, the decode step for
//! its `data`, and the small helpers generated types use. No per-endpoint code lives here.
//!
//! Crate-private: the generated code is in this crate (the fuzz targets, benches and tests reach
//! the decode path through `crate::internal`, behind the `__internal` feature).

mod call_options;
mod envelope;
pub(crate) mod excerpt;
#[cfg(feature = "serde")]
pub mod lenient;
mod paginate;
mod query;
pub mod read;
pub mod redact;
mod response_future;
pub mod route;
#[cfg(feature = "serde")]
pub mod string_enum;
#[cfg(feature = "chrono")]
pub mod time;
#[cfg(feature = "serde")]
pub mod tolerant;
pub mod write;

use std::future::Future;
use std::pin::Pin;

pub use call_options::{CallOptions, RequestOptions, OWNED_HEADERS};
pub(crate) use call_options::{DefaultHeaders, Overrides, TENANT_HEADER};
pub(crate) use envelope::{check as check_envelope, data_json};
pub use envelope::{decode_data, decode_json, json_body, RawResponse};
pub use paginate::{Items, Pages, DEFAULT_MAX_PAGES};
pub use query::{QueryParam, QueryValue};
pub use response_future::ResponseFuture;

/// The boxed future behind every request builder's `IntoFuture`.
pub type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;

/// An HTTP method of the API: what the spec can give an endpoint, and the first argument of a
/// raw call (`client.raw(Method::Post, "/api/v3/...")`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(dead_code)]
#[non_exhaustive]
pub enum Method {
    /// `GET`: parameters in the query string.
    Get,
    /// `POST`: parameters in a JSON body.
    Post,
    /// `PUT`.
    Put,
    /// `DELETE`.
    Delete,
    /// `PATCH`.
    Patch,
}

impl Method {
    /// The method as sent on the wire, e.g. `GET`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
            Method::Patch => "PATCH",
        }
    }
}

/// One API call as a plain value: everything the transport needs, nothing endpoint-specific.
/// `Debug` shows the route, the query's names and the body's size, never a value (a path
/// parameter, a query value or the body may hold credentials such as a password).
#[derive(Clone)]
pub struct ApiRequest {
    /// The HTTP method.
    pub method: Method,
    /// The route below the host, as the spec writes it: `/api/v3/get-user`, or with its path
    /// parameters' placeholders, `/api/v3/ip-list/{id}`. What errors and logs name: never a path
    /// parameter's value.
    pub path: &'static str,
    /// The path sent when the route has path parameters: `path` with each placeholder filled in,
    /// percent-encoded ([`route::fill`]). `None` (no cost): `path` is sent as it is.
    pub filled_path: Option<String>,
    /// Query parameters, not yet percent-encoded, in docs order; unset optional ones are absent,
    /// a list is one pair per item.
    pub query: Vec<(&'static str, String)>,
    /// A JSON body (already serialised), for body endpoints.
    pub body: Option<Vec<u8>>,
    /// The spec marks a non-GET endpoint as safe to retry after it reached the server.
    pub idempotent: bool,
    /// The builder's per-call headers, timeout and attempt limit.
    pub options: CallOptions,
}

impl std::fmt::Debug for ApiRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names: Vec<&str> = self.query.iter().map(|(name, _)| *name).collect();
        f.debug_struct("ApiRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("query", &names)
            .field("body_bytes", &self.body.as_ref().map(Vec::len))
            .field("idempotent", &self.idempotent)
            .field("options", &self.options)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_of_a_request_shows_no_values() {
        let request = ApiRequest {
            method: Method::Post,
            path: "/api/v3/create-user/{id}",
            filled_path: Some("/api/v3/create-user/pw-Path1".to_owned()),
            query: vec![("password", "pw-Query1".to_owned())],
            body: Some(br#"{"password":"pw-Body1"}"#.to_vec()),
            idempotent: false,
            options: CallOptions::default(),
        };
        let shown = format!("{request:?}");
        assert!(
            !shown.contains("pw-Query1")
                && !shown.contains("pw-Body1")
                && !shown.contains("pw-Path1"),
            "{shown}"
        );
        assert!(
            shown.contains("\"password\"")
                && shown.contains("body_bytes: Some(23)")
                && shown.contains("/api/v3/create-user/{id}"),
            "{shown}"
        );
    }
}
