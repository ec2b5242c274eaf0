//! Authing V3 Management API client for Rust.
//!
//! Start with [`ManagementClient`]: build one from an access key, then call the endpoint methods
//! (`client.get_user(id).send().await`), which return the response's `data` or an [`Error`].

// Built with only some API groups, parts of the shared runtime (the call path, HTTP methods no
// enabled endpoint uses) go unused: that is expected, not dead code to remove.
#![cfg_attr(not(feature = "full"), allow(dead_code, unused_imports))]

mod auth;
mod client;
mod error;
#[cfg(feature = "__internal")]
pub mod internal;
// Generated code is formatted by the generator, not by rustfmt (its output must not depend on
// the rustfmt version installed).
#[allow(clippy::all)]
#[rustfmt::skip]
mod generated;
mod retry;
mod runtime;
mod secret;
mod transport;

pub use client::{ManagementClient, ManagementClientBuilder};
pub use error::{Error, Result};
pub use generated::{requests, types};
pub use retry::RetryConfig;
pub use secret::SecretString;
