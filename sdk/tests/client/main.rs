//! The client against a local Authing, one module per area: configuration, errors, faults and
//! retries, the headers a call carries besides the SDK's own, the requests on the wire, secrets,
//! a soak under random faults, the token. One test binary (each binary links the HTTP stack);
//! `from_env` stays apart (it sets environment variables).

#[path = "../common/mod.rs"]
mod common;

mod config;
mod errors;
mod faults;
mod headers;
mod paging;
mod paths;
mod requests;
mod secrets;
mod soak;
mod token;
mod wire;
