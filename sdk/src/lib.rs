//! Authing V3 Management API client for Rust.

#[allow(clippy::all)]
mod generated;
pub mod runtime;
mod secret;

pub use generated::{requests, types};
pub use secret::SecretString;
