//! The spec model: the YAML spec's Rust types (`spec`, `types`), loading them with positions
//! (`load`), validating them (`validate`: references, names, defaults), the naming and decoding
//! rules that validation and the importer share (`names`, `field_rules`, `path_params`), and
//! writing or checking files (`sync`). The importer writes what this crate reads; the generator
//! reads it. Nothing here emits Rust.

pub mod error;
pub mod field_rules;
pub mod files;
pub mod load;
pub mod names;
pub mod path_params;
pub mod revision;
pub mod spec;
pub mod sync;
pub mod types;
pub mod validate;

pub use error::{SpecError, SpecErrors};
pub use validate::{load_spec, Spec};
