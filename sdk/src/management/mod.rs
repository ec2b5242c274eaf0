//! The Management API: [`ManagementClient`], built from an access key with
//! [`ManagementClientBuilder`], and its endpoints' request builders in [`requests`] (the
//! methods on the client return them; set optional parameters, then `.send().await` or
//! `.await`). The end-user API's counterpart is [`crate::authentication`].
//!
//! Hand-written here: the client (`client.rs`), its builder (`builder.rs`), and the access key
//! with its cached management token (`token.rs`). The endpoint methods and builders are
//! generated (`crate::generated::requests`); nothing generated is edited here.

mod builder;
mod client;
mod token;

pub use crate::generated::requests;
pub use builder::ManagementClientBuilder;
pub use client::ManagementClient;
