//! Authing V3 Management API client for Rust.
//!
//! Start with [`ManagementClient`]: build one from an access key, then call the endpoint methods
//! (`client.get_user(id).send().await`), which return the response's `data` or an [`Error`].

mod auth;
mod client;
mod error;
pub mod fuzzing;
// Generated code is formatted by the generator, not by rustfmt (its output must not depend on
// the rustfmt version installed).
#[allow(clippy::all)]
#[rustfmt::skip]
mod generated;
mod retry;
pub mod runtime;
mod secret;
mod transport;

pub use client::{ManagementClient, ManagementClientBuilder};
pub use error::{Error, Result};
pub use generated::{requests, types};
pub use retry::RetryConfig;
pub use secret::SecretString;
