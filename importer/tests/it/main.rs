//! The importer, one module per area: importing the seed pages, never panicking on mangled
//! pages, reading single pages.

#[path = "../common/mod.rs"]
mod common;

mod clients;
mod fidelity;
mod import;
mod never_panics;
mod pages;
mod routes_covered;
