//! Decoding responses, one module per area: documented shapes, generated inputs, the generated
//! types themselves, and what older servers send.

#[path = "../common/mod.rs"]
mod common;

mod decoding;
mod differential;
mod fuzz_decode;
mod generated_types;
mod older_servers;
