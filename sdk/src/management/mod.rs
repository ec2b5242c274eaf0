//! The Management API: [`ManagementClient`] (built from an access key with
//! [`ManagementClientBuilder`]) and its management token.
//!
//! Hand-written here: the client (`client.rs`), its builder (`builder.rs`), and the access key
//! with its cached management token (`token.rs`). The generated endpoint methods live in
//! `crate::generated::requests`; nothing generated is edited here.

mod builder;
mod client;
mod token;

pub use builder::ManagementClientBuilder;
pub use client::ManagementClient;
