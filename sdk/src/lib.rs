//! Authing V3 API clients for Rust: the Management API and the end-user API.
//!
//! - [`ManagementClient`] (feature `management`): build one from an access key, then call the
//!   endpoint methods (`client.get_user(id).send().await`), which return the response's `data`
//!   or an [`Error`].
//! - [`AuthenticationClient`] (feature `authentication`): an application's client for signing
//!   users in and acting for them: sign-in and sign-up calls returning a [`TokenSet`], the
//!   documented end-user methods on a [`UserSession`], and the OIDC / OAuth 2.0 protocol layer
//!   (authorize URL with PKCE, code exchange, offline ID token verification). See the
//!   [`authentication`] module.
//! - [`RawRequest`] (`client.raw(Method::Get, "/api/v3/...")` on either client or a session): a
//!   call to a route this SDK has no method for yet, with the same credentials, path parameter
//!   encoding, retry rule, deadline, errors and redaction as a generated method.
//!
//! Modules: [`management`] and [`authentication`], each with its client and its `requests`
//! (the request builders its methods return); [`config`], the settings types both builders take
//! ([`RetryConfig`], ...); [`types`], the data types of both APIs. The clients, [`Error`],
//! [`SecretString`] and the settings types are also at the crate root.
//!
//! Features: `full` (the default) is `management` (one feature per API group: `users`, `roles`,
//! ...) and `authentication`; the docs label each item with the feature it needs.
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// The call path. With only some API groups (or none) enabled, parts of it go unused: expected,
// not dead code (the default `full` build, which CI lints, still reports any).
#[cfg_attr(not(feature = "full"), allow(dead_code, unused_imports))]
mod call;
#[cfg_attr(not(feature = "full"), allow(dead_code, unused_imports))]
mod credentials;
#[cfg_attr(not(feature = "full"), allow(dead_code, unused_imports))]
pub mod management;
#[cfg_attr(not(feature = "full"), allow(dead_code, unused_imports))]
mod retry;
#[cfg_attr(not(feature = "full"), allow(dead_code, unused_imports))]
mod runtime;
#[cfg_attr(not(feature = "full"), allow(dead_code, unused_imports))]
mod transport;

mod api_data;
pub mod config;
mod error;
#[cfg(feature = "event-stream")]
#[cfg_attr(docsrs, doc(cfg(feature = "event-stream")))]
pub mod events;
#[cfg(feature = "__internal")]
pub mod internal;
mod protocol_error;
mod proxy;
#[cfg(any(feature = "events", feature = "authentication"))]
mod publish_event;
mod raw_call;
// Generated code is formatted by the generator, not by rustfmt (its output must not depend on
// the rustfmt version installed).
#[allow(clippy::all)]
#[rustfmt::skip]
mod generated;
mod secret;
mod trust;
// Unused when no enabled API group has an enum.
#[cfg_attr(not(feature = "full"), allow(dead_code))]
mod unknown;

#[cfg(feature = "authentication")]
#[cfg_attr(docsrs, doc(cfg(feature = "authentication")))]
pub mod authentication;
pub use api_data::ApiData;
#[cfg(feature = "authentication")]
pub use authentication::{
    AuthenticationClient, AuthenticationClientBuilder, TokenSet, UserSession,
};
#[cfg(feature = "event-stream")]
pub use config::EventsConfig;
pub use config::RetryConfig;
#[cfg(feature = "authentication")]
pub use config::{TokenEndpointAuthMethod, TokenVerification};
pub use error::{Error, ResponseMeta, Result};
/// The old path of [`management::requests`], kept for one release.
#[doc(hidden)]
pub use generated::requests;
pub use generated::types;
pub use management::{ManagementClient, ManagementClientBuilder};
pub use protocol_error::{IdTokenAlgorithm, ProtocolError, TokenKind};
pub use proxy::Proxy;
pub use raw_call::RawRequest;
/// The HTTP client crate the SDK is built on, for
/// [`configure_http`](ManagementClientBuilder::configure_http) (its `ClientBuilder` is part of
/// this crate's API).
pub use reqwest;
/// The header types [`RequestOptions::headers`] and the builders' `default_headers` take (the
/// `http` crate's, as `reqwest` re-exports them).
pub use reqwest::header;
pub use runtime::{
    Items, Method, Pages, RequestOptions, ResponseFuture, DEFAULT_MAX_PAGES, OWNED_HEADERS,
};
pub use secret::SecretString;
pub use trust::Trust;
pub use unknown::UnknownValue;
